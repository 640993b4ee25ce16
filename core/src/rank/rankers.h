// Sentence rankers: each returns one score per sentence in [0, 1] (higher = more summary-worthy).
// Boilerplate sentences always score 0.
//
//   std::vector<double> scores = ScoreSentences(terms, Algorithm::kAuto);
#ifndef PRECIS_RANK_RANKERS_H_
#define PRECIS_RANK_RANKERS_H_

#include <vector>

#include "precis/options.h"
#include "rank/sentence_terms.h"

namespace precis::rank {

std::vector<double> ScoreLead(const SentenceTerms& s);      // earlier = better
std::vector<double> ScoreCentroid(const SentenceTerms& s);  // tf-idf cosine to the article
std::vector<double> ScoreTextRank(const SentenceTerms& s);  // PageRank on a sparse tf-idf graph
std::vector<double> ScoreAuto(const SentenceTerms& s);      // blend of the above + title

std::vector<double> ScoreSentences(const SentenceTerms& s, Algorithm algorithm);

}  // namespace precis::rank

#endif  // PRECIS_RANK_RANKERS_H_
