// libFuzzer target: HTML reduction and document structure on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/document.h"
#include "text/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const precis::text::HtmlText html = precis::text::HtmlToText(input);
  if (html.from.size() != html.text.size() || html.to.size() != html.text.size()) __builtin_trap();
  for (size_t i = 0; i < html.text.size(); ++i) {
    if (html.from[i] > html.to[i] || html.to[i] > size) __builtin_trap();
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
