// Embind adapter for the article reader alone (precis::ExtractArticle), built to JavaScript for
// the extension's page-side extraction (see wasm/CMakeLists.txt): HTML in, the extracted
// article's JSON (or {"error"}) out.
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <string>

#include "precis/extract.h"

namespace {

std::string ExtractJson(const std::string& html) {
  const auto article = precis::ExtractArticle(html);
  if (!article.ok()) {
    return nlohmann::json{{"error", article.status().message()}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return precis::ExtractedArticleToJson(article.value());
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis_reader) { emscripten::function("extractJson", &ExtractJson); }
