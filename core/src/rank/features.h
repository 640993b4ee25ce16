// The sentence features of the learned `auto` ranker: position, length, TextRank and centroid
// scores (LexRank added nothing the two do not, at the cost of a third graph), title overlap, names, numbers, quotations, salient terms, the budget, and budget
// interactions (a short budget favours the lead, a long one favours coverage).
//
//   std::vector<FeatureRow> x = SentenceFeatures(terms, BudgetOf(terms, options));
#ifndef PRECIS_RANK_FEATURES_H_
#define PRECIS_RANK_FEATURES_H_

#include <array>
#include <string_view>
#include <vector>

#include "rank/budget.h"
#include "rank/sentence_terms.h"

namespace precis::rank {

inline constexpr size_t kFeatureCount = 32;
using FeatureRow = std::array<double, kFeatureCount>;

// Names in the order of a FeatureRow (the training script and the weights file use them).
const std::array<std::string_view, kFeatureCount>& FeatureNames();

// One row per sentence (excluded sentences' rows are all zero).
std::vector<FeatureRow> SentenceFeatures(const SentenceTerms& s, const Budget& budget);

}  // namespace precis::rank

#endif  // PRECIS_RANK_FEATURES_H_
