// CoNLL-style IOB files (one "word ... TAG" line per token, blank lines between sentences,
// "-DOCSTART-" between documents, IOB1 or IOB2 tags) and the CoNLL entity-level score: exact
// spans, precision/recall/F1 per type and micro-averaged over PER/ORG/LOC/MISC.
//
//   StatusOr<std::vector<IobDocument>> docs = ParseIob(file_text);
//   NerScore score; score.Add(gold_spans, predicted_spans); score.Micro().f1 ...
#ifndef PRECIS_ENTITIES_NER_CORPUS_H_
#define PRECIS_ENTITIES_NER_CORPUS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_labels.h"
#include "precis/status.h"

namespace precis::entities {

struct IobSentence {
  std::vector<std::string> words;
  std::vector<LabeledSpan> names;
};

struct IobDocument {
  std::vector<IobSentence> sentences;
  NerDocument Words() const;
};

StatusOr<std::vector<IobDocument>> ParseIob(std::string_view text);

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
  size_t gold = 0, predicted = 0, correct = 0;
};

class NerScore {
 public:
  void Add(const std::vector<LabeledSpan>& gold, const std::vector<LabeledSpan>& predicted);
  Prf OfType(int type) const;
  Prf Micro() const;

 private:
  std::array<size_t, kNerTypes> gold_{}, predicted_{}, correct_{};
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_CORPUS_H_
