// The character encoding of an HTML page. The core works in UTF-8; a page that is not valid
// UTF-8 and declares (or, declaring nothing, is presumed to be in) a Western single-byte
// encoding — windows-1252, ISO-8859-1/-15, US-ASCII — is read as windows-1252, as browsers do.
// Pages that claim Latin-1 but are valid UTF-8 (common in old saved pages) stay UTF-8. Other
// encodings are read as UTF-8 (invalid bytes show as U+FFFD; nothing is lost).
//
//   const Charset cs = DetectCharset(html);
//   std::string utf8 = ToUtf8(bytes, cs);
#ifndef PRECIS_TEXT_CHARSET_H_
#define PRECIS_TEXT_CHARSET_H_

#include <string>
#include <string_view>

namespace precis::text {

enum class Charset { kUtf8, kWindows1252 };

bool IsValidUtf8(std::string_view s);
Charset DetectCharset(std::string_view html);
// The code point of byte `b` (>= 0x80) in windows-1252.
char32_t Windows1252(unsigned char b);
std::string ToUtf8(std::string_view bytes, Charset charset);

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHARSET_H_
