// Proper names (PERSON, ORG, LOCATION, MISC) of a whole document from the trained tagger and its
// built-in English model (core/models/ner_en.model, embedded at build time). The document is
// tagged at once because the features look at other occurrences of the same word.
//
//   std::vector<std::vector<Mention>> names = FindNames(body, sentence_spans);  // per sentence
#ifndef PRECIS_ENTITIES_TAGGER_H_
#define PRECIS_ENTITIES_TAGGER_H_

#include <string_view>
#include <vector>

#include "entities/mention.h"
#include "entities/ner_model.h"
#include "text/document.h"

namespace precis::entities {

// The built-in model, parsed on first use; nullptr if the embedded bytes do not parse (a build
// without a trained model), in which case no names are found.
const NerModel* BuiltInNerModel();

std::vector<std::vector<Mention>> FindNames(std::string_view text,
                                            const std::vector<text::Span>& sentences,
                                            const NerModel& model);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_TAGGER_H_
