#include "rank/select.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace precis::rank {
namespace {

// Jaccard overlap of the two sentences' distinct content terms.
double Overlap(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::unordered_set<int> sa(a.begin(), a.end());
  std::unordered_set<int> sb(b.begin(), b.end());
  size_t common = 0;
  for (int id : sa) common += sb.count(id);
  const size_t uni = sa.size() + sb.size() - common;
  return uni == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(uni);
}

}  // namespace

std::vector<int> RankOrder(const SentenceTerms& s, const std::vector<double>& scores) {
  std::vector<int> order(s.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const auto ua = static_cast<size_t>(a);
    const auto ub = static_cast<size_t>(b);
    if (s.excluded[ua] != s.excluded[ub]) return !s.excluded[ua];
    return scores[ua] > scores[ub];
  });
  return order;
}

std::vector<int> SelectSentences(const SentenceTerms& s, const std::vector<double>& scores,
                                 const Options& options) {
  size_t eligible = 0;
  for (size_t i = 0; i < s.size(); ++i) eligible += s.excluded[i] ? 0 : 1;
  if (eligible == 0) return {};

  size_t max_sentences = static_cast<size_t>(kDefaultSentences);
  if (options.sentences > 0) max_sentences = static_cast<size_t>(options.sentences);
  if (options.ratio > 0.0) {
    max_sentences = static_cast<size_t>(std::lround(options.ratio * static_cast<double>(eligible)));
    max_sentences = std::max<size_t>(1, max_sentences);
  }
  const bool by_words = options.words > 0;
  if (by_words) max_sentences = eligible;

  std::vector<int> chosen;
  int words = 0;
  const std::vector<int> order = RankOrder(s, scores);
  // Two passes: sentences of a reader's length first, short ones only to fill the budget.
  for (const bool allow_short : {false, true}) {
    for (int i : order) {
      const auto ui = static_cast<size_t>(i);
      if (chosen.size() >= max_sentences || s.excluded[ui]) break;
      if (by_words && words >= options.words) break;
      const bool weak = s.words[ui] < kMinSummaryWords || (ui < s.weak.size() && s.weak[ui]);
      if (weak != allow_short) continue;
      bool duplicate = false;
      for (int j : chosen) {
        if (Overlap(s.terms[ui], s.terms[static_cast<size_t>(j)]) > kMaxOverlap) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) continue;
      if (by_words && !chosen.empty() && words + s.words[ui] > options.words) continue;
      chosen.push_back(i);
      words += s.words[ui];
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace precis::rank
