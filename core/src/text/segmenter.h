// Splits a paragraph into sentences: terminal punctuation (Latin, CJK, Devanagari, Arabic,
// Armenian, Burmese, Ethiopic, Greek) decided against abbreviations (also spaced ones, "z. B."),
// initials, numbers, ellipses, closing quotes and brackets, URLs and e-mail addresses; list items,
// line-broken headings and lines ending in a colon become their own sentences. Sentences longer than kMaxSentenceBytes are cut at a space so that text without any
// punctuation still yields usable pieces.
//
//   std::vector<Span> sentences = SegmentParagraph(text, paragraph_span);
#ifndef PRECIS_TEXT_SEGMENTER_H_
#define PRECIS_TEXT_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace precis::text {

inline constexpr size_t kMaxSentenceBytes = 1500;

struct SegmentInfo {
  size_t forced_cuts = 0;  // sentences cut because they exceeded kMaxSentenceBytes
};

// `language` (ISO 639-1) adds that language's abbreviations to the English ones.
std::vector<Span> SegmentParagraph(std::string_view text, Span paragraph,
                                   SegmentInfo* info = nullptr, std::string_view language = "en");

// The text of sentence `s` as a reader sees it: a line break between two Chinese or Japanese
// characters (a hard wrap in a script without spaces) is dropped; everything else is kept.
std::string SentenceText(std::string_view text, Span s);

// Convenience for tests and tools: every paragraph of a plain text (no header or headline
// detection), sentences as SentenceText gives them.
std::vector<std::string> SplitSentences(std::string_view text, std::string_view language = "en");

}  // namespace precis::text

#endif  // PRECIS_TEXT_SEGMENTER_H_
