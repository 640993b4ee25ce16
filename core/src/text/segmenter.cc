#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/utf8.h"

namespace precis::text {
namespace {

// Abbreviations that are followed by a name and never end a sentence before a capital
// ("Mr. Smith", "Mt. Fuji", "Lt. Col. Jones").
constexpr std::array<std::string_view, 38> kTitles = {
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "st", "mt", "ft", "gen", "lt",
    "col", "maj", "sgt", "capt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon",
    "pres", "supt", "insp", "det", "fr", "sr", "jr", "sra", "srta", "hr", "herr", "frau", "rt"};

// Abbreviations that usually continue the sentence but may end it ("... & Co. It closed").
constexpr std::array<std::string_view, 44> kContinuing = {
    "inc", "co", "corp", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est", "approx",
    "ca", "cf", "vs", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "ave", "blvd",
    "rd", "hwy", "mio", "mrd", "bzw", "usw"};

// Abbreviations that take a number ("No. 5", "p. 55", "Vol. 2").
constexpr std::array<std::string_view, 16> kBeforeNumber = {
    "no", "nos", "nr", "n\xC2\xB0", "p", "pp", "vol", "fig", "figs", "ch", "sec", "art", "op",
    "tel", "ext", "para"};

// Capitalised words that typically open a sentence; after an ambiguous abbreviation ("U.S.",
// "Inc.") they signal a boundary, any other capitalised word (a name) does not.
constexpr std::array<std::string_view, 72> kStarters = {
    "the", "a", "an", "he", "she", "it", "i", "we", "they", "you", "this", "that", "these",
    "those", "there", "here", "his", "her", "its", "our", "their", "my", "your", "but", "and",
    "or", "so", "yet", "in", "on", "at", "for", "with", "from", "by", "as", "if", "when",
    "while", "after", "before", "although", "though", "however", "meanwhile", "what", "who",
    "how", "why", "where", "which", "now", "then", "some", "many", "most", "all", "no", "not",
    "one", "both", "each", "every", "last", "next", "please", "mr", "mrs", "ms", "since",
    "during", "also"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D ||
         c == 0x2019 || c == 0xBB || c == 0x203A || c == 0x300D || c == 0x300F || c == 0xFF09;
}

bool IsOpener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0xBF || c == 0xA1 || c == 0x300C || c == 0x2022 || c == 0x2043 ||
         c == '-' || c == '*';
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
  Segmenter(std::string_view text, Span paragraph) : text_(text), para_(paragraph) {}

  std::vector<size_t> Boundaries() {
    FindListItems();
    FindLineBreaks();
    ScanTerminators();
    std::sort(cuts_.begin(), cuts_.end());
    cuts_.erase(std::unique(cuts_.begin(), cuts_.end()), cuts_.end());
    return cuts_;
  }

 private:
  char32_t At(size_t pos) const {
    return pos < para_.end ? DecodeAt(text_, pos).value : char32_t{0};
  }
  size_t Next(size_t pos) const {
    return pos + static_cast<size_t>(DecodeAt(text_, pos).length);
  }
  size_t SkipSpaces(size_t pos) const {
    while (pos < para_.end && IsSpace(At(pos))) pos = Next(pos);
    return pos;
  }

  // The word (letters, digits, inner dots, '°') that ends right before `pos`.
  Span WordBefore(size_t pos) const {
    size_t start = pos;
    while (start > para_.start) {
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

  // The word starting at `pos` (letters only), folded.
  std::string FoldedWordAt(size_t pos) const {
    size_t end = pos;
    while (end < para_.end && IsLetter(At(end))) end = Next(end);
    return FoldCase(text_.substr(pos, end - pos));
  }

  // The capitalised word before the word at `word_start`, or false if there is none.
  bool PreviousWordCapitalized(size_t word_start) const {
    size_t p = word_start;
    while (p > para_.start) {
      size_t prev = 0;
      const CodePoint c = DecodeBefore(text_, p, &prev);
      if (!IsSpace(c.value)) break;
      p = prev;
    }
    if (p == word_start || p <= para_.start) return false;
    const Span w = WordBefore(p);
    return !w.empty() && IsUpper(At(w.start));
  }

  // List markers: "1.", "1)", "1.)", "a.", optionally after a bullet ("• 9.", "⁃10.").
  // Returns the position after the marker, or npos.
  size_t MarkerEnd(size_t pos, std::string* key) const {
    size_t p = pos;
    const char32_t bullet = At(p);
    if (bullet == 0x2022 || bullet == 0x2043 || bullet == 0x25E6) p = SkipSpaces(Next(p));
    size_t q = p;
    while (q < para_.end && IsAsciiDigit(text_[q]) && q - p < 3) ++q;
    if (q == p && q < para_.end && text_[q] >= 'a' && text_[q] <= 'z' &&
        q + 1 < para_.end && text_[q + 1] == '.') {
      q = p + 1;
    }
    if (q == p || q >= para_.end) return std::string::npos;
    *key = std::string(text_.substr(p, q - p));
    size_t end = q;
    if (text_[end] == '.') ++end;
    if (end < para_.end && text_[end] == ')') ++end;
    if (end == q) return std::string::npos;
    if (end < para_.end && !IsSpace(At(end))) return std::string::npos;
    return end;
  }

  static std::string Successor(const std::string& key) {
    if (IsAsciiDigit(key[0])) return std::to_string(std::stoi(key) + 1);
    return std::string(1, static_cast<char>(key[0] + 1));
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

  // A line break ends a sentence when the line before looks like a heading or list item (short,
  // no terminal punctuation) or the next line starts a list item.
  void FindLineBreaks() {
    size_t line_start = para_.start;
    for (size_t i = para_.start; i < para_.end; ++i) {
      if (text_[i] != '\n' && text_[i] != '\r') continue;
      const Span line = Trim(text_, {line_start, i});
      size_t next = i + 1;
      if (text_[i] == '\r' && next < para_.end && text_[next] == '\n') ++next;
      line_start = next;
      if (line.empty()) continue;
      const size_t next_word = SkipSpaces(next);
      if (next_word >= para_.end) continue;
      std::string key;
      const bool next_is_item = MarkerEnd(next_word, &key) != std::string::npos ||
                                At(next_word) == 0x2022 || At(next_word) == '-' ||
                                At(next_word) == '*';
      const char last = text_[line.end - 1];
      const bool continues = last == ',' || last == '-' || last == '(' || last == '&';
      const bool starts_upper = IsUpper(At(next_word)) || IsDigit(At(next_word)) ||
                                IsOpener(At(next_word));
      if (next_is_item || (!continues && line.size() <= 70 && starts_upper)) {
        cuts_.push_back(next_word);
      }
      i = next - 1;
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

  void ScanTerminators() {
    size_t pos = para_.start;
    while (pos < para_.end) {
      const char32_t c = At(pos);
      const size_t next = Next(pos);
      if (IsCjkTerminator(c)) {
        size_t end = next;
        while (end < para_.end && (IsCjkTerminator(At(end)) || IsCloser(At(end)))) end = Next(end);
        cuts_.push_back(end);
        pos = end;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || IsScriptTerminator(c)) {
        pos = Decide(pos);
        continue;
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
    bool attached = pos > para_.start && !IsSpace(DecodeBefore(text_, pos, nullptr).value);
    size_t first_end = Next(pos);
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
    while (end < para_.end && IsCloser(At(end))) end = Next(end);
    if (end >= para_.end) return end;  // the paragraph's end is a boundary anyway

    const char32_t after = At(end);
    if (!IsSpace(after)) return end;  // "Jane.Doe", "3.14", "U.S.A", "mean...see", "Jr.'s"
    const size_t word = SkipSpaces(end);
    if (word >= para_.end) return end;
    const char32_t first = At(word);
    if (IsLower(first)) return end;  // "co. at", "'great.' she said", "Yahoo! in"

    const char32_t term = At(pos);
    if (term != '.') {
      cuts_.push_back(end);
      return end;
    }
    if (dots >= 2) {
      // "word. . . . The": the attached period ends the sentence; the ellipsis opens the next.
      if (spaced && attached && dots == 4) {
        cuts_.push_back(first_end);
        return end;
      }
      // A spaced three-dot ellipsis marks an omission inside a sentence ("is . . . I didn't").
      if (spaced && dots == 3) return end;
      cuts_.push_back(end);
      return end;
    }
    if (IsMarkerPeriod(pos)) return end;
    if (!attached) {
      cuts_.push_back(end);
      return end;
    }
    if (!IsAbbreviationBoundary(pos, word)) return end;
    cuts_.push_back(end);
    return end;
  }

  // A single period after a word, followed by space and a non-lowercase character.
  bool IsAbbreviationBoundary(size_t dot, size_t next_word) const {
    const Span w = WordBefore(dot);
    if (w.empty()) return true;
    const std::string folded = FoldCase(text_.substr(w.start, w.size()));
    const char32_t next = At(next_word);
    const bool next_digit = IsDigit(next);
    const std::string next_folded = FoldedWordAt(next_word);
    const bool next_starter = Contains(kStarters, next_folded);

    if (Contains(kBeforeNumber, folded)) return !next_digit;
    if (Contains(kTitles, folded)) return false;
    if (Contains(kContinuing, folded)) return next_starter && !next_digit;
    // Initials: "Jonas E. Smith", "Albert I. Jones" but "you and I. Did you".
    if (w.size() == 1 && IsUpper(At(w.start))) {
      return !(PreviousWordCapitalized(w.start) && IsUpper(next) && !next_starter);
    }
    // Dotted abbreviations with short parts: "U.S.", "E.U.", "a.m.", "e.g.", "Ph.D.".
    if (folded.find('.') != std::string::npos) {
      bool short_parts = true;
      size_t part = 0;
      for (char ch : folded) {
        if (ch == '.') {
          part = 0;
        } else if (++part > 2) {
          short_parts = false;
        }
      }
      if (short_parts) return next_starter;
    }
    return true;
  }

  std::string_view text_;
  Span para_;
  std::vector<size_t> cuts_;
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

std::vector<Span> SegmentParagraph(std::string_view text, Span paragraph, SegmentInfo* info) {
  std::vector<Span> out;
  Segmenter segmenter(text, paragraph);
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

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> out;
  const Document doc = ParseDocument(text, /*detect_headline=*/false);
  for (const Span& p : doc.paragraphs) {
    for (const Span& s : SegmentParagraph(text, p)) out.push_back(text.substr(s.start, s.size()));
  }
  return out;
}

}  // namespace precis::text
