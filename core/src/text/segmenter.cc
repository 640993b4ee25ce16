#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/abbreviations.h"
#include "text/stopwords.h"
#include "text/utf8.h"
#include "text/word_classes.h"

namespace precis::text {
namespace {

// Closing quotes and brackets. Any quotation mark counts when it directly follows a terminator:
// German closes with “ and «  („Ja.“, »Ja.«), Urdu with “, so what closes depends on the language,
// but a quote glued to the end of a sentence always closes it.
bool IsCloser(char32_t c) {
  switch (c) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0xAB: case 0xBB: case 0x2039:
    case 0x203A: case 0x300D: case 0x300F: case 0x300B: case 0x3009: case 0x3011: case 0xFF09:
    case 0xFF3D: case 0xFF63:
      return true;
    default:
      return false;
  }
}

bool IsBracketCloser(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == 0xFF09 || c == 0xFF3D || c == 0x300B ||
         c == 0x3009 || c == 0x3011;
}

bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0xBF || c == 0xA1 || c == 0x300C || c == 0x2022 || c == 0x2043 || c == '-' ||
         c == '*' || c == 0x201E || c == 0x201A || c == 0xBB || c == 0x300E;
}

// Terminators that end a sentence with or without a following space: CJK full stops and marks,
// Armenian ։, Burmese ။, Ethiopic ። ፧ ፨, Devanagari । ॥, Arabic ؟ and Urdu ۔. None of them has
// another use, and Chinese, Japanese, Burmese and Amharic often write no space after them.
bool IsUnspacedTerminator(char32_t c) {
  switch (c) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61: case 0x0589: case 0x104B: case 0x1362:
    case 0x1367: case 0x1368: case 0x0964: case 0x0965: case 0x061F: case 0x06D4:
      return true;
    default:
      return false;
  }
}

// Terminators of other scripts that end a sentence before a space.
bool IsScriptTerminator(char32_t c) {
  return c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

// Decimal digits of any script (a period between two is a decimal point).
bool IsAnyDigit(char32_t c) {
  return IsDigit(c) || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
         (c >= 0x966 && c <= 0x96F) || (c >= 0x1040 && c <= 0x1049) ||
         (c >= 0x1369 && c <= 0x137C);
}

// Han and Kana: written without spaces, so a line break between two of them is a hard wrap.
bool IsHanOrKana(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}

// Letters of scripts written without spaces between sentences (CJK, Thai, Lao, Burmese, Khmer).
bool IsSpacelessLetter(char32_t c) {
  return IsCjk(c) || (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) ||
         (c >= 0x1780 && c <= 0x17FF);
}

bool IsArmenian(char32_t c) { return c >= 0x531 && c <= 0x58A; }
bool IsEthiopic(char32_t c) { return c >= 0x1200 && c <= 0x139F; }
bool IsGreek(char32_t c) { return (c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF); }

// Combining marks of the scripts we segment: a Devanagari vowel sign or an Arabic vowel mark is
// part of the letter before it ("पी" is one letter for initials).
bool IsMark(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) ||
         c == 0x670 || (c >= 0x6D6 && c <= 0x6ED) || (c >= 0x900 && c <= 0x903) ||
         (c >= 0x93A && c <= 0x94F) || (c >= 0x951 && c <= 0x957) || c == 0x962 || c == 0x963 ||
         (c >= 0x102B && c <= 0x103E) || (c >= 0x1056 && c <= 0x1059) || c == 0x200C ||
         c == 0x200D;
}

// A vowel (lowercase) of the Latin (unaccented: "pré." reads as an abbreviation), Greek,
// Cyrillic or Armenian alphabets: a word without one ("pp", "cf", "млн") is an abbreviation.
bool IsVowel(char32_t c) {
  if (c < 0x80) return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  switch (c) {
    case 0x3B1: case 0x3B5: case 0x3B7: case 0x3B9: case 0x3BF: case 0x3C5: case 0x3C9:
    case 0x3AC: case 0x3AD: case 0x3AE: case 0x3AF: case 0x3CC: case 0x3CD: case 0x3CE:
    case 0x3CA: case 0x3CB: case 0x390: case 0x3B0:
    case 0x430: case 0x435: case 0x451: case 0x438: case 0x43E: case 0x443: case 0x44B:
    case 0x44D: case 0x44E: case 0x44F: case 0x456: case 0x457: case 0x454:
    case 0x561: case 0x565: case 0x567: case 0x568: case 0x56B: case 0x578: case 0x585:
      return true;
    default:
      return false;
  }
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// What follows a clock time inside its sentence: "6 p.m. Friday and 6 a.m. today", "9 a.m. EST",
// "5 p.m. Jan. 3". A sentence after a time rarely opens with one of these.
bool FollowsClockTime(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "jan", "feb", "march", "april", "june", "july", "aug", "sept", "oct", "nov", "dec",
      "january", "february", "august", "september", "october", "november", "december",
      "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst",
      "utc", "cet", "cest", "eastern", "pacific", "central", "mountain"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

class Segmenter {
 public:
  Segmenter(std::string_view text, Span paragraph, std::string_view language)
      : text_(text), para_(paragraph), language_(language) {}

  std::vector<size_t> Boundaries() {
    FindListItems();
    FindLineBreaks();
    FindSeparators();
    std::sort(cuts_.begin(), cuts_.end());
    std::sort(marker_starts_.begin(), marker_starts_.end());
    pre_cuts_ = cuts_;
    ScanTerminators();
    std::sort(cuts_.begin(), cuts_.end());
    cuts_.erase(std::unique(cuts_.begin(), cuts_.end()), cuts_.end());
    return cuts_;
  }

 private:
  static constexpr size_t kMaxWordBytes = 64;  // look-behind bound: keeps scanning linear

  char32_t At(size_t pos) const {
    return pos < para_.end ? DecodeAt(text_, pos).value : char32_t{0};
  }
  size_t Next(size_t pos) const { return pos + static_cast<size_t>(DecodeAt(text_, pos).length); }
  size_t SkipSpaces(size_t pos) const {
    while (pos < para_.end && IsSpace(At(pos))) pos = Next(pos);
    return pos;
  }
  size_t SkipInlineSpaces(size_t pos) const {
    while (pos < para_.end && IsSpace(At(pos)) && !IsLineBreak(At(pos))) pos = Next(pos);
    return pos;
  }

  // The word (letters, digits, inner dots, '°') that ends right before `pos`.
  Span WordBefore(size_t pos) const {
    size_t start = pos;
    while (start > para_.start && pos - start < kMaxWordBytes) {
      size_t prev = 0;
      const CodePoint c = DecodeBefore(text_, start, &prev);
      if (prev < para_.start) break;
      if (IsLetter(c.value) || IsDigit(c.value) || c.value == '.' || c.value == 0xB0 ||
          c.value == '\'' || c.value == '-') {
        start = prev;
      } else {
        break;
      }
    }
    while (start < pos && (text_[start] == '.' || text_[start] == '\'')) ++start;
    return {start, pos};
  }

  // The whitespace-delimited chunk around `pos` contains '@' or '/': an e-mail or URL.
  bool InsideAddress(size_t pos) const {
    size_t b = pos;
    while (b > para_.start && pos - b < 256 && !IsSpace(static_cast<unsigned char>(text_[b - 1])))
      --b;
    size_t e = pos;
    while (e < para_.end && e - pos < 256 && !IsSpace(static_cast<unsigned char>(text_[e]))) ++e;
    const std::string_view chunk = text_.substr(b, e - b);
    return chunk.find('@') != std::string_view::npos || chunk.find('/') != std::string_view::npos ||
           chunk.find("www.") != std::string_view::npos;
  }

  // The word starting at `pos` (letters only), folded.
  std::string FoldedWordAt(size_t pos) const {
    size_t end = pos;
    while (end < para_.end && end - pos < kMaxWordBytes && IsLetter(At(end))) end = Next(end);
    return FoldCase(text_.substr(pos, end - pos));
  }

  // The word before the word at `word_start` (skipping spaces), or an empty span.
  Span PreviousWord(size_t word_start) const {
    size_t p = word_start;
    while (p > para_.start && word_start - p < kMaxWordBytes) {
      size_t prev = 0;
      const CodePoint c = DecodeBefore(text_, p, &prev);
      if (!IsSpace(c.value)) break;
      p = prev;
    }
    if (p == word_start || p <= para_.start) return {p, p};
    return WordBefore(p);
  }

  // Where the sentence containing `pos` starts: the last cut before it.
  size_t SentenceStart(size_t pos) const {
    size_t start = std::max(para_.start, last_cut_);
    auto it = std::upper_bound(pre_cuts_.begin(), pre_cuts_.end(), pos);
    if (it != pre_cuts_.begin()) start = std::max(start, *(it - 1));
    return start;
  }

  // At least `n` words between the sentence start and `pos` (counting stops at n).
  bool HasWords(size_t pos, int n) const {
    const size_t start = SentenceStart(pos);
    int words = 0;
    bool in_word = false;
    for (size_t i = pos; i > start; --i) {
      const bool space = IsSpace(static_cast<unsigned char>(text_[i - 1]));
      if (!space && !in_word && ++words >= n) return true;
      in_word = !space;
    }
    return false;
  }

  // List markers: "1.", "1)", "1.)", "(1.)", "a.", "ab.", optionally after a bullet
  // ("• 9.", "⁃10."). Returns the position after the marker, or npos.
  size_t MarkerEnd(size_t pos, std::string* key) const {
    size_t p = pos;
    const char32_t bullet = At(p);
    if (bullet == 0x2022 || bullet == 0x2043 || bullet == 0x25E6) p = SkipSpaces(Next(p));
    const bool open_paren = p < para_.end && text_[p] == '(';
    if (open_paren) ++p;
    size_t q = p;
    while (q < para_.end && IsAsciiDigit(text_[q]) && q - p < 3) ++q;
    if (q == p) {
      while (q < para_.end && text_[q] >= 'a' && text_[q] <= 'z' && q - p < 2) ++q;
      if (q == p || q >= para_.end || text_[q] != '.') return std::string::npos;
    }
    if (q >= para_.end) return std::string::npos;
    *key = std::string(text_.substr(p, q - p));
    size_t end = q;
    if (text_[end] == '.') ++end;
    if (end < para_.end && text_[end] == ')') ++end;
    if (end == q || (open_paren && text_[end - 1] != ')')) return std::string::npos;
    if (end < para_.end && !IsSpace(At(end))) return std::string::npos;
    return end;
  }

  static std::string Successor(const std::string& key) {
    if (IsAsciiDigit(key[0])) return std::to_string(std::stoi(key) + 1);
    std::string next = key;
    next.back() = static_cast<char>(next.back() + 1);
    return next;
  }

  // An enumerated list written on one line: cut before each next marker in sequence.
  void FindListItems() {
    std::string key;
    if (MarkerEnd(para_.start, &key) == std::string::npos) return;
    marker_starts_.push_back(para_.start);
    size_t pos = para_.start;
    while (pos < para_.end) {
      const char32_t c = At(pos);
      const size_t next = Next(pos);
      if (IsSpace(c) && next < para_.end) {
        std::string next_key;
        const size_t end = MarkerEnd(next, &next_key);
        if (end != std::string::npos && next_key == Successor(key)) {
          cuts_.push_back(next);
          marker_starts_.push_back(next);
          key = next_key;
        }
      }
      pos = next;
    }
  }

  // A line break ends a sentence when the next line starts a list item, when the line before
  // is short (a heading, a greeting, a signature: hard-wrapped lines are long), or when it has
  // no terminal punctuation and the next line starts with a capital.
  void FindLineBreaks() {
    size_t line_start = para_.start;
    for (size_t i = para_.start; i < para_.end; ++i) {
      if (text_[i] != '\n' && text_[i] != '\r') continue;
      const Span line = Trim(text_, {line_start, i});
      size_t next = i + 1;
      if (text_[i] == '\r' && next < para_.end && text_[next] == '\n') ++next;
      line_start = next;
      i = next - 1;
      if (line.empty()) continue;
      const size_t next_word = SkipSpaces(next);
      if (next_word >= para_.end) continue;
      std::string key;
      const bool next_is_item = MarkerEnd(next_word, &key) != std::string::npos ||
                                At(next_word) == 0x2022 || At(next_word) == '-' ||
                                At(next_word) == '*';
      if (next_is_item && MarkerEnd(next_word, &key) != std::string::npos) {
        marker_starts_.push_back(next_word);
      }
      const char32_t last = DecodeBefore(text_, line.end, nullptr).value;
      // Chinese and Japanese use no spaces: a break between two of their letters is a hard wrap.
      if (!next_is_item && IsHanOrKana(last) && IsHanOrKana(At(next_word))) continue;
      const bool continues = last == ',' || last == '-' || last == '(' || last == '&' ||
                             last == '/' || last == 0x60C || last == 0x3001 || last == 0xFF0C ||
                             last == 0x1363 || last == 0x104A;
      // A line ending in a colon introduces what follows: a heading, a quotation, a list.
      const bool introduces = last == ':' || last == 0xFF1A;
      const bool starts_upper = IsUpper(At(next_word)) || IsDigit(At(next_word)) ||
                                IsOpener(At(next_word)) || !IsLower(At(next_word));
      if (next_is_item || introduces ||
          (!continues && (line.size() <= 40 || (line.size() <= 70 && starts_upper)))) {
        cuts_.push_back(next_word);
      }
    }
  }

  // A run of four or more '=', '_', '*', '~' or '#' is a separator: a sentence ends after it.
  void FindSeparators() {
    size_t run = 0;
    for (size_t i = para_.start; i < para_.end; ++i) {
      const char c = text_[i];
      const bool rule = c == '=' || c == '_' || c == '*' || c == '~' || c == '#';
      if (rule && i > para_.start && text_[i - 1] == c) {
        ++run;
      } else {
        if (run >= 3 && i < para_.end) cuts_.push_back(i);  // the rule closes what precedes it
        run = 0;
      }
    }
  }

  bool IsMarkerPeriod(size_t dot) const {
    // marker_starts_ is ascending: only the last marker at or before `dot` can contain it.
    auto it = std::upper_bound(marker_starts_.begin(), marker_starts_.end(), dot);
    if (it == marker_starts_.begin()) return false;
    std::string key;
    const size_t end = MarkerEnd(*(it - 1), &key);
    return end != std::string::npos && dot < end;
  }

  void Cut(size_t pos) {
    cuts_.push_back(pos);
    last_cut_ = pos;
  }

  char32_t Before(size_t pos) const {
    return pos > para_.start ? DecodeBefore(text_, pos, nullptr).value : char32_t{0};
  }

  void ScanTerminators() {
    size_t pos = para_.start;
    while (pos < para_.end) {
      const char32_t c = At(pos);
      const size_t next = Next(pos);
      // A full-width period between digits is a decimal point ("３．２９").
      if (IsUnspacedTerminator(c) ||
          (c == 0xFF0E && !(IsAnyDigit(Before(pos)) && IsAnyDigit(At(next))))) {
        pos = CutAfterMarks(next);
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || IsScriptTerminator(c)) {
        pos = Decide(pos);
        continue;
      }
      // Armenian text typed on a Latin keyboard ends sentences with ':' (for ։), Amharic with
      // "::" or "፡፡" (for ።); a colon between digits ("10:30") or inside a word is no full stop.
      if ((c == ':' && IsArmenian(Before(pos)) &&
           (next >= para_.end || IsSpace(At(next)) || IsCloser(At(next)) ||
            IsArmenian(At(next)))) ||
          ((c == ':' || c == 0x1361) && At(next) == c && IsEthiopic(Before(pos)))) {
        pos = CutAfterMarks(c == ':' && IsArmenian(Before(pos)) ? next : Next(next));
        continue;
      }
      // Greek writes the question mark as ';' (or U+037E).
      if ((c == ';' && (language_ == "el" || IsGreek(Before(pos)))) || c == 0x37E) {
        const size_t word = SkipSpaces(next);
        if (word < para_.end && word > next && !IsLower(At(word))) Cut(next);
      }
      pos = next;
    }
  }

  // Cuts after an unambiguous terminator that ends before `end`, with the marks and closing
  // quotes glued to it; returns where scanning resumes.
  size_t CutAfterMarks(size_t end) {
    while (end < para_.end && (IsUnspacedTerminator(At(end)) || At(end) == '!' ||
                               At(end) == '?' || At(end) == 0xFF0E || At(end) == 0x2026)) {
      end = Next(end);
    }
    bool closed = false;
    while (end < para_.end && IsCloser(At(end))) {
      closed = true;
      end = Next(end);
    }
    // Japanese quotes a sentence before the particle と or って ("「行こう。」と言った"): one sentence.
    if (closed && (At(end) == 0x3068 || (At(end) == 0x3063 && At(Next(end)) == 0x3066))) {
      return end;
    }
    Cut(end);
    return end;
  }

  // Decides the terminator cluster that starts at `pos`; returns where scanning resumes.
  size_t Decide(size_t pos) {
    // The cluster: terminators, spaced ellipses (". . ."), then closing quotes and brackets.
    size_t end = pos;
    int dots = 0;
    bool spaced = false;
    const bool attached = pos > para_.start && !IsSpace(DecodeBefore(text_, pos, nullptr).value);
    const size_t first_end = Next(pos);
    for (;;) {
      const char32_t c = At(end);
      if (c == '.' || c == '!' || c == '?' || IsScriptTerminator(c)) {
        if (c == '.') ++dots;
        if (c == 0x2026) dots += 3;
        end = Next(end);
      } else if (c == ' ' && At(end + 1) == '.' && dots > 0 && !EllipsisOpensWord(end + 1)) {
        spaced = true;
        end += 1;
      } else {
        break;
      }
    }
    const size_t cluster_end = end;
    bool bracket_closed = false;
    bool quote_closed = false;
    while (end < para_.end && IsCloser(At(end))) {
      (IsBracketCloser(At(end)) ? bracket_closed : quote_closed) = true;
      end = Next(end);
    }
    // French typography puts a (narrow) space before the closing guillemet: "viens. »".
    if (const size_t g = SkipInlineSpaces(end);
        g > end && g < para_.end && (At(g) == 0xBB || At(g) == 0x203A)) {
      quote_closed = true;
      end = Next(g);
    }
    if (end >= para_.end) return end;  // the paragraph's end is a boundary anyway

    const char32_t term = At(pos);
    const char32_t after = At(end);
    if (!IsSpace(after)) {
      // "すごい!本当に": scripts without spaces start the next sentence right after the mark.
      const char32_t before = Before(pos);
      if ((term == '!' || term == '?' || (term == '.' && dots == 1)) &&
          IsSpacelessLetter(after) && IsSpacelessLetter(before) && !IsAnyDigit(after) &&
          !IsAnyDigit(before)) {
        Cut(end);
        return end;
      }
      // "Barney.The bird": a missing space before a capitalised word, outside addresses.
      if (term == '.' && dots == 1 && cluster_end == end && IsUpper(after) &&
          IsLower(At(Next(end))) && WordBefore(pos).size() >= 2 && !InsideAddress(pos)) {
        Cut(end);
      }
      return end;  // "Jane.Doe", "3.14", "U.S.A", "mean...see", "Jr.'s"
    }
    const size_t word = SkipSpaces(end);
    if (word >= para_.end) return end;
    const char32_t first = At(word);
    // A spaced dash after the period continues a dateline: "HOWELL, Mich. - Blissfield".
    // Not after an ordinary word: "— Привет, — сказал он. — Как дела?" is dialogue.
    if ((first == '-' || first == 0x2013 || first == 0x2014) && word + 1 < para_.end &&
        IsSpace(At(Next(word))) && SkipInlineSpaces(end) == word && DatelineBefore(pos)) {
      return end;
    }
    // A parenthetical citation right after a quotation: '"…" (Smith 55).'
    if (first == '(' && quote_closed && CitationFollows(word)) return end;
    // A question or exclamation quoted, then who said it: '"Why?" King asked Scott.'
    if (quote_closed && term != '.' && IsUpper(first) && OpensWithQuote(pos) &&
        AttributionFollows(word)) {
      return end;
    }

    if (IsLower(first)) {
      if (bracket_closed || quote_closed) return end;  // "(but one!) sentences", "'great.' she"
      if (term != '.') {
        // "vote? hahaha" ends; "Yahoo! in" (a capitalised name before it) does not.
        const Span w = WordBefore(pos);
        return (!w.empty() && !IsUpper(At(w.start))) ? (Cut(end), end) : end;
      }
      if (dots == 1 && LowercaseStartEnds(pos)) Cut(end);
      return end;
    }

    if (term != '.') {
      Cut(end);
      return end;
    }
    if (dots >= 2) {
      // "word. . . . The": the attached period ends the sentence; the ellipsis opens the next.
      if (spaced && attached && dots == 4) {
        Cut(first_end);
        return end;
      }
      // A spaced three-dot ellipsis marks an omission inside a sentence ("is . . . I didn't").
      if (spaced && dots == 3) return end;
      Cut(end);
      return end;
    }
    if (IsMarkerPeriod(pos)) return end;
    if (!attached || IsAbbreviationBoundary(pos, word)) Cut(end);
    return end;
  }

  // ". ...En toen": dots glued to the next word open that sentence; they are not part of a
  // spaced ellipsis (". . .").
  bool EllipsisOpensWord(size_t dots) const {
    while (dots < para_.end && text_[dots] == '.') ++dots;
    return dots < para_.end && IsLetter(At(dots));
  }

  // The place name or state abbreviation of a dateline ("HOWELL, Mich. -", "BEIRUT. -").
  bool DatelineBefore(size_t dot) const {
    const Span w = WordBefore(dot);
    if (w.empty()) return false;
    if (ClassifyAbbreviation(FoldCase(text_.substr(w.start, w.size())), language_) !=
        AbbreviationKind::kNone) {
      return true;
    }
    for (size_t p = w.start; p < w.end; p = Next(p)) {
      if (IsLower(At(p))) return false;
    }
    return true;
  }

  // Letters of a word, a letter with its combining marks counting once.
  size_t Letters(Span w) const {
    size_t n = 0;
    for (size_t p = w.start; p < w.end; p = Next(p)) n += IsMark(At(p)) ? 0 : 1;
    return n;
  }

  // The folded abbreviation that ends at w.end: the word, or a spaced chain of short parts
  // ("z. B" -> "z.b", "i. d. R" -> "i.d.r", "EE. UU" -> "ee.uu") when the language knows the
  // chain or every part is a single letter.
  // Chains have parts of at most two letters ("EE. UU.", "p. ej.") or open with a single letter
  // ("v. Chr."): "Yes. No." is no chain, and short sentences cost no look-ups.
  std::string FoldedAbbreviation(Span w) const {
    std::string best = FoldCase(text_.substr(w.start, w.size()));
    const size_t last_letters = Letters(w);
    if (last_letters > 3) return best;
    std::string chain = best;
    bool single = last_letters == 1;
    size_t start = w.start;
    for (int parts = 1; parts < 4; ++parts) {
      if (start < para_.start + 3 || text_[start - 1] != ' ' || text_[start - 2] != '.') break;
      const Span prev = WordBefore(start - 2);
      const size_t prev_letters = Letters(prev);
      if (prev.empty() || prev_letters > 2 || (last_letters == 3 && prev_letters != 1)) break;
      chain = FoldCase(text_.substr(prev.start, prev.size())) + "." + chain;
      single = single && Letters(prev) == 1;
      if (single || ClassifyAbbreviation(chain, language_) != AbbreviationKind::kNone) best = chain;
      start = prev.start;
    }
    return best;
  }

  // The short part before `dot` opens a spaced abbreviation that continues at `next_word`
  // ("z. B.", "EE. UU.", "i. d. R."): no boundary inside it.
  bool ChainContinues(Span w, size_t next_word) const {
    if (Letters(w) > 3) return false;
    size_t end = next_word;
    size_t letters = 0;
    while (end < para_.end && IsLetter(At(end)) && letters <= 3) {
      letters += IsMark(At(end)) ? 0 : 1;
      end = Next(end);
    }
    if (letters == 0 || letters > 3 || end >= para_.end || text_[end] != '.') return false;
    if (Letters(w) == 1 && letters == 1) return true;
    if (Letters(w) > 2 || (letters == 3 && Letters(w) != 1)) return false;  // chain shape
    const std::string chain = FoldedAbbreviation(w) + "." +
                              FoldCase(text_.substr(next_word, end - next_word));
    return ClassifyAbbreviation(chain, language_) != AbbreviationKind::kNone ||
           IsAbbreviationPrefix(chain, language_);
  }

  // "(Smith 55)." — a short parenthesis directly followed by terminal punctuation.
  bool CitationFollows(size_t open) const {
    for (size_t i = open + 1; i < para_.end && i - open < 80; ++i) {
      if (text_[i] == ')') {
        return i + 1 < para_.end &&
               (text_[i + 1] == '.' || text_[i + 1] == '!' || text_[i + 1] == '?');
      }
      if (text_[i] == '(' || text_[i] == '\n') return false;
    }
    return false;
  }

  // Whether the sentence ending at `pos` opens with a quotation mark (no speaker before it).
  bool OpensWithQuote(size_t pos) const {
    size_t i = SkipSpaces(SentenceStart(pos));
    if (i >= pos) return false;
    const char32_t c = At(i);
    return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x201E || c == 0xAB;
  }

  // "King asked", "Senator Lee Hart replied", "asked Winfrey": at most three capitalised words
  // and a verb of speech (in either order), then the sentence's end or more words: who said
  // the quotation before it. English only; other languages keep their cut.
  bool AttributionFollows(size_t word) const {
    static constexpr std::string_view kSpeechVerbs[] = {
        "said",  "says",      "asked",    "asks",     "added",     "replied",  "wrote",
        "told",  "shouted",   "wondered", "answered", "explained", "insisted", "recalled",
        "cried", "whispered", "tweeted",  "joked",    "declared",  "demanded", "continued"};
    if (!language_.empty() && language_ != "en") return false;
    size_t capitalised = 0;
    size_t at = word;
    for (int k = 0; k < 4 && at < para_.end; ++k) {
      const std::string w = FoldedWordAt(at);
      if (w.empty()) return false;
      const bool verb =
          std::find(std::begin(kSpeechVerbs), std::end(kSpeechVerbs), w) != std::end(kSpeechVerbs);
      if (verb) return capitalised > 0 || (k == 0 && IsUpper(At(at)));
      if (!IsUpper(At(at)) || IsSentenceStarter(w, language_)) return false;
      ++capitalised;
      size_t next = at;
      while (next < para_.end && IsLetter(At(next))) next = Next(next);
      if (next >= para_.end || At(next) != ' ') return false;
      at = SkipInlineSpaces(next);
    }
    return false;
  }

  // The abbreviation kind of a folded word; a title joined to the word before it by a hyphen
  // is still a title ("then-Rep. Esteban Torres", "ex-Gov.", "Washington University-St. Louis").
  AbbreviationKind Classify(std::string_view folded) const {
    const AbbreviationKind kind = ClassifyAbbreviation(folded, language_);
    const size_t hyphen = folded.rfind('-');
    if (kind != AbbreviationKind::kNone || hyphen == std::string_view::npos ||
        hyphen + 1 >= folded.size()) {
      return kind;
    }
    return ClassifyAbbreviation(folded.substr(hyphen + 1), language_) == AbbreviationKind::kTitle
               ? AbbreviationKind::kTitle
               : AbbreviationKind::kNone;
  }

  // A period followed by a lowercase word ends a sentence in informal text ("i am in portland.
  // you can ..."), unless the word before is an abbreviation ("co. at", "e.g. fruit", "pop.
  // 256", "т. е. яблоки"), a single letter, or the sentence so far is too short to stand alone.
  // Outside Latin script, where this project knows fewer abbreviations, the word must also
  // have four letters or more.
  bool LowercaseStartEnds(size_t dot) const {
    const Span w = WordBefore(dot);
    const size_t letters = Letters(w);
    if (letters < 2 || (At(w.start) >= 0x250 && letters < 4)) return false;
    const std::string folded = FoldedAbbreviation(w);
    if (folded.find('.') != std::string::npos || Classify(folded) != AbbreviationKind::kNone) {
      return false;
    }
    bool vowel = false;
    for (size_t i = 0; i < folded.size() && !vowel;) {
      const CodePoint c = DecodeAt(folded, i);
      vowel = IsVowel(c.value);
      i += static_cast<size_t>(c.length);
    }
    return vowel && HasWords(dot, 3);
  }

  // Two capital letters with periods ("T.J.", "A.J.") that are no place's, body's or era's
  // letters ("U.S.", "D.C.", "N.Y.", "U.N.", "B.C.").
  bool IsPersonsInitials(Span w, std::string_view folded) const {
    static constexpr std::string_view kNotPersons[] = {
        "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "n.j", "n.c", "s.c", "n.h", "n.d", "s.d",
        "n.m", "r.i", "w.v", "s.f", "n.z", "s.a", "b.c", "a.d", "a.m", "p.m", "p.o", "e.g", "i.e"};
    if (folded.size() != 3 || folded[1] != '.' || !IsUpper(At(w.start))) return false;
    return std::find(std::begin(kNotPersons), std::end(kNotPersons), folded) ==
           std::end(kNotPersons);
  }

  // A single period after a word, followed by space and a non-lowercase character.
  bool IsAbbreviationBoundary(size_t dot, size_t next_word) const {
    const Span w = WordBefore(dot);
    if (w.empty()) return true;
    if (ChainContinues(w, next_word)) return false;
    const std::string folded = FoldedAbbreviation(w);
    const char32_t first = At(w.start);
    const char32_t next = At(next_word);
    const bool next_digit = IsDigit(next);
    const std::string next_folded = FoldedWordAt(next_word);
    const bool next_starter = IsSentenceStarter(next_folded, language_);
    // An abbreviation rarely ends a fragment of fewer than four words ("At 5 a.m. Mr. Smith").
    const bool long_enough = HasWords(dot, 4);

    // Initials: "Jonas E. Smith", "Albert I. Jones", "W. 82nd St." but "you and I. Did you".
    if (Letters(w) == 1 && IsUpper(first) && folded.find('.') == std::string::npos) {
      if (next_digit) return false;
      // Another initial follows ("J. K. Rowling", "А. С. Пушкин").
      if (IsUpper(next) && At(Next(next_word)) == '.') return false;
      const Span prev = PreviousWord(w.start);
      const bool sentence_start = prev.empty() || prev.end <= SentenceStart(w.start);
      const bool prev_capitalized = !prev.empty() && IsUpper(At(prev.start));
      if ((prev_capitalized || sentence_start) && IsUpper(next) && !next_starter) return false;
      // After a function word or a verb, an initial before a capitalised word that opens no
      // sentence is a name's ("went to J. Smith", "urges S. Korea"): a sentence ending in a lone
      // capital ends in a noun phrase ("hepatitis C.", "plan B.") with the noun before it. Not
      // "you and I.", nor an article's "an A." (a grade).
      if (!prev.empty() && IsUpper(next) && !next_starter && first != 'I' &&
          IsLower(At(prev.start))) {
        const std::string before = FoldCase(text_.substr(prev.start, prev.size()));
        const bool english = language_.empty() || language_ == "en";
        const bool article = before == "a" || before == "an" || before == "the";
        const bool leads_to_name =
            IsStopword(before, english ? "en" : language_) ||
            (english && EnglishWordClass(before, false) == WordClass::kOther);
        if (leads_to_name && !(article && first == 'A')) return false;
      }
      // After a lowercase word, an initial before a given name and a surname ("recalled C.
      // Matthew Gilmour", "objected J. Eldon Dorman"): two capitalised words that open no
      // sentence. One alone stays ambiguous ("hepatitis C. Patients…").
      if (IsUpper(next) && !next_starter) {
        size_t next_end = next_word;
        while (next_end < para_.end && IsLetter(At(next_end))) next_end = Next(next_end);
        const size_t after = SkipInlineSpaces(next_end);
        const std::string after_folded = after < para_.end ? FoldedWordAt(after) : std::string();
        if (after > next_end && next_folded.size() >= 2 && after_folded.size() >= 2 &&
            IsUpper(At(after)) && !IsSentenceStarter(after_folded, language_)) {
          return false;
        }
      }
      return true;
    }
    // A lone character of a script without case is an abbreviation or an initial: Arabic "د."
    // (doctor), Devanagari "ए." (but "है." with its vowel sign is a word).
    if (Next(w.start) == w.end && IsLetter(first) && !IsLower(first) &&
        !IsSpacelessLetter(first) && !IsAnyDigit(first)) {
      return false;
    }
    switch (Classify(folded)) {
      case AbbreviationKind::kBeforeNumber:
        return !next_digit;
      case AbbreviationKind::kTitle:
        return false;
      case AbbreviationKind::kContinuing:
        return next_starter && !next_digit;
      case AbbreviationKind::kFinal:
        return !next_digit;
      case AbbreviationKind::kNone:
        break;
    }
    // Ordinals written with a period: "am 3. Oktober", "den 2. Weltkrieg".
    if (UsesOrdinalPeriod(language_) && w.size() <= 3 &&
        std::all_of(folded.begin(), folded.end(), IsAsciiDigit) && IsUpper(next) && !next_starter) {
      const Span prev = PreviousWord(w.start);
      if (IsOrdinalContext(FoldCase(text_.substr(prev.start, prev.size())), next_folded,
                           language_)) {
        return false;
      }
    }
    // Dotted abbreviations with short parts: "U.S.", "E.U.", "a.m.", "e.g.", "Ph.D.".
    if (folded.find('.') != std::string::npos) {
      bool short_parts = true;
      size_t part = 0;
      for (size_t i = 0; i < folded.size(); ++i) {
        const char ch = folded[i];
        if (ch == '.') {
          part = 0;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) {
          continue;  // a continuation byte: parts are counted in characters
        } else if (++part > 2 || IsAsciiDigit(ch)) {
          short_parts = false;  // "12.50" is a number, not an abbreviation
        }
      }
      if (short_parts) {
        if ((folded == "a.m" || folded == "p.m") && FollowsClockTime(next_folded)) return false;
        // A person's two initials before a capitalised word that opens no sentence: "guard
        // T.J. Ford played" (not a place's or an era's letters: "Washington, D.C. Officials").
        if (IsPersonsInitials(w, folded) && IsUpper(next) && !next_starter) return false;
        // A lone capitalised word then lowercase ("U.S. Millions attended") opens a sentence
        // unless it is a usual head of a name with the abbreviation ("U.S. Government in").
        const size_t after = SkipSpaces(next_word + next_folded.size());
        const bool lone_capital = IsUpper(next) && after < para_.end && IsLower(At(after)) &&
                                  !IsCompoundHead(next_folded);
        return (next_starter || lone_capital) && long_enough;
      }
    }
    return true;
  }

  std::string_view text_;
  Span para_;
  std::string_view language_;
  std::vector<size_t> cuts_;
  std::vector<size_t> pre_cuts_;  // list and line-break cuts, sorted, known before the scan
  size_t last_cut_ = 0;
  std::vector<size_t> marker_starts_;
};

// Cuts an overlong sentence at the last space before the limit (or at a character boundary).
void CutLong(std::string_view text, Span s, std::vector<Span>* out, SegmentInfo* info) {
  while (s.size() > kMaxSentenceBytes) {
    size_t cut = s.start + kMaxSentenceBytes;
    size_t space = cut;
    while (space > s.start + kMaxSentenceBytes / 2 && text[space] != ' ' && text[space] != '\n') {
      --space;
    }
    if (space > s.start + kMaxSentenceBytes / 2) {
      cut = space;
    } else {
      while (cut > s.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    const Span head = Trim(text, {s.start, cut});
    if (!head.empty()) out->push_back(head);
    if (info != nullptr) ++info->forced_cuts;
    s = Trim(text, {cut, s.end});
  }
  if (!s.empty()) out->push_back(s);
}

}  // namespace

namespace {

// Whether the span is nothing but marks that end or close what came before: "…" alone between
// two sentences ("…with Barack Obama. … We need somebody…", an omission in a quotation) is no
// sentence of its own. An opening bracket or quotation mark belongs to what follows.
bool OnlyClosingMarks(std::string_view text, Span s) {
  static constexpr char32_t kClosing[] = {U'.',      U'\u2026', U'!', U'?', U'"',      U'\'',
                                          U'\u201D', U'\u2019', U')', U']', U'\u00BB', U' '};
  for (size_t i = s.start; i < s.end;) {
    const CodePoint c = DecodeAt(text, i);
    if (std::find(std::begin(kClosing), std::end(kClosing), c.value) == std::end(kClosing)) {
      return false;
    }
    i += static_cast<size_t>(c.length);
  }
  return true;
}

}  // namespace

std::vector<Span> SegmentParagraph(std::string_view text, Span paragraph, SegmentInfo* info,
                                   std::string_view language) {
  std::vector<Span> out;
  Segmenter segmenter(text, paragraph, language);
  size_t start = paragraph.start;
  const auto add = [&](Span s) {
    if (s.empty()) return;
    if (!out.empty() && OnlyClosingMarks(text, s)) {
      out.back().end = s.end;  // marks alone close the sentence before
      return;
    }
    CutLong(text, s, &out, info);
  };
  for (size_t cut : segmenter.Boundaries()) {
    if (cut <= start || cut >= paragraph.end) continue;
    add(Trim(text, {start, cut}));
    start = cut;
  }
  add(Trim(text, {start, paragraph.end}));
  return out;
}

std::string SentenceText(std::string_view text, Span s) {
  const std::string_view raw = text.substr(s.start, s.size());
  if (raw.find('\n') == std::string_view::npos && raw.find('\r') == std::string_view::npos) {
    return std::string(raw);
  }
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] != '\n' && raw[i] != '\r') {
      out.push_back(raw[i++]);
      continue;
    }
    // The white space around this break, and the characters on either side of it.
    size_t b = out.size();
    while (b > 0 && (out[b - 1] == ' ' || out[b - 1] == '\t')) --b;
    size_t e = i;
    while (e < raw.size() && IsSpace(static_cast<unsigned char>(raw[e]))) ++e;
    const char32_t before = b > 0 ? DecodeBefore(out, b, nullptr).value : 0;
    const char32_t after = e < raw.size() ? DecodeAt(raw, e).value : 0;
    if (IsHanOrKana(before) && IsHanOrKana(after)) {
      out.resize(b);  // a hard wrap inside Chinese or Japanese text
      i = e;
    } else {
      out.push_back(raw[i++]);
    }
  }
  return out;
}

std::vector<std::string> SplitSentences(std::string_view text, std::string_view language) {
  std::vector<std::string> out;
  const Document doc = ParseDocument(text, /*detect_headline=*/false);
  for (const Span& p : doc.paragraphs) {
    for (const Span& s : SegmentParagraph(text, p, nullptr, language))
      out.push_back(SentenceText(text, s));
  }
  return out;
}

}  // namespace precis::text
