// Character references in HTML ("&amp;", "&percnt;", "&#8217;", "&#x20AC;", legacy "&copy 2024")
// decoded as an HTML5 browser decodes them: all of HTML5's names, numeric references in the C1
// range mapped through Windows-1252, invalid ones U+FFFD, and the legacy names also without the
// semicolon (except in an attribute value, where "&copy=" stays text).
//
//   CharRef r = DecodeCharRef(html, amp_position, /*in_attribute=*/false);
//   if (r.length > 0) { AppendUtf8(out, r.value); pos = amp_position + r.length; }
#ifndef PRECIS_TEXT_HTML_ENTITIES_H_
#define PRECIS_TEXT_HTML_ENTITIES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::text {

struct CharRef {
  char32_t value = 0;
  size_t length = 0;    // bytes of the reference in the input; 0 = not a reference
  char32_t second = 0;  // a second code point ("&NotEqualTilde;": U+2242 U+0338), or 0
};

// `amp` is the position of a '&' in `s`.
CharRef DecodeCharRef(std::string_view s, size_t amp, bool in_attribute);

// `raw` with every character reference decoded (attribute values, titles).
std::string DecodeCharRefs(std::string_view raw, bool in_attribute);

}  // namespace precis::text

#endif  // PRECIS_TEXT_HTML_ENTITIES_H_
