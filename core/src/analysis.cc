#include "analysis.h"

#include <algorithm>
#include <utility>

#include "text/boilerplate.h"
#include "text/language.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace precis {
namespace {

// Up to kLanguageSampleBytes of article text (boilerplate skipped) for language detection.
std::string LanguageSample(std::string_view body, const std::vector<text::Span>& paragraphs,
                           const std::vector<bool>& boilerplate) {
  constexpr size_t kLanguageSampleBytes = 6000;
  std::string sample;
  for (size_t i = 0; i < paragraphs.size() && sample.size() < kLanguageSampleBytes; ++i) {
    if (boilerplate[i]) continue;
    sample.append(
        body.substr(paragraphs[i].start, std::min(paragraphs[i].size(), kLanguageSampleBytes)));
    sample.push_back(' ');
  }
  return sample;
}

bool HasInvalidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const text::CodePoint c = text::DecodeAt(text, i);
    if (c.value == text::kReplacement && !(c.length == 3 && text.substr(i, 3) == "\xEF\xBF\xBD")) {
      return true;
    }
    i += static_cast<size_t>(c.length);
  }
  return false;
}

}  // namespace

Status CheckInputSize(size_t bytes) {
  if (bytes <= kMaxInputBytes) return Status::Ok();
  return Status::InvalidArgument("input is " + std::to_string(bytes / (1024 * 1024)) +
                                 " MB; the limit is " +
                                 std::to_string(kMaxInputBytes / (1024 * 1024)) + " MB");
}

StatusOr<Analysis> Analyze(std::string_view input, const Options& options) {
  Status valid = ValidateOptions(options);
  if (!valid.ok()) return valid;
  if (Status size = CheckInputSize(input.size()); !size.ok()) return size;
  Analysis a;
  a.input = input;
  // HTML is reduced to its text; all spans point into body() and are mapped back at the end.
  if (text::LooksLikeHtml(input)) a.html = text::HtmlToText(input);
  const std::string_view body = a.body();

  a.doc = text::ParseDocument(body);
  a.title = !options.title.empty() ? options.title
            : !a.doc.title.empty() ? a.doc.title
            : a.html               ? a.html->title
                                   : std::string();
  if (HasInvalidUtf8(input)) {
    a.warnings.push_back("the input is not valid UTF-8; invalid bytes are shown as U+FFFD");
  }

  // Boilerplate paragraphs, then the language of the rest: segmentation depends on it.
  std::vector<bool> paragraph_boilerplate;
  for (const text::Span& para : a.doc.paragraphs) {
    paragraph_boilerplate.push_back(text::IsBoilerplate(body.substr(para.start, para.size())));
  }
  // Validated above (ValidateOptions), so the given code is supported.
  const StatusOr<std::string> given = ParseLanguage(options.language);
  a.language_given = given.ok() && !given.value().empty();
  a.language = a.language_given ? given.value()
                                : text::DetectLanguage(
                                      LanguageSample(body, a.doc.paragraphs, paragraph_boilerplate));

  // Sentences, with their paragraph and boilerplate marks.
  text::SegmentInfo segment_info;
  for (size_t p = 0; p < a.doc.paragraphs.size(); ++p) {
    const text::Span para = a.doc.paragraphs[p];
    for (const text::Span& s : text::SegmentParagraph(body, para, &segment_info, a.language)) {
      a.spans.push_back(s);
      a.paragraph_of.push_back(static_cast<int>(p));
      a.boilerplate.push_back(paragraph_boilerplate[p] ||
                              text::IsBoilerplate(body.substr(s.start, s.size())));
    }
  }
  if (segment_info.forced_cuts > 0) {
    a.warnings.push_back(
        "some text has no sentence punctuation; it was cut into pieces of at most " +
        std::to_string(text::kMaxSentenceBytes) + " bytes");
  }
  if (a.spans.empty()) {
    return Status::InvalidArgument(input.empty() ? "the input is empty"
                                                 : "the input has no text to summarize (only "
                                                   "white space or a header)");
  }
  if (!a.english()) {
    a.warnings.push_back(std::string("names (people, organizations, places) are only recognised in "
                                     "English; this text is in '") +
                         a.language + "' (" + (a.language_given ? "given" : "detected") +
                         "): the summary and numbers work");
  }

  a.tokens.resize(a.spans.size());
  std::vector<bool> quoted(a.spans.size());
  for (size_t i = 0; i < a.spans.size(); ++i) {
    a.tokens[i] = text::Tokenize(body, a.spans[i], a.language);
    const std::string_view s = body.substr(a.spans[i].start, a.spans[i].size());
    quoted[i] = s.find('"') != std::string_view::npos ||
                s.find("\xE2\x80\x9C") != std::string_view::npos || s.starts_with('\'') ||
                s.starts_with("\xE2\x80\x98");
    for (const text::Token& t : a.tokens[i]) {
      if (t.number) continue;
      ++a.words;
    }
  }
  a.title_tokens = text::Tokenize(a.title, {0, a.title.size()}, a.language);
  a.terms =
      rank::BuildSentenceTerms(a.tokens, a.paragraph_of, a.boilerplate, a.title_tokens, quoted);
  return a;
}

}  // namespace precis
