// Result <-> JSON with nlohmann_json. Field names follow docs/ARCHITECTURE.md (camelCase where
// the contract says so: readingMinutes, summaryWords).
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

#include "precis/result.h"

#include "json_text.h"

namespace precis {
namespace {

// ordered_json keeps the contract's field order, which makes the output readable.
using json = nlohmann::ordered_json;

constexpr std::array<std::string_view, 9> kTypeNames = {
    "PERSON", "ORG", "LOCATION", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"};

double Round(double x, double scale = 10000.0) { return std::round(x * scale) / scale; }

json ToJson(const Result& r) {
  json j;
  j["version"] = r.version;
  j["offsets"] = r.offsets;
  j["language"] = r.language;
  j["languageSource"] = r.language_source;
  j["title"] = r.title;
  j["stats"] = {{"characters", r.stats.characters},
                {"words", r.stats.words},
                {"sentences", r.stats.sentences},
                {"readingMinutes", Round(r.stats.reading_minutes, 10.0)},
                {"summaryWords", r.stats.summary_words}};
  json paragraphs = json::array();
  for (const Paragraph& p : r.paragraphs)
    paragraphs.push_back({{"start", p.start}, {"end", p.end}});
  j["paragraphs"] = std::move(paragraphs);
  json sentences = json::array();
  for (const Sentence& s : r.sentences) {
    sentences.push_back({{"start", s.start},
                         {"end", s.end},
                         {"text", s.text},
                         {"score", Round(s.score)},
                         {"rank", s.rank},
                         {"selected", s.selected},
                         {"boilerplate", s.boilerplate},
                         {"role", s.role}});
  }
  j["sentences"] = std::move(sentences);
  j["summary"] = r.summary;
  json entities = json::array();
  for (const Entity& e : r.entities) {
    entities.push_back({{"start", e.start},
                        {"end", e.end},
                        {"text", e.text},
                        {"type", EntityTypeName(e.type)},
                        {"group", e.group}});
  }
  j["entities"] = std::move(entities);
  json groups = json::array();
  for (const Group& g : r.groups) {
    groups.push_back({{"name", g.name},
                      {"type", EntityTypeName(g.type)},
                      {"mentions", g.mentions},
                      {"salience", Round(g.salience)}});
  }
  j["groups"] = std::move(groups);
  json keyphrases = json::array();
  for (const Keyphrase& k : r.keyphrases) {
    keyphrases.push_back({{"text", k.text}, {"score", Round(k.score)}});
  }
  j["keyphrases"] = std::move(keyphrases);
  j["warnings"] = r.warnings;
  return j;
}

template <typename T>
bool Read(const json& j, const char* key, T* out) {
  auto it = j.find(key);
  if (it == j.end()) return false;
  *out = it->get<T>();
  return true;
}

}  // namespace

std::string_view EntityTypeName(EntityType type) { return kTypeNames[static_cast<size_t>(type)]; }

StatusOr<EntityType> ParseEntityType(std::string_view name) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == name) return static_cast<EntityType>(i);
  }
  return Status::InvalidArgument("unknown entity type '" + std::string(name) + "'");
}

std::string ResultToJson(const Result& result, int indent) {
  return JsonText(ToJson(result), indent);
}

StatusOr<Result> ResultFromJson(std::string_view json_text) {
  const json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("not a JSON object");
  for (const char* key :
       {"paragraphs", "sentences", "summary", "entities", "groups", "keyphrases", "warnings"}) {
    if (j.contains(key) && !j[key].is_array()) {
      return Status::InvalidArgument(std::string("malformed result JSON: \"") + key +
                                     "\" is not an array");
    }
  }
  Result r;
  // nlohmann's get<T>() throws on a type mismatch; keep that inside this function.
  try {
    Read(j, "version", &r.version);
    Read(j, "offsets", &r.offsets);
    Read(j, "language", &r.language);
    Read(j, "languageSource", &r.language_source);
    Read(j, "title", &r.title);
    if (auto it = j.find("stats"); it != j.end()) {
      Read(*it, "characters", &r.stats.characters);
      Read(*it, "words", &r.stats.words);
      Read(*it, "sentences", &r.stats.sentences);
      Read(*it, "readingMinutes", &r.stats.reading_minutes);
      Read(*it, "summaryWords", &r.stats.summary_words);
    }
    for (const json& p : j.value("paragraphs", json::array())) {
      r.paragraphs.push_back({p.at("start").get<size_t>(), p.at("end").get<size_t>()});
    }
    for (const json& s : j.value("sentences", json::array())) {
      Sentence out;
      Read(s, "start", &out.start);
      Read(s, "end", &out.end);
      Read(s, "text", &out.text);
      Read(s, "score", &out.score);
      Read(s, "rank", &out.rank);
      Read(s, "selected", &out.selected);
      Read(s, "boilerplate", &out.boilerplate);
      Read(s, "role", &out.role);
      r.sentences.push_back(std::move(out));
    }
    Read(j, "summary", &r.summary);
    for (const json& e : j.value("entities", json::array())) {
      Entity out;
      Read(e, "start", &out.start);
      Read(e, "end", &out.end);
      Read(e, "text", &out.text);
      Read(e, "group", &out.group);
      StatusOr<EntityType> type = ParseEntityType(e.value("type", ""));
      if (!type.ok()) return type.status();
      out.type = type.value();
      r.entities.push_back(std::move(out));
    }
    for (const json& g : j.value("groups", json::array())) {
      Group out;
      Read(g, "name", &out.name);
      Read(g, "mentions", &out.mentions);
      Read(g, "salience", &out.salience);
      StatusOr<EntityType> type = ParseEntityType(g.value("type", ""));
      if (!type.ok()) return type.status();
      out.type = type.value();
      r.groups.push_back(std::move(out));
    }
    for (const json& k : j.value("keyphrases", json::array())) {
      r.keyphrases.push_back({k.value("text", ""), k.value("score", 0.0)});
    }
    Read(j, "warnings", &r.warnings);
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("malformed result JSON: ") + e.what());
  }
  return r;
}

}  // namespace precis
