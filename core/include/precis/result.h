// The Result of summarizing one text: the contract shared by the CLI's JSON and the JS API
// (see docs/ARCHITECTURE.md). Offsets are UTF-8 byte offsets into the original input; the wasm
// wrapper converts them to UTF-16 indices in one place.
//
//   std::string json = precis::ResultToJson(result);        // compact, one line
//   precis::StatusOr<precis::Result> back = precis::ResultFromJson(json);
#ifndef PRECIS_RESULT_H_
#define PRECIS_RESULT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

enum class EntityType { kPerson, kOrg, kLocation, kMisc, kDate, kTime, kMoney, kPercent, kQuantity };

std::string_view EntityTypeName(EntityType type);  // "PERSON", "ORG", ...
StatusOr<EntityType> ParseEntityType(std::string_view name);

struct Stats {
  size_t characters = 0;  // Unicode code points of the input
  size_t words = 0;
  size_t sentences = 0;
  double reading_minutes = 0.0;
  size_t summary_words = 0;
};

struct Paragraph {
  size_t start = 0;
  size_t end = 0;
};

struct Sentence {
  size_t start = 0;
  size_t end = 0;
  std::string text;
  double score = 0.0;
  int rank = 0;  // 1 = best; boilerplate sentences are ranked after all others
  bool selected = false;
  bool boilerplate = false;
  // What the sentence is: "body", "quote" (the only ones ever summarized), "heading",
  // "caption", "list-item", "byline", "dateline" or "boilerplate".
  std::string role = "body";
};

struct Entity {
  size_t start = 0;
  size_t end = 0;
  std::string text;
  EntityType type = EntityType::kMisc;
  int group = -1;  // index into Result::groups
};

struct Group {
  std::string name;
  EntityType type = EntityType::kMisc;
  int mentions = 0;
  double salience = 0.0;
};

struct Keyphrase {
  std::string text;
  double score = 0.0;
};

struct Result {
  int version = 1;
  std::string offsets = "utf8";
  std::string language;
  // "given" when the caller's options named it, "page" when the page's declaration held
  // (Options.page_language or an HTML input's <html lang>), else "detected".
  std::string language_source = "detected";
  std::string title;
  Stats stats;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<int> summary;  // indices into sentences, document order
  std::vector<Entity> entities;
  std::vector<Group> groups;
  std::vector<Keyphrase> keyphrases;
  std::vector<std::string> warnings;
};

// Compact JSON (indent < 0) or pretty-printed. Invalid UTF-8 in texts becomes U+FFFD.
std::string ResultToJson(const Result& result, int indent = -1);
// `text` as a JSON string literal, escaped as every string of the Result JSON (for callers that
// wrap a message or a text in JSON of their own, such as the wasm bindings).
std::string JsonString(std::string_view text);
StatusOr<Result> ResultFromJson(std::string_view json_text);

}  // namespace precis

#endif  // PRECIS_RESULT_H_
