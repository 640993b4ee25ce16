// The name tagger's model: one weight per (feature key, label), stored as int8 with a scale per
// feature, plus label transitions and the lexicon its features look words up in. Parsed from the
// compact file written by training (lexicon, then keys delta-coded and weights label-major so
// zero runs compress), looked up through an open-addressing table, decoded with Viterbi.
//
//   StatusOr<NerModel> model = NerModel::Parse(bytes);
//   std::vector<int> labels = model.value().Tag(sentence_features);
#ifndef PRECIS_ENTITIES_NER_MODEL_H_
#define PRECIS_ENTITIES_NER_MODEL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_lexicon.h"
#include "entities/ner_viterbi.h"
#include "precis/status.h"

namespace precis::entities {

class NerModel {
 public:
  // Float weights (keys.size() x kNerLabels, row-major) to the stored form; features whose
  // largest weight is below `min_weight` in magnitude are dropped.
  static NerModel FromWeights(const std::vector<uint32_t>& keys, const std::vector<float>& weights,
                              const Transitions& transitions, float min_weight,
                              NerLexicon lexicon = {});
  static StatusOr<NerModel> Parse(std::string_view bytes);
  std::string Serialize() const;

  std::vector<int> Tag(const SentenceFeatures& sentence) const;
  // The same in two steps, for a caller that sums parts of a token's keys once and reuses them
  // (the tagger: a word's own keys once per document): add the weights of `keys` to one token's
  // kNerLabels scores, then decode a sentence's scores (token-major) into labels.
  void AddWeights(std::span<const uint32_t> keys, float* scores) const;
  std::vector<int> Decode(const std::vector<float>& scores, int token_count) const;
  size_t feature_count() const { return keys_.size(); }
  const NerLexicon& lexicon() const { return lexicon_; }

 private:
  void BuildTable();
  // The row of a feature key, or -1.
  int32_t Find(uint32_t key) const;

  // A feature's weights: int8 per label and the scale that turns them back into floats, side by
  // side so that a lookup touches one row (the tagger's time is mostly these memory reads).
  struct Row {
    float scale = 0;
    int8_t weight[kNerLabels] = {};
  };
  std::vector<uint32_t> keys_;  // sorted
  std::vector<Row> rows_;       // one per key, same order
  Transitions transitions_{};
  NerLexicon lexicon_;
  struct Slot {
    uint32_t key = 0;  // 0 = empty
    int32_t row = -1;
  };
  std::vector<Slot> table_;  // power-of-two open addressing; key and row share a cache line
  // A byte per slot, 0 for an empty one, else 8 bits of its key: probing reads these (an eighth
  // of the table, small enough to stay in the core's cache) and the slot only when they match,
  // so a key the model does not know — a third of the lookups — costs no read of the table.
  std::vector<uint8_t> tags_;
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_MODEL_H_
