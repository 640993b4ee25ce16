#include "text/language.h"

#include "text/stopwords.h"

namespace precis::text {

std::string GuessLanguage(const std::vector<std::vector<Token>>& tokens) {
  size_t words = 0;
  size_t function_words = 0;
  for (const auto& sentence : tokens) {
    for (const Token& t : sentence) {
      if (t.number) continue;
      ++words;
      if (!t.content) ++function_words;
    }
  }
  // English running text is 35-50% function words; other languages rarely pass 10% on our list.
  if (words >= 3 && function_words * 100 >= words * 20) return "en";
  return "und";
}

}  // namespace precis::text
