// libFuzzer target: the HTML parser, its text layout and document structure on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/document.h"
#include "text/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const precis::text::HtmlText html = precis::text::HtmlToText(input);
  // Every output range maps to an input range, in order.
  size_t last_end = 0;
  for (const auto& b : html.blocks) {
    if (b.start > b.end || b.end > html.text.size() || b.start < last_end) __builtin_trap();
    last_end = b.end;
    const size_t from = html.OriginalStart(b.start);
    const size_t to = html.OriginalEnd(b.end);
    if (b.end > b.start && (from > to || to > size)) __builtin_trap();
  }
  for (const auto& p : html.pieces) {
    if (p.in_start > p.in_end || p.in_end > size || p.out > html.text.size()) __builtin_trap();
  }
  for (std::string_view text : {input, std::string_view(html.text)}) {
    const precis::text::Document doc = precis::text::ParseDocument(text);
    size_t last = 0;
    for (const auto& p : doc.paragraphs) {
      if (p.start < last || p.end > text.size() || p.start >= p.end) __builtin_trap();
      last = p.end;
    }
  }
  return 0;
}
