// The sentence features of the learned `auto` ranker: position (counted over sentences of a
// reader's length, so bylines and fragments such as "By ." or "PUBLISHED: ." do not push the
// lead down), length, TextRank and centroid scores (LexRank added nothing the two do not, at
// the cost of a third graph), title overlap, names, numbers, quotations, questions, openings
// that refer back, salient terms and word frequency per word (information per word), how
// news-like the article's opening is (the lead is strong in hard news and weak in features),
// the budget, budget interactions (a short budget favours the lead, a long one coverage), and
// for a sentence that refers back, how good the sentence before it is (selection takes both).
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

inline constexpr size_t kFeatureCount = 40;
using FeatureRow = std::array<double, kFeatureCount>;

// Names in the order of a FeatureRow (the training script and the weights file use them).
const std::array<std::string_view, kFeatureCount>& FeatureNames();

// One row per sentence (excluded sentences' rows are all zero).
std::vector<FeatureRow> SentenceFeatures(const SentenceTerms& s, const Budget& budget);

}  // namespace precis::rank

#endif  // PRECIS_RANK_FEATURES_H_
