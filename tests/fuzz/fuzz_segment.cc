// libFuzzer target: sentence segmentation (the first byte picks a language) and tokenization.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/document.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr const char* kLanguages[] = {"en", "de", "fr", "es", "ru", "el",
                                               "zh", "ja", "hy", "hi", "ar", "und"};
  const char* language = kLanguages[data[0] % 12];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const precis::text::Document doc = precis::text::ParseDocument(text, false);
  for (const auto& p : doc.paragraphs) {
    size_t last = p.start;
    for (const auto& s : precis::text::SegmentParagraph(text, p, nullptr, language)) {
      if (s.start < last || s.end > p.end || s.start >= s.end) __builtin_trap();
      if (s.size() > precis::text::kMaxSentenceBytes) __builtin_trap();
      last = s.end;
      if (precis::text::SentenceText(text, s).size() > s.size()) __builtin_trap();
      for (const auto& t : precis::text::Tokenize(text, s, language)) {
        if (t.start < s.start || t.end > s.end || t.start >= t.end) __builtin_trap();
      }
    }
  }
  return 0;
}
