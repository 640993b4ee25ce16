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

// The other single-byte charsets, in the order of Charset after kWindows1252.
struct SingleByteCharset {
  const char* name;
  const char* labels;  // "label|label|…", lowercase
  char32_t high[128];  // bytes 0x80-0xFF
};
constexpr SingleByteCharset kSingleByte[] = {
#include "text/generated/single_byte_charsets.inc"
};
static_assert(std::size(kSingleByte) == static_cast<size_t>(Charset::kIso8859_15) -
                                            static_cast<size_t>(Charset::kWindows1252));

// The single-byte charset a declared name labels, if any of kSingleByte.
bool LabelOf(std::string_view declared, Charset* out) {
  for (size_t i = 0; i < std::size(kSingleByte); ++i) {
    std::string_view labels = kSingleByte[i].labels;
    while (!labels.empty()) {
      const size_t bar = labels.find('|');
      if (labels.substr(0, bar) == declared) {
        *out = static_cast<Charset>(static_cast<size_t>(Charset::kWindows1252) + 1 + i);
        return true;
      }
      if (bar == std::string_view::npos) break;
      labels.remove_prefix(bar + 1);
    }
  }
  return false;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The charset a <meta> element in the first 16 KB names (<meta charset=…> or http-equiv's
// "charset=…"; not a script's charset attribute). The standard's prescan reads 1,024 bytes, but
// a browser that meets a later <meta charset> while parsing starts again in that encoding (a
// Polish page declared windows-1250 at byte 2,097).
std::string DeclaredCharset(std::string_view html) {
  std::string head;
  for (char c : html.substr(0, 16384)) head.push_back(Lower(c));
  size_t at = std::string::npos;
  for (size_t meta = head.find("<meta"); meta != std::string::npos && at == std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t found = head.find("charset", meta);
    if (found < head.find('>', meta)) at = found;
  }
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
      // A sequence cut short, a lead byte and its continuation bytes with the rest lost
      // ("\xE2\x80\"", a crawler's damage to an em dash), is UTF-8 too: windows-1252 text
      // seldom writes "\xE2\x80" ("â€") as meant. Neither kind counts; it is skipped whole.
      const auto lead = static_cast<unsigned char>(html[i]);
      size_t k = i + 1;
      while (k < html.size() && k < i + 4 && (static_cast<unsigned char>(html[k]) & 0xC0) == 0x80) {
        ++k;
      }
      if (lead >= 0xC2 && lead <= 0xF4 && k > i + 1) {
        i = k;
        continue;
      }
      ++invalid;
    } else {
      ++multibyte;
    }
    i += static_cast<size_t>(c.length);
  }
  if (invalid == 0 || multibyte > invalid) return Charset::kUtf8;
  const std::string declared = DeclaredCharset(html);
  if (Charset other; LabelOf(declared, &other)) return other;
  if (declared.empty() || declared == "windows-1252" || declared == "cp1252" ||
      declared == "iso-8859-1" || declared == "iso8859-1" || declared == "latin1" ||
      declared == "latin-1" || declared == "us-ascii" || declared == "ascii" ||
      declared == "utf-8" || declared == "utf8") {
    // A page that says UTF-8 but is not is, in practice, windows-1252 text.
    return Charset::kWindows1252;
  }
  return Charset::kUtf8;
}

char32_t Windows1252(unsigned char b) { return b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b; }

char32_t DecodeByte(Charset charset, unsigned char b) {
  if (b < 0x80 || charset == Charset::kUtf8) return b;
  if (charset == Charset::kWindows1252) return Windows1252(b);
  const size_t i = static_cast<size_t>(charset) - static_cast<size_t>(Charset::kWindows1252) - 1;
  return kSingleByte[i].high[b - 0x80];
}

std::string ToUtf8(std::string_view bytes, Charset charset) {
  if (charset == Charset::kUtf8) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else {
      AppendUtf8(out, DecodeByte(charset, b));
    }
  }
  return out;
}

}  // namespace precis::text
