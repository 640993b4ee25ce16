// Précis: extractive summary, entities and keyphrases of one article, offline.
//
//   #include "precis/precis.h"
//   precis::Options options;
//   options.sentences = 3;
//   precis::StatusOr<precis::Result> result = precis::Summarize(article_text, options);
//   if (result.ok()) std::cout << precis::ResultToJson(result.value());
//
// Input is plain text, the aggregator format (title line, YYYYMMDD date line, URL line, body), or
// an HTML page, which is read for its article first (see extract.h).
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include <memory>
#include <string>
#include <string_view>

#include "precis/extract.h"
#include "precis/options.h"
#include "precis/result.h"
#include "precis/status.h"

namespace precis {

inline constexpr const char* kVersion = "0.1.0";

StatusOr<Result> Summarize(std::string_view text, const Options& options);

// What the summarizer reads from an input, for a person to see and edit: for an HTML page its
// article (ExtractArticle) as plain text, blocks separated by blank lines, with Markdown marks
// that keep the roles never summarized ("## " headings, "- " list items, "Caption: "), and its
// title; other input unchanged. The page uses it to show an opened .html file as text.
struct PlainText {
  std::string title;
  std::string text;
};
PlainText ToPlainText(std::string_view input);

// Names (people, organizations, places, other) come from a trained model that builds carry
// built in, except the web page's wasm: it starts without one, so the page is ready sooner, and
// loads core/models/ner_en.model afterwards. LoadNameModel makes `bytes` (a model file) the model
// for every later Prepare or Summarize; articles prepared before keep their names. On an error
// (a damaged file) the current model stays. Not to be called while another thread summarizes.
Status LoadNameModel(std::string_view bytes);
// Whether names are found at all: a model is built in or was loaded.
bool HasNameModel();

// The work on one article that no length or algorithm changes: structure, sentences, tokens,
// language, names. A page that re-summarizes on every slider move prepares once and then pays
// only for ranking and selection:
//
//   StatusOr<Article> article = Article::Prepare(text, options);   // title, language used here
//   StatusOr<Result> r = article.value().Summarize(new_options);   // budget and algorithm only
class Article {
 public:
  static StatusOr<Article> Prepare(std::string text, const Options& options);
  // `options.title`, `options.language` and `options.page_language` are ignored: Prepare fixed
  // them.
  StatusOr<Result> Summarize(const Options& options) const;
  const std::string& text() const;
  const std::string& title_option() const;
  const std::string& language_option() const;
  const std::string& page_language_option() const;

  struct State;

 private:
  explicit Article(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace precis

#endif  // PRECIS_PRECIS_H_
