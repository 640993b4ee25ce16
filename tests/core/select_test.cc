#include "rank/select.h"

#include <gtest/gtest.h>

#include "rank_test_util.h"

namespace precis::rank {
namespace {

TEST(SelectTest, TakesTheBestInDocumentOrder) {
  const TestArticle a{{"One alpha.", "Two beta.", "Three gamma.", "Four delta."}, {}, ""};
  Options o;
  o.sentences = 2;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.9, 0.2, 0.8}, o), (std::vector<int>{1, 3}));
}

TEST(SelectTest, NeverPicksBoilerplateAndDefaultsToThreeSentences) {
  const TestArticle a{
      {"Alpha rises.", "Beta falls.", "Read more here.", "Gamma holds.", "Delta waits."},
      {false, false, true, false, false},
      ""};
  Options o;
  const std::vector<int> chosen = SelectSentences(a.Terms(), {0.5, 0.4, 1.0, 0.3, 0.2}, o);
  EXPECT_EQ(chosen, (std::vector<int>{0, 1, 3}));
}

TEST(SelectTest, SkipsNearDuplicates) {
  const TestArticle a{{"The bridge reopened to traffic on Monday morning.",
                       "The bridge reopened to traffic on Monday morning again.",
                       "Drivers welcomed the shorter commute."},
                      {},
                      ""};
  Options o;
  o.sentences = 2;
  EXPECT_EQ(SelectSentences(a.Terms(), {1.0, 0.9, 0.5}, o), (std::vector<int>{0, 2}));
}

TEST(SelectTest, SkipsASentenceRepeatingAClauseOfAChosenOne) {
  const TestArticle a{
      {"The health minister said the woman in the tape was a personal friend but refused to "
       "elaborate.",
       "Opposition leaders demanded an inquiry into the recordings on Tuesday.",
       "Chua, a former physician and one of the fastest rising political stars in the country, "
       "said the woman in the tape was a personal friend but refused to elaborate."},
      {},
      ""};
  Options o;
  o.sentences = 2;
  EXPECT_EQ(SelectSentences(a.Terms(), {1.0, 0.2, 0.9}, o), (std::vector<int>{0, 1}));
}

TEST(SelectTest, RatioAndWordBudgets) {
  const TestArticle a{{"a1 b1 c1 d1.", "e2 f2 g2 h2.", "i3 j3 k3 l3.", "m4 n4 o4 p4."}, {}, ""};
  Options ratio;
  ratio.ratio = 0.5;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.4, 0.3, 0.2, 0.1}, ratio).size(), 2u);
  Options words;
  words.words = 9;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.4, 0.3, 0.2, 0.1}, words), (std::vector<int>{0, 1}));
  words.words = 1;  // a word budget smaller than any sentence still yields one sentence
  EXPECT_EQ(SelectSentences(a.Terms(), {0.4, 0.3, 0.2, 0.1}, words), (std::vector<int>{0}));
}

TEST(SelectTest, ASentenceThatRefersBackComesWithItsPredecessor) {
  const TestArticle a{{"The mayor opened the new bridge over the river.",
                       "Traffic engineers counted the first cars crossing it.",
                       "She said the city would build two more bridges soon.",
                       "Cyclists got a lane of their own on the bridge deck."},
                      {},
                      ""};
  Options o;
  o.sentences = 2;
  // "She said…" ranks first; it leans on the sentence before it, which comes along.
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.2, 1.0, 0.5}, o), (std::vector<int>{1, 2}));
  // With room for one sentence only, it is passed over.
  o.sentences = 1;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.2, 1.0, 0.5}, o), (std::vector<int>{3}));
  // A word budget counts the pair: 18 words do not fit 15.
  Options words;
  words.words = 15;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.2, 1.0, 0.5}, words), (std::vector<int>{3}));
}

TEST(SelectTest, AQuestionComesWithTheSentenceAnsweringIt) {
  const TestArticle a{{"The council met on Tuesday to plan the new school year.",
                       "What will change for parents in the autumn term?",
                       "Every school will open an hour later from September onwards.",
                       "Teachers asked for more time to prepare their lessons."},
                      {},
                      ""};
  Options o;
  o.sentences = 2;
  // The question ranks first; the answer after it comes along.
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 1.0, 0.2, 0.5}, o), (std::vector<int>{1, 2}));
  // With room for one sentence only, it is passed over: a summary never asks without answering.
  o.sentences = 1;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 1.0, 0.2, 0.5}, o), (std::vector<int>{3}));
}

TEST(SelectTest, AChainOfSentencesReferringBackIsTakenWholeOrNotAtAll) {
  const TestArticle a{{"Rescuers reached the village at dawn on Tuesday.",
                       "They found the school roof gone after the storm.",
                       "But the children had sheltered in the church hall.",
                       "Aid convoys are expected to arrive later this week."},
                      {},
                      ""};
  Options o;
  o.sentences = 3;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.2, 1.0, 0.5}, o), (std::vector<int>{0, 1, 2}));
  o.sentences = 2;  // the chain needs three places: the next best sentences instead
  const std::vector<int> two = SelectSentences(a.Terms(), {0.1, 0.2, 1.0, 0.5}, o);
  EXPECT_EQ(two, (std::vector<int>{0, 3}));
}

TEST(SelectTest, AChainFillingTheWholeSummaryMustBeTheOpening) {
  const TestArticle a{{"A new puzzle game reached the app store on Tuesday.",
                       "Players guide a robot through forty short levels.",
                       "There are no enemies to worry about, only coins to collect.",
                       "That is not a bad thing, either.",
                       "In fact it is what reviewers liked most about it."},
                      {},
                      ""};
  Options o;
  o.sentences = 3;
  // Sentences 2-4 are one passage: the best of them (4) cannot take the whole summary; the
  // next best (3, with 2) leaves a place for the opening.
  EXPECT_EQ(SelectSentences(a.Terms(), {0.3, 0.2, 0.5, 0.6, 1.0}, o), (std::vector<int>{0, 2, 3}));
  o.sentences = 4;  // with a place to spare, the chain comes with the opening
  EXPECT_EQ(SelectSentences(a.Terms(), {0.3, 0.2, 0.5, 0.6, 1.0}, o), (std::vector<int>{0, 2, 3, 4}));
}

TEST(SelectTest, ANameInShortFormComesWithTheSentenceThatIntroducedIt) {
  const TestArticle a{{"Police arrested Blake Fielder-Civil in a London pub on Friday night.",
                       "The harbour festival drew record crowds over the weekend.",
                       "Fielder-Civil denies the charge and will plead not guilty in court.",
                       "Ticket sales rose by a third compared with last year."},
                      {},
                      ""};
  Options o;
  o.sentences = 2;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.5, 1.0, 0.2}, o), (std::vector<int>{0, 2}));
  o.sentences = 1;  // no room for the introduction: passed over
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 0.5, 1.0, 0.2}, o), (std::vector<int>{1}));
}

TEST(SelectTest, ASentenceLeaningOnAWeakOneWaitsForTheFillingPass) {
  const TestArticle note{{"A short note arrived today.", "It said the meeting moved to Friday."},
                         {},
                         ""};
  Options o;  // three sentences: the whole two-sentence note, the weak one brought along
  EXPECT_EQ(SelectSentences(note.Terms(), {0.1, 1.0}, o), (std::vector<int>{0, 1}));
  const TestArticle a{{"A short note arrived today.", "It said the meeting moved to Friday afternoon.",
                       "The harbour committee approved the new ferry timetable on Monday."},
                      {},
                      ""};
  o.sentences = 2;  // the full sentence first; then the pair does not fit, the weak one fills
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 1.0, 0.5}, o), (std::vector<int>{0, 2}));
  o.sentences = 3;
  EXPECT_EQ(SelectSentences(a.Terms(), {0.1, 1.0, 0.5}, o), (std::vector<int>{0, 1, 2}));
}

TEST(SelectTest, TheArticlesFirstSentenceMayOpenByReferringBack) {
  const TestArticle a{{"He's been accused of many fashion mistakes on holiday.",
                       "The prime minister wore the same loafers again this week."},
                      {},
                      ""};
  Options o;
  o.sentences = 1;
  EXPECT_EQ(SelectSentences(a.Terms(), {1.0, 0.5}, o), (std::vector<int>{0}));
}

TEST(SelectTest, EmptyOnlyWithoutEligibleSentences) {
  const TestArticle a{{"Advertisement"}, {true}, ""};
  EXPECT_TRUE(SelectSentences(a.Terms(), {0.0}, Options{}).empty());
}

TEST(SelectTest, RankOrderPutsBoilerplateLast) {
  const TestArticle a{{"x one.", "y two.", "z three."}, {true, false, false}, ""};
  EXPECT_EQ(RankOrder(a.Terms(), {0.0, 0.2, 0.7}), (std::vector<int>{2, 1, 0}));
}

}  // namespace
}  // namespace precis::rank
