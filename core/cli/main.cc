// The native `precis` command: `summarize` for people, `batch` (JSONL in, JSONL out) for every
// evaluation and benchmark tool. Exit codes: 0 ok, 1 bad input, 2 usage.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "analysis.h"
#include "json_text.h"
#include "ner_command.h"
#include "precis/precis.h"
#include "rank/budget.h"
#include "rank/features.h"
#include "rank/keyphrases.h"
#include "text/html.h"
#include "text/language.h"
#include "text/segmenter.h"
#include "text/stemmer.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

constexpr const char* kUsage = R"(usage:
  precis summarize [FILE|-] [--sentences N | --ratio R | --words W] [--algorithm A]
                   [--title T] [--language L] [--format text|markdown|json]
  precis extract [FILE|-] [--format text|json]
      an HTML page's article: text = the body, paragraphs separated by blank lines;
      json = title, byline, date, language and the blocks with role and offsets
  precis render [FILE|-]
      all visible text of an HTML page as a browser lays it out, one block per paragraph
      (checks the HTML parser against a browser's)
  precis batch [--sentences N | --ratio R | --words W] [--algorithm A] [--language L]
      JSONL on stdin: {"id": any, "text": "...", "title"?: "...", "options"?: {...}}
      JSONL on stdout: the Result plus "id", or {"id": ..., "error": "..."}; one line per line
  precis segment [FILE|-] [--jsonl] [--language L]
      sentences only, one per line; with --jsonl, lines {"id", "text", "language"?} in and
      {"id", "sentences": [...], "spans": [[start, end], ...]} out (byte offsets)
  precis stem          English Porter2 stems of the words on stdin, one per line
  precis features      ranker training data: batch-style lines in, per sentence
                       {"start", "end", "boilerplate", "excluded", "weak", "dependent", "question",
                        "words", "terms": [...], "features": [...]} out
  precis keyphrases [--count N]
                       keyphrase evaluation: batch-style lines in, {"id", "keyphrases": [...]}
                       out (the N best, default 10)
  precis ner train|eval|tag ...   the name tagger on CoNLL IOB files (precis ner for help)
  precis --version
algorithms: auto (default), lead, centroid, textrank, lexrank
languages: auto (default: detected from the text) or an ISO 639-1 code such as de, fr, ja
)";

struct Args {
  std::string command;
  std::string file = "-";
  std::string format = "text";
  bool jsonl = false;
  int count = 10;  // keyphrases
  precis::Options options;
};

int Usage(const std::string& message) {
  if (!message.empty()) std::cerr << "precis: " << message << "\n";
  std::cerr << kUsage;
  return kExitUsage;
}

bool ParseNumber(const std::string& s, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

// Returns an empty string on success, else the usage error.
std::string ParseArgs(int argc, char** argv, Args* args) {
  if (argc < 2) return "missing command";
  args->command = argv[1];
  bool have_file = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string v;
    double number = 0;
    if (a == "--sentences" || a == "--words") {
      if (!value(&v) || !ParseNumber(v, &number) || number < 1 ||
          number != static_cast<int>(number)) {
        return a + " needs a positive whole number";
      }
      (a == "--sentences" ? args->options.sentences : args->options.words) =
          static_cast<int>(number);
    } else if (a == "--ratio") {
      if (!value(&v) || !ParseNumber(v, &number) || number <= 0 || number > 1) {
        return "--ratio needs a number in (0, 1]";
      }
      args->options.ratio = number;
    } else if (a == "--algorithm") {
      if (!value(&v)) return "--algorithm needs a name";
      auto algorithm = precis::ParseAlgorithm(v);
      if (!algorithm.ok()) return algorithm.status().message();
      args->options.algorithm = algorithm.value();
    } else if (a == "--title") {
      if (!value(&args->options.title)) return "--title needs a text";
    } else if (a == "--language") {
      if (!value(&v)) return "--language needs a code such as de, or auto";
      auto language = precis::ParseLanguage(v);
      if (!language.ok()) return language.status().message();
      args->options.language = language.value();
    } else if (a == "--format") {
      if (!value(&args->format) ||
          (args->format != "text" && args->format != "markdown" && args->format != "json") ||
          (args->command == "extract" && args->format == "markdown")) {
        return args->command == "extract" ? "--format must be text or json"
                                          : "--format must be text, markdown or json";
      }
    } else if (a == "--count" && args->command == "keyphrases") {
      if (!value(&v) || !ParseNumber(v, &number) || number < 1 ||
          number != static_cast<int>(number)) {
        return "--count needs a positive whole number";
      }
      args->count = static_cast<int>(number);
    } else if (a == "--jsonl" && args->command == "segment") {
      args->jsonl = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return "unknown option " + a;
    } else if (!have_file && (args->command == "summarize" || args->command == "segment" ||
                              args->command == "extract" || args->command == "render")) {
      args->file = a;
      have_file = true;
    } else {
      return "unexpected argument " + a;
    }
  }
  const precis::Status valid = precis::ValidateOptions(args->options);
  return valid.ok() ? "" : valid.message();
}

// The whole of `file` ("-": stdin); false, after saying so on stderr, if it cannot be read.
bool ReadAll(const std::string& file, std::string* out) {
  std::ostringstream buffer;
  if (file == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "precis: cannot read " << file << "\n";
      return false;
    }
    buffer << in.rdbuf();
  }
  *out = buffer.str();
  return true;
}

void PrintText(const precis::Result& r, const precis::Options& o, bool markdown) {
  if (!r.title.empty()) std::cout << (markdown ? "# " : "") << r.title << "\n\n";
  if (!markdown) {
    std::cout << "Summary (" << r.summary.size() << " of " << r.stats.sentences << " sentences, "
              << precis::AlgorithmName(o.algorithm) << "):\n";
  }
  for (size_t k = 0; k < r.summary.size(); ++k) {
    const auto& s = r.sentences[static_cast<size_t>(r.summary[k])];
    if (markdown) {
      std::cout << "- " << s.text << "\n";
    } else {
      std::cout << "  " << (k + 1) << ". " << s.text << "\n";
    }
  }
  std::map<std::string, std::vector<const precis::Group*>> by_type;
  for (const auto& g : r.groups) by_type[std::string(precis::EntityTypeName(g.type))].push_back(&g);
  if (!by_type.empty()) std::cout << "\n" << (markdown ? "## Entities" : "Entities:") << "\n";
  for (const auto& [type, groups] : by_type) {
    std::cout << (markdown ? "- **" : "  ") << type << (markdown ? "**: " : ": ");
    for (size_t k = 0; k < groups.size(); ++k) {
      std::cout << (k ? ", " : "") << groups[k]->name << " (" << groups[k]->mentions << ")";
    }
    std::cout << "\n";
  }
  if (!r.keyphrases.empty()) {
    std::cout << "\n" << (markdown ? "## Keyphrases\n" : "Keyphrases: ");
    for (size_t k = 0; k < r.keyphrases.size(); ++k) {
      if (markdown) {
        std::cout << "- " << r.keyphrases[k].text << "\n";
      } else {
        std::cout << (k ? ", " : "") << r.keyphrases[k].text;
      }
    }
    if (!markdown) std::cout << "\n";
  }
  for (const auto& w : r.warnings) std::cerr << "precis: warning: " << w << "\n";
}

int Summarize(const Args& args) {
  std::string text;
  if (!ReadAll(args.file, &text)) return kExitBadInput;
  const auto result = precis::Summarize(text, args.options);
  if (!result.ok()) {
    std::cerr << "precis: " << result.status().message() << "\n";
    return kExitBadInput;
  }
  if (args.format == "json") {
    std::cout << precis::ResultToJson(result.value(), 2) << "\n";
  } else {
    PrintText(result.value(), args.options, args.format == "markdown");
  }
  return kExitOk;
}

int Extract(const Args& args) {
  std::string input;
  if (!ReadAll(args.file, &input)) return kExitBadInput;
  const auto article = precis::ExtractArticle(input);
  if (!article.ok()) {
    std::cerr << "precis: " << article.status().message() << "\n";
    return kExitBadInput;
  }
  if (args.format == "json") {
    std::cout << precis::ExtractedArticleToJson(article.value(), 2) << "\n";
  } else {
    std::cout << precis::ArticleText(article.value()) << "\n";
  }
  for (const auto& w : article.value().warnings) std::cerr << "precis: warning: " << w << "\n";
  return kExitOk;
}

int Render(const Args& args) {
  std::string input;
  if (!ReadAll(args.file, &input)) return kExitBadInput;
  if (input.size() > precis::kMaxInputBytes) {
    std::cerr << "precis: " << precis::CheckInputSize(input.size()).message() << "\n";
    return kExitBadInput;
  }
  std::cout << precis::text::HtmlToText(input).text << "\n";
  return kExitOk;
}

// One input line -> one output line. Never throws, never stops the run.
std::string BatchLine(const std::string& line, const precis::Options& defaults) {
  using nlohmann::json;
  const json in = json::parse(line, nullptr, /*allow_exceptions=*/false);
  auto error = [](const json& id, const std::string& message) {
    return precis::JsonText(json{{"id", id}, {"error", message}});
  };
  if (in.is_discarded() || !in.is_object()) return error(nullptr, "line is not a JSON object");
  const json id = in.contains("id") ? in["id"] : json(nullptr);
  const auto text = in.find("text");
  if (text == in.end() || !text->is_string()) return error(id, "missing string field \"text\"");
  precis::Options options = defaults;
  if (const auto o = in.find("options"); o != in.end() && !o->is_null()) {
    auto parsed = precis::ParseOptionsJson(o->dump());
    if (!parsed.ok()) return error(id, parsed.status().message());
    options = parsed.value();
    if (options.sentences == 0 && options.ratio == 0 && options.words == 0) {
      options.sentences = defaults.sentences;
      options.ratio = defaults.ratio;
      options.words = defaults.words;
    }
    if (!o->contains("language")) options.language = defaults.language;
  }
  if (const auto t = in.find("title"); t != in.end() && t->is_string()) {
    options.title = t->get<std::string>();
  }
  const auto result = precis::Summarize(text->get_ref<const std::string&>(), options);
  if (!result.ok()) return error(id, result.status().message());
  // The Result's JSON object with "id" spliced in first, without re-parsing it.
  const std::string body = precis::ResultToJson(result.value());
  return "{\"id\":" + precis::JsonText(id) + "," +
         body.substr(1);
}

// Sentence segmentation alone (no header or headline detection), for evaluation tools.
int Segment(const Args& args) {
  using nlohmann::json;
  auto segment = [](const std::string& input, const std::string& given) {
    json sentences = json::array();
    json spans = json::array();
    std::optional<precis::text::HtmlText> html;
    std::string_view text = input;
    if (precis::text::LooksLikeHtml(input)) {
      html = precis::text::HtmlToText(input);
      text = html->text;
    }
    const precis::text::Document doc = precis::text::ParseDocument(text, false);
    const std::string language =
        given.empty() ? precis::text::DetectLanguage(text.substr(0, 6000)) : given;
    for (const auto& p : doc.paragraphs) {
      for (const auto& s : precis::text::SegmentParagraph(text, p, nullptr, language)) {
        sentences.push_back(precis::text::SentenceText(text, s));
        if (html) {
          spans.push_back({html->OriginalStart(s.start), html->OriginalEnd(s.end)});
        } else {
          spans.push_back({s.start, s.end});
        }
      }
    }
    return std::make_pair(sentences, spans);
  };
  if (!args.jsonl) {
    std::string text;
    if (!ReadAll(args.file, &text)) return kExitBadInput;
    for (const auto& s : segment(text, args.options.language).first) {
      std::string line = s.get<std::string>();
      for (char& c : line) c = (c == '\n' || c == '\r') ? ' ' : c;
      std::cout << line << "\n";
    }
    return kExitOk;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    const json in = json::parse(line, nullptr, false);
    json out;
    const auto language =
        in.is_object() && in.contains("language") && in["language"].is_string()
            ? precis::ParseLanguage(in["language"].get<std::string>())
            : precis::StatusOr<std::string>(args.options.language);
    if (!language.ok()) {
      out = {{"id", in.value("id", json())}, {"error", language.status().message()}};
    } else if (in.is_object() && in.contains("text") && in["text"].is_string()) {
      auto [sentences, spans] = segment(in["text"].get<std::string>(), language.value());
      out = {{"id", in.value("id", json())}, {"sentences", sentences}, {"spans", spans}};
    } else {
      out = {{"id", in.is_object() ? in.value("id", json()) : json()},
             {"error", "line needs a string field \"text\""}};
    }
    std::cout << precis::JsonText(out) << '\n';
  }
  return kExitOk;
}

// The Analysis of one batch-style input line ({"id", "text", "title"?}) for the `features` and
// `keyphrases` tools; the line's title, if it has one, goes into `options` first.
precis::StatusOr<precis::Analysis> AnalyzeLine(const nlohmann::json& in, precis::Options* options) {
  if (in.is_object() && in.contains("title") && in["title"].is_string()) {
    options->title = in["title"].get<std::string>();
  }
  if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
    return precis::Status::InvalidArgument("missing \"text\"");
  }
  return precis::Analyze(in["text"].get_ref<const std::string&>(), *options);
}

// The learned ranker's inputs for every sentence (scripts/train-ranker.mjs reads them).
int Features() {
  using nlohmann::json;
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    const json in = json::parse(line, nullptr, false);
    json out;
    precis::Options options;
    if (in.is_object() && in.contains("options")) {
      auto parsed = precis::ParseOptionsJson(in["options"].dump());
      if (parsed.ok()) options = parsed.value();
    }
    const auto analyzed = AnalyzeLine(in, &options);
    if (!analyzed.ok()) {
      out = {{"id", in.is_object() ? in.value("id", json()) : json()},
             {"error", analyzed.status().message()}};
    } else {
      const precis::Analysis& a = analyzed.value();
      const precis::rank::Budget budget = precis::rank::BudgetOf(a.terms, options);
      const auto rows = precis::rank::SentenceFeatures(a.terms, budget);
      json sentences = json::array();
      for (size_t i = 0; i < a.spans.size(); ++i) {
        // What the trainer needs to replay selection (rank/select): eligibility, length,
        // content terms (redundancy), whether it only fills a budget (weak), whether it
        // refers back and which sentences introduce the names it uses in short form.
        sentences.push_back({{"start", a.spans[i].start},
                             {"end", a.spans[i].end},
                             {"boilerplate", static_cast<bool>(a.boilerplate[i])},
                             {"excluded", static_cast<bool>(a.terms.excluded[i])},
                             {"weak", i < a.terms.weak.size() && a.terms.weak[i]},
                             {"dependent", static_cast<bool>(a.terms.dependent[i])},
                             {"question", static_cast<bool>(a.terms.question[i])},
                             {"introducers", a.terms.introducers[i]},
                             {"words", a.terms.words[i]},
                             {"terms", a.terms.terms[i]},
                             {"features", rows[i]}});
      }
      json names = json::array();
      for (auto n : precis::rank::FeatureNames()) names.push_back(std::string(n));
      out = {{"id", in.value("id", json())},
             {"names", names},
             {"budget", {{"ratio", budget.ratio}, {"sentences", budget.sentences}}},
             {"sentences", sentences}};
    }
    std::cout << precis::JsonText(out) << '\n';
  }
  return kExitOk;
}

// The N best keyphrases of each article (scripts/evaluation/keyphrases.mjs).
int Keyphrases(const Args& args) {
  using nlohmann::json;
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    const json in = json::parse(line, nullptr, false);
    precis::Options options;
    const auto analyzed = AnalyzeLine(in, &options);
    json out = {{"id", in.is_object() ? in.value("id", json()) : json()}};
    if (!analyzed.ok()) {
      out["error"] = analyzed.status().message();
    } else {
      const precis::Analysis& a = analyzed.value();
      json phrases = json::array();
      for (const auto& k : precis::rank::ExtractKeyphrases(a.body(), a.tokens, a.terms.excluded,
                                                           static_cast<size_t>(args.count),
                                                           a.language)) {
        phrases.push_back({{"text", k.text}, {"score", k.score}});
      }
      out["keyphrases"] = phrases;
    }
    std::cout << precis::JsonText(out) << '\n';
  }
  return kExitOk;
}

int Stem() {
  std::ios::sync_with_stdio(false);
  std::string word;
  while (std::getline(std::cin, word)) {
    if (!word.empty() && word.back() == '\r') word.pop_back();
    std::cout << precis::text::PorterStem(word) << '\n';
  }
  return kExitOk;
}

int Batch(const Args& args) {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << BatchLine(line, args.options) << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::string(argv[1]) == "--version" || std::string(argv[1]) == "version")) {
    std::cout << "precis " << precis::kVersion << "\n";
    return kExitOk;
  }
  if (argc == 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (argc >= 2 && std::string(argv[1]) == "ner") return NerCommand(argc, argv);
  Args args;
  const std::string error = ParseArgs(argc, argv, &args);
  if (!error.empty()) return Usage(error);
  if (args.command == "summarize") return Summarize(args);
  if (args.command == "batch") return Batch(args);
  if (args.command == "extract") return Extract(args);
  if (args.command == "render") return Render(args);
  if (args.command == "segment") return Segment(args);
  if (args.command == "stem") return Stem();
  if (args.command == "features") return Features();
  if (args.command == "keyphrases") return Keyphrases(args);
  return Usage("unknown command " + args.command);
}
