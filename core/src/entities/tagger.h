// Proper names (PERSON, ORG, LOCATION, MISC) of a whole document from the trained tagger and its
// built-in English model (core/models/ner_en.model, embedded at build time). The document is
// tagged at once because the features look at other occurrences of the same word.
//
//   std::vector<std::vector<Mention>> names = FindNames(body, sentence_spans);  // per sentence
#ifndef PRECIS_ENTITIES_TAGGER_H_
#define PRECIS_ENTITIES_TAGGER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "entities/mention.h"
#include "entities/ner_labels.h"
#include "entities/ner_model.h"
#include "text/document.h"

namespace precis::entities {

// The built-in model, parsed on first use; nullptr if the embedded bytes do not parse (a build
// without a trained model), in which case no names are found.
const NerModel* BuiltInNerModel();

// The model the pipeline tags with: the last one UseNerModel accepted, else the built-in one
// (nullptr: no names). Shared, so an article being tagged keeps its model when it is replaced.
std::shared_ptr<const NerModel> ActiveNerModel();

// Replaces the active model with one parsed from `bytes` (a model file); on an error the active
// model stays. The web page's wasm has no built-in model and gets it this way, after it starts.
Status UseNerModel(std::string_view bytes);

// The names of a document's sentences (tokens as the tagger sees them), tagged and made consistent
// (name_consistency.h). `headings[s]`: sentence s is a heading (may be empty). The evaluation
// commands score exactly this.
std::vector<std::vector<LabeledSpan>> TagDocument(const NerDocument& words,
                                                  const std::vector<bool>& headings,
                                                  const NerModel& model);

std::vector<std::vector<Mention>> FindNames(std::string_view text,
                                            const std::vector<text::Span>& sentences,
                                            const NerModel& model,
                                            const std::vector<bool>& headings = {});

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_TAGGER_H_
