#include "text/tokenizer.h"

#include <algorithm>
#include <cctype>

#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span span, std::string_view language) {
  std::vector<Token> tokens;
  size_t i = span.start;
  while (i < span.end) {
    const CodePoint c = DecodeAt(text, i);
    const size_t len = static_cast<size_t>(c.length);
    if (IsCjk(c.value)) {
      // Chinese and Japanese have no spaces: overlapping character bigrams stand in for words
      // ("北京大学" -> 北京, 京大, 大学), a lone character for itself.
      size_t next = i + len;
      const bool pair = next < span.end && IsCjk(DecodeAt(text, next).value);
      const size_t end = pair ? next + static_cast<size_t>(DecodeAt(text, next).length) : next;
      const bool run_start = tokens.empty() || tokens.back().end <= i ||
                             !IsCjk(DecodeAt(text, tokens.back().start).value);
      if (pair || run_start) {
        Token t;
        t.start = i;
        t.end = end;
        t.folded = std::string(text.substr(i, end - i));
        t.stem = t.folded;
        t.content = !IsStopword(t.folded, language);
        tokens.push_back(std::move(t));
      }
      i = next;
      continue;
    }
    if (!IsLetter(c.value) && !IsDigit(c.value)) {
      i += len;
      continue;
    }
    // A word: letters/digits, joined by inner hyphens, apostrophes, and (between digits) , or .
    const size_t start = i;
    bool has_letter = false;
    size_t letters_in_part = 0;  // letters since the last '.', to join "U.S" and "e.g"
    size_t end = i;
    while (end < span.end) {
      const CodePoint d = DecodeAt(text, end);
      const size_t dl = static_cast<size_t>(d.length);
      if (IsCjk(d.value)) break;
      if (IsLetter(d.value) || IsDigit(d.value)) {
        has_letter = has_letter || IsLetter(d.value);
        letters_in_part = IsLetter(d.value) ? letters_in_part + 1 : 0;
        end += dl;
        continue;
      }
      if (end + dl < span.end) {
        const CodePoint n = DecodeAt(text, end + dl);
        const CodePoint p = DecodeBefore(text, end, nullptr);
        const bool joins_digits = (d.value == ',' || d.value == '.' || d.value == ':') &&
                                  IsDigit(p.value) && IsDigit(n.value);
        const bool joins_words = (IsHyphen(d.value) || IsApostrophe(d.value)) &&
                                 (IsLetter(n.value) || IsDigit(n.value)) && !IsCjk(n.value);
        // The possessive 's ends the word; "don't" and "O'Brien" stay whole.
        const bool possessive =
            IsApostrophe(d.value) && (n.value == 's' || n.value == 'S') &&
            (end + dl + 1 >= span.end || !IsLetter(DecodeAt(text, end + dl + 1).value));
        const bool joins_initials = d.value == '.' && letters_in_part == 1 && IsLetter(p.value) &&
                                    IsLetter(n.value) && !IsCjk(n.value);
        // A soft hyphen (U+00AD, shown only where a line wraps) is inside its word.
        const bool soft_hyphen = d.value == 0xAD && (IsLetter(n.value) || IsDigit(n.value));
        if ((joins_digits || joins_words || joins_initials || soft_hyphen) && !possessive) {
          if (joins_initials) letters_in_part = 0;
          end += dl;
          continue;
        }
      }
      break;
    }
    Token t;
    t.start = start;
    t.end = end;
    t.folded = FoldCase(text.substr(start, end - start));
    for (size_t at = t.folded.find("\xC2\xAD"); at != std::string::npos; at = t.folded.find("\xC2\xAD", at)) {
      t.folded.erase(at, 2);  // "Mos\u00ADcow" is "moscow"
    }
    t.number = !has_letter;
    t.capitalized = IsUpper(c.value);
    t.content = has_letter && !IsStopword(t.folded, language);
    // Porter2 is English; other languages match on the folded word.
    const bool english = language == "en" || language == "und";
    t.stem = t.number || !english ? t.folded : PorterStem(t.folded);
    tokens.push_back(std::move(t));
    i = end;
  }
  return tokens;
}

bool InAddress(std::string_view text, const Token& t) {
  constexpr size_t kAddressReach = 256;
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  const size_t floor = t.start > kAddressReach ? t.start - kAddressReach : 0;
  size_t start = t.start;
  while (start > floor && !space(text[start - 1])) --start;
  const size_t ceiling = std::min(text.size(), t.end + kAddressReach);
  size_t end = t.end;
  while (end < ceiling && !space(text[end])) ++end;
  const std::string_view chunk = text.substr(start, end - start);
  if (chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos) {
    return true;
  }
  if (chunk.find('@') != std::string_view::npos || chunk.starts_with('#')) return true;
  // example.com, news.bbc.co.uk
  for (std::string_view tld : {".com", ".org", ".net", ".gov", ".edu", ".co.uk", ".io"}) {
    if (chunk.find(tld) != std::string_view::npos) return true;
  }
  // host.tld/path
  const size_t slash = chunk.find('/');
  const size_t dot = chunk.find('.');
  return slash != std::string_view::npos && dot != std::string_view::npos && dot < slash &&
         dot + 1 < chunk.size() && std::isalpha(static_cast<unsigned char>(chunk[dot + 1]));
}

}  // namespace precis::text
