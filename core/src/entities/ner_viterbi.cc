#include "entities/ner_viterbi.h"

#include <algorithm>
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
  // Transition scores by (previous, next), and the best score per label at the previous token.
  float trans[kNerLabels][kNerLabels];
  for (int a = 0; a < kNerLabels; ++a) {
    for (int b = 0; b < kNerLabels; ++b) trans[a][b] = TransitionAt(transitions, RowOf(a), b);
  }
  std::vector<unsigned char> from(n * L, 0);
  float previous[kNerLabels];
  float current[kNerLabels];
  for (int b = 0; b < kNerLabels; ++b) {
    previous[b] = allowed.start[b] ? emissions[static_cast<size_t>(b)] +
                                         TransitionAt(transitions, kStartRow, b)
                                   : kImpossible;
  }
  for (size_t i = 1; i < n; ++i) {
    const float* e = &emissions[i * L];
    unsigned char* back = &from[i * L];
    for (int b = 0; b < kNerLabels; ++b) {
      const int* before = allowed.before[b];
      float top = kImpossible;
      int arg = before[0];
      for (int k = 0; k < allowed.before_count[b]; ++k) {
        const int a = before[k];
        const float v = previous[a] + trans[a][b];
        if (v > top) {
          top = v;
          arg = a;
        }
      }
      current[b] = top + e[b];
      back[b] = static_cast<unsigned char>(arg);
    }
    std::copy(current, current + kNerLabels, previous);
  }
  float top = kImpossible;
  int arg = kOutside;
  for (int b = 0; b < kNerLabels; ++b) {
    if (!allowed.end[b]) continue;
    const float v = previous[b] + TransitionAt(transitions, kEndRow, b);
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
