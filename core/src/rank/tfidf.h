// Sparse tf-idf vectors of sentences, L2-normalised, shared by the centroid and graph rankers.
#ifndef PRECIS_RANK_TFIDF_H_
#define PRECIS_RANK_TFIDF_H_

#include <utility>
#include <vector>

#include "rank/sentence_terms.h"

namespace precis::rank {

using SparseVector = std::vector<std::pair<int, double>>;  // (term id, weight), ids ascending

// One unit vector per sentence (empty for sentences without content terms, or excluded).
std::vector<SparseVector> TfIdfVectors(const SentenceTerms& s);

double Dot(const SparseVector& a, const SparseVector& b);

}  // namespace precis::rank

#endif  // PRECIS_RANK_TFIDF_H_
