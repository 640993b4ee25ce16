// Embind adapters for the core: text + options JSON in, Result JSON (or {"error"}) out, with a
// one-article cache of the budget-independent work.
// The JS wrapper (precis.js) parses it, converts offsets to UTF-16 and throws on "error".
#include <emscripten/bind.h>

#include <optional>
#include <string>

#include "precis/precis.h"

namespace {

// JSON written with the core's writer (precis::JsonString), not nlohmann's: the page's wasm then
// links no JSON serializer besides the Result's own.
std::string ErrorJson(const std::string& message) {
  return "{\"error\":" + precis::JsonString(message) + "}";
}

// The last article prepared, so a new length or algorithm for the same text (the page's slider)
// skips parsing, tokens and names. One article only: memory stays bounded.
std::optional<precis::Article> last_article;

std::string SummarizeJson(const std::string& text, const std::string& options_json) {
  const auto options = precis::ParseOptionsJson(options_json);
  if (!options.ok()) return ErrorJson(options.status().message());
  if (!last_article || last_article->text() != text ||
      last_article->title_option() != options.value().title ||
      last_article->language_option() != options.value().language ||
      last_article->page_language_option() != options.value().page_language) {
    last_article.reset();  // free the old article before preparing a new one
    auto prepared = precis::Article::Prepare(text, options.value());
    if (!prepared.ok()) return ErrorJson(prepared.status().message());
    last_article = std::move(prepared).value();
  }
  const auto result = last_article->Summarize(options.value());
  if (!result.ok()) return ErrorJson(result.status().message());
  return precis::ResultToJson(result.value());
}

std::string PlainTextJson(const std::string& input) {
  const precis::PlainText plain = precis::ToPlainText(input);
  return "{\"title\":" + precis::JsonString(plain.title) + ",\"text\":" +
         precis::JsonString(plain.text) + "}";
}

// The page's wasm has no built-in name model: the worker passes the model file's bytes here once
// the module runs. "" when loaded, else why not. The cached article's names are stale: dropped.
std::string LoadNameModel(const std::string& bytes) {
  const precis::Status status = precis::LoadNameModel(bytes);
  if (!status.ok()) return status.message();
  last_article.reset();
  return "";
}

bool HasNameModel() { return precis::HasNameModel(); }

// Drops the cached article (its text and analysis) to give the memory back.
void Forget() { last_article.reset(); }

std::string Version() { return precis::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("summarizeJson", &SummarizeJson);
  emscripten::function("version", &Version);
  emscripten::function("forget", &Forget);
  emscripten::function("plainTextJson", &PlainTextJson);
  emscripten::function("loadNameModel", &LoadNameModel);
  emscripten::function("hasNameModel", &HasNameModel);
}
