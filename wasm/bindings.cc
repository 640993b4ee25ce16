// Embind adapters for the core: text + options JSON in, Result JSON (or {"error"}) out.
// The JS wrapper (precis.js) parses it, converts offsets to UTF-16 and throws on "error".
#include <emscripten/bind.h>

#include <nlohmann/json.hpp>
#include <string>

#include "precis/precis.h"

namespace {

std::string ErrorJson(const std::string& message) {
  return nlohmann::json{{"error", message}}.dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace);
}

std::string SummarizeJson(const std::string& text, const std::string& options_json) {
  const auto options = precis::ParseOptionsJson(options_json);
  if (!options.ok()) return ErrorJson(options.status().message());
  const auto result = precis::Summarize(text, options.value());
  if (!result.ok()) return ErrorJson(result.status().message());
  return precis::ResultToJson(result.value());
}

std::string Version() { return precis::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("summarizeJson", &SummarizeJson);
  emscripten::function("version", &Version);
}
