#include "entities/ner_labels.h"

#include <array>

namespace precis::entities {
namespace {

constexpr std::array<std::string_view, kNerTypes> kConllTypes = {"PER", "ORG", "LOC", "MISC"};
constexpr std::array<char, 4> kPartLetters = {'B', 'I', 'L', 'U'};

bool Opens(int label) {  // a label that continues nothing
  return label == kOutside || LabelPart(label) == Part::kBegin || LabelPart(label) == Part::kUnit;
}
bool Closes(int label) {  // a label after which a new name may start
  return label == kOutside || LabelPart(label) == Part::kLast || LabelPart(label) == Part::kUnit;
}

}  // namespace

bool CanStart(int label) { return Opens(label); }
bool CanEnd(int label) { return Closes(label); }

bool CanFollow(int previous, int next) {
  if (Closes(previous)) return Opens(next);
  // Inside a name: only Inside or Last of the same type.
  return next != kOutside && LabelType(next) == LabelType(previous) &&
         (LabelPart(next) == Part::kInside || LabelPart(next) == Part::kLast);
}

std::string LabelName(int label) {
  if (label == kOutside) return "O";
  std::string name(1, kPartLetters[static_cast<size_t>(LabelPart(label))]);
  name += '-';
  name += kConllTypes[static_cast<size_t>(LabelType(label))];
  return name;
}

std::vector<int> LabelsFromSpans(const std::vector<LabeledSpan>& spans, int token_count) {
  std::vector<int> labels(static_cast<size_t>(token_count), kOutside);
  for (const LabeledSpan& s : spans) {
    if (s.begin < 0 || s.end > token_count || s.begin >= s.end) continue;
    if (s.end - s.begin == 1) {
      labels[static_cast<size_t>(s.begin)] = MakeLabel(s.type, Part::kUnit);
      continue;
    }
    for (int i = s.begin; i < s.end; ++i) {
      const Part part = i == s.begin ? Part::kBegin : i + 1 == s.end ? Part::kLast : Part::kInside;
      labels[static_cast<size_t>(i)] = MakeLabel(s.type, part);
    }
  }
  return labels;
}

std::vector<LabeledSpan> SpansFromLabels(const std::vector<int>& labels) {
  std::vector<LabeledSpan> spans;
  const int n = static_cast<int>(labels.size());
  int open = -1;  // start of the name being read
  int open_type = -1;
  auto close = [&](int end) {
    if (open >= 0) spans.push_back({open, end, open_type});
    open = -1;
  };
  for (int i = 0; i < n; ++i) {
    const int label = labels[static_cast<size_t>(i)];
    if (label == kOutside) {
      close(i);
      continue;
    }
    const int type = LabelType(label);
    const Part part = LabelPart(label);
    const bool continues = open >= 0 && open_type == type &&
                           (part == Part::kInside || part == Part::kLast);
    if (!continues) {
      close(i);
      open = i;
      open_type = type;
    }
    if (part == Part::kLast || part == Part::kUnit) close(i + 1);
  }
  close(n);
  return spans;
}

int NerTypeFromConll(std::string_view name) {
  for (size_t t = 0; t < kConllTypes.size(); ++t) {
    if (kConllTypes[t] == name) return static_cast<int>(t);
  }
  return -1;
}

EntityType EntityTypeOfNerType(int type) {
  static constexpr std::array<EntityType, kNerTypes> kTypes = {
      EntityType::kPerson, EntityType::kOrg, EntityType::kLocation, EntityType::kMisc};
  return kTypes[static_cast<size_t>(type)];
}

}  // namespace precis::entities
