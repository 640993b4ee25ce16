#include "json_text.h"

#include <string_view>

namespace precis {
namespace {

// U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; only string contents can hold them.
std::string EscapeLineSeparators(std::string text) {
  constexpr std::string_view kLead = "\xE2\x80";
  size_t at = text.find(kLead);
  if (at == std::string::npos) return text;
  std::string out;
  out.reserve(text.size() + 16);
  size_t done = 0;
  for (; at != std::string::npos; at = text.find(kLead, at + 1)) {
    if (at + 2 >= text.size()) break;
    const char last = text[at + 2];
    if (last != '\xA8' && last != '\xA9') continue;
    out.append(text, done, at - done);
    out += last == '\xA8' ? "\\u2028" : "\\u2029";
    done = at + 3;
    at += 2;
  }
  out.append(text, done, std::string::npos);
  return out;
}

}  // namespace

std::string JsonText(const nlohmann::ordered_json& value, int indent) {
  return EscapeLineSeparators(
      value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::ordered_json::error_handler_t::replace));
}

std::string JsonText(const nlohmann::json& value, int indent) {
  return EscapeLineSeparators(
      value.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace));
}

}  // namespace precis
