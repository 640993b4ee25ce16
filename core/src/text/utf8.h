// UTF-8 reading and character classes, without ICU. Invalid bytes decode as U+FFFD of length 1,
// so every byte offset in the original text stays addressable and nothing is ever dropped.
//
//   size_t i = 0;
//   while (i < s.size()) { CodePoint c = DecodeAt(s, i); ...; i += c.length; }
#ifndef PRECIS_TEXT_UTF8_H_
#define PRECIS_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::text {

inline constexpr char32_t kReplacement = 0xFFFD;

struct CodePoint {
  char32_t value = 0;
  int length = 1;  // bytes consumed, >= 1
};

// Multi-byte sequences and invalid bytes; DecodeAt below handles ASCII inline, since every
// stage decodes every character and most are ASCII (a call per byte cost the wasm most).
CodePoint DecodeMultiByte(std::string_view s, size_t pos);
inline CodePoint DecodeAt(std::string_view s, size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  return DecodeMultiByte(s, pos);
}
// The code point that ends just before `pos` (pos > 0), stepping back over continuation bytes.
CodePoint DecodeBefore(std::string_view s, size_t pos, size_t* start);
void AppendUtf8(std::string& out, char32_t c);
size_t CountCodePoints(std::string_view s);

bool IsSpace(char32_t c);      // includes NBSP, line/paragraph separators, zero-width space
bool IsLineBreak(char32_t c);  // \n, \r, U+2028, U+2029, U+0085
bool IsLetter(char32_t c);     // letters of any script, plus combining marks
bool IsDigit(char32_t c);      // ASCII and fullwidth digits
bool IsUpper(char32_t c);      // Latin, Greek, Cyrillic, Armenian capitals
bool IsLower(char32_t c);
bool IsCjk(char32_t c);  // Han, Hiragana, Katakana, Hangul syllables
char32_t ToLower(char32_t c);

// Lowercases and folds typographic variants (curly quotes, dashes) to their ASCII forms.
std::string FoldCase(std::string_view s);

}  // namespace precis::text

#endif  // PRECIS_TEXT_UTF8_H_
