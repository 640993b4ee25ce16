// Trains the name tagger: an averaged structured perceptron (Collins 2002) over the features of
// ner_features.h with Viterbi decoding. Chosen over a CRF because it needs no gradient or
// regularisation tuning, trains in seconds on CoNLL-2003 and reaches the same accuracy with
// averaging; the learning is deterministic (fixed shuffling seed), so one command reproduces the
// committed model. The epoch count is chosen on the development set.
//
//   NerModel model = TrainNer(train_docs, dev_docs, options, [](const std::string& line) {...});
#ifndef PRECIS_ENTITIES_NER_TRAIN_H_
#define PRECIS_ENTITIES_NER_TRAIN_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "entities/ner_corpus.h"
#include "entities/ner_model.h"

namespace precis::entities {

struct NerTrainOptions {
  int epochs = 12;        // the best epoch on dev is kept
  int min_count = 1;      // features seen fewer times in training are not learned
  float min_weight = 0;   // pruning of the stored model
  // Every Nth training document is also learned in capitals and every Nth (offset by half) in
  // lowercase, so pasted headlines, shouting forum posts or lowercase notes still get names.
  // 0 = no copies.
  int case_copies_every = 0;
  // Share of tokens whose identity features (the word itself, ner_features.h) are left out each
  // time a sentence is learned, so that context, shape, clusters and lists carry weight of their
  // own instead of the model memorising names.
  float identity_dropout = 0;
  uint32_t seed = 1;
  // Perceptrons learnt side by side in different document orders; the model is their mean.
  int runs = 1;
};

// Without dev documents, the last epoch is kept. `dev_f1`, if given, receives every epoch's dev F1.
NerModel TrainNer(const std::vector<IobDocument>& train, const std::vector<IobDocument>& dev,
                  const NerLexicon& lexicon, const NerTrainOptions& options,
                  const std::function<void(const std::string&)>& log,
                  std::vector<double>* dev_f1 = nullptr);

// The document with every word in capitals (upper) or lowercase (ASCII letters only; the
// training data is ASCII).
IobDocument ChangeCase(const IobDocument& doc, bool upper);

// Tags every sentence of the documents and scores against their names.
NerScore EvaluateNer(const NerModel& model, const std::vector<IobDocument>& docs);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_TRAIN_H_
