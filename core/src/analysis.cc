#include "analysis.h"

#include <algorithm>
#include <utility>

#include "rank/select.h"
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

// Every line (between line breaks) of the paragraphs, trimmed, in order.
std::vector<text::Span> Lines(std::string_view body, const std::vector<text::Span>& paragraphs) {
  std::vector<text::Span> lines;
  for (const text::Span& p : paragraphs) {
    size_t start = p.start;
    for (size_t i = p.start; i <= p.end; ++i) {
      if (i == p.end || body[i] == '\n' || body[i] == '\r') {
        const text::Span line = text::Trim(body, {start, i});
        if (!line.empty()) lines.push_back(line);
        start = i + 1;
      }
    }
  }
  return lines;
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

// A paragraph at least half of whose sentences are boilerplate is furniture as a whole: a
// comment box's rules run as one paragraph ("Guidelines: Fan feedback should be within the
// guidelines… Please keep your comments relevant… Use the "Report" link…") where only some
// sentences name themselves. Only sentences of three words or more count (a stray "?" is no notice), and
// there must be three of them, so one notice beside one sentence of text decides nothing.
void MarkMostlyBoilerplateParagraphs(std::string_view body, Analysis& a) {
  const auto counts = [&](size_t i) {
    size_t words = 0;
    bool in_word = false;
    for (char c : body.substr(a.spans[i].start, a.spans[i].size())) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words >= 3;
  };
  for (size_t first = 0; first < a.spans.size();) {
    size_t end = first;
    size_t n = 0;
    size_t marked = 0;
    for (; end < a.spans.size() && a.paragraph_of[end] == a.paragraph_of[first]; ++end) {
      if (!counts(end)) continue;
      ++n;
      marked += a.boilerplate[end] ? 1 : 0;
    }
    if (n >= 3 && marked * 2 >= n) {
      for (size_t i = first; i < end; ++i) {
        a.roles[i] = text::Role::kBoilerplate;
        a.boilerplate[i] = true;
      }
    }
    first = end;
  }
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
  // An HTML page is reduced to its article; all spans point into body() and are mapped back to
  // the page's bytes at the end. Its blocks are the paragraphs, with the roles the page gives.
  std::vector<text::Role> paragraph_roles;
  if (text::LooksLikeHtml(input)) {
    a.article = text::ReadArticle(input);
    for (const text::ArticleBlock& b : a.article->blocks) {
      const text::Span span = text::Trim(a.article->text.text, {b.start, b.end});
      if (span.empty()) continue;
      a.doc.paragraphs.push_back(span);
      paragraph_roles.push_back(b.role);
    }
    if (!a.article->found_article) {
      a.warnings.push_back("no article found in the page: all of its visible text is used");
    }
  } else {
    a.doc = text::ParseDocument(input);
    paragraph_roles.assign(a.doc.paragraphs.size(), text::Role::kBody);
  }
  const std::string_view body = a.body();
  a.title = !options.title.empty() ? options.title
            : !a.doc.title.empty() ? a.doc.title
            : a.article            ? a.article->title
                                   : std::string();
  const bool read_as_single_byte = a.article && a.article->charset != text::Charset::kUtf8;
  if (!read_as_single_byte && HasInvalidUtf8(input)) {
    a.warnings.push_back("the input is not valid UTF-8; invalid bytes are shown as U+FFFD");
  }

  // Boilerplate paragraphs, then the language of the rest: segmentation depends on it.
  // (A one-line paragraph is judged as a line below: "By Jane Doe" is a byline, "Image
  // copyright Reuters" a caption, not just boilerplate.)
  std::vector<bool> paragraph_boilerplate;
  for (size_t p = 0; p < a.doc.paragraphs.size(); ++p) {
    const std::string_view para = body.substr(a.doc.paragraphs[p].start, a.doc.paragraphs[p].size());
    const bool one_line = para.find_first_of("\n\r") == std::string_view::npos;
    paragraph_boilerplate.push_back(paragraph_roles[p] == text::Role::kBoilerplate ||
                                    (!one_line && text::IsBoilerplate(para)));
  }
  // Validated above (ValidateOptions), so the given code is supported.
  // Otherwise the page's declaration (the caller's, else the HTML input's own <html lang>) as
  // far as the text agrees.
  const StatusOr<std::string> given = ParseLanguage(options.language);
  if (given.ok() && !given.value().empty()) {
    a.language = given.value();
    a.language_source = "given";
  } else {
    StatusOr<std::string> declared = ParseLanguage(options.page_language);
    if (options.page_language.empty() && a.article) declared = ParseLanguage(a.article->language);
    const text::LanguageChoice choice =
        text::ChooseLanguage(declared.ok() ? declared.value() : std::string(),
                             LanguageSample(body, a.doc.paragraphs, paragraph_boilerplate));
    a.language = choice.code;
    a.language_source = choice.declared ? "page" : "detected";
  }

  // Sentences, with their paragraph and role.
  text::SegmentInfo segment_info;
  const std::vector<text::Span> lines = Lines(body, a.doc.paragraphs);
  size_t line = 0;
  for (size_t p = 0; p < a.doc.paragraphs.size(); ++p) {
    const text::Span para = a.doc.paragraphs[p];
    for (const text::Span& s : text::SegmentParagraph(body, para, &segment_info, a.language)) {
      while (line + 1 < lines.size() && lines[line].end <= s.start) ++line;
      text::Role role = paragraph_roles[p];
      if (paragraph_boilerplate[p]) {
        role = text::Role::kBoilerplate;
      } else if (role == text::Role::kBody) {
        // A sentence that is a whole line is judged as a line (headings, list items, captions
        // have no sentence of their own to hide in); one inside running text as a sentence.
        const text::Span l = lines[line];
        if (l.start == s.start && l.end == s.end) {
          text::LineContext context;
          context.own_paragraph = para.start == s.start && para.end == s.end;
          context.prev_line = line > 0 ? body.substr(lines[line - 1].start, lines[line - 1].size())
                                       : std::string_view();
          context.next_line = line + 1 < lines.size()
                                  ? body.substr(lines[line + 1].start, lines[line + 1].size())
                                  : std::string_view();
          context.first_in_text = a.spans.empty();
          role = text::LineRole(body.substr(s.start, s.size()), context);
        } else {
          role = text::SentenceRole(
              body.substr(s.start, s.size()), role,
              a.spans.empty() ? std::string_view()
                              : body.substr(a.spans.back().start, a.spans.back().size()));
        }
      }
      a.spans.push_back(s);
      a.paragraph_of.push_back(static_cast<int>(p));
      a.roles.push_back(role);
      a.boilerplate.push_back(role == text::Role::kBoilerplate);
    }
  }
  MarkMostlyBoilerplateParagraphs(body, a);
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
                         a.language + "' (" + a.language_source +
                         "): the summary and numbers work");
  }

  a.tokens.resize(a.spans.size());
  std::vector<std::string_view> texts(a.spans.size());
  for (size_t i = 0; i < a.spans.size(); ++i) {
    a.tokens[i] = text::Tokenize(body, a.spans[i], a.language);
    texts[i] = body.substr(a.spans[i].start, a.spans[i].size());
    for (const text::Token& t : a.tokens[i]) {
      if (t.number) continue;
      ++a.words;
    }
  }
  a.title_tokens = text::Tokenize(a.title, {0, a.title.size()}, a.language);
  // Only body text and quotations are summarized; a text with none of them (a list, a page of
  // headings) is summarized from everything but its boilerplate.
  std::vector<bool> excluded(a.spans.size());
  bool any_summarizable = false;
  for (size_t i = 0; i < a.spans.size(); ++i) {
    excluded[i] = !text::IsSummarizable(a.roles[i]);
    any_summarizable = any_summarizable || !excluded[i];
  }
  if (!any_summarizable) excluded = a.boilerplate;
  a.terms = rank::BuildSentenceTerms(texts, a.tokens, a.paragraph_of, excluded, a.title_tokens,
                                     a.language);
  a.terms.weak.resize(a.spans.size());
  // The text's first sentence may open with a label: a dateline ("Bangalore: A young girl…").
  const auto first = std::find(excluded.begin(), excluded.end(), false) - excluded.begin();
  const std::vector<bool> interviewer = text::InterviewerTurns(texts, a.paragraph_of);
  for (size_t i = 0; i < a.spans.size(); ++i) {
    a.terms.weak[i] =
        text::ReadableWords(texts[i]) < rank::kMinSummaryWords ||
        !text::EndsLikeSentence(texts[i], a.language) || !text::StartsLikeSentence(texts[i]) ||
        text::AddressesTheReader(texts[i], a.language) || a.terms.quote_continues[i] ||
        (static_cast<ptrdiff_t>(i) != first && text::OpensWithLabel(texts[i], a.language)) ||
        text::OpensWithNameThenPronoun(texts[i], a.language) || interviewer[i] ||
        text::IsListOfNames(texts[i]);
  }
  return a;
}

}  // namespace precis
