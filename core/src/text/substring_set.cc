#include "text/substring_set.h"

#include <algorithm>
#include <cstring>

namespace precis::text {

SubstringSet::SubstringSet(std::span<const std::string_view> patterns) {
  for (std::string_view p : patterns) {
    if (!p.empty()) by_first_.push_back(p);
  }
  std::stable_sort(by_first_.begin(), by_first_.end(), [](std::string_view a, std::string_view b) {
    return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
  });
  size_t k = 0;
  for (size_t b = 0; b < 256; ++b) {
    start_[b] = static_cast<uint16_t>(k);
    while (k < by_first_.size() && static_cast<unsigned char>(by_first_[k][0]) == b) ++k;
  }
  start_[256] = static_cast<uint16_t>(k);
}

bool SubstringSet::FoundIn(std::string_view s) const {
  const char* data = s.data();
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(data[i]);
    for (size_t k = start_[b]; k < start_[b + 1]; ++k) {
      const std::string_view p = by_first_[k];
      if (p.size() <= n - i && std::memcmp(data + i + 1, p.data() + 1, p.size() - 1) == 0)
        return true;
    }
  }
  return false;
}

}  // namespace precis::text
