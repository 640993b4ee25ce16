// precis_bench FILE [RUNS]: times the pipeline's stages natively on one input and prints one JSON
// object: bytes, and per stage the median CPU milliseconds and MB/s over RUNS runs (default 5).
// Stages: structure (paragraphs), segment (sentences), tokenize, language, rank (the auto
// ranker's scores plus selection, on a finished analysis), names (the name tagger: its
// tokenization, features and Viterbi over every sentence; "name_tokens" gives tokens/s), summarize (the whole pipeline,
// Result included) and json (Result -> JSON text).
// precis_bench --articles FILE.jsonl [RUNS]: per-article medians over the "body" (or "text",
// "article") of every line: rank and summarize, in milliseconds per article.
// precis_bench --scaling SMALL BIG [RUNS]: per stage, the median over paired runs of
// time(BIG) / time(SMALL).
// precis_bench --pages LIST [RUNS]: the article reader (ExtractArticle: parse, layout, main
// content, metadata) over every HTML file named in LIST (one path per line), in MB/s.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "entities/ner_tokens.h"
#include "entities/tagger.h"
#include "precis/extract.h"
#include "precis/precis.h"
#include "rank/budget.h"
#include "rank/rankers.h"
#include "rank/select.h"
#include "text/document.h"
#include "text/language.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace {

// CPU time of this process, not wall time: on a shared virtual machine the wall clock also
// counts time the hypervisor gave to others, which made 10 MB runs look superlinear.
double CpuMs() {
  timespec t{};
#ifdef __EMSCRIPTEN__
  clock_gettime(CLOCK_MONOTONIC, &t);  // no process CPU clock in wasm: wall time there
#else
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
#endif
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Reads 64 MB of other data, so each timed run starts with cold caches, as a freshly pasted text
// would. Otherwise a 1 MB input stays cache-resident from one stage to the next while a 10 MB one
// cannot, and the 10 MB / 1 MB ratio would measure the cache size, not the algorithm.
size_t EvictCaches() {
  static std::vector<unsigned char> other(64u << 20, 1);
  size_t sum = 0;
  for (size_t i = 0; i < other.size(); i += 64) sum += other[i]++;
  return sum;
}

double MedianMs(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  static size_t evicted = 0;
  for (int i = 0; i < runs; ++i) {
    evicted += EvictCaches();
    const double start = CpuMs();
    work();
    ms.push_back(CpuMs() - start);
  }
  std::sort(ms.begin(), ms.end());
  if (evicted == 1) std::fputc(' ', stderr);  // keeps the eviction from being optimized away
  return ms[ms.size() / 2];
}

}  // namespace

// Scores with the default (auto) ranker and selects, as Summarize does.
size_t RankStage(const precis::Analysis& a, const precis::Options& options) {
  const auto scores = precis::rank::ScoreSentences(a.terms, options.algorithm,
                                                   precis::rank::BudgetOf(a.terms, options));
  return precis::rank::SelectSentences(a.terms, scores, options).size();
}

int Articles(const char* file, int runs) {
  std::ifstream in(file);
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    for (const char* key : {"body", "text", "article"}) {
      if (j.is_object() && j.contains(key)) {
        texts.push_back(j[key].get<std::string>());
        break;
      }
    }
  }
  precis::Options options;
  std::vector<precis::Analysis> analyses;
  size_t words = 0;
  for (const std::string& t : texts) {
    auto a = precis::Analyze(t, options);
    if (a.ok()) {
      words += a.value().words;
      analyses.push_back(std::move(a).value());
    }
  }
  size_t sink = 0;
  const double rank = MedianMs(runs, [&] {
    for (const auto& a : analyses) sink += RankStage(a, options);
  });
  const double summarize = MedianMs(runs, [&] {
    for (const std::string& t : texts) sink += precis::Summarize(t, options).ok() ? 1 : 0;
  });
  const double n = static_cast<double>(analyses.size());
  std::printf("{\"articles\": %zu, \"average_words\": %.0f, \"runs\": %d, \"rank_ms_per_article\": %.4f, "
              "\"summarize_ms_per_article\": %.4f, \"sink\": %zu}\n",
              analyses.size(), words / n, runs, rank / n, summarize / n, sink % 10);
  return 0;
}

struct StageTimes {
  size_t sentences = 0;
  size_t name_tokens = 0;
  std::vector<std::pair<std::string, double>> stages;  // name, median ms
};

// Every stage on one input, median of `runs`. False if the input cannot be analysed.
bool TimeStages(const std::string& text, int runs, StageTimes* out, size_t* sink) {
  namespace t = precis::text;
  const t::Document doc = t::ParseDocument(text);
  std::vector<t::Span> sentences;
  for (const t::Span& p : doc.paragraphs) {
    for (const t::Span& s : t::SegmentParagraph(text, p)) sentences.push_back(s);
  }
  out->sentences = sentences.size();
  auto& stages = out->stages;
  stages.clear();
  stages.emplace_back("structure", MedianMs(runs, [&] { *sink += t::ParseDocument(text).paragraphs.size(); }));
  stages.emplace_back("segment", MedianMs(runs, [&] {
                        for (const t::Span& p : doc.paragraphs) *sink += t::SegmentParagraph(text, p).size();
                      }));
  stages.emplace_back("tokenize", MedianMs(runs, [&] {
                        for (const t::Span& s : sentences) *sink += t::Tokenize(text, s).size();
                      }));
  stages.emplace_back("language", MedianMs(runs, [&] { *sink += t::DetectLanguage(text.substr(0, 6000)).size(); }));
  precis::Options options;
  auto analysis = precis::Analyze(text, options);
  if (!analysis.ok()) {
    std::cerr << "precis_bench: " << analysis.status().message() << "\n";
    return false;
  }
  stages.emplace_back("rank", MedianMs(runs, [&] { *sink += RankStage(analysis.value(), options); }));
  const precis::entities::NerModel* model = precis::entities::BuiltInNerModel();
  out->name_tokens = 0;
  for (const t::Span& s : analysis.value().spans) {
    out->name_tokens += precis::entities::NerTokens(analysis.value().body(), s).size();
  }
  if (model != nullptr) {
    stages.emplace_back("names", MedianMs(runs, [&] {
                          *sink += precis::entities::FindNames(analysis.value().body(),
                                                               analysis.value().spans, *model)
                                       .size();
                        }));
  }
  precis::Result result;
  stages.emplace_back("summarize", MedianMs(runs, [&] {
                        auto r = precis::Summarize(text, options);
                        if (r.ok()) result = std::move(r).value();
                      }));
  stages.emplace_back("json", MedianMs(runs, [&] { *sink += precis::ResultToJson(result).size(); }));
  return true;
}

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// --scaling SMALL BIG RUNS: time(BIG) / time(SMALL) per stage from paired runs (small, then big,
// RUNS times), median of the ratios. On a shared virtual machine the speed drifts over minutes;
// pairing measures both sizes under the same conditions, so the ratio shows the algorithm.
int Scaling(const char* small_file, const char* big_file, int runs) {
  const std::string small = ReadFile(small_file);
  const std::string big = ReadFile(big_file);
  size_t sink = 0;
  std::vector<std::vector<double>> ratios;
  std::vector<std::string> names;
  for (int r = 0; r < runs; ++r) {
    StageTimes a, b;
    if (!TimeStages(small, 1, &a, &sink) || !TimeStages(big, 1, &b, &sink)) return 1;
    ratios.resize(a.stages.size());
    names.clear();
    for (size_t i = 0; i < a.stages.size(); ++i) {
      names.push_back(a.stages[i].first);
      ratios[i].push_back(a.stages[i].second > 0 ? b.stages[i].second / a.stages[i].second : 0.0);
    }
  }
  std::printf("{\"small_bytes\": %zu, \"big_bytes\": %zu, \"runs\": %d, \"ratios\": {", small.size(),
              big.size(), runs);
  for (size_t i = 0; i < names.size(); ++i) {
    std::sort(ratios[i].begin(), ratios[i].end());
    std::printf("%s\"%s\": %.2f", i ? ", " : "", names[i].c_str(), ratios[i][ratios[i].size() / 2]);
  }
  std::printf("}, \"sink\": %zu}\n", sink % 10);
  return 0;
}

std::string ReadFile(const char* path);

// --pages LIST RUNS: the article reader over many real pages, as `precis extract` runs it.
int Pages(const char* list, int runs) {
  std::ifstream in(list);
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (std::string path; std::getline(in, path);) {
    if (path.empty()) continue;
    pages.push_back(ReadFile(path.c_str()));
    bytes += pages.back().size();
  }
  size_t sink = 0;
  const double ms = MedianMs(runs, [&] {
    for (const std::string& p : pages) {
      const auto a = precis::ExtractArticle(p);
      sink += a.ok() ? a.value().blocks.size() : 0;
    }
  });
  std::printf("{\"pages\": %zu, \"bytes\": %zu, \"runs\": %d, \"extract\": {\"ms\": %.3f, "
              "\"MBps\": %.2f}, \"sink\": %zu}\n",
              pages.size(), bytes, runs, ms, ms > 0 ? static_cast<double>(bytes) / 1e6 / (ms / 1e3) : 0.0,
              sink % 10);
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: precis_bench FILE [RUNS] | precis_bench --articles FILE.jsonl [RUNS] | "
                 "precis_bench --scaling SMALL BIG [RUNS] | precis_bench --pages LIST [RUNS]\n";
    return 2;
  }
  if (std::string(argv[1]) == "--articles") {
    if (argc < 3) return 2;
    return Articles(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 5);
  }
  if (std::string(argv[1]) == "--pages") {
    if (argc < 3) return 2;
    return Pages(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 5);
  }
  if (std::string(argv[1]) == "--scaling") {
    if (argc < 4) return 2;
    return Scaling(argv[2], argv[3], argc > 4 ? std::max(1, std::atoi(argv[4])) : 5);
  }
  const std::string text = ReadFile(argv[1]);
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  size_t sink = 0;
  StageTimes times;
  if (!TimeStages(text, runs, &times, &sink)) return 1;
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("{\"bytes\": %zu, \"sentences\": %zu, \"name_tokens\": %zu, \"runs\": %d, "
              "\"stages\": {", text.size(), times.sentences, times.name_tokens, runs);
  for (size_t i = 0; i < times.stages.size(); ++i) {
    const auto& [name, ms] = times.stages[i];
    std::printf("%s\"%s\": {\"ms\": %.3f, \"MBps\": %.2f}", i ? ", " : "", name.c_str(), ms,
                ms > 0 ? mb / (ms / 1000.0) : 0.0);
  }
  std::printf("}, \"sink\": %zu}\n", sink % 10);
  return 0;
}
