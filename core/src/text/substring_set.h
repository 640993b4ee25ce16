// Whether any of a fixed set of byte patterns occurs in a string, in one pass over the string.
// The article reader asks this of every element's class/id hint and every paragraph (dozens of
// patterns each); one `find` per pattern rescanned the text once per pattern, which in the
// page's wasm (musl's memchr) was the reader's largest cost.
//
//   static const SubstringSet kCredits(kCreditWords);   // patterns must outlive the set
//   if (kCredits.FoundIn("photo: getty images")) ...
#ifndef PRECIS_TEXT_SUBSTRING_SET_H_
#define PRECIS_TEXT_SUBSTRING_SET_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace precis::text {

class SubstringSet {
 public:
  // Empty patterns are ignored. The set keeps views: the patterns' bytes must outlive it.
  explicit SubstringSet(std::span<const std::string_view> patterns);

  // True when some pattern occurs in `s` (byte-exact, case-sensitive).
  bool FoundIn(std::string_view s) const;

 private:
  // Patterns grouped by their first byte: those starting with byte b are
  // by_first_[start_[b] .. start_[b + 1]).
  std::array<uint16_t, 257> start_{};
  std::vector<std::string_view> by_first_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_SUBSTRING_SET_H_
