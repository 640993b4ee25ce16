// Splits a sentence into tokens the way the tagger's training data (CoNLL-2003, Penn Treebank
// style) does: punctuation apart from words, "'s" and "n't" apart, but "U.S.", "Inc.",
// "NATO-Russia", "90,000" and "$1.13bn"'s number kept whole. Spans are byte offsets; the token
// text is folded to ASCII quotes and dashes, case kept, as the model saw it.
//
//   for (const NerToken& t : NerTokens(text, sentence_span)) ...
#ifndef PRECIS_ENTITIES_NER_TOKENS_H_
#define PRECIS_ENTITIES_NER_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace precis::entities {

struct NerToken {
  size_t start = 0;
  size_t end = 0;
  std::string text;
};

std::vector<NerToken> NerTokens(std::string_view text, text::Span sentence);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_TOKENS_H_
