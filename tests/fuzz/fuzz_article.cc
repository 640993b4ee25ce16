// libFuzzer target: the article reader (main content, metadata, JSON-LD, roles) and the public
// extract API on arbitrary bytes: no crash, blocks in order, offsets inside the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "precis/extract.h"
#include "text/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const precis::text::ArticlePage page = precis::text::ReadArticle(input);
  size_t last = 0;
  for (const auto& b : page.blocks) {
    if (b.start > b.end || b.end > page.text.text.size() || b.start < last) __builtin_trap();
    last = b.end;
  }
  const auto extracted = precis::ExtractArticle(input);
  if (extracted.ok()) {
    for (const auto& b : extracted.value().blocks) {
      if (b.start > b.end || b.end > size) __builtin_trap();
    }
    (void)precis::ExtractedArticleToJson(extracted.value());
    (void)precis::ArticleText(extracted.value());
  }
  return 0;
}
