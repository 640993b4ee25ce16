// The text analysis every output builds on: an HTML page reduced to its article, structure,
// language, sentences with their roles (body, heading, caption, list item, quote, byline,
// dateline, boilerplate), tokens, and the rankers' view of them (SentenceTerms).
// Summarize() continues from here; the CLI's `features` command (ranker training) reads it too.
//
//   StatusOr<Analysis> a = Analyze(input, options);
//   if (a.ok()) for (const text::Span& s : a.value().spans) Use(a.value().body().substr(...));
#ifndef PRECIS_ANALYSIS_H_
#define PRECIS_ANALYSIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "precis/options.h"
#include "precis/status.h"
#include "rank/sentence_terms.h"
#include "text/document.h"
#include "text/article.h"
#include "text/roles.h"
#include "text/tokenizer.h"

namespace precis {

struct Analysis {
  std::string_view input;
  std::optional<text::ArticlePage> article;  // set when the input was HTML
  text::Document doc;
  std::string title;
  std::string language;
  // "given" (options.language named it), "page" (the page's declaration, see
  // text::ChooseLanguage) or "detected".
  std::string language_source = "detected";
  std::vector<std::string> warnings;
  std::vector<text::Span> spans;  // sentences, offsets into body()
  std::vector<int> paragraph_of;
  std::vector<text::Role> roles;   // per sentence
  std::vector<bool> boilerplate;  // per sentence: role == boilerplate
  std::vector<std::vector<text::Token>> tokens;
  std::vector<text::Token> title_tokens;
  size_t words = 0;
  rank::SentenceTerms terms;

  // The text all spans point into: the input, or the text of an HTML input.
  std::string_view body() const { return article ? std::string_view(article->text.text) : input; }
  bool english() const { return language == "en" || language == "und"; }
};

// The size limit's error (kMaxInputBytes), or OK.
Status CheckInputSize(size_t bytes);

// Fails on invalid options, input over the size limit, or input without any sentence.
StatusOr<Analysis> Analyze(std::string_view input, const Options& options);

}  // namespace precis

#endif  // PRECIS_ANALYSIS_H_
