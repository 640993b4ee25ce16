#include "text/cohesion.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace precis::text {
namespace {

bool Dependent(const std::string& sentence, std::string_view language = "en") {
  return OpensDependent(Tokenize(sentence, {0, sentence.size()}), language);
}

// Whether a whole English sentence leans on the one before (OpensDependent on its text too).
bool Leans(const std::string& s) { return OpensDependent(s, Tokenize(s, {0, s.size()}), "en"); }

TEST(CohesionTest, PronounsDemonstrativesAndConnectivesReferBack) {
  EXPECT_TRUE(Dependent("He had found a strange-looking cell."));
  EXPECT_TRUE(Dependent("But it is not merely that Beijing wants more."));
  EXPECT_TRUE(Dependent("Then there's the fact that nobody asked."));
  EXPECT_TRUE(Dependent("These neo-banks have been trying to grow."));
  EXPECT_TRUE(Dependent("\"They never called,\" she said."));  // inside a quotation too
  EXPECT_TRUE(Dependent("As a result, the bridge closed."));
  EXPECT_TRUE(Dependent("In addition, two roads were shut."));
  EXPECT_TRUE(Dependent("Because of this, prices rose."));
  EXPECT_TRUE(Dependent("All three teams have two games in hand."));
  EXPECT_TRUE(Dependent("The first is a cornbread stuffing."));
  EXPECT_TRUE(Dependent("The two men met in Geneva."));
  EXPECT_TRUE(Dependent("Next came the iPod nano."));
  EXPECT_TRUE(Dependent("The bed also features vibration detection."));
  EXPECT_TRUE(Dependent("Police have also found a second car."));
  EXPECT_TRUE(Dependent("Essentially, this bed is a temple of sleep."));
  EXPECT_TRUE(Dependent("Finally he left the room."));
  EXPECT_TRUE(Dependent("When she fell during the vault, she won silver."));
  EXPECT_TRUE(Dependent("The board, however, refused to change the result."));
  EXPECT_TRUE(Dependent("Two other covers, on the other hand, did not."));
  // An institution the story named before: which center, which study?
  EXPECT_TRUE(Dependent("The center says more than 79 million records were compromised."));
  EXPECT_TRUE(Dependent("The study said the chance for early action was missed."));
  EXPECT_TRUE(Dependent("The company declined to comment."));
  // A trial's summaries: "In the same way, talking about a 1/125,000 risk…", "Among those
  // mistakes: …".
  EXPECT_TRUE(Dependent("In the same way, talking about a small risk is awkward."));
  EXPECT_TRUE(Dependent("Among those mistakes: a plan nobody could read."));
  EXPECT_TRUE(Dependent("Of these, two were closed."));
  EXPECT_FALSE(Dependent("Among the mistakes was a plan nobody could read."));
  // A trial's summaries: "Worse than that…", "Since this webcast…", "First off, …".
  EXPECT_TRUE(Dependent("Worse than that, it was a test failure nobody saw."));
  EXPECT_TRUE(Dependent("On top of that, the bridge closed."));
  EXPECT_TRUE(Dependent("Since this webcast was about testing, we showed the tests."));
  EXPECT_TRUE(Leans("First off, its form factor is a surprise."));
  EXPECT_FALSE(Dependent("When this year ends, the mayor will step down."));
  EXPECT_FALSE(Dependent("Worse weather is expected on Friday."));
  // A trial's summary: "One of them, the European Services Network, has received…" (of the
  // projects the sentence before named).
  EXPECT_TRUE(Dependent("One of them, the harbour network, has received a contract."));
  EXPECT_TRUE(Dependent("Most of these were closed by noon."));
  EXPECT_FALSE(Dependent("One of the harbour's cranes fell."));
  EXPECT_FALSE(Dependent("Many of those nominated for prizes were at the harbour."));
  EXPECT_FALSE(Dependent("Some of those who stayed were rescued."));
}

TEST(CohesionTest, StatementsAndPresentTimeDoNot) {
  EXPECT_FALSE(Dependent("The council approved the flood barrier on Monday."));
  EXPECT_FALSE(Dependent("This year the festival moved to the harbour."));
  EXPECT_FALSE(Dependent("These days few people write letters."));
  EXPECT_FALSE(Dependent("Those who stayed were rescued."));
  EXPECT_FALSE(Dependent("So far nobody has been charged."));
  EXPECT_FALSE(Dependent("Because of the storm, flights were cancelled."));
  EXPECT_FALSE(Dependent("The first time the bridge opened, it swayed."));
  EXPECT_FALSE(Dependent("Next week the council votes again."));
  EXPECT_FALSE(Dependent("The three-day festival opens on Friday."));
  EXPECT_FALSE(Dependent("Heather Knight scored a century."));  // "he" is not a prefix match
  EXPECT_FALSE(Dependent("Those who also voted were thanked."));
  EXPECT_FALSE(Dependent("Currently, the company employs 40 people."));
  EXPECT_FALSE(Dependent("Italy won the match."));
  EXPECT_FALSE(Dependent("When the storm hit, the bridge closed."));
  EXPECT_FALSE(Dependent("When it comes to prices, the council is careful."));
  EXPECT_FALSE(Dependent("However long it takes, the council will wait."));
  EXPECT_FALSE(Dependent("The mayor said the council would also pay."));  // not the opening
  EXPECT_FALSE(Dependent("The company's shares fell 4% on Monday."));
  EXPECT_FALSE(Dependent("The study of ice cores began in 1950."));
  EXPECT_FALSE(Dependent(""));
}

TEST(CohesionTest, ASentenceClosingAQuotationItDidNotOpenContinuesTheOneBefore) {
  EXPECT_TRUE(Leans("Only instead of a river we found a road,\" the guide said."));
  EXPECT_TRUE(Leans("We will be back next year.\u201D"));
  EXPECT_FALSE(Leans("\"We will be back next year,\" the captain said."));
  EXPECT_TRUE(Leans("\u201CWe are always talking about fraud,\u201D he said."));
  EXPECT_TRUE(Leans("\"We will be back,\" said she."));
  EXPECT_FALSE(Leans("\"We will be back,\" Mr Lee said."));
  EXPECT_FALSE(Leans("\"We played well,\" said coach Ann Lee."));
  EXPECT_FALSE(Leans("\"Yes.\" He said it twice."));  // a quoted sentence, then another
  EXPECT_FALSE(Leans("The captain said: \u201CWe will be back.\u201D"));
  EXPECT_FALSE(Leans("The council met on Monday."));
  EXPECT_TRUE(Leans("The latter was never found."));
  EXPECT_TRUE(Leans("\u201CWe can do that.\u201D"));  // a bare quotation: who said it?
  EXPECT_TRUE(Leans("\"We can do that!\" "));
  EXPECT_FALSE(Leans("\"We can do that,\" said the coach."));
}

TEST(CohesionTest, WordsInsideASentenceThatPointBack) {
  // Each reached a summary read alone in an A/B round (which attack, which two men, thinking what).
  EXPECT_TRUE(Leans("Having described such an attack as a red line, the president must now act."));
  EXPECT_TRUE(Leans("The army said the two men discussed the security situation at length."));
  EXPECT_TRUE(Leans("Readers of some blogs might be forgiven for thinking so, though nobody asked."));
  EXPECT_TRUE(Leans("The council refused to say why it had done so."));
  // An intensifier, a comparison, a time, a manner: nothing before is needed.
  EXPECT_FALSE(Leans("The mayor found the plan such a good idea that the town copied it."));
  EXPECT_FALSE(Leans("Fruit such as apples and pears was cheaper in the market."));
  EXPECT_FALSE(Leans("Prices have risen in the two years since the election took place."));
  EXPECT_FALSE(Leans("The team did so well that the coach gave everyone a day off."));
  EXPECT_FALSE(Leans("Nobody has done so much for the town as the new mayor."));
  EXPECT_FALSE(Leans("The mayor spoke slowly and did so that everyone could follow."));
}

TEST(CohesionTest, APronounOpeningTheMainClauseAfterAnOpeningPhraseLeans) {
  // A trial's summaries: who is "he", who are "they"?
  EXPECT_TRUE(
      Leans("Even during his best period of polling, in the week after the first debate "
            "in Denver, he never quite pulled ahead in Ohio."));
  EXPECT_TRUE(
      Leans("After a generation of neoliberal policies, in 2014 they captured more than "
            "20 percent of national income."));
  EXPECT_TRUE(Leans("Over 179 at-bats this season, his average has dropped to .218."));
  // The opening phrase names who the pronoun means, or the main clause has a subject of its own.
  EXPECT_FALSE(
      Leans("In a session presented by Lora Heiny and Will Tschumy, they highlighted "
            "the risks."));
  EXPECT_FALSE(Leans("After the vote in Paris, the council said it would appeal."));
  EXPECT_FALSE(Leans("During the storm, trees fell on two houses and a school."));
  EXPECT_FALSE(Leans("The mayor, after the vote, said he would appeal."));
}

TEST(CohesionTest, AListsItemsLeanOnItsAnnouncement) {
  // A trial's summary was "First, I confirm… Second, I show… Third, I introduce…" without the
  // sentence announcing the three.
  EXPECT_TRUE(Leans("First, I confirm what the survey found."));
  EXPECT_TRUE(Leans("Second, I show that the tolls fell."));
  EXPECT_TRUE(Leans("Thirdly, the council cut the budget."));
  EXPECT_TRUE(Leans("Lastly, the bridge reopened."));
  EXPECT_FALSE(Leans("Second place went to the harbour team."));
  EXPECT_FALSE(Leans("Third-quarter profits rose 4%."));
}

TEST(CohesionTest, AnAnswerAndAfterAllLeanOnWhatCameBefore) {
  // Both reached a real page's summary read alone (a tester's round on 40 pages).
  EXPECT_TRUE(Leans("No, the former mayor's debut in the race has turned brutal."));
  EXPECT_TRUE(Leans("\"Yes, we will build it,\" she said."));
  EXPECT_TRUE(Leans("After all, both men lead in the national polls."));
  EXPECT_FALSE(Leans("No one has led the polls for longer than the mayor."));
  EXPECT_FALSE(Leans("After all the votes were counted, the mayor had won."));
}

TEST(CohesionTest, SentencesInsideAQuotationOpenedEarlierAreMarked) {
  const std::vector<std::string_view> s = {
      "The borough president said: \u201CMy God.", "If they want to race, let them race.",
      "This is no time for a parade.\u201D", "The race goes ahead on Sunday.",
      "\"We are ready.", "Nobody doubts it,\" the coach said.", "A new paragraph \"opens.",
      "It is not inside."};
  const std::vector<bool> got = InsideQuotation(s, {0, 0, 0, 0, 1, 1, 1, 2});
  EXPECT_EQ(got, (std::vector<bool>{false, true, true, false, false, true, false, false}));
}

// What each sentence leans on by `rule` (NameIntroductions or DefiniteIntroductions).
using LeaningRule = std::vector<std::vector<int>> (*)(const std::vector<std::vector<Token>>&,
                                                      const std::vector<bool>&, std::string_view);
std::vector<std::vector<int>> Leaning(LeaningRule rule, const std::vector<std::string>& sentences,
                                      std::vector<bool> excluded) {
  std::vector<std::vector<Token>> tokens;
  for (const std::string& s : sentences) tokens.push_back(Tokenize(s, {0, s.size()}));
  excluded.resize(sentences.size(), false);
  return rule(tokens, excluded, "en");
}

std::vector<std::vector<int>> Introductions(const std::vector<std::string>& sentences,
                                            std::vector<bool> excluded = {}) {
  return Leaning(NameIntroductions, sentences, std::move(excluded));
}

TEST(CohesionTest, ANameInShortFormLeansOnTheSentenceThatIntroducedIt) {
  const auto got = Introductions({"Police arrested Blake Fielder-Civil in a London pub on Friday.",
                                  "The pub's landlord told officers he had been threatened.",
                                  "Fielder-Civil denies the charge of grievous bodily harm.",
                                  "Mr Fielder-Civil's lawyer said he would plead not guilty.",
                                  "Blake Fielder-Civil will appear in court on Monday."});
  EXPECT_TRUE(got[0].empty());
  EXPECT_TRUE(got[1].empty());
  EXPECT_EQ(got[2], (std::vector<int>{0}));
  EXPECT_EQ(got[3], (std::vector<int>{0}));  // a title does not introduce anyone
  EXPECT_TRUE(got[4].empty());               // the full name again stands on its own
}

TEST(CohesionTest, QualifiersAndNamesFirstSeenAloneNeedNoIntroduction) {
  const auto got = Introductions({"The Pakistan Cricket Board appealed against the result.",
                                  "Pakistan lost the match by an innings.",
                                  "Tarrant said the board would decide in March.",
                                  "Chris Tarrant has chaired it since 2019.",
                                  "Tarrant declined to comment further."});
  for (const auto& v : got) EXPECT_TRUE(v.empty());
}

TEST(CohesionTest, AnIntroductionInAHeadingDoesNotCount) {
  const auto got = Introductions({"Karen Aim murdered in Taupo", "Detectives said Karen Aim was 27.",
                                  "Miss Aim had lived in the town for a year."},
                                 {true, false, false});
  EXPECT_EQ(got[2], (std::vector<int>{1}));
}

std::vector<std::vector<int>> Definite(const std::vector<std::string>& sentences,
                                        std::vector<bool> excluded = {}) {
  return Leaning(DefiniteIntroductions, sentences, std::move(excluded));
}

TEST(CohesionTest, TheThingBroughtInBeforeLeansOnItsIntroduction) {
  const auto got = Definite({"A couple in Leeds rented a flat from a private landlord in 2019.",
                             "Their rent rose by half within a year.",
                             "The landlord, James King, said the rise was fair.",
                             "Sleepwell unveiled a new smart bed at the show on Tuesday.",
                             "The bed also features a built-in speaker.",
                             "The smart bed will cost $2,000."});
  EXPECT_TRUE(got[0].empty());
  EXPECT_TRUE(got[1].empty());
  EXPECT_EQ(got[2], (std::vector<int>{0}));
  EXPECT_EQ(got[4], (std::vector<int>{3}));
  EXPECT_EQ(got[5], (std::vector<int>{3}));  // an adjective before the noun
}

TEST(CohesionTest, AReferenceInsideTheSentenceLeansToo) {
  // "Which girl?": the reference need not open the sentence (A/B judges: a summary that kept
  // "the girl … to kill him" but not the lede that brought her in).
  const auto got = Definite({"Bangalore: A young girl was on Tuesday accused of killing her fiance.",
                             "The police say that the girl planned it with a friend.",
                             "Officers found the young girl at home.",
                             "The police recovered a phone from the scene."});
  EXPECT_EQ(got[1], (std::vector<int>{0}));
  EXPECT_EQ(got[2], (std::vector<int>{0}));
  EXPECT_TRUE(got[3].empty());  // "the police", "the scene": never brought in with "a"
}

TEST(CohesionTest, TimesQuantitiesAndThingsNeverIntroducedStandAlone) {
  const auto got = Definite({"A number of shops closed a year ago.",
                             "The number of empty units has doubled.",
                             "The year ended with a loss for the council.",
                             "The council meets again in March.",
                             "The town plans a market."});
  for (const auto& v : got) EXPECT_TRUE(v.empty());
}

TEST(CohesionTest, AnIntroductionInAHeadingOrAfterTheReferenceDoesNotCount) {
  const auto got = Definite({"A landlord speaks", "The landlord said the rent was fair.",
                             "The tenant had found a cheaper flat.", "The flat is in Hull."},
                            {true, false, false, false});
  EXPECT_TRUE(got[1].empty());  // the heading's "A landlord" is not read
  EXPECT_EQ(got[3], (std::vector<int>{2}));
}

TEST(CohesionTest, OtherLanguagesAreMarkedByTheirOpeningWords) {
  EXPECT_FALSE(Dependent("But the house stands.", "de"));  // English words mean nothing there
  EXPECT_TRUE(Dependent("But the house stands.", "und"));
  EXPECT_TRUE(Dependent("Aber woher kommt eigentlich die dicke Luft?", "de"));
  EXPECT_TRUE(Dependent("Doch die Frage bleibt offen.", "de"));
  EXPECT_TRUE(Dependent("Er bat darum, dass der Präsident mehr Druck macht.", "de"));
  EXPECT_TRUE(Dependent("Außerdem fehlt das Geld.", "de"));
  EXPECT_TRUE(Dependent("Dieser Stoff steht im Verdacht, Krebs zu erregen.", "de"));
  EXPECT_TRUE(Dependent("Cependant, le gouvernement a refusé.", "fr"));
  EXPECT_TRUE(Dependent("En effet, le pont était fermé.", "fr"));
  EXPECT_TRUE(Dependent("Sin embargo, el alcalde no respondió.", "es"));
  EXPECT_TRUE(Dependent("Él había llegado tarde.", "es"));
  EXPECT_TRUE(Dependent("Jednak rząd odmówił.", "pl"));
  // Not: an expletive or polite pronoun, an article, a demonstrative of the present time or of
  // the page, a subordinator.
  EXPECT_FALSE(Dependent("Es gibt keine Alternative.", "de"));
  EXPECT_FALSE(Dependent("Sie können uns jederzeit anrufen.", "de"));
  EXPECT_FALSE(Dependent("Die Regierung hat Demonstrationen verboten.", "de"));
  EXPECT_FALSE(Dependent("Diese Woche beginnt der Test.", "de"));
  EXPECT_FALSE(Dependent("Dieser Artikel erklärt die Regeln.", "de"));
  EXPECT_FALSE(Dependent("Auch wenn es regnet, fährt der Bus.", "de"));
  EXPECT_FALSE(Dependent("Il y a trois ponts.", "fr"));
  EXPECT_FALSE(Dependent("Cette année, le festival a déménagé.", "fr"));
  EXPECT_FALSE(Dependent("Este lunes el alcalde habló.", "es"));
  EXPECT_FALSE(Dependent("Aber woher kommt die Luft?", "ja"));  // a language with no list
}

}  // namespace
}  // namespace precis::text
