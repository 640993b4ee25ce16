#include "text/front_coding.h"

#include <algorithm>
#include <utility>

namespace precis::text {

void DecodeFrontCoded(std::string_view coded, WordList& out) {
  std::vector<std::pair<size_t, size_t>> spans;  // into out.bytes_, which grows while decoding
  std::string word;
  while (!coded.empty()) {
    const size_t bar = coded.find('|');
    const std::string_view entry = coded.substr(0, bar);
    coded = bar == std::string_view::npos ? std::string_view() : coded.substr(bar + 1);
    if (entry.empty()) continue;
    const auto shared = static_cast<size_t>(std::clamp(entry[0] - '0', 0, 9));
    word.resize(std::min(shared, word.size()));
    word.append(entry.substr(1));
    spans.emplace_back(out.bytes_.size(), word.size());
    out.bytes_ += word;
  }
  const std::string_view bytes = out.bytes_;
  out.words_.reserve(spans.size());
  for (const auto& [at, size] : spans) out.words_.push_back(bytes.substr(at, size));
  std::sort(out.words_.begin(), out.words_.end());
}

}  // namespace precis::text
