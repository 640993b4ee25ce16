#include "rank/budget.h"

#include <algorithm>

namespace precis::rank {

Budget BudgetOf(const SentenceTerms& s, const Options& options) {
  size_t eligible = 0;
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i]) continue;
    ++eligible;
    words += static_cast<size_t>(s.words[i]);
  }
  Budget b;
  if (eligible == 0) return b;
  const double n = static_cast<double>(eligible);
  b.sentences = kDefaultSentences;
  if (options.sentences > 0) b.sentences = options.sentences;
  if (options.ratio > 0.0) b.sentences = options.ratio * n;
  if (options.words > 0) {
    const double average = std::max(1.0, static_cast<double>(words) / n);
    b.sentences = options.words / average;
  }
  b.sentences = std::clamp(b.sentences, 1.0, n);
  b.ratio = options.words > 0 ? options.words / std::max(1.0, static_cast<double>(words))
                              : b.sentences / n;
  b.ratio = std::clamp(b.ratio, 1e-6, 1.0);
  return b;
}

}  // namespace precis::rank
