#include "text/html_entities.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "text/utf8.h"

namespace precis::text {
namespace {

struct NamedRef {
  uint16_t offset;  // of the name in kNameText
  uint8_t length;
  uint8_t flags;  // kLegacy | an index into kSecondValues
  char32_t value;
};
constexpr uint8_t kLegacy = 0x80;  // also decoded without the semicolon

#include "text/generated/html_entities.inc"

std::string_view NameOf(const NamedRef& r) { return {kNameText + r.offset, r.length}; }

// Windows-1252 for numeric references 0x80-0x9F (HTML5: pages written in that encoding use them).
constexpr char32_t kC1[32] = {0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
                              0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
                              0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const NamedRef* FindNamed(std::string_view name) {
  const auto* it =
      std::lower_bound(std::begin(kNamed), std::end(kNamed), name,
                       [](const NamedRef& r, std::string_view n) { return NameOf(r) < n; });
  return it != std::end(kNamed) && NameOf(*it) == name ? it : nullptr;
}

CharRef Numeric(std::string_view s, size_t amp) {
  size_t i = amp + 2;  // after "&#"
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const size_t digits_start = i;
  char32_t value = 0;
  bool overflow = false;
  for (; i < s.size(); ++i) {
    const int d = hex ? HexValue(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
    if (d < 0) break;
    if (value > 0x10FFFF) {
      overflow = true;
    } else {
      value = value * (hex ? 16u : 10u) + static_cast<char32_t>(d);
    }
  }
  if (i == digits_start) return {};  // "&#" or "&#x" without digits is text
  if (i < s.size() && s[i] == ';') ++i;
  if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    value = kReplacement;
  } else if (value >= 0x80 && value <= 0x9F) {
    value = kC1[value - 0x80];
  }
  return {value, i - amp};
}

}  // namespace

CharRef DecodeCharRef(std::string_view s, size_t amp, bool in_attribute) {
  if (amp + 1 >= s.size()) return {};
  if (s[amp + 1] == '#') return Numeric(s, amp);
  // The longest name followed by ';' wins; without ';' only a legacy name (longest first).
  size_t end = amp + 1;
  while (end < s.size() && end - amp - 1 < kLongestName && IsAsciiAlnum(s[end])) ++end;
  if (end < s.size() && s[end] == ';') {
    if (const NamedRef* r = FindNamed(s.substr(amp + 1, end - amp - 1))) {
      return {r->value, end + 1 - amp, kSecondValues[r->flags & ~kLegacy]};
    }
  }
  for (size_t stop = end; stop > amp + 1; --stop) {
    const NamedRef* r = FindNamed(s.substr(amp + 1, stop - amp - 1));
    if (r == nullptr || (r->flags & kLegacy) == 0) continue;
    // In attribute values "&copy=" and "&copyx" stay as written (URLs with query strings).
    if (in_attribute && stop < s.size() && (s[stop] == '=' || IsAsciiAlnum(s[stop]))) return {};
    return {r->value, stop - amp};
  }
  return {};
}

std::string DecodeCharRefs(std::string_view raw, bool in_attribute) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      const CharRef r = DecodeCharRef(raw, i, in_attribute);
      if (r.length > 0) {
        AppendUtf8(out, r.value);
        if (r.second != 0) AppendUtf8(out, r.second);
        i += r.length;
        continue;
      }
    }
    out.push_back(raw[i++]);
  }
  return out;
}

}  // namespace precis::text
