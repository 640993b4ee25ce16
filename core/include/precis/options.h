// Options for precis::Summarize. Build them in code or parse them from the JSON object that the
// CLI's batch lines and the JS API use:
//
//   auto options = precis::ParseOptionsJson(R"({"sentences": 3, "algorithm": "lead"})");
//   if (!options.ok()) Fail(options.status().message());
//
// At most one budget may be set; with none, the summary has kDefaultSentences sentences.
#ifndef PRECIS_OPTIONS_H_
#define PRECIS_OPTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

enum class Algorithm { kAuto, kLead, kCentroid, kTextRank, kLexRank };

// Lowercase names as used by the CLI, JSON and JS ("auto", "lead", ...).
std::string_view AlgorithmName(Algorithm algorithm);
StatusOr<Algorithm> ParseAlgorithm(std::string_view name);
std::vector<Algorithm> AllAlgorithms();

inline constexpr int kDefaultSentences = 3;
// Inputs above this are refused with a clear error rather than risking the browser tab's memory.
inline constexpr size_t kMaxInputBytes = 50u * 1024u * 1024u;

struct Options {
  int sentences = 0;    // budget in sentences (0 = not set)
  double ratio = 0.0;   // budget as a fraction (0, 1] of the article's sentences (0 = not set)
  int words = 0;        // budget in words (0 = not set)
  Algorithm algorithm = Algorithm::kAuto;
  std::string title;    // optional; otherwise detected from the input
  std::string language; // ISO 639-1 code of the text; "" or "auto": detected from the text
  // The language the text's page declares (its `lang`): taken when `language` is not set and the
  // text is too short to tell or is detected as that language; a longer text detected as another
  // language overrules it (see text::ChooseLanguage). A code we do not know is ignored.
  std::string page_language;
};

// The language codes a caller may give (ISO 639-1, lowercase, sorted): those the detector knows
// and those the segmenter has abbreviation lists for.
std::vector<std::string> SupportedLanguages();

// "de", "DE", "de-CH" and "de_CH" -> "de" ("no" -> "nb"); "" or "auto" -> "" (detect); any
// other code is an error that lists the supported ones.
StatusOr<std::string> ParseLanguage(std::string_view code);

// Checks ranges and that at most one budget is set.
Status ValidateOptions(const Options& options);

// Parses a JSON object such as {"sentences": 4, "algorithm": "textrank", "title": "...",
// "language": "de", "pageLanguage": "de-AT"}.
// Unknown keys are an error, so a typo never silently changes nothing.
StatusOr<Options> ParseOptionsJson(std::string_view json_text);

}  // namespace precis

#endif  // PRECIS_OPTIONS_H_
