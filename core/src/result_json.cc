// Result -> JSON with json_writer (fast, small); JSON -> Result with nlohmann_json. Field names
// follow docs/ARCHITECTURE.md (camelCase where the contract says so: readingMinutes, summaryWords).
#include <array>
#include <nlohmann/json.hpp>

#include "precis/result.h"

#include "json_writer.h"

namespace precis {
namespace {

using json = nlohmann::ordered_json;

constexpr std::array<std::string_view, 9> kTypeNames = {
    "PERSON", "ORG", "LOCATION", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"};

// The contract's field order, as ResultFromJson reads it back.
void Write(const Result& r, JsonWriter& w) {
  w.BeginObject();
  w.Key("version"), w.Int(r.version);
  w.Key("offsets"), w.String(r.offsets);
  w.Key("language"), w.String(r.language);
  w.Key("languageSource"), w.String(r.language_source);
  w.Key("title"), w.String(r.title);
  w.Key("stats"), w.BeginObject();
  w.Key("characters"), w.Int(static_cast<long long>(r.stats.characters));
  w.Key("words"), w.Int(static_cast<long long>(r.stats.words));
  w.Key("sentences"), w.Int(static_cast<long long>(r.stats.sentences));
  w.Key("readingMinutes"), w.Rounded(r.stats.reading_minutes, 1);
  w.Key("summaryWords"), w.Int(static_cast<long long>(r.stats.summary_words));
  w.EndObject();
  w.Key("paragraphs"), w.BeginArray();
  for (const Paragraph& p : r.paragraphs) {
    w.BeginObject();
    w.Key("start"), w.Int(static_cast<long long>(p.start));
    w.Key("end"), w.Int(static_cast<long long>(p.end));
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences"), w.BeginArray();
  for (const Sentence& s : r.sentences) {
    w.BeginObject();
    w.Key("start"), w.Int(static_cast<long long>(s.start));
    w.Key("end"), w.Int(static_cast<long long>(s.end));
    w.Key("text"), w.String(s.text);
    w.Key("score"), w.Rounded(s.score, 4);
    w.Key("rank"), w.Int(s.rank);
    w.Key("selected"), w.Bool(s.selected);
    w.Key("boilerplate"), w.Bool(s.boilerplate);
    w.Key("role"), w.String(s.role);
    w.EndObject();
  }
  w.EndArray();
  w.Key("summary"), w.BeginArray();
  for (int index : r.summary) w.Int(index);
  w.EndArray();
  w.Key("entities"), w.BeginArray();
  for (const Entity& e : r.entities) {
    w.BeginObject();
    w.Key("start"), w.Int(static_cast<long long>(e.start));
    w.Key("end"), w.Int(static_cast<long long>(e.end));
    w.Key("text"), w.String(e.text);
    w.Key("type"), w.String(EntityTypeName(e.type));
    w.Key("group"), w.Int(e.group);
    w.EndObject();
  }
  w.EndArray();
  w.Key("groups"), w.BeginArray();
  for (const Group& g : r.groups) {
    w.BeginObject();
    w.Key("name"), w.String(g.name);
    w.Key("type"), w.String(EntityTypeName(g.type));
    w.Key("mentions"), w.Int(g.mentions);
    w.Key("salience"), w.Rounded(g.salience, 4);
    w.EndObject();
  }
  w.EndArray();
  w.Key("keyphrases"), w.BeginArray();
  for (const Keyphrase& k : r.keyphrases) {
    w.BeginObject();
    w.Key("text"), w.String(k.text);
    w.Key("score"), w.Rounded(k.score, 4);
    w.EndObject();
  }
  w.EndArray();
  w.Key("warnings"), w.BeginArray();
  for (const std::string& warning : r.warnings) w.String(warning);
  w.EndArray();
  w.EndObject();
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
  JsonWriter writer(indent);
  Write(result, writer);
  return writer.Take();
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
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
