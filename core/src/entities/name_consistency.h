// A document's names made to agree with each other after tagging (one entity, one type):
//  - a person's title is not part of the name ("Mayor Elena Marsh" -> "Elena Marsh", the CoNLL
//    convention), and a name ending in "<title> <person>" splits there ("European Union Ambassador
//    Gordon Sondland" -> "European Union", "Gordon Sondland");
//  - a capitalised common word where capitals say nothing (a sentence's first word, a heading, a
//    line in capitals) is not a name by default: alone it is dropped, at the edge of a name it is
//    cut off ("Questioning Vindman" in a heading -> "Vindman"), unless the document uses it as a
//    name elsewhere or the whole name is a listed one ("New Zealand");
//  - a common lowercase word at the edge of a name, in a sentence with capitals, is cut off
//    ("told senior New Zealand Rugby League officials" -> "New Zealand Rugby League");
//  - a lone capitalised word that a determiner makes the head of its phrase ("the Marine", "a
//    missing, pregnant Marine") is a rank or a kind of person, not a person's name;
//  - the same words get the same type everywhere, by a vote in which mentions in ordinary running
//    text count double;
//  - a lone first name or surname of a person named in full is that person ("Assange" after
//    "Julian Assange"), and capitalised mentions of a name the tagger missed elsewhere in running
//    text are added.
// Common words are those the lexicon saw capitalised in at most a tenth of their uses inside
// sentences.
//
//   MakeNamesConsistent(features, headings, lexicon, &spans_per_sentence);
#ifndef PRECIS_ENTITIES_NAME_CONSISTENCY_H_
#define PRECIS_ENTITIES_NAME_CONSISTENCY_H_

#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_labels.h"
#include "entities/ner_lexicon.h"

namespace precis::entities {

// `features`: the document's, as tagged; `headings[s]`: sentence s is a heading (may be empty).
void MakeNamesConsistent(const NerFeatures& features, const std::vector<bool>& headings,
                         const NerLexicon& lexicon, std::vector<std::vector<LabeledSpan>>* names);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NAME_CONSISTENCY_H_
