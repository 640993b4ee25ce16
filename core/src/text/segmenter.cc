#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/abbreviations.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x203A || c == 0x300D || c == 0x300F || c == 0xFF09;
}

bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0xBF || c == 0xA1 || c == 0x300C || c == 0x2022 || c == 0x2043 || c == '-' ||
         c == '*';
}

// Terminators that end a sentence even without a following space (CJK full stops).
bool IsCjkTerminator(char32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

// Terminators of other scripts that end a sentence before a space.
bool IsScriptTerminator(char32_t c) {
  return c == 0x964 || c == 0x965 || c == 0x61F || c == 0x6D4 || c == 0x589 || c == 0x104B ||
         c == 0x1362 || c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

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
      const char last = text_[line.end - 1];
      const bool continues =
          last == ',' || last == '-' || last == '(' || last == '&' || last == '/';
      const bool starts_upper = IsUpper(At(next_word)) || IsDigit(At(next_word)) ||
                                IsOpener(At(next_word)) || !IsLower(At(next_word));
      if (next_is_item ||
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

  void ScanTerminators() {
    size_t pos = para_.start;
    while (pos < para_.end) {
      const char32_t c = At(pos);
      const size_t next = Next(pos);
      if (IsCjkTerminator(c)) {
        size_t end = next;
        while (end < para_.end && (IsCjkTerminator(At(end)) || IsCloser(At(end)))) end = Next(end);
        Cut(end);
        pos = end;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || IsScriptTerminator(c)) {
        pos = Decide(pos);
        continue;
      }
      // Greek writes the question mark as ';' (or U+037E).
      if ((c == ';' && language_ == "el") || c == 0x37E) {
        const size_t word = SkipSpaces(next);
        if (word < para_.end && word > next && !IsLower(At(word))) Cut(next);
      }
      pos = next;
    }
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
      } else if (c == ' ' && At(end + 1) == '.' && dots > 0) {
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
      const char32_t c = At(end);
      (c == ')' || c == ']' || c == '}' || c == 0xFF09 ? bracket_closed : quote_closed) = true;
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
    if ((first == '-' || first == 0x2013 || first == 0x2014) && word + 1 < para_.end &&
        IsSpace(At(Next(word))) && SkipInlineSpaces(end) == word) {
      return end;
    }
    // A parenthetical citation right after a quotation: '"…" (Smith 55).'
    if (first == '(' && quote_closed && CitationFollows(word)) return end;

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

  // A period followed by a lowercase word ends a sentence in informal text ("i am in portland.
  // you can ..."), unless the word before is an abbreviation ("co. at", "e.g. fruit", "pop.
  // 256"), a single letter, or the sentence so far is too short to stand alone.
  bool LowercaseStartEnds(size_t dot) const {
    const Span w = WordBefore(dot);
    if (w.size() < 2) return false;
    const std::string folded = FoldCase(text_.substr(w.start, w.size()));
    if (folded.find('.') != std::string::npos ||
        ClassifyAbbreviation(folded, language_) != AbbreviationKind::kNone) {
      return false;
    }
    bool vowel = false;
    for (char ch : folded)
      vowel = vowel || std::string_view("aeiouy").find(ch) != std::string_view::npos;
    return vowel && HasWords(dot, 3);
  }

  // A single period after a word, followed by space and a non-lowercase character.
  bool IsAbbreviationBoundary(size_t dot, size_t next_word) const {
    const Span w = WordBefore(dot);
    if (w.empty()) return true;
    const std::string folded = FoldCase(text_.substr(w.start, w.size()));
    const char32_t next = At(next_word);
    const bool next_digit = IsDigit(next);
    const std::string next_folded = FoldedWordAt(next_word);
    const bool next_starter = IsSentenceStarter(next_folded, language_);
    // An abbreviation rarely ends a fragment of fewer than four words ("At 5 a.m. Mr. Smith").
    const bool long_enough = HasWords(dot, 4);

    // Initials: "Jonas E. Smith", "Albert I. Jones", "W. 82nd St." but "you and I. Did you".
    if (Next(w.start) == w.end && IsUpper(At(w.start))) {
      if (next_digit) return false;
      // Another initial follows ("J. K. Rowling", "А. С. Пушкин").
      if (IsUpper(next) && At(Next(next_word)) == '.') return false;
      const Span prev = PreviousWord(w.start);
      const bool sentence_start = prev.empty() || prev.end <= SentenceStart(w.start);
      const bool prev_capitalized = !prev.empty() && IsUpper(At(prev.start));
      return !((prev_capitalized || sentence_start) && IsUpper(next) && !next_starter);
    }
    switch (ClassifyAbbreviation(folded, language_)) {
      case AbbreviationKind::kBeforeNumber:
        return !next_digit;
      case AbbreviationKind::kTitle:
        return false;
      case AbbreviationKind::kContinuing:
        return next_starter && !next_digit;
      case AbbreviationKind::kNone:
        break;
    }
    // Ordinals written with a period: "am 3. Oktober", "den 2. Weltkrieg".
    if (UsesOrdinalPeriod(language_) && w.size() <= 3 &&
        std::all_of(folded.begin(), folded.end(), IsAsciiDigit) && IsUpper(next) && !next_starter) {
      return false;
    }
    // Dotted abbreviations with short parts: "U.S.", "E.U.", "a.m.", "e.g.", "Ph.D.".
    if (folded.find('.') != std::string::npos) {
      bool short_parts = true;
      size_t part = 0;
      for (char ch : folded) {
        if (ch == '.') {
          part = 0;
        } else if (++part > 2 || IsAsciiDigit(ch)) {
          short_parts = false;  // "12.50" is a number, not an abbreviation
        }
      }
      if (short_parts) {
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

std::vector<Span> SegmentParagraph(std::string_view text, Span paragraph, SegmentInfo* info,
                                   std::string_view language) {
  std::vector<Span> out;
  Segmenter segmenter(text, paragraph, language);
  size_t start = paragraph.start;
  for (size_t cut : segmenter.Boundaries()) {
    if (cut <= start || cut >= paragraph.end) continue;
    const Span s = Trim(text, {start, cut});
    if (!s.empty()) CutLong(text, s, &out, info);
    start = cut;
  }
  const Span last = Trim(text, {start, paragraph.end});
  if (!last.empty()) CutLong(text, last, &out, info);
  return out;
}

std::vector<std::string_view> SplitSentences(std::string_view text, std::string_view language) {
  std::vector<std::string_view> out;
  const Document doc = ParseDocument(text, /*detect_headline=*/false);
  for (const Span& p : doc.paragraphs) {
    for (const Span& s : SegmentParagraph(text, p, nullptr, language))
      out.push_back(text.substr(s.start, s.size()));
  }
  return out;
}

}  // namespace precis::text
