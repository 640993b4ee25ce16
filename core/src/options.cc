#include "precis/options.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "text/abbreviations.h"
#include "text/language.h"

namespace precis {

std::string_view AlgorithmName(Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::kAuto:
      return "auto";
    case Algorithm::kLead:
      return "lead";
    case Algorithm::kCentroid:
      return "centroid";
    case Algorithm::kTextRank:
      return "textrank";
    case Algorithm::kLexRank:
      return "lexrank";
  }
  return "auto";
}

std::vector<Algorithm> AllAlgorithms() {
  return {Algorithm::kAuto, Algorithm::kLead, Algorithm::kCentroid, Algorithm::kTextRank,
          Algorithm::kLexRank};
}

StatusOr<Algorithm> ParseAlgorithm(std::string_view name) {
  for (Algorithm a : AllAlgorithms()) {
    if (AlgorithmName(a) == name) return a;
  }
  std::string known;
  for (Algorithm a : AllAlgorithms())
    known += (known.empty() ? "" : ", ") + std::string(AlgorithmName(a));
  return Status::InvalidArgument("unknown algorithm '" + std::string(name) + "' (known: " + known +
                                 ")");
}

// The languages the detector can return, and those the segmenter has lists for (Kazakh).
std::vector<std::string> SupportedLanguages() {
  std::vector<std::string> codes = text::KnownLanguages();
  for (std::string& code : text::AbbreviationLanguages()) codes.push_back(std::move(code));
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

StatusOr<std::string> ParseLanguage(std::string_view code) {
  std::string primary;
  for (char c : code.substr(0, code.find_first_of("-_"))) {
    primary.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (primary.empty() || primary == "auto") return std::string();
  if (primary == "no") primary = "nb";  // Norwegian: the detector knows Bokmål
  const std::vector<std::string> supported = SupportedLanguages();
  if (std::binary_search(supported.begin(), supported.end(), primary)) return primary;
  std::string list = "auto";
  for (const std::string& s : supported) list += ", " + s;
  return Status::InvalidArgument("unknown language '" + std::string(code) +
                                 "' (supported: " + list + ")");
}

Status ValidateOptions(const Options& o) {
  const int budgets = (o.sentences != 0) + (o.ratio != 0.0) + (o.words != 0);
  if (budgets > 1) {
    return Status::InvalidArgument("set only one of sentences, ratio and words");
  }
  if (o.sentences < 0 || o.sentences > 10000) {
    return Status::InvalidArgument("sentences must be between 1 and 10000");
  }
  if (!(o.ratio >= 0.0 && o.ratio <= 1.0) || std::isnan(o.ratio)) {
    return Status::InvalidArgument("ratio must be a number in (0, 1]");
  }
  if (o.words < 0 || o.words > 10000000) {
    return Status::InvalidArgument("words must be between 1 and 10000000");
  }
  if (!o.language.empty()) return ParseLanguage(o.language).status();
  return Status::Ok();
}

StatusOr<Options> ParseOptionsJson(std::string_view json_text) {
  const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("options are not valid JSON");
  if (j.is_null()) return Options{};
  if (!j.is_object()) return Status::InvalidArgument("options must be a JSON object");
  Options o;
  for (const auto& [key, value] : j.items()) {
    if (value.is_null()) continue;
    if (key == "sentences" || key == "words") {
      if (!value.is_number_integer() || value.get<long long>() <= 0 ||
          value.get<long long>() > 10000000) {
        return Status::InvalidArgument(key + " must be a positive whole number");
      }
      (key == "sentences" ? o.sentences : o.words) = static_cast<int>(value.get<long long>());
    } else if (key == "ratio") {
      if (!value.is_number() || value.get<double>() <= 0.0 || value.get<double>() > 1.0) {
        return Status::InvalidArgument("ratio must be a number in (0, 1]");
      }
      o.ratio = value.get<double>();
    } else if (key == "algorithm") {
      if (!value.is_string()) return Status::InvalidArgument("algorithm must be a string");
      StatusOr<Algorithm> a = ParseAlgorithm(value.get<std::string>());
      if (!a.ok()) return a.status();
      o.algorithm = a.value();
    } else if (key == "title") {
      if (!value.is_string()) return Status::InvalidArgument("title must be a string");
      o.title = value.get<std::string>();
    } else if (key == "language") {
      if (!value.is_string()) {
        return Status::InvalidArgument("language must be a string such as \"de\" or \"auto\"");
      }
      StatusOr<std::string> language = ParseLanguage(value.get<std::string>());
      if (!language.ok()) return language.status();
      o.language = language.value();
    } else if (key == "pageLanguage") {
      // What a page's lang attribute says: anything may be written there, so an unknown code is
      // no error, only no help.
      if (!value.is_string()) return Status::InvalidArgument("pageLanguage must be a string");
      StatusOr<std::string> language = ParseLanguage(value.get<std::string>());
      if (language.ok()) o.page_language = language.value();
    } else {
      return Status::InvalidArgument("unknown option '" + key + "'");
    }
  }
  Status valid = ValidateOptions(o);
  if (!valid.ok()) return valid;
  return o;
}

}  // namespace precis
