#include "text/charset.h"

#include <array>

#include "text/utf8.h"

namespace precis::text {
namespace {

// windows-1252 0x80-0x9F (the rest of 0xA0-0xFF is Latin-1, the same code point).
constexpr std::array<char32_t, 32> kHigh = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The charset named in the first 1024 bytes (<meta charset=…> or http-equiv's "charset=…").
std::string DeclaredCharset(std::string_view html) {
  std::string head;
  for (char c : html.substr(0, 1024)) head.push_back(Lower(c));
  const size_t at = head.find("charset");
  if (at == std::string::npos) return "";
  size_t i = at + 7;
  while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
  std::string name;
  while (i < head.size() && name.size() < 32 &&
         ((head[i] >= 'a' && head[i] <= 'z') || (head[i] >= '0' && head[i] <= '9') ||
          head[i] == '-' || head[i] == '_')) {
    name.push_back(head[i++]);
  }
  return name;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const CodePoint c = DecodeAt(s, i);
    if (c.value == kReplacement && !(c.length == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) {
      return false;
    }
    i += static_cast<size_t>(c.length);
  }
  return true;
}

Charset DetectCharset(std::string_view html) {
  // Mostly valid multi-byte sequences with a stray invalid byte is UTF-8 with damage, not
  // windows-1252 (whose accented letters almost never form valid UTF-8 sequences).
  size_t multibyte = 0;
  size_t invalid = 0;
  for (size_t i = 0; i < html.size();) {
    if (static_cast<unsigned char>(html[i]) < 0x80) {
      ++i;
      continue;
    }
    const CodePoint c = DecodeAt(html, i);
    if (c.value == kReplacement && !(c.length == 3 && html.substr(i, 3) == "\xEF\xBF\xBD")) {
      ++invalid;
    } else {
      ++multibyte;
    }
    i += static_cast<size_t>(c.length);
  }
  if (invalid == 0 || multibyte > invalid) return Charset::kUtf8;
  const std::string declared = DeclaredCharset(html);
  if (declared.empty() || declared == "windows-1252" || declared == "cp1252" ||
      declared == "iso-8859-1" || declared == "iso8859-1" || declared == "latin1" ||
      declared == "latin-1" || declared == "iso-8859-15" || declared == "us-ascii" ||
      declared == "ascii" || declared == "utf-8" || declared == "utf8") {
    // A page that says UTF-8 but is not is, in practice, windows-1252 text.
    return Charset::kWindows1252;
  }
  return Charset::kUtf8;
}

char32_t Windows1252(unsigned char b) { return b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b; }

std::string ToUtf8(std::string_view bytes, Charset charset) {
  if (charset == Charset::kUtf8) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else {
      AppendUtf8(out, Windows1252(b));
    }
  }
  return out;
}

}  // namespace precis::text
