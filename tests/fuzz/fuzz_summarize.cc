// libFuzzer target: the whole pipeline and the Result's JSON, with options from the first byte.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "precis/precis.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  precis::Options options;
  options.algorithm = precis::AllAlgorithms()[data[0] % precis::AllAlgorithms().size()];
  if (data[0] & 0x10) options.sentences = 1 + (data[0] >> 5);
  if (data[0] & 0x08) options.words = 5 + data[0];
  if ((data[0] & 0x18) == 0x18) options.sentences = 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto result = precis::Summarize(text, options);
  if (!result.ok()) return 0;
  const precis::Result& r = result.value();
  for (const auto& s : r.sentences) {
    if (s.start >= s.end || s.end > text.size()) __builtin_trap();
  }
  for (int i : r.summary) {
    if (i < 0 || static_cast<size_t>(i) >= r.sentences.size() || r.sentences[i].boilerplate) {
      __builtin_trap();
    }
  }
  for (const auto& e : r.entities) {
    if (e.start >= e.end || e.end > text.size() || e.group < 0 ||
        static_cast<size_t>(e.group) >= r.groups.size()) {
      __builtin_trap();
    }
  }
  if (!precis::ResultFromJson(precis::ResultToJson(r)).ok()) __builtin_trap();
  return 0;
}
