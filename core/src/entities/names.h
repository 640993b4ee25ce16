// Proper names (PERSON, ORG, LOCATION, MISC) found from capitalisation, titles ("President X"),
// name suffixes ("... Council", "... Sea") and the built-in gazetteer. A first, rule-based version:
// when unsure it reports nothing rather than a wrong type.
//
//   std::vector<Mention> names = FindNames(text, sentence_tokens, lowercase_words_in_article);
#ifndef PRECIS_ENTITIES_NAMES_H_
#define PRECIS_ENTITIES_NAMES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/mention.h"
#include "text/tokenizer.h"

namespace precis::entities {

// `lowercase_words`: folded words the article also uses in lowercase, so a capitalised
// sentence-initial "Western" or "Veteran" is not taken for a name.
std::vector<Mention> FindNames(std::string_view text, const std::vector<text::Token>& tokens,
                               const std::unordered_set<std::string>& lowercase_words);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NAMES_H_
