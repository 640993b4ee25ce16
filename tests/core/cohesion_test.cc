#include "text/cohesion.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

bool Dependent(const std::string& sentence, std::string_view language = "en") {
  return OpensDependent(Tokenize(sentence, {0, sentence.size()}), language);
}

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
  EXPECT_FALSE(Dependent(""));
}

TEST(CohesionTest, ASentenceClosingAQuotationItDidNotOpenContinuesTheOneBefore) {
  const auto continues = [](const std::string& s) {
    return OpensDependent(s, Tokenize(s, {0, s.size()}), "en");
  };
  EXPECT_TRUE(continues("Only instead of a river we found a road,\" the guide said."));
  EXPECT_TRUE(continues("We will be back next year.\u201D"));
  EXPECT_FALSE(continues("\"We will be back next year,\" the captain said."));
  EXPECT_FALSE(continues("The captain said: \u201CWe will be back.\u201D"));
  EXPECT_FALSE(continues("The council met on Monday."));
  EXPECT_TRUE(continues("The latter was never found."));
  EXPECT_TRUE(continues("\u201CWe can do that.\u201D"));  // a bare quotation: who said it?
  EXPECT_TRUE(continues("\"We can do that!\" "));
  EXPECT_FALSE(continues("\"We can do that,\" said the coach."));
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

std::vector<std::vector<int>> Introductions(const std::vector<std::string>& sentences,
                                            std::vector<bool> excluded = {}) {
  std::vector<std::vector<Token>> tokens;
  for (const std::string& s : sentences) tokens.push_back(Tokenize(s, {0, s.size()}));
  excluded.resize(sentences.size(), false);
  return NameIntroductions(tokens, excluded, "en");
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

TEST(CohesionTest, OnlyEnglishIsMarked) {
  EXPECT_FALSE(Dependent("But the house stands.", "de"));
  EXPECT_TRUE(Dependent("But the house stands.", "und"));
}

}  // namespace
}  // namespace precis::text
