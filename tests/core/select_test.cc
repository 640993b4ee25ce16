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
