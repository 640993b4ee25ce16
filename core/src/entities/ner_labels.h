// The tagger's label scheme: BILOU (Begin, Inside, Last, Unit) over PERSON, ORG, LOCATION and
// MISC, 17 labels with 0 = outside. BILOU rather than IOB2 because a name's last word ("...
// Council", "... Sea") and one-word names get labels of their own, which helps a linear model
// (Ratinov & Roth 2009). Also: which label may follow which, and labels <-> entity spans.
//
//   std::vector<int> labels = LabelsFromSpans(spans, token_count);
//   for (const LabeledSpan& s : SpansFromLabels(labels)) ...
#ifndef PRECIS_ENTITIES_NER_LABELS_H_
#define PRECIS_ENTITIES_NER_LABELS_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/result.h"

namespace precis::entities {

constexpr int kNerTypes = 4;  // PERSON, ORG, LOCATION, MISC, in EntityType order
constexpr int kNerLabels = 1 + 4 * kNerTypes;
constexpr int kOutside = 0;

enum class Part { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

constexpr int MakeLabel(int type, Part part) { return 1 + type * 4 + static_cast<int>(part); }
constexpr int LabelType(int label) { return (label - 1) / 4; }
constexpr Part LabelPart(int label) { return static_cast<Part>((label - 1) % 4); }

bool CanStart(int label);              // first label of a sentence
bool CanEnd(int label);                // last label of a sentence
bool CanFollow(int previous, int next);
std::string LabelName(int label);      // "O", "B-PER", "L-LOC", ...

// A name over tokens [begin, end) of type 0..3.
struct LabeledSpan {
  int begin = 0;
  int end = 0;
  int type = 0;
  bool operator==(const LabeledSpan&) const = default;
};

std::vector<int> LabelsFromSpans(const std::vector<LabeledSpan>& spans, int token_count);
// Tolerant of invalid sequences (a lone "I" opens a name) so that any decoder output reads.
std::vector<LabeledSpan> SpansFromLabels(const std::vector<int>& labels);

// CoNLL type names "PER", "ORG", "LOC", "MISC" -> 0..3, or -1.
int NerTypeFromConll(std::string_view name);
EntityType EntityTypeOfNerType(int type);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_LABELS_H_
