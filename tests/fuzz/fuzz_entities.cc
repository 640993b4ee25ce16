// libFuzzer target: entity rules and the name tagger (with the built-in model) on arbitrary text,
// split into pseudo-sentences at newlines.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/rules.h"
#include "entities/tagger.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto tokens = precis::text::Tokenize(text, {0, size});
  for (const auto& m : precis::entities::FindNumericEntities(text, tokens)) {
    if (m.start >= m.end || m.end > size) __builtin_trap();
  }
  std::vector<precis::text::Span> sentences;
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || data[i] == '\n') {
      sentences.push_back({start, i});
      start = i + 1;
    }
  }
  const precis::entities::NerModel* model = precis::entities::BuiltInNerModel();
  if (model == nullptr) __builtin_trap();
  for (const auto& sentence : precis::entities::FindNames(text, sentences, *model)) {
    for (const auto& m : sentence) {
      if (m.start >= m.end || m.end > size) __builtin_trap();
    }
  }
  return 0;
}
