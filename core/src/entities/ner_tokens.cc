#include "entities/ner_tokens.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/utf8.h"

namespace precis::entities {
namespace {

bool IsOpening(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '`' || c == U'\u201C' ||
         c == U'\u2018' || c == U'\u00AB' || c == '$' || c == U'\u00A3' || c == U'\u20AC' ||
         c == U'\u00A5';
}

bool IsClosing(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
         c == '\'' || c == ')' || c == ']' || c == '}' || c == U'\u201D' || c == U'\u2019' ||
         c == U'\u00BB' || c == U'\u2026' || c == '%';
}

bool IsDash(char32_t c) { return c == U'\u2013' || c == U'\u2014' || c == U'\u2015'; }

// Typographic quotes and dashes as the ASCII forms of the training data; case kept.
std::string Normalize(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; })) {
    return std::string(s);  // ASCII: nothing to fold
  }
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const text::CodePoint c = text::DecodeAt(s, i);
    switch (c.value) {
      case U'\u2018': case U'\u2019': out += '\''; break;
      case U'\u201C': case U'\u201D': out += '"'; break;
      case U'\u2013': case U'\u2014': case U'\u2015': out += '-'; break;
      default: out.append(s.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

// A period that belongs to the word: "U.S.", "J.", "Mr.", "Inc.".
bool KeepsPeriod(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;
  if (word.size() == 1) return true;
  const std::string folded = text::FoldCase(word);
  return text::ClassifyAbbreviation(folded, "en") != text::AbbreviationKind::kNone;
}

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<NerToken>* out) : text_(text), out_(out) {}

  void Chunk(size_t start, size_t end) {
    std::vector<NerToken> tail;
    // Opening punctuation, one token each; but a clitic written apart, as in text joined from
    // tokens ("Kipling 's"), stays one token "'s", as the training data has it.
    while (end - start > 1) {
      const text::CodePoint c = text::DecodeAt(text_, start);
      if (IsDashBeforeLetter(c, start, end)) {  // "(AP) -Raptors guard…": no part of the name
        Emit(start, start + c.length);
        start += c.length;
        continue;
      }
      // A colon glued to the word after it (":Yulia Tymoshenko", text run together from a page).
      const bool colon = c.value == ':' && IsCapitalAt(start + 1, end);
      if ((!IsOpening(c.value) && !colon) || LoneClitic(start + c.length, end)) break;
      Emit(start, start + c.length);
      start += c.length;
    }
    // A closing bracket glued to the next word, as in a dateline ("(CNN)President"), or a colon
    // between a word and a capitalised one ("Conn.:A.J."; not "10:30" nor "http://"): two chunks.
    for (size_t i = start + 1; i + 1 < end; ++i) {
      const bool colon = text_[i] == ':' && IsCapitalAt(i + 1, end) &&
                         !(text_[i - 1] >= '0' && text_[i - 1] <= '9');
      if (text_[i] == ')' || text_[i] == ']' || colon) {
        Chunk(start, i + 1);
        Chunk(i + 1, end);
        return;
      }
    }
    // Closing punctuation, from the end.
    while (end > start) {
      size_t before = 0;
      const text::CodePoint c = text::DecodeBefore(text_, end, &before);
      if (!IsClosing(c.value) || before == start) break;
      if (c.value == '.' && KeepsPeriod(text_.substr(start, before - start))) break;
      tail.push_back({before, end, Normalize(text_.substr(before, end - before))});
      end = before;
    }
    Word(start, end);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out_->push_back(std::move(*it));
  }

 private:
  // A capital that begins a word in lower case or an initial ("Yulia", "A.J."), not a run of
  // capitals ("NASDAQ:LOGI" is a ticker).
  bool IsCapitalAt(size_t i, size_t end) const {
    return i + 1 < end && text_[i] >= 'A' && text_[i] <= 'Z' &&
           ((text_[i + 1] >= 'a' && text_[i + 1] <= 'z') || text_[i + 1] == '.');
  }

  // A dash glued to the letter after it ("-Raptors", "\u2014Smith"); not a number's sign.
  bool IsDashBeforeLetter(text::CodePoint c, size_t start, size_t end) const {
    if (c.value != '-' && c.value != U'\u2013' && c.value != U'\u2014') return false;
    const size_t after = start + c.length;
    return after < end && text::IsLetter(text::DecodeAt(text_, after).value);
  }

  // Whether [after, end) is "s" or "S", alone or before closing punctuation.
  bool LoneClitic(size_t after, size_t end) const {
    if (after >= end || (text_[after] != 's' && text_[after] != 'S')) return false;
    for (size_t i = after + 1; i < end;) {
      const text::CodePoint c = text::DecodeAt(text_, i);
      if (!IsClosing(c.value)) return false;
      i += c.length;
    }
    return true;
  }

  void Emit(size_t start, size_t end) {
    if (end > start) out_->push_back({start, end, Normalize(text_.substr(start, end - start))});
  }

  // A word with its clitics split off: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't".
  void Word(size_t start, size_t end) {
    const std::string norm = Normalize(text_.substr(start, end - start));
    auto ends_with = [&](std::string_view suffix) {  // suffix: ASCII, lowercase
      if (norm.size() <= suffix.size()) return false;
      const std::string_view tail = std::string_view(norm).substr(norm.size() - suffix.size());
      return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char c, char s) {
        return (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == s;
      });
    };
    // The raw suffix length in bytes: a curly apostrophe is 3 bytes, the ASCII one 1.
    auto split_at_apostrophe = [&](size_t letters_after) {
      size_t cut = end;
      for (size_t k = 0; k < letters_after; ++k) --cut;
      size_t apostrophe = 0;
      text::DecodeBefore(text_, cut, &apostrophe);
      return apostrophe;
    };
    if (ends_with("'s")) {
      const size_t cut = split_at_apostrophe(1);
      Emit(start, cut);
      Emit(cut, end);
    } else if (ends_with("n't")) {
      size_t cut = split_at_apostrophe(1);
      text::DecodeBefore(text_, cut, &cut);  // the "n"
      Emit(start, cut);
      Emit(cut, end);
    } else {
      Emit(start, end);
    }
  }

  std::string_view text_;
  std::vector<NerToken>* out_;
};

}  // namespace

std::vector<NerToken> NerTokens(std::string_view text, text::Span sentence) {
  std::vector<NerToken> tokens;
  Splitter splitter(text, &tokens);
  size_t chunk = sentence.start;
  size_t i = sentence.start;
  const size_t end = std::min(sentence.end, text.size());
  while (i < end) {
    const text::CodePoint c = text::DecodeAt(text, i);
    if (text::IsSpace(c.value) || IsDash(c.value)) {
      if (i > chunk) splitter.Chunk(chunk, i);
      if (IsDash(c.value)) tokens.push_back({i, i + c.length, "-"});
      chunk = i + c.length;
    }
    i += c.length;
  }
  if (end > chunk) splitter.Chunk(chunk, end);
  return tokens;
}

}  // namespace precis::entities
