#include "json_writer.h"

#include <charconv>
#include <cmath>

namespace precis {
namespace {

void AppendInt(std::string& out, long long value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

// Bytes of the well-formed UTF-8 sequence starting at s[i], or 0 with `*consumed` set to the
// length of its maximal ill-formed subpart (Unicode's U+FFFD practice, as nlohmann's decoder).
size_t Utf8Length(std::string_view s, size_t i, size_t* consumed) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;  // the second byte's range; later bytes are 80..BF
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // no overlong forms
    if (b0 == 0xED) high = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;
    if (b0 == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    *consumed = 1;
    return 0;
  }
  for (size_t k = 1; k < length; ++k) {
    if (i + k >= s.size()) {
      *consumed = k;
      return 0;
    }
    const auto b = static_cast<unsigned char>(s[i + k]);
    const bool ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
    if (!ok) {
      *consumed = k;
      return 0;
    }
  }
  return length;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t consumed = 0;
    const size_t length = Utf8Length(text, i, &consumed);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      i += consumed;
    } else if (length == 3 && c == 0xE2 && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // see json_text.h
      i += 3;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  out += '"';
}

void JsonWriter::NewLine(size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  if (indent_ >= 0) NewLine(empty_.size());
}

void JsonWriter::Close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty && indent_ >= 0) NewLine(empty_.size());
  out_ += bracket;
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  empty_.push_back(true);
}

void JsonWriter::EndObject() { Close('}'); }

void JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  empty_.push_back(true);
}

void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(out_, key);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendJsonString(out_, text);
}

void JsonWriter::Int(long long value) {
  BeforeValue();
  AppendInt(out_, value);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Rounded(double x, int decimals) {
  BeforeValue();
  long long scale = 1;
  for (int d = 0; d < decimals; ++d) scale *= 10;
  const double scaled = std::round(x * static_cast<double>(scale));
  // nlohmann writes null for NaN and infinity. No score, salience or minute count comes near
  // 9e18 units (the conversion below would overflow there): null too rather than garbage.
  if (!std::isfinite(scaled) || std::fabs(scaled) >= 9.0e18) {
    out_ += "null";
    return;
  }
  // The double scaled/scale prints as the shortest decimal that reads back as it: for |scaled|
  // below 2^53 that is scaled's digits with the point put back and trailing zeros dropped.
  const auto units = static_cast<long long>(scaled);
  if (std::signbit(scaled)) out_ += '-';
  const unsigned long long magnitude =
      units < 0 ? 0ULL - static_cast<unsigned long long>(units) : static_cast<unsigned long long>(units);
  AppendInt(out_, static_cast<long long>(magnitude / static_cast<unsigned long long>(scale)));
  out_ += '.';
  unsigned long long fraction = magnitude % static_cast<unsigned long long>(scale);
  if (fraction == 0) {
    out_ += '0';
    return;
  }
  int places = decimals;
  while (fraction % 10 == 0) {
    fraction /= 10;
    --places;
  }
  char digits[8];
  for (int k = places - 1; k >= 0; --k) {
    digits[k] = static_cast<char>('0' + fraction % 10);
    fraction /= 10;
  }
  out_.append(digits, static_cast<size_t>(places));
}

}  // namespace precis
