// Sentence rankers: each returns one score per sentence in [0, 1] (higher = more summary-worthy).
// Boilerplate sentences always score 0.
//
//   std::vector<double> scores = ScoreSentences(terms, Algorithm::kAuto);
#ifndef PRECIS_RANK_RANKERS_H_
#define PRECIS_RANK_RANKERS_H_

#include <vector>

#include "precis/options.h"
#include "rank/budget.h"
#include "rank/sentence_terms.h"

namespace precis::rank {

std::vector<double> ScoreLead(const SentenceTerms& s);      // earlier = better
std::vector<double> ScoreCentroid(const SentenceTerms& s);  // tf-idf cosine to the article
std::vector<double> ScoreTextRank(const SentenceTerms& s);  // PageRank, BM25-weighted graph
std::vector<double> ScoreLexRank(const SentenceTerms& s);   // PageRank, tf-idf cosine > 0.1
// Learned: a linear scorer over rank/features.h, weights in generated/auto_weights.inc
// (scripts/train-ranker.mjs): one vector for single sentences, and a blend of a short-summary
// and a long-summary vector by the budget's share of the article (kShortRatio..kLongRatio).
inline constexpr double kShortRatio = 0.15;
inline constexpr double kLongRatio = 0.30;
std::vector<double> ScoreAuto(const SentenceTerms& s, const Budget& budget);

std::vector<double> ScoreSentences(const SentenceTerms& s, Algorithm algorithm,
                                   const Budget& budget);

}  // namespace precis::rank

#endif  // PRECIS_RANK_RANKERS_H_
