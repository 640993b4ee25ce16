#include "rank/graph.h"

#include <gtest/gtest.h>

#include "rank/budget.h"
#include "rank/features.h"
#include "rank_test_util.h"

namespace precis::rank {
namespace {

TEST(GraphTest, PageRankFavoursTheSentenceEveryoneLinksTo) {
  // 1 and 2 both point at 0; 0 points back at 1.
  Graph g(3);
  g[0] = {{1, 1.0}};
  g[1] = {{0, 1.0}};
  g[2] = {{0, 1.0}};
  const std::vector<double> rank = PageRank(g);
  EXPECT_DOUBLE_EQ(rank[0], 1.0);
  EXPECT_GT(rank[0], rank[1]);
  EXPECT_GT(rank[1], rank[2]);
}

TEST(GraphTest, BuildGraphKeepsOnlyEdgesAboveTheThreshold) {
  // Sentence 0 shares term 0 with 1 (weight 0.5 * 0.5) and term 1 with 2 (0.1 * 0.1).
  const std::vector<std::vector<std::pair<int, double>>> queries = {
      {{0, 0.5}, {1, 0.1}}, {{0, 0.5}}, {{1, 0.1}}};
  const std::vector<std::vector<Posting>> postings = {{{0, 0.5}, {1, 0.5}}, {{0, 0.1}, {2, 0.1}}};
  const Graph g = BuildGraph(queries, postings, 0.05);
  ASSERT_EQ(g[0].size(), 1u);
  EXPECT_EQ(g[0][0].to, 1);
  EXPECT_DOUBLE_EQ(g[0][0].weight, 0.25);
  EXPECT_TRUE(g[2].empty());
}

TEST(BudgetTest, SentencesRatioAndWords) {
  const TestArticle a{{"a1 b1 c1 d1.", "e2 f2 g2 h2.", "i3 j3 k3 l3.", "m4 n4 o4 p4.", "Read more."},
                      {false, false, false, false, true},
                      ""};
  Options o;
  o.sentences = 2;
  EXPECT_DOUBLE_EQ(BudgetOf(a.Terms(), o).ratio, 0.5);
  EXPECT_DOUBLE_EQ(BudgetOf(a.Terms(), o).sentences, 2.0);
  Options w;
  w.words = 8;
  EXPECT_DOUBLE_EQ(BudgetOf(a.Terms(), w).ratio, 0.5);
  EXPECT_DOUBLE_EQ(BudgetOf(a.Terms(), w).sentences, 2.0);
  Options none;
  EXPECT_DOUBLE_EQ(BudgetOf(a.Terms(), none).sentences, 3.0);
}

TEST(FeaturesTest, OneNamedRowPerSentenceAndZeroRowsForBoilerplate) {
  const TestArticle a{{"The flood barrier will protect the river town.", "Subscribe now.",
                       "Engineers said the barrier works."},
                      {false, true, false},
                      "Flood barrier"};
  const std::vector<FeatureRow> rows = SentenceFeatures(a.Terms(), {0.5, 1.0});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(FeatureNames().size(), kFeatureCount);
  EXPECT_EQ(FeatureNames()[0], "bias");
  for (double x : rows[1]) EXPECT_EQ(x, 0.0);
  EXPECT_EQ(rows[0][0], 1.0);
  EXPECT_EQ(rows[0][3], 1.0);  // first
  EXPECT_EQ(rows[2][3], 0.0);
  EXPECT_GT(rows[0][11], 0.0);  // title overlap
}

}  // namespace
}  // namespace precis::rank
