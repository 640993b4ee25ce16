// Reduces an HTML page to its text: tags removed, entities decoded, block elements turned into
// paragraph breaks, whitespace collapsed as a browser would, and the content of script, style,
// nav, header, footer, aside, form and similar elements dropped. Every byte of the output knows
// the byte range of the input it came from, so results still point into the original HTML.
//
//   if (LooksLikeHtml(input)) {
//     HtmlText h = HtmlToText(input);
//     Use(h.text);  ...  size_t original_start = h.OriginalStart(i);
//   }
#ifndef PRECIS_TEXT_HTML_H_
#define PRECIS_TEXT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

struct HtmlText {
  std::string text;
  std::string title;           // <title>, if any
  std::vector<uint32_t> from;  // per output byte: first input byte it came from
  std::vector<uint32_t> to;    // per output byte: one past the last input byte

  // Maps a half-open output range [start, end) to the input range it came from.
  size_t OriginalStart(size_t start) const {
    return start < from.size() ? from[start] : input_size;
  }
  size_t OriginalEnd(size_t end) const { return end == 0 ? 0 : to[end - 1]; }
  size_t input_size = 0;
};

// True when the input contains real HTML markup (a known tag), not just "a < b" comparisons.
bool LooksLikeHtml(std::string_view input);

HtmlText HtmlToText(std::string_view html);

}  // namespace precis::text

#endif  // PRECIS_TEXT_HTML_H_
