#include "text/utf8.h"

namespace precis::text {

CodePoint DecodeMultiByte(std::string_view s, size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {kReplacement, 1};
  }
  if (pos + static_cast<size_t>(len) > s.size()) return {kReplacement, 1};
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[pos + static_cast<size_t>(k)]);
    if ((b & 0xC0) != 0x80) return {kReplacement, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid UTF-8.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kReplacement, 1};
  return {cp, len};
}

CodePoint DecodeBefore(std::string_view s, size_t pos, size_t* start) {
  size_t p = pos - 1;
  // Step back over at most three continuation bytes to a lead byte that decodes to exactly `pos`.
  for (size_t back = 0; back < 4 && p > 0; ++back) {
    if ((static_cast<unsigned char>(s[p]) & 0xC0) != 0x80) break;
    --p;
  }
  CodePoint c = DecodeAt(s, p);
  if (p + static_cast<size_t>(c.length) != pos) {
    p = pos - 1;
    c = DecodeAt(s, p);
    c.length = 1;
  }
  if (start != nullptr) *start = p;
  return c;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += static_cast<size_t>(DecodeAt(s, i).length)) ++n;
  return n;
}

bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B ||
         c == 0x0C;
}

bool IsSpace(char32_t c) {
  if (c == ' ' || c == '\t' || IsLineBreak(c)) return true;
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

bool IsCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  // Punctuation and symbol blocks; everything else above U+00C0 counts as a letter (or a
  // combining mark, which belongs to its word).
  if (c == 0x37E || c == 0x387 || c == 0x589 || c == 0x55D || c == 0x5BE || c == 0x5C0 ||
      c == 0x5C3 || c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4 || c == 0x964 ||
      c == 0x965 || c == 0x104A || c == 0x104B || c == 0x1362 || c == 0x166E) {
    return false;
  }
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE6F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;
  if (c >= 0xFF3B && c <= 0xFF40) return false;
  if (c >= 0xFF5B && c <= 0xFF65) return false;
  if (c >= 0xE000 && c <= 0xF8FF) return false;
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;
  if (c >= 0x1F000 && c <= 0x1FFFF) return false;
  return c <= 0x10FFFF;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0 && c != 0x138;
  if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2;
  if (c == 0x386 || (c >= 0x388 && c <= 0x38A) || c == 0x38C || c == 0x38E || c == 0x38F) {
    return true;  // Greek capitals with tonos
  }
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x531 && c <= 0x556) return true;  // Armenian
  return false;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1 || c == 0x138;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  if (c >= 0x561 && c <= 0x587) return true;  // Armenian
  return false;
}

char32_t ToLower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && (c % 2) == 0 && c != 0x138) return c + 1;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C || c == 0x38E || c == 0x38F) return c + 64 - (c == 0x38C ? 0 : 1);
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Most words are ASCII: lowercase them byte by byte, without decoding.
  size_t i = 0;
  for (; i < s.size() && static_cast<unsigned char>(s[i]) < 0x80; ++i) {
    const char c = s[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    i += static_cast<size_t>(c.length);
    char32_t v = c.value;
    if (v == 0x2018 || v == 0x2019 || v == 0x201B || v == 0x2032) {
      v = '\'';
    } else if (v == 0x201C || v == 0x201D || v == 0x201F || v == 0x2033) {
      v = '"';
    } else if (v >= 0x2010 && v <= 0x2015) {
      v = '-';
    }
    AppendUtf8(out, ToLower(v));
  }
  return out;
}

}  // namespace precis::text
