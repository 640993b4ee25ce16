// The pipeline, in order: structure -> sentences -> tokens -> scores -> selection -> entities ->
// keyphrases -> Result. Every span is a byte offset into the caller's original text.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_set>

#include "entities/groups.h"
#include "entities/names.h"
#include "entities/rules.h"
#include "precis/precis.h"
#include "rank/keyphrases.h"
#include "rank/rankers.h"
#include "rank/select.h"
#include "rank/sentence_terms.h"
#include "text/boilerplate.h"
#include "text/document.h"
#include "text/html.h"
#include "text/language.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace precis {
namespace {

constexpr double kWordsPerMinute = 230.0;
constexpr size_t kMaxKeyphrases = 8;

// Entities of one sentence: numeric rules first; names (English only: capitalisation means
// something else in German, say) where no rule matched.
std::vector<entities::Mention> SentenceMentions(std::string_view text,
                                                const std::vector<text::Token>& tokens,
                                                const std::unordered_set<std::string>& lowercase,
                                                bool english) {
  std::vector<entities::Mention> found = entities::FindNumericEntities(text, tokens);
  if (!english) return found;
  for (const entities::Mention& m : entities::FindNames(text, tokens, lowercase)) {
    const bool overlaps = std::any_of(found.begin(), found.end(), [&](const auto& f) {
      return m.start < f.end && f.start < m.end;
    });
    if (!overlaps) found.push_back(m);
  }
  return found;
}

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

// Spans computed on the text of an HTML page point back into the page's bytes.
void MapToOriginal(const text::HtmlText& html, Result* r) {
  auto map = [&](auto& span) {
    const size_t start = html.OriginalStart(span.start);
    span.end = span.end > span.start ? html.OriginalEnd(span.end) : start;
    span.start = start;
  };
  for (auto& p : r->paragraphs) map(p);
  for (auto& s : r->sentences) map(s);
  for (auto& e : r->entities) map(e);
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

StatusOr<Result> Summarize(std::string_view input, const Options& options) {
  Status valid = ValidateOptions(options);
  if (!valid.ok()) return valid;
  if (input.size() > kMaxInputBytes) {
    return Status::InvalidArgument("input is " + std::to_string(input.size() / (1024 * 1024)) +
                                   " MB; the limit is " +
                                   std::to_string(kMaxInputBytes / (1024 * 1024)) + " MB");
  }

  // HTML is reduced to its text; everything below works on `body` and maps spans back at the end.
  std::optional<text::HtmlText> html;
  std::string_view body = input;
  if (text::LooksLikeHtml(input)) {
    html = text::HtmlToText(input);
    body = html->text;
  }

  Result result;
  const text::Document doc = text::ParseDocument(body);
  result.title = !options.title.empty() ? options.title
                 : !doc.title.empty()   ? doc.title
                 : html                 ? html->title
                                        : std::string();
  if (HasInvalidUtf8(input)) {
    result.warnings.push_back("the input is not valid UTF-8; invalid bytes are shown as U+FFFD");
  }

  // Boilerplate paragraphs, then the language of the rest: segmentation depends on it.
  std::vector<bool> paragraph_boilerplate;
  for (const text::Span& para : doc.paragraphs) {
    paragraph_boilerplate.push_back(text::IsBoilerplate(body.substr(para.start, para.size())));
  }
  result.language =
      text::DetectLanguage(LanguageSample(body, doc.paragraphs, paragraph_boilerplate));

  // Sentences, with their paragraph and boilerplate marks.
  std::vector<text::Span> spans;
  std::vector<int> paragraph_of;
  std::vector<bool> boilerplate;
  text::SegmentInfo segment_info;
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const text::Span para = doc.paragraphs[p];
    result.paragraphs.push_back({para.start, para.end});
    const bool para_boilerplate = paragraph_boilerplate[p];
    for (const text::Span& s : text::SegmentParagraph(body, para, &segment_info, result.language)) {
      spans.push_back(s);
      paragraph_of.push_back(static_cast<int>(p));
      boilerplate.push_back(para_boilerplate ||
                            text::IsBoilerplate(body.substr(s.start, s.size())));
    }
  }
  if (segment_info.forced_cuts > 0) {
    result.warnings.push_back(
        "some text has no sentence punctuation; it was cut into pieces of "
        "at most " +
        std::to_string(text::kMaxSentenceBytes) + " bytes");
  }
  if (spans.empty()) {
    return Status::InvalidArgument(input.empty() ? "the input is empty"
                                                 : "the input has no text to summarize (only "
                                                   "white space or a header)");
  }

  const bool english = result.language == "en" || result.language == "und";
  if (!english) {
    result.warnings.push_back("the text looks like language '" + result.language +
                              "': the summary works, names are only recognised in English");
  }

  std::vector<std::vector<text::Token>> tokens(spans.size());
  std::unordered_set<std::string> lowercase_words;
  size_t words = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    tokens[i] = text::Tokenize(body, spans[i], result.language);
    for (const text::Token& t : tokens[i]) {
      if (t.number) continue;
      ++words;
      if (!t.capitalized) lowercase_words.insert(t.folded);
    }
  }
  const std::vector<text::Token> title_tokens =
      text::Tokenize(result.title, {0, result.title.size()}, result.language);

  // Scores, ranks, selection.
  const rank::SentenceTerms terms =
      rank::BuildSentenceTerms(tokens, paragraph_of, boilerplate, title_tokens);
  const std::vector<double> scores = rank::ScoreSentences(terms, options.algorithm);
  result.summary = rank::SelectSentences(terms, scores, options);
  const std::vector<int> order = rank::RankOrder(terms, scores);
  result.sentences.resize(spans.size());
  for (size_t r = 0; r < order.size(); ++r) {
    result.sentences[static_cast<size_t>(order[r])].rank = static_cast<int>(r) + 1;
  }
  for (size_t i = 0; i < spans.size(); ++i) {
    Sentence& s = result.sentences[i];
    s.start = spans[i].start;
    s.end = spans[i].end;
    s.text = std::string(body.substr(s.start, spans[i].size()));
    s.score = scores[i];
    s.boilerplate = boilerplate[i];
  }
  for (int i : result.summary) {
    result.sentences[static_cast<size_t>(i)].selected = true;
    result.stats.summary_words += static_cast<size_t>(terms.words[static_cast<size_t>(i)]);
  }

  // Entities and their groups.
  std::vector<entities::MentionInContext> mentions;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (boilerplate[i]) continue;  // names in navigation and credits are noise, not content
    for (const entities::Mention& m : SentenceMentions(body, tokens[i], lowercase_words, english)) {
      mentions.push_back({m, i, result.sentences[i].selected});
    }
  }
  entities::GroupedEntities grouped =
      entities::GroupMentions(body, std::move(mentions), result.title, spans.size());
  result.entities = std::move(grouped.entities);
  result.groups = std::move(grouped.groups);

  for (const auto& k : rank::ExtractKeyphrases(body, tokens, boilerplate, kMaxKeyphrases)) {
    result.keyphrases.push_back({k.text, k.score});
  }

  if (html) MapToOriginal(*html, &result);
  result.stats.characters = text::CountCodePoints(body);
  result.stats.words = words;
  result.stats.sentences = spans.size();
  result.stats.reading_minutes = static_cast<double>(words) / kWordsPerMinute;
  return result;
}

}  // namespace precis
