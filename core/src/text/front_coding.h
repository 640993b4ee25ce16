// Reads the front-coded word lists the generators embed (scripts/lib/front-coding.mjs): each
// '|'-separated entry is a digit, the bytes it shares with the word before, and the word's
// remaining bytes. Front coding takes a quarter off the wasm's gzipped word lists.
//
//   WordList list;
//   DecodeFrontCoded("0b|0a|1b", list);   // list.words(): "a", "ab", "b" (views into the list)
#ifndef PRECIS_TEXT_FRONT_CODING_H_
#define PRECIS_TEXT_FRONT_CODING_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

class WordList {
 public:
  WordList() = default;
  // Views point into bytes_: a copy or move would leave them behind.
  WordList(const WordList&) = delete;
  WordList& operator=(const WordList&) = delete;

  const std::vector<std::string_view>& words() const { return words_; }

 private:
  friend void DecodeFrontCoded(std::string_view coded, WordList& out);
  std::string bytes_;
  std::vector<std::string_view> words_;
};

// Decodes into `out` (which must be empty); the words end up sorted by their bytes, ready for
// binary search (the generators sort in JavaScript's UTF-16 order, which differs past U+FFFF).
void DecodeFrontCoded(std::string_view coded, WordList& out);

}  // namespace precis::text

#endif  // PRECIS_TEXT_FRONT_CODING_H_
