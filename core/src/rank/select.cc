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

// The longest run of content terms the two sentences share in the same order: the same clause
// written twice ("said the woman in the tape was a personal friend but refused to elaborate")
// shares few of a long sentence's terms but a long run of them.
size_t SharedRun(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<size_t> row(b.size() + 1, 0);
  size_t best = 0;
  for (int x : a) {
    size_t diagonal = 0;  // row[j] of the previous a-term, before it was overwritten
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = x == b[j - 1] ? diagonal + 1 : 0;
      best = std::max(best, row[j]);
      diagonal = above;
    }
  }
  return best;
}

bool NearDuplicate(const std::vector<int>& a, const std::vector<int>& b) {
  return Overlap(a, b) > kMaxOverlap || SharedRun(a, b) >= kMinSharedRun;
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
  const size_t n = s.size();
  size_t eligible = 0;
  for (size_t i = 0; i < n; ++i) eligible += s.excluded[i] ? 0 : 1;
  if (eligible == 0) return {};

  size_t max_sentences = static_cast<size_t>(kDefaultSentences);
  if (options.sentences > 0) max_sentences = static_cast<size_t>(options.sentences);
  if (options.ratio > 0.0) {
    max_sentences = static_cast<size_t>(std::lround(options.ratio * static_cast<double>(eligible)));
    max_sentences = std::max<size_t>(1, max_sentences);
  }
  const bool by_words = options.words > 0;
  if (by_words) max_sentences = eligible;

  int first_eligible = 0;
  while (s.excluded[static_cast<size_t>(first_eligible)]) ++first_eligible;
  // The sentence each one would lean on: the previous eligible sentence (-1 for the first).
  std::vector<int> previous(n, -1);
  for (int i = 0, last = -1; i < static_cast<int>(n); ++i) {
    previous[static_cast<size_t>(i)] = last;
    if (!s.excluded[static_cast<size_t>(i)]) last = i;
  }
  const auto dependent = [&](int i) {
    return !s.dependent.empty() && s.dependent[static_cast<size_t>(i)] &&
           previous[static_cast<size_t>(i)] >= 0;
  };
  // The sentence after each one: a question's answer ("Who won big last night? Data.").
  std::vector<int> next(n, -1);
  for (int i = static_cast<int>(n) - 1, following = -1; i >= 0; --i) {
    next[static_cast<size_t>(i)] = following;
    if (!s.excluded[static_cast<size_t>(i)]) following = i;
  }
  // What a sentence leans on: the sentence before it when it refers back, the one after it
  // when it asks a question (a summary that asks and never answers leaves the reader hanging),
  // and the sentences that introduce the names it uses in short form.
  std::vector<int> leans;
  const auto leans_on = [&](int i) -> const std::vector<int>& {
    leans.clear();
    if (dependent(i)) leans.push_back(previous[static_cast<size_t>(i)]);
    if (static_cast<size_t>(i) < s.question.size() && s.question[static_cast<size_t>(i)] &&
        next[static_cast<size_t>(i)] >= 0) {
      leans.push_back(next[static_cast<size_t>(i)]);
    }
    if (static_cast<size_t>(i) < s.introducers.size()) {
      for (int j : s.introducers[static_cast<size_t>(i)]) leans.push_back(j);
    }
    return leans;
  };

  const auto is_weak = [&](int i) {
    const auto ui = static_cast<size_t>(i);
    return s.words[ui] < kMinSummaryWords || (ui < s.weak.size() && s.weak[ui]);
  };

  std::vector<int> chosen;
  std::vector<bool> taken(n, false);
  int words = 0;
  const std::vector<int> order = RankOrder(s, scores);
  std::vector<int> group;
  // Two passes: sentences of a reader's length first, short ones only to fill the budget.
  for (const bool allow_short : {false, true}) {
    for (int i : order) {
      const auto ui = static_cast<size_t>(i);
      if (chosen.size() >= max_sentences || s.excluded[ui]) break;
      if (by_words && words >= options.words) break;
      if (taken[ui]) continue;
      // The filling pass takes weak sentences and those that waited for a weak one to lean on.
      if (!allow_short && is_weak(i)) continue;
      // The sentence with those it leans on, and theirs in turn, unless that makes too many or
      // brings a weak one before the budget is down to filling.
      group.assign(1, i);
      bool too_many = false;
      for (size_t g = 0; g < group.size() && !too_many; ++g) {
        for (int p : leans_on(group[g])) {
          if (taken[static_cast<size_t>(p)] ||
              std::find(group.begin(), group.end(), p) != group.end()) {
            continue;
          }
          if (static_cast<int>(group.size()) > kMaxPredecessors || (!allow_short && is_weak(p))) {
            too_many = true;
            break;
          }
          group.push_back(p);
        }
      }
      if (too_many) continue;
      if (chosen.size() + group.size() > max_sentences) continue;
      // A chain that would fill a summary of three or more is one passage of the article, not
      // a summary of it, unless it is the article's opening.
      if (max_sentences >= 3 && group.size() >= max_sentences &&
          std::find(group.begin(), group.end(), first_eligible) == group.end()) {
        continue;
      }
      int group_words = 0;
      bool duplicate = false;
      for (int g : group) {
        group_words += s.words[static_cast<size_t>(g)];
        for (int j : chosen) {
          if (NearDuplicate(s.terms[static_cast<size_t>(g)], s.terms[static_cast<size_t>(j)])) {
            duplicate = true;
            break;
          }
        }
        if (duplicate) break;
      }
      if (duplicate) continue;
      // Over a word budget only as the first, single sentence (every budget gets one).
      if (by_words && (!chosen.empty() || group.size() > 1) && words + group_words > options.words) {
        continue;
      }
      for (int g : group) {
        chosen.push_back(g);
        taken[static_cast<size_t>(g)] = true;
      }
      words += group_words;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace precis::rank
