// Guesses the language of an article from its tokens. This first version only tells English
// (share of English function words) from everything else ("und"); n-gram profiles come later.
//
//   std::string lang = GuessLanguage(all_tokens);  // "en" or "und"
#ifndef PRECIS_TEXT_LANGUAGE_H_
#define PRECIS_TEXT_LANGUAGE_H_

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace precis::text {

std::string GuessLanguage(const std::vector<std::vector<Token>>& tokens);

}  // namespace precis::text

#endif  // PRECIS_TEXT_LANGUAGE_H_
