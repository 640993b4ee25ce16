#include "rank/rankers.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rank_test_util.h"

namespace precis::rank {
namespace {

const TestArticle kArticle{
    {"The city council approved a new flood barrier for the river on Tuesday.",
     "The flood barrier will protect homes along the river from spring floods.",
     "A local bakery won a prize for its bread.",
     "Engineers said the barrier could stop most flood damage along the river.",
     "Subscribe to our newsletter for more news."},
    {false, false, false, false, true},
    "Council approves river flood barrier"};

size_t ArgMax(const std::vector<double>& v) {
  return static_cast<size_t>(std::max_element(v.begin(), v.end()) - v.begin());
}

TEST(RankersTest, EveryRankerScoresInUnitRangeAndZeroesBoilerplate) {
  const SentenceTerms terms = kArticle.Terms();
  for (Algorithm a : AllAlgorithms()) {
    const std::vector<double> scores = ScoreSentences(terms, a, {0.4, 2.0});
    ASSERT_EQ(scores.size(), 5u);
    for (double s : scores) {
      EXPECT_GE(s, 0.0);
      EXPECT_LE(s, 1.0);
    }
    EXPECT_EQ(scores[4], 0.0) << AlgorithmName(a);
    EXPECT_DOUBLE_EQ(*std::max_element(scores.begin(), scores.end()), 1.0);
  }
}

TEST(RankersTest, LeadPrefersEarlierSentences) {
  const std::vector<double> scores = ScoreLead(kArticle.Terms());
  EXPECT_GT(scores[0], scores[1]);
  EXPECT_GT(scores[1], scores[2]);
}

TEST(RankersTest, CentralityRankersPutTheOffTopicSentenceLast) {
  const SentenceTerms terms = kArticle.Terms();
  for (auto scores : {ScoreCentroid(terms), ScoreTextRank(terms), ScoreLexRank(terms)}) {
    EXPECT_LT(scores[2], scores[0]);
    EXPECT_LT(scores[2], scores[1]);
    EXPECT_LT(scores[2], scores[3]);
  }
}

TEST(RankersTest, AutoPicksAnOnTopicSentenceFirst) {
  const std::vector<double> scores = ScoreAuto(kArticle.Terms(), {0.4, 2.0});
  EXPECT_NE(ArgMax(scores), 2u);
  EXPECT_NE(ArgMax(scores), 4u);
}

TEST(RankersTest, AutoDependsOnTheBudget) {
  // One-sentence and multi-sentence budgets use separately trained weights.
  const SentenceTerms terms = kArticle.Terms();
  EXPECT_NE(ScoreAuto(terms, {0.25, 1.0}), ScoreAuto(terms, {0.75, 3.0}));
}

TEST(RankersTest, TextRankStaysSparseOnManyIdenticalSentences) {
  TestArticle many;
  for (int i = 0; i < 3000; ++i) many.sentences.push_back("Same words in every sentence here.");
  const std::vector<double> scores = ScoreTextRank(many.Terms());
  ASSERT_EQ(scores.size(), 3000u);
  EXPECT_GT(scores[0], 0.0);  // found, not crashed, with bounded neighbours
}

}  // namespace
}  // namespace precis::rank
