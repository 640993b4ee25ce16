#include "text/document.h"

#include <algorithm>

#include "text/utf8.h"

namespace precis::text {
namespace {

// Lines split on \n, \r\n and lone \r; each span excludes its line break.
std::vector<Span> SplitLines(std::string_view text, Span within) {
  std::vector<Span> lines;
  size_t start = within.start;
  for (size_t i = within.start; i < within.end; ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back({start, i});
      if (text[i] == '\r' && i + 1 < within.end && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  lines.push_back({start, within.end});
  return lines;
}

bool IsAllDigits(std::string_view s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool LooksLikeUrl(std::string_view s) {
  return (s.starts_with("http://") || s.starts_with("https://")) &&
         s.find(' ') == std::string_view::npos;
}

bool EndsWithTerminal(std::string_view s) {
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  size_t start = 0;
  const CodePoint last = DecodeBefore(s, s.size(), &start);
  return last.value == 0x2026 || last.value == 0x3002 || last.value == 0xFF01 ||
         last.value == 0xFF1F || last.value == 0x201D || last.value == 0x2019;
}

std::string_view View(std::string_view text, Span span) {
  return text.substr(span.start, span.size());
}

bool IsHanOrKana(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// Whether `next` continues the unterminated line `prev`: it starts in lowercase; or, in a script
// without case, `prev` ends in a comma; or both are Chinese/Japanese (written without spaces).
bool ContinuesLine(std::string_view prev, char32_t next) {
  if (IsLower(next)) return true;
  if (prev.empty()) return false;
  const char32_t last = DecodeBefore(prev, prev.size(), nullptr).value;
  if (IsHanOrKana(last) && IsHanOrKana(next)) return true;
  const bool comma = last == ',' || last == 0x60C || last == 0x3001 || last == 0xFF0C;
  return comma && IsLetter(next) && !IsUpper(next);
}

// In one-paragraph-per-line text, a line that stops without terminal punctuation and is
// followed by a line that continues it (ContinuesLine) was hard-wrapped: the two are one paragraph.
void JoinWrappedLines(std::string_view text, std::vector<Span>* paragraphs) {
  std::vector<Span> joined;
  for (const Span& p : *paragraphs) {
    if (!joined.empty()) {
      const std::string_view prev = View(text, joined.back());
      if (!EndsWithTerminal(prev) && ContinuesLine(prev, DecodeAt(text, p.start).value)) {
        joined.back().end = p.end;
        continue;
      }
    }
    joined.push_back(p);
  }
  paragraphs->swap(joined);
}

}  // namespace

Span Trim(std::string_view text, Span span) {
  while (span.start < span.end) {
    const CodePoint c = DecodeAt(text, span.start);
    if (!IsSpace(c.value) || span.start + static_cast<size_t>(c.length) > span.end) break;
    span.start += static_cast<size_t>(c.length);
  }
  while (span.end > span.start) {
    size_t start = 0;
    const CodePoint c = DecodeBefore(text, span.end, &start);
    if (!IsSpace(c.value) || start < span.start) break;
    span.end = start;
  }
  return span;
}

Document ParseDocument(std::string_view text, bool detect_headline) {
  Document doc;
  std::vector<Span> lines = SplitLines(text, {0, text.size()});
  size_t first_body_line = 0;

  // Aggregator header: title, YYYYMMDD, URL (blank lines between them are tolerated).
  std::vector<size_t> non_blank;
  for (size_t i = 0; i < lines.size() && non_blank.size() < 3; ++i) {
    if (!Trim(text, lines[i]).empty()) non_blank.push_back(i);
  }
  if (non_blank.size() == 3) {
    const std::string_view title = View(text, Trim(text, lines[non_blank[0]]));
    const std::string_view date = View(text, Trim(text, lines[non_blank[1]]));
    const std::string_view url = View(text, Trim(text, lines[non_blank[2]]));
    if (IsAllDigits(date, 8) && LooksLikeUrl(url) && title.size() <= 400) {
      doc.title = std::string(title);
      doc.date = std::string(date);
      doc.url = std::string(url);
      first_body_line = non_blank[2] + 1;
    }
  }

  // Paragraphs are separated by blank lines; a text without any blank line (one paragraph per
  // line, as aggregators and many pastes deliver it) gets one paragraph per line.
  // Only a blank line between two lines of content counts (not trailing or leading ones).
  bool has_blank_line = false;
  bool seen_content = false;
  bool blank_after_content = false;
  for (size_t i = first_body_line; i < lines.size(); ++i) {
    const bool blank = Trim(text, lines[i]).empty();
    if (blank && seen_content) blank_after_content = true;
    if (!blank) {
      if (blank_after_content) has_blank_line = true;
      seen_content = true;
    }
  }
  Span current{0, 0};
  bool open = false;
  auto flush = [&]() {
    if (open) {
      const Span trimmed = Trim(text, current);
      if (!trimmed.empty()) doc.paragraphs.push_back(trimmed);
    }
    open = false;
  };
  for (size_t i = first_body_line; i < lines.size(); ++i) {
    const bool blank = Trim(text, lines[i]).empty();
    if (blank || !has_blank_line) {
      if (!blank) {
        current = lines[i];
        open = true;
      }
      flush();
      continue;
    }
    if (!open) current.start = lines[i].start;
    current.end = lines[i].end;
    open = true;
  }
  flush();
  if (!has_blank_line) JoinWrappedLines(text, &doc.paragraphs);

  // A headline: no header title, a first paragraph that is one short line without terminal
  // punctuation, followed by more text. It becomes the title, not a sentence.
  if (detect_headline && doc.title.empty() && doc.paragraphs.size() >= 2) {
    const std::string_view first = View(text, doc.paragraphs.front());
    const bool one_line =
        first.find('\n') == std::string_view::npos && first.find('\r') == std::string_view::npos;
    const size_t words = static_cast<size_t>(std::count(first.begin(), first.end(), ' ')) + 1;
    if (one_line && first.size() <= 200 && words >= 2 && words <= 20 && !EndsWithTerminal(first)) {
      doc.title = std::string(first);
      doc.paragraphs.erase(doc.paragraphs.begin());
    }
  }
  return doc;
}

}  // namespace precis::text
