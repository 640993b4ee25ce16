// Words of a sentence with their byte offsets: folded form (lowercase, typographic quotes and
// dashes unified), the Porter2 stem for matching "troops"/"troop", and flags the scorers need.
// Hyphenated words ("post-Soviet") and inner apostrophes ("don't") stay one token; a possessive
// "'s" is split off; each CJK character is its own token.
//
//   for (const Token& t : Tokenize(text, sentence_span)) if (t.content) Count(t.stem);
#ifndef PRECIS_TEXT_TOKENIZER_H_
#define PRECIS_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace precis::text {

struct Token {
  size_t start = 0;
  size_t end = 0;
  std::string folded;
  std::string stem;
  bool number = false;       // digits, possibly with , . separators
  bool capitalized = false;  // first letter uppercase
  bool content = false;      // a word that is neither a stopword nor a bare number/possessive
};

// `language` (ISO 639-1) selects the stopword list.
std::vector<Token> Tokenize(std::string_view text, Span span, std::string_view language = "en");

// Whether the token is part of a web address, e-mail address, handle or hashtag ("http",
// "amzn", "to" in "https://amzn.to/3xY"; "7146" in "http://english.cri.cn/7146/…"): the run
// of non-space bytes around it looks like one. The run is looked at only 256 bytes either side,
// so a text without spaces stays linear.
bool InAddress(std::string_view text, const Token& t);

}  // namespace precis::text

#endif  // PRECIS_TEXT_TOKENIZER_H_
