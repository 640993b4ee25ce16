// The character encoding of an HTML page. The core works in UTF-8; a page that is not valid
// UTF-8 and declares (or, declaring nothing, is presumed to be in) a Western single-byte
// encoding — windows-1252, ISO-8859-1, US-ASCII — is read as windows-1252, as browsers do; one
// that declares another single-byte encoding of the WHATWG standard (windows-1250/-1251/-1253/
// -1254/-1257, ISO-8859-2/-5/-7/-13/-15, KOI8-R/-U; generated/single_byte_charsets.inc) is read
// in it. Pages that claim one of those but are valid UTF-8 (common in old saved pages) stay
// UTF-8. Other encodings (Shift_JIS, GBK, …) are read as UTF-8 (invalid bytes show as U+FFFD;
// nothing is lost).
//
//   const Charset cs = DetectCharset(html);
//   std::string utf8 = ToUtf8(bytes, cs);
#ifndef PRECIS_TEXT_CHARSET_H_
#define PRECIS_TEXT_CHARSET_H_

#include <string>
#include <string_view>

namespace precis::text {

// After kWindows1252, in the order of generated/single_byte_charsets.inc.
enum class Charset {
  kUtf8,
  kWindows1252,
  kWindows1250,
  kIso8859_2,
  kWindows1251,
  kIso8859_5,
  kKoi8R,
  kKoi8U,
  kWindows1253,
  kIso8859_7,
  kWindows1254,
  kWindows1257,
  kIso8859_13,
  kIso8859_15,
};

bool IsValidUtf8(std::string_view s);
Charset DetectCharset(std::string_view html);
// The code point of byte `b` (>= 0x80) in windows-1252.
char32_t Windows1252(unsigned char b);
// The code point of byte `b` in a single-byte charset (any charset but kUtf8).
char32_t DecodeByte(Charset charset, unsigned char b);
std::string ToUtf8(std::string_view bytes, Charset charset);

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHARSET_H_
