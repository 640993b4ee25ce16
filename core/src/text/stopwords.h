// Function words that carry no topic ("the", "of", "said"), used by every scorer.
//
//   if (!IsStopword(token.folded)) CountTerm(token.stem);
#ifndef PRECIS_TEXT_STOPWORDS_H_
#define PRECIS_TEXT_STOPWORDS_H_

#include <string_view>

namespace precis::text {

// `folded` must already be case-folded (FoldCase). English only for now.
bool IsStopword(std::string_view folded);

}  // namespace precis::text

#endif  // PRECIS_TEXT_STOPWORDS_H_
