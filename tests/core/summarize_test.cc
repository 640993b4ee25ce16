#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Result MustSummarize(const std::string& text, Options o = {}) {
  auto r = Summarize(text, o);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : Result{};
}

// The text's three-sentence summary, which must have three sentences.
std::vector<std::string> ThreeSentenceSummary(const std::string& text) {
  Options o;
  o.sentences = 3;
  const Result r = MustSummarize(text, o);
  EXPECT_EQ(r.summary.size(), 3u);
  std::vector<std::string> chosen;
  for (int i : r.summary) chosen.push_back(r.sentences[static_cast<size_t>(i)].text);
  return chosen;
}

// A paragraph at least half of whose sentences are notices is a comment box as a whole, its
// plain rules included; one notice among three sentences of news leaves the news alone.
TEST(SummarizeTest, AParagraphOfMostlyNoticesIsBoilerplateAsAWhole) {
  const std::string text =
      "The harbour pier reopened on Saturday after two years of repairs. Crowds lined the quay "
      "to watch the first ferry dock. The mayor cut a ribbon at noon.\n\n"
      "Rules: Feedback should follow the guidelines for this community. These guidelines decide "
      "which remarks are removed from the site. Please keep your comments relevant to the topic. "
      "Use the \"Report\" link to help keep the community at its best.\n\n"
      "Repairs cost four million pounds. The council paid half of the bill. Please keep your "
      "comments relevant to the topic.\n";
  const Result r = MustSummarize(text);
  const auto boilerplate = [&](const std::string& opening) {
    for (const Sentence& s : r.sentences) {
      if (s.text.starts_with(opening)) return s.boilerplate;
    }
    ADD_FAILURE() << "no sentence opens with " << opening;
    return false;
  };
  EXPECT_TRUE(boilerplate("Rules: Feedback"));
  EXPECT_TRUE(boilerplate("These guidelines"));
  EXPECT_TRUE(boilerplate("Use the"));
  EXPECT_FALSE(boilerplate("Repairs cost"));
  EXPECT_FALSE(boilerplate("The council paid"));
  EXPECT_FALSE(boilerplate("The harbour pier"));
}

TEST(SummarizeTest, AggregatorArticleGivesTitleSummaryAndEntities) {
  const std::string text = ReadFixture("harbour-aggregator.txt");
  ASSERT_FALSE(text.empty());
  Options o;
  o.sentences = 3;
  const Result r = MustSummarize(text, o);
  EXPECT_EQ(r.title, "Harbour Town Votes To Rebuild Storm-Damaged Pier");
  EXPECT_EQ(r.language, "en");
  ASSERT_EQ(r.summary.size(), 3u);
  EXPECT_TRUE(std::is_sorted(r.summary.begin(), r.summary.end()));
  for (int i : r.summary) {
    EXPECT_FALSE(r.sentences[static_cast<size_t>(i)].boilerplate);
    EXPECT_TRUE(r.sentences[static_cast<size_t>(i)].selected);
  }
  // The "READ MORE" and copyright lines are marked and kept.
  size_t boilerplate = 0;
  for (const Sentence& s : r.sentences) boilerplate += s.boilerplate;
  EXPECT_GE(boilerplate, 2u);
  // Sentence texts are exact slices of the input.
  for (const Sentence& s : r.sentences) EXPECT_EQ(text.substr(s.start, s.end - s.start), s.text);
  for (const Entity& e : r.entities) EXPECT_EQ(text.substr(e.start, e.end - e.start), e.text);
  const auto has_group = [&](const std::string& name, EntityType type) {
    return std::any_of(r.groups.begin(), r.groups.end(),
                       [&](const Group& g) { return g.name == name && g.type == type; });
  };
  EXPECT_TRUE(has_group("Ines Carvalho", EntityType::kPerson));
  EXPECT_TRUE(has_group("$2.4 million", EntityType::kMoney));
  EXPECT_FALSE(r.keyphrases.empty());
}

// A tabloid story as its text reads when flattened: captions after short labels sit between
// the paragraphs and repeat the story's words, so they rank high; they only fill a budget.
TEST(SummarizeTest, CaptionsAfterAShortLabelAreNotChosen) {
  const std::string text =
      "Harbourside: A pony that fell into a flooded ditch near Hove was rescued by firefighters "
      "on Sunday after a four-hour operation. The pony, called Biscuit, had wandered from its "
      "field during the storm. Firefighters used straps and a tractor to lift the pony from the "
      "ditch. Safe at last: Firefighters lift Biscuit the pony from the flooded ditch near Hove. "
      "Its owner, Jane Marsh, thanked the crew and said the pony was tired but unhurt. A vet "
      "checked the animal at the scene and found only minor cuts. Relief: Jane Marsh hugs "
      "Biscuit the pony after the rescue by firefighters near Hove. The fire service said "
      "animal rescues rise every winter as fields flood.";
  Options o;
  o.sentences = 3;
  const Result r = MustSummarize(text, o);
  ASSERT_EQ(r.summary.size(), 3u);
  for (int i : r.summary) {
    const std::string& chosen = r.sentences[static_cast<size_t>(i)].text;
    EXPECT_EQ(chosen.find("Safe at last:"), std::string::npos) << chosen;
    EXPECT_EQ(chosen.find("Relief:"), std::string::npos) << chosen;
  }
  // The first sentence may open with a label (a dateline) and still lead the summary.
  EXPECT_EQ(r.summary.front(), 0);
}

TEST(SummarizeTest, AnInterviewersTurnsAreNotChosen) {
  // A trial's interview page: the interviewer's statement before the question was summarized.
  const std::string text =
      "Thirty years ago Ann Roe changed how companies think about digital markets with a "
      "seminal paper. Her new book argues that groups of people are smarter than machines.\n\n"
      "The Daily Review: You say that groups of people make better decisions about markets "
      "than smart individuals and machines acting alone. Why is this the case?\n\n"
      "Ann Roe: Groups often decide better when they combine the skills of their members. In "
      "our research, groups whose members were perceptive were more intelligent.\n\n"
      "The Daily Review: You argue that groups of people with machines are smarter than any "
      "machine alone in markets. Please explain.\n\n"
      "Ms Roe: Even the best machines have only narrow skills for particular tasks. A child can "
      "talk about more topics than any machine today.\n\n"
      "The Daily Review: What is next for your research on groups of people?\n\n"
      "Ms Roe: We will study how online teams of people decide about markets.\n";
  for (const std::string& chosen : ThreeSentenceSummary(text)) {
    EXPECT_FALSE(chosen.starts_with("The Daily Review:")) << chosen;
  }
}

TEST(SummarizeTest, ATeamSheetIsNoSummarySentence) {
  // Dev texts and a trial's page summarized a team sheet ("J Robinson (Sale Sharks, capt); M
  // Cueto (Sale Sharks), …"): names, not a sentence a reader wants.
  const std::string text =
      "Harbour Town named a young side for the cup final against Kestrel Bay on Saturday.\n\n"
      "The coach said the younger players had earned their places with strong displays in the "
      "league this winter.\n\n"
      "Harbour Town: A Roe (capt); B Marsh, C Ashworth, D Hale, E Finch; F Lowe, G Pike (Kestrel "
      "Bay), H Dunn, J Moss; K Reed, L Shaw.\n\n"
      "Kestrel Bay have won the cup twice in the last five seasons and start as favourites.\n\n"
      "Tickets for the final sold out within a day, the club said on Monday.\n";
  for (const std::string& chosen : ThreeSentenceSummary(text)) {
    EXPECT_FALSE(chosen.starts_with("Harbour Town: A Roe")) << chosen;
  }
}

TEST(SummarizeTest, ABylinesWriterAndTimeAreNoEntities) {
  // A trial's agency pages: the byline's "42 minutes" was a quantity, its writer a name group.
  const Result r = MustSummarize(
      "<html><body><article><p>By JANE ROE, Associated Press Writer 42 minutes ago</p><p>SEOUL, "
      "South Korea - Prosecutors raided the offices of Harbour Group on Tuesday in a widening "
      "inquiry.</p><p>Harbour Group said it would cooperate with the inquiry.</p></article>"
      "</body></html>");
  for (const Entity& e : r.entities) {
    EXPECT_EQ(e.text.find("42"), std::string::npos) << e.text;
    EXPECT_EQ(e.text.find("ROE"), std::string::npos) << e.text;
  }
  EXPECT_TRUE(std::any_of(r.entities.begin(), r.entities.end(),
                          [](const Entity& e) { return e.text == "Harbour Group"; }));
  // A name and a job, an open letter's signatory, is no byline that says "By": its name stays.
  const Result letter = MustSummarize(
      "<html><body><article><p>More than a hundred writers signed the open letter to the "
      "harbour board, which was published on Tuesday.</p><p>The letter asks the board to keep "
      "the old pier open to the public all year.</p><p>Gloria Steinem, writer and activist</p>"
      "</article></body></html>");
  EXPECT_TRUE(std::any_of(letter.entities.begin(), letter.entities.end(),
                          [](const Entity& e) { return e.text == "Gloria Steinem"; }));
}

TEST(SummarizeTest, AGivenLanguageIsUsedAndReported) {
  const std::string text =
      "Die Tabelle steht auf Seite 12. Dort finden Sie alle Werte des Jahres. Der Bericht "
      "erscheint im Mai.";
  Options o;
  const Result detected = MustSummarize(text, o);
  EXPECT_EQ(detected.language, "de");
  EXPECT_EQ(detected.language_source, "detected");
  o.language = "de";
  const Result given = MustSummarize(text, o);
  EXPECT_EQ(given.language_source, "given");
  ASSERT_EQ(given.sentences.size(), 3u);
  EXPECT_EQ(given.sentences[0].text, "Die Tabelle steht auf Seite 12.");
  // The warning says names are English-only, and that the language was given.
  ASSERT_FALSE(given.warnings.empty());
  EXPECT_NE(given.warnings.back().find("'de' (given)"), std::string::npos) << given.warnings.back();
  // Told it is English, the summarizer believes it: no language warning.
  o.language = "en";
  const Result english = MustSummarize(text, o);
  EXPECT_EQ(english.language, "en");
  EXPECT_TRUE(english.warnings.empty());
  o.language = "xx";
  EXPECT_FALSE(Summarize(text, o).ok());
}

TEST(SummarizeTest, ThePagesLanguageHoldsAsFarAsTheTextAgrees) {
  const std::string german =
      "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss abzureißen. Die "
      "Kosten liegen nach Angaben der Verwaltung bei rund zwölf Millionen Euro, von denen das "
      "Land den größten Teil übernimmt. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre "
      "dauern. In dieser Zeit wird eine Fähre eingesetzt, die alle zwanzig Minuten fährt.";
  Options o;
  o.page_language = "en";  // a template's default on a German page
  Result r = MustSummarize(german, o);
  EXPECT_EQ(r.language, "de");
  EXPECT_EQ(r.language_source, "detected");
  o.page_language = "de";
  r = MustSummarize(german, o);
  EXPECT_EQ(r.language, "de");
  EXPECT_EQ(r.language_source, "page");
  // A short text cannot overrule the page: "z. B." is German, not a sentence end.
  o.page_language = "de";
  r = MustSummarize("Das gilt z. B. für alle. Dort auch.", o);
  EXPECT_EQ(r.language, "de");
  EXPECT_EQ(r.language_source, "page");
  EXPECT_EQ(r.sentences.size(), 2u);
  // An HTML page's own <html lang> is its declaration.
  r = MustSummarize("<html lang=\"en-GB\"><body><article><p>" + german +
                    "</p></article></body></html>");
  EXPECT_EQ(r.language, "de");
  EXPECT_EQ(r.language_source, "detected");
  r = MustSummarize("<html lang=\"de-AT\"><body><article><p>" + german +
                    "</p></article></body></html>");
  EXPECT_EQ(r.language_source, "page");
  // The option wins over the page's own attribute; a code we do not know is no declaration.
  o.page_language = "de";
  r = MustSummarize("<html lang=\"fr\"><body><p>Das gilt z. B. für alle.</p></body></html>", o);
  EXPECT_EQ(r.language, "de");
  ASSERT_TRUE(ParseOptionsJson(R"({"pageLanguage": "x-klingon"})").ok());
  EXPECT_TRUE(ParseOptionsJson(R"({"pageLanguage": "x-klingon"})").value().page_language.empty());
  EXPECT_EQ(ParseOptionsJson(R"({"pageLanguage": "de-CH"})").value().page_language, "de");
  EXPECT_FALSE(ParseOptionsJson(R"({"pageLanguage": 7})").ok());
}

TEST(SummarizeTest, AHardWrapInsideJapaneseIsNotInTheSentenceText) {
  const std::string text = "東京は日本の首\n都です。人口はとても多いです。";
  const Result r = MustSummarize(text);
  EXPECT_EQ(r.language, "ja");
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_EQ(r.sentences[0].text, "東京は日本の首都です。");
  EXPECT_EQ(text.substr(r.sentences[0].start, r.sentences[0].end - r.sentences[0].start),
            "東京は日本の首\n都です。");
}

TEST(SummarizeTest, EmptyAndBlankInputsAreClearErrors) {
  for (const std::string text : {std::string(), std::string(" \n\t \r\n")}) {
    const auto r = Summarize(text, Options{});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("input"), std::string::npos);
  }
}

TEST(SummarizeTest, InvalidUtf8IsKeptAndWarned) {
  const std::string text = "The mill \xFF\xFE reopened today. Workers returned \xC3 at dawn.";
  const Result r = MustSummarize(text);
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_EQ(r.sentences[1].end, text.size());
  EXPECT_FALSE(r.warnings.empty());
}

TEST(SummarizeTest, TooLargeInputIsRefused) {
  const std::string text(kMaxInputBytes + 1, 'a');
  const auto r = Summarize(text, Options{});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("limit"), std::string::npos);
}

TEST(SummarizeTest, NoPunctuationStillGivesABoundedSummary) {
  std::string text;  // 20,000 varied words, no punctuation at all
  for (int i = 0; i < 20000; ++i) text += "w" + std::to_string((i * 7919) % 4999) + " ";
  const Result r = MustSummarize(text);
  EXPECT_EQ(r.summary.size(), 3u);
  EXPECT_FALSE(r.warnings.empty());
}

TEST(SummarizeTest, EveryAlgorithmIsDeterministic) {
  const std::string text = ReadFixture("harbour-aggregator.txt");
  for (Algorithm a : AllAlgorithms()) {
    Options o;
    o.algorithm = a;
    EXPECT_EQ(ResultToJson(MustSummarize(text, o)), ResultToJson(MustSummarize(text, o)));
  }
}

TEST(SummarizeTest, InvalidOptionsAreRejected) {
  Options o;
  o.sentences = 2;
  o.words = 10;
  EXPECT_FALSE(Summarize("A sentence.", o).ok());
}

}  // namespace
}  // namespace precis
