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

// The best of the labels allowed before a label: its index and score. The first allowed label
// wins ties, as a strict comparison in label order gives. N > 0: a count known when compiled, so
// the loop unrolls.
template <int N>
int Best(const float* previous, const int* before, const float* score, float* top,
         int count = N) {
  int arg = before[0];
  float best = previous[arg] + score[0];
  for (int k = 1; k < (N > 0 ? N : count); ++k) {
    const float v = previous[before[k]] + score[k];
    if (v > best) {
      best = v;
      arg = before[k];
    }
  }
  *top = best;
  return arg;
}

}  // namespace

std::vector<int> Viterbi(const std::vector<float>& emissions, int token_count,
                         const Transitions& transitions) {
  static const Allowed allowed;
  std::vector<int> labels(static_cast<size_t>(token_count), kOutside);
  if (token_count == 0) return labels;
  const auto n = static_cast<size_t>(token_count);
  constexpr auto L = static_cast<size_t>(kNerLabels);
  // The transition score of each allowed pair, packed in the order the inner loop reads them
  // (by next label, then its possible previous labels): the loop is most of the tagger's
  // arithmetic, so it reads one short contiguous array instead of a column of the full table.
  float packed[kNerLabels][kNerLabels];
  for (int b = 0; b < kNerLabels; ++b) {
    for (int k = 0; k < allowed.before_count[b]; ++k) {
      packed[b][k] = TransitionAt(transitions, RowOf(allowed.before[b][k]), b);
    }
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
    // Back-pointers go to a local array first: stores through an unsigned char pointer may alias
    // anything, and would make the compiler reload the tables on every comparison.
    unsigned char back[kNerLabels];
    for (int b = 0; b < kNerLabels; ++b) {
      const int* before = allowed.before[b];
      float top;
      int arg;
      // BILOU allows 9 labels before a name's first word or an outside word and 2 before a
      // name's inner or last word.
      switch (allowed.before_count[b]) {
        case 2:
          arg = Best<2>(previous, before, packed[b], &top);
          break;
        case 9:
          arg = Best<9>(previous, before, packed[b], &top);
          break;
        default:
          arg = Best<0>(previous, before, packed[b], &top, allowed.before_count[b]);
      }
      current[b] = top + e[b];
      back[b] = static_cast<unsigned char>(arg);
    }
    std::copy(back, back + kNerLabels, &from[i * L]);
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
