#include "entities/ner_viterbi.h"

#include <limits>

namespace precis::entities {
namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// The constraint table, built once: for each label, the labels that may precede it (9 at most of
// 17, so the inner loop skips the impossible pairs instead of testing them).
struct Allowed {
  bool start[kNerLabels] = {};
  bool end[kNerLabels] = {};
  int before[kNerLabels][kNerLabels] = {};
  int before_count[kNerLabels] = {};
  Allowed() {
    for (int b = 0; b < kNerLabels; ++b) {
      start[b] = CanStart(b);
      end[b] = CanEnd(b);
      for (int a = 0; a < kNerLabels; ++a) {
        if (CanFollow(a, b)) before[b][before_count[b]++] = a;
      }
    }
  }
};

}  // namespace

std::vector<int> Viterbi(const std::vector<float>& emissions, int token_count,
                         const Transitions& transitions) {
  static const Allowed allowed;
  std::vector<int> labels(static_cast<size_t>(token_count), kOutside);
  if (token_count == 0) return labels;
  const auto n = static_cast<size_t>(token_count);
  constexpr auto L = static_cast<size_t>(kNerLabels);
  std::vector<float> best(n * L, kImpossible);
  std::vector<int> from(n * L, 0);
  for (int b = 0; b < kNerLabels; ++b) {
    if (allowed.start[b]) {
      best[static_cast<size_t>(b)] = emissions[static_cast<size_t>(b)] +
                                     TransitionAt(transitions, kStartRow, b);
    }
  }
  for (size_t i = 1; i < n; ++i) {
    for (int b = 0; b < kNerLabels; ++b) {
      float top = kImpossible;
      int arg = 0;
      for (int k = 0; k < allowed.before_count[b]; ++k) {
        const int a = allowed.before[b][k];
        const float v = best[(i - 1) * L + static_cast<size_t>(a)] +
                        TransitionAt(transitions, RowOf(a), b);
        if (v > top) {
          top = v;
          arg = a;
        }
      }
      best[i * L + static_cast<size_t>(b)] = top + emissions[i * L + static_cast<size_t>(b)];
      from[i * L + static_cast<size_t>(b)] = arg;
    }
  }
  float top = kImpossible;
  int arg = kOutside;
  for (int b = 0; b < kNerLabels; ++b) {
    if (!allowed.end[b]) continue;
    const float v = best[(n - 1) * L + static_cast<size_t>(b)] + TransitionAt(transitions, kEndRow, b);
    if (v > top) {
      top = v;
      arg = b;
    }
  }
  for (size_t i = n; i-- > 0;) {
    labels[i] = arg;
    arg = from[i * L + static_cast<size_t>(arg)];
  }
  return labels;
}

}  // namespace precis::entities
