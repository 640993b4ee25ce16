// Function words that carry no topic ("the", "of", "said"), used by every scorer. English is the
// project's own news-tuned list; 39 more languages come from stopwords-iso (see generated/).
//
//   if (!IsStopword(token.folded, "de")) CountTerm(token.stem);
#ifndef PRECIS_TEXT_STOPWORDS_H_
#define PRECIS_TEXT_STOPWORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

// `folded` must already be case-folded (FoldCase); `language` is an ISO 639-1 code. Unknown
// languages (and "und") use the English list.
bool IsStopword(std::string_view folded, std::string_view language = "en");

// Languages with a stopword list.
std::vector<std::string> StopwordLanguages();

}  // namespace precis::text

#endif  // PRECIS_TEXT_STOPWORDS_H_
