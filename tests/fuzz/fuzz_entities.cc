// libFuzzer target: entity rules and name finding on the tokens of arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "entities/names.h"
#include "entities/rules.h"
#include "text/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto tokens = precis::text::Tokenize(text, {0, size});
  const std::unordered_set<std::string> lowercase = {"the", "veteran"};
  for (const auto& m : precis::entities::FindNumericEntities(text, tokens)) {
    if (m.start >= m.end || m.end > size) __builtin_trap();
  }
  for (const auto& m : precis::entities::FindNames(text, tokens, lowercase)) {
    if (m.start >= m.end || m.end > size) __builtin_trap();
  }
  return 0;
}
