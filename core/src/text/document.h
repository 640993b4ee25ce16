// Reads the structure of an input text: an optional aggregator header (title line, YYYYMMDD date
// line, URL line), a headline line, and the body's paragraphs. Every span is a byte range of the
// ORIGINAL text, so nothing is copied or rewritten and offsets stay exact.
//
//   Document doc = ParseDocument(text);
//   for (const Span& p : doc.paragraphs) Use(text.substr(p.start, p.end - p.start));
#ifndef PRECIS_TEXT_DOCUMENT_H_
#define PRECIS_TEXT_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
};

struct Document {
  std::string title;  // from the header or a headline line; empty if none
  std::string date;   // YYYYMMDD from an aggregator header
  std::string url;
  std::vector<Span> paragraphs;  // trimmed, non-empty, in order
};

// `detect_headline`: take a short unpunctuated first line as the title (off for bare sentences).
Document ParseDocument(std::string_view text, bool detect_headline = true);

// `span` without leading and trailing white space (Unicode spaces included).
Span Trim(std::string_view text, Span span);

}  // namespace precis::text

#endif  // PRECIS_TEXT_DOCUMENT_H_
