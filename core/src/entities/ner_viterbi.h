// Best label sequence of a sentence under the BILOU constraints (no "I" after "O", a name never
// left open at the end), from per-token label scores and label-to-label transition scores.
//
//   std::vector<int> labels = Viterbi(emissions, token_count, transitions);
#ifndef PRECIS_ENTITIES_NER_VITERBI_H_
#define PRECIS_ENTITIES_NER_VITERBI_H_

#include <array>
#include <vector>

#include "entities/ner_labels.h"

namespace precis::entities {

// Transition scores: row 0 = sentence start -> label, row 1 = label -> sentence end,
// rows 2 + p = label p -> label.
using Transitions = std::array<float, (kNerLabels + 2) * kNerLabels>;

inline float& TransitionAt(Transitions& t, int from_row, int to) {
  return t[static_cast<size_t>(from_row * kNerLabels + to)];
}
inline float TransitionAt(const Transitions& t, int from_row, int to) {
  return t[static_cast<size_t>(from_row * kNerLabels + to)];
}
constexpr int kStartRow = 0;
constexpr int kEndRow = 1;
constexpr int RowOf(int previous_label) { return 2 + previous_label; }

// `emissions`: token_count x kNerLabels scores, row-major.
std::vector<int> Viterbi(const std::vector<float>& emissions, int token_count,
                         const Transitions& transitions);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_VITERBI_H_
