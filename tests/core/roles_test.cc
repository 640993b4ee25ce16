#include "text/roles.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace precis::text {
namespace {

constexpr std::string_view kProse =
    "The council met on Tuesday evening and heard from residents about the plan.";

// Every line of the project's labelled fixture (tests/data/roles.tsv), standing alone between two
// paragraphs of prose, gets its role.
TEST(RolesTest, LabelsTheFixtureSet) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/roles.tsv");
  ASSERT_TRUE(in) << "missing fixture";
  std::string row;
  int lines = 0;
  while (std::getline(in, row)) {
    if (row.empty() || row[0] == '#') continue;
    const size_t tab = row.find('\t');
    ASSERT_NE(tab, std::string::npos) << row;
    const std::optional<Role> expected = ParseRole(row.substr(0, tab));
    ASSERT_TRUE(expected.has_value()) << row;
    const std::string line = row.substr(tab + 1);
    LineContext context;
    context.own_paragraph = true;
    context.prev_line = kProse;
    context.next_line = kProse;
    EXPECT_EQ(RoleName(LineRole(line, context)), RoleName(*expected)) << line;
    ++lines;
  }
  EXPECT_GE(lines, 70);
}

TEST(RolesTest, ABylineLineInAnyLanguage) {
  // The trial's German page: "von Daniela Obers" opened the article text as body.
  for (const char* byline : {"von Daniela Obers", "Par Jean Dupont", "Por Ana María López",
                             "door Jan de Vries", "By Jo Marsh"}) {
    EXPECT_TRUE(IsBylineLine(byline)) << byline;
    EXPECT_EQ(LineRole(byline, {.own_paragraph = true}), Role::kByline) << byline;
  }
  for (const char* no : {"Von der Leyen visits Kyiv", "Par avion", "By the river we sat.",
                         "by and large", "Von 2010 bis 2020"}) {
    EXPECT_FALSE(IsBylineLine(no)) << no;
  }
}

// A trial's pages: "Posted by: Jonathan Nettler", "Posted: January 06, 2008, 4:30 PM by Michael
// Traikos", "By Ben Grossman -- Broadcasting & Cable, 1/21/2008" were no bylines.
TEST(RolesTest, BylineLinesThatSayPostedOrWrittenOrNameAnOutlet) {
  for (const char* byline :
       {"Posted by: Jonathan Nettler", "Posted by John Halamka at 3:00 AM",
        "Written by Tim Ferriss", "Posted: January 06, 2008, 4:30 PM by Michael Traikos",
        "By Ben Grossman -- Broadcasting & Cable, 1/21/2008"}) {
    EXPECT_TRUE(IsBylineLine(byline)) << byline;
  }
  for (const char* no : {"Posted by the council on its website", "Posted in News",
                         "Written by hand over two winters", "Posted: January 06, 2008",
                         "By the numbers -- what the council spent, and where it went"}) {
    EXPECT_FALSE(IsBylineLine(no)) << no;
  }
}

// A trial's agency stories: bylines in capitals with the agency and a time after a comma were
// body text, or boilerplate.
TEST(RolesTest, AnAgencysBylineWithItsRoleAndTime) {
  for (const char* byline :
       {"By: Jim Macdonald, THE CANADIAN PRESS",
        "By JAE-SOON CHANG, Associated Press Writer 42 "
        "minutes ago",
        "By GUDJON HELGASON and BRIAN CHURCH, Associated Press Writers 1 hour, 32 "
        "minutes ago"}) {
    EXPECT_TRUE(IsBylineLine(byline)) << byline;
  }
  for (const char* no : {"By Monday, the staff of the harbour board had gone home",
                         "By 2030, the press will have changed beyond all recognition"}) {
    EXPECT_FALSE(IsBylineLine(no)) << no;
  }
}

TEST(RolesTest, ShortUnpunctuatedLinesInARunAreAList) {
  LineContext context;
  context.prev_line = "8-9 ripe pears, cored and peeled";
  context.next_line = "6 tbsp fruit pectin";
  EXPECT_EQ(LineRole("1 lemon, or about 1/4 cup lemon juice", context), Role::kListItem);
  // The same kind of line alone between paragraphs is a heading.
  context.prev_line = kProse;
  context.next_line = kProse;
  EXPECT_EQ(LineRole("Dinner on the Second Day", context), Role::kHeading);
}

TEST(RolesTest, SentencesGluedIntoRunningTextKeepTheirRole) {
  EXPECT_EQ(SentenceRole("Media captionWho is the new leader?", Role::kBody), Role::kCaption);
  EXPECT_EQ(SentenceRole("if the group funds new charities that later stand alone, or", Role::kBody),
            Role::kListItem);
  EXPECT_EQ(SentenceRole("The group funds new charities.", Role::kBody), Role::kBody);
  EXPECT_EQ(SentenceRole("Anything at all.", Role::kHeading), Role::kHeading);
}

TEST(RolesTest, SentenceEndsAndReadableWords) {
  EXPECT_TRUE(EndsLikeSentence("He left."));
  EXPECT_TRUE(EndsLikeSentence("\"Why now?\" she asked.\""));
  EXPECT_TRUE(EndsLikeSentence("What use is it?)))"));
  EXPECT_TRUE(EndsLikeSentence("\xE5\xA5\xBD\xE3\x80\x82"));  // 好。
  EXPECT_FALSE(EndsLikeSentence("Here are the pictures:"));
  EXPECT_FALSE(EndsLikeSentence("A deck line without a full stop"));
  // Cut off at a line break of the source: English sentences do not end on "and" or "the".
  EXPECT_FALSE(EndsLikeSentence("In a filing last week, the two lawyers and ."));
  EXPECT_FALSE(EndsLikeSentence("A whale was seen off the coast of the."));
  EXPECT_TRUE(EndsLikeSentence("Nobody knew what the fuss was about."));
  EXPECT_TRUE(EndsLikeSentence("He took Plan A."));
  EXPECT_TRUE(EndsLikeSentence("Er kam gestern Abend an.", "de"));
  EXPECT_EQ(ReadableWords("It's not the Internet."), 4u);
  EXPECT_EQ(ReadableWords("No, it's not the Internet."), 5u);
  EXPECT_EQ(ReadableWords("-- a - b"), 2u);
}

TEST(RolesTest, SentenceStarts) {
  EXPECT_TRUE(StartsLikeSentence("He left."));
  EXPECT_TRUE(StartsLikeSentence("(CNN) The president spoke."));
  EXPECT_TRUE(StartsLikeSentence("iPhone sales rose by a third."));
  EXPECT_TRUE(StartsLikeSentence("3.5 million people voted."));
  EXPECT_TRUE(StartsLikeSentence("2012 was a good year for the club."));
  EXPECT_FALSE(StartsLikeSentence(", Narayan died on Dec. 24 of a heart attack."));
  EXPECT_FALSE(StartsLikeSentence("of the two and have hinted at more."));
  EXPECT_FALSE(StartsLikeSentence("1. Cut a tree shape from brown paper."));
  EXPECT_FALSE(StartsLikeSentence("12) Fold the paper in half."));
  // A footnote (a trial's recipe summary ended on one).
  EXPECT_FALSE(StartsLikeSentence("*Percent Daily Values are based on a 2,000 calorie diet."));
  EXPECT_FALSE(StartsLikeSentence("\u2020 Not available in all stores."));
  EXPECT_FALSE(StartsLikeSentence("anyone could have predicted it before the takeover."));
  EXPECT_FALSE(StartsLikeSentence("über die Grenze kamen sie erst am Abend."));
  EXPECT_TRUE(StartsLikeSentence("eBay sold the company in 2015."));
  EXPECT_FALSE(StartsLikeSentence("   "));
}

TEST(RolesTest, AWirePhotosCaptionStandingAsAParagraph) {
  const LineContext context;
  EXPECT_EQ(LineRole("French President Nicolas Sarkozy gestures while speaking during a final press "
                     "conference at an EU summit in Brussels on Saturday.", context), Role::kCaption);
  EXPECT_EQ(LineRole("U.S. Secretary of State Hillary Clinton arrives at the airport in Lima on "
                     "Monday, Nov. 12.", context), Role::kCaption);
  EXPECT_EQ(LineRole("Fans cheer in the rain before the final in Kiev (AP Photo/Sergei Grits).", context),
            Role::kCaption);
  // News prose in the past tense, and a present-tense sentence without a day, stay body text.
  EXPECT_EQ(LineRole("French President Nicolas Sarkozy said on Saturday that the euro would survive.",
                     context), Role::kBody);
  EXPECT_EQ(LineRole("The committee meets in Brussels every month to review the budget.", context),
            Role::kBody);
  EXPECT_EQ(LineRole("Chancellor Angela Merkel speaks for many Germans who fear inflation.", context),
            Role::kBody);
}

TEST(RolesTest, SentencesSpeakingToTheReaderAboutThePage) {
  EXPECT_TRUE(AddressesTheReader("Check out the video and photos below- and tell us more!"));
  EXPECT_TRUE(AddressesTheReader("Watch Up with Steve Kornacki every Saturday and Sunday at 8 AM."));
  EXPECT_TRUE(AddressesTheReader("The eight winners are listed below."));
  EXPECT_TRUE(AddressesTheReader("[ Stay on top of the cloud with InfoWorld's special report."));
  EXPECT_TRUE(AddressesTheReader("Please keep your comments on topic and do not share personal details."));
  EXPECT_TRUE(AddressesTheReader("Below are more details from the designer, Anna Field\u2026"));
  EXPECT_TRUE(AddressesTheReader("In other news, the band's drummer opened a bakery in Leeds."));
  EXPECT_TRUE(AddressesTheReader("If you want to find out more about the team, check it out below."));
  EXPECT_TRUE(AddressesTheReader("The new height limits, which you can see above, apply from May."));
  EXPECT_TRUE(AddressesTheReader("The data points to the shift set out below."));
  EXPECT_TRUE(
      AddressesTheReader("There are four styles of leadership, which are explained below:"));
  // Pointers elsewhere (a trial's release notes summary: "See the What's New … document…").
  EXPECT_TRUE(
      AddressesTheReader("See the What's New In Python 3.6 document for more information."));
  EXPECT_TRUE(AddressesTheReader("For more information, visit the council's website."));
  EXPECT_FALSE(AddressesTheReader(
      "See how prices rose for more than a decade, the mayor told the council."));
  EXPECT_FALSE(AddressesTheReader("\"Please come home,\" his mother said on Monday."));
  EXPECT_FALSE(AddressesTheReader("Pleased with the result, the coach praised his defence."));
  EXPECT_FALSE(AddressesTheReader("It runs on the tablet (photo above), two models for kids."));
  EXPECT_FALSE(AddressesTheReader("Temperatures fell below zero in the night."));
  EXPECT_FALSE(AddressesTheReader("The river rose above its banks on Monday."));
  EXPECT_FALSE(AddressesTheReader("Her voice stood out above the rest of the choir."));
  EXPECT_FALSE(AddressesTheReader("Costs rose faster than wages (see below), the report said."));
  EXPECT_FALSE(AddressesTheReader("Watchdogs said the deal was unfair."));
  EXPECT_FALSE(AddressesTheReader("Check out the video below.", "de"));
}

TEST(RolesTest, ANameAsALabelThenAPronounIsACaption) {
  EXPECT_TRUE(OpensWithNameThenPronoun("Andrew Moss: He will be paid a salary for another year ."));
  EXPECT_TRUE(OpensWithNameThenPronoun("Tilly Smith: She spotted the wave before anyone else."));
  EXPECT_TRUE(OpensWithNameThenPronoun("Joy: They celebrated the birth at their family home."));
  EXPECT_FALSE(OpensWithNameThenPronoun("Bridget Jones: The Edge of Reason was named best sequel."));
  EXPECT_FALSE(OpensWithNameThenPronoun("LONDON: Police arrested two men on Monday night."));
  EXPECT_FALSE(OpensWithNameThenPronoun("He said: She will come back next week."));
  EXPECT_FALSE(OpensWithNameThenPronoun("Andrew Moss: He will be paid.", "de"));
}

TEST(RolesTest, AnInterviewersTurnsAreTheLabelsThatMostlyAsk) {
  // A trial's interview page summarized the interviewer's "The Economist: You say that…".
  const std::vector<std::string_view> sentences = {
      "Thirty years ago Ann Roe wrote a seminal paper on markets.",          // 0
      "The Economist: You say that groups decide better than individuals.",  // 1
      "Why is that?",                                                        // 1
      "Ann Roe: Groups often decide better when they combine skills.",       // 2
      "The Economist: What comes next for your research?",                   // 3
      "Ms Roe: We will study online teams.",                                 // 4
      "Update: The book is out in May.",                                     // 5
      "Update: A second edition is planned.",                                // 6
  };
  const std::vector<int> paragraph_of = {0, 1, 1, 2, 3, 4, 5, 6};
  const std::vector<bool> asked = InterviewerTurns(sentences, paragraph_of);
  EXPECT_EQ(asked, (std::vector<bool>{false, true, true, false, true, false, false, false}));
  // One labelled question is no interview.
  EXPECT_EQ(InterviewerTurns(std::vector<std::string_view>{"Q: Why now?", "Because."},
                             std::vector<int>{0, 1}),
            (std::vector<bool>{false, false}));
}

TEST(RolesTest, SentencesOpeningWithAShortLabel) {
  EXPECT_TRUE(OpensWithLabel("Day out: The couple walk their two dogs on the beach at Hove."));
  EXPECT_TRUE(OpensWithLabel("Happy ending: Rescuers lift the pony from the ditch on Sunday ."));
  EXPECT_TRUE(OpensWithLabel("Tip: Keep the dough in the fridge overnight."));
  EXPECT_TRUE(OpensWithLabel("Replacements: Smith, Jones, Brown, Green, White."));
  EXPECT_TRUE(OpensWithLabel("'Invasion': Dozens of jellyfish were seen on the beach at dawn."));
  EXPECT_TRUE(OpensWithLabel("\u2018Heartbroken\u2019: Her parents leave the court in Leeds on Monday."));
  EXPECT_FALSE(OpensWithLabel("'We will win': The mayor spoke to the crowd for an hour."));
  // A speaker and a verb of saying, a clause, a determiner's phrase, a title or a name.
  EXPECT_FALSE(OpensWithLabel("He added: \"We will appeal against the ruling.\""));
  EXPECT_FALSE(OpensWithLabel("Mr Frost told the paper: \"The market is weak this year.\""));
  EXPECT_FALSE(OpensWithLabel("The reason: Nobody had checked the brakes for months."));
  EXPECT_FALSE(OpensWithLabel("One thing is certain: The council will have to borrow more."));
  EXPECT_FALSE(OpensWithLabel("Harbour Lights: The Musical opens in Leeds next week."));
  // Too little after the label, lowercase after it, no label at all, another language.
  EXPECT_FALSE(OpensWithLabel("Result: Two goals."));
  EXPECT_FALSE(OpensWithLabel("Note: the figures exclude the last quarter."));
  EXPECT_FALSE(OpensWithLabel("The train left at 10:15 and arrived late."));
  EXPECT_FALSE(OpensWithLabel("Tipp: Den Teig über Nacht kalt stellen.", "de"));
}

TEST(RolesTest, RoleNamesRoundTrip) {
  for (Role r : {Role::kBody, Role::kHeading, Role::kCaption, Role::kListItem, Role::kQuote,
                 Role::kByline, Role::kDateline, Role::kBoilerplate}) {
    EXPECT_EQ(ParseRole(RoleName(r)), r);
  }
  EXPECT_FALSE(ParseRole("paragraph").has_value());
}

TEST(RolesTest, AFlattenedPageHeaderIsBylineDatelineAndSeparators) {
  // "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | ." as sentences.
  EXPECT_EQ(SentenceRole("By .", Role::kBody), Role::kByline);
  EXPECT_EQ(SentenceRole("Associated Press .", Role::kBody, "By ."), Role::kByline);
  EXPECT_EQ(SentenceRole("By Jane Doe and John Roe .", Role::kBody), Role::kByline);
  EXPECT_EQ(SentenceRole("14:11 EST, 25 October 2013 .", Role::kBody), Role::kDateline);
  EXPECT_EQ(SentenceRole("| .", Role::kBody), Role::kBoilerplate);
}

TEST(RolesTest, SentencesThatOnlyLookLikeHeadersStayBody) {
  EXPECT_EQ(SentenceRole("By the end of the week the river had fallen.", Role::kBody), Role::kBody);
  EXPECT_EQ(SentenceRole("Associated Press reported the fire first.", Role::kBody, "By ."),
            Role::kBody);
  EXPECT_EQ(SentenceRole("The vote is on 25 October 2013 in the town hall.", Role::kBody),
            Role::kBody);
  EXPECT_EQ(SentenceRole("By .", Role::kQuote), Role::kQuote);  // the paragraph's role wins
}

TEST(RolesTest, AListOfNamesIsNoSentence) {
  EXPECT_TRUE(
      IsListOfNames("Watford: Lee; Doyley, Shittu, DeMerit, Stewart; Smith, Williamson, "
                    "Francis, McAnuff; King, Henderson."));
  EXPECT_TRUE(
      IsListOfNames("A Roe (capt); B Marsh, C Ashworth (Kestrel Bay), D Hale, E Finch, F Lowe."));
  // A sentence that lists places still says something of them.
  EXPECT_FALSE(IsListOfNames("Attacks hit Paris, Lyon, Marseille, Nice, Lille and Toulouse."));
  EXPECT_FALSE(IsListOfNames("Roe, Marsh, Ashworth, Hale, Finch and Lowe all scored."));
}

}  // namespace
}  // namespace precis::text
