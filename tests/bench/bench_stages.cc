// precis_bench FILE [RUNS]: times the pipeline's stages natively on one input and prints one JSON
// object: bytes, and per stage the median CPU milliseconds and MB/s over RUNS runs (default 5).
// Stages: structure (paragraphs), segment (sentences), tokenize, language, rank (the auto
// ranker's scores plus selection, on a finished analysis), names (the name tagger: its
// tokenization, features and Viterbi over every sentence; "name_tokens" gives tokens/s), summarize (the whole pipeline,
// Result included) and json (Result -> JSON text).
// precis_bench --articles FILE.jsonl [RUNS]: per-article medians over the "body" (or "text",
// "article") of every line: rank and summarize, in milliseconds per article.
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

double MedianMs(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const double start = CpuMs();
    work();
    ms.push_back(CpuMs() - start);
  }
  std::sort(ms.begin(), ms.end());
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

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: precis_bench FILE [RUNS] | precis_bench --articles FILE.jsonl [RUNS]\n";
    return 2;
  }
  if (std::string(argv[1]) == "--articles") {
    if (argc < 3) return 2;
    return Articles(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 5);
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  namespace t = precis::text;

  const t::Document doc = t::ParseDocument(text);
  std::vector<t::Span> sentences;
  for (const t::Span& p : doc.paragraphs) {
    for (const t::Span& s : t::SegmentParagraph(text, p)) sentences.push_back(s);
  }
  size_t sink = 0;
  std::vector<std::pair<std::string, double>> stages;
  stages.emplace_back("structure", MedianMs(runs, [&] { sink += t::ParseDocument(text).paragraphs.size(); }));
  stages.emplace_back("segment", MedianMs(runs, [&] {
                        for (const t::Span& p : doc.paragraphs) sink += t::SegmentParagraph(text, p).size();
                      }));
  stages.emplace_back("tokenize", MedianMs(runs, [&] {
                        for (const t::Span& s : sentences) sink += t::Tokenize(text, s).size();
                      }));
  stages.emplace_back("language", MedianMs(runs, [&] { sink += t::DetectLanguage(text.substr(0, 6000)).size(); }));
  precis::Options options;
  auto analysis = precis::Analyze(text, options);
  if (!analysis.ok()) {
    std::cerr << "precis_bench: " << analysis.status().message() << "\n";
    return 1;
  }
  stages.emplace_back("rank", MedianMs(runs, [&] { sink += RankStage(analysis.value(), options); }));
  const precis::entities::NerModel* model = precis::entities::BuiltInNerModel();
  size_t name_tokens = 0;
  for (const t::Span& s : analysis.value().spans) {
    name_tokens += precis::entities::NerTokens(analysis.value().body(), s).size();
  }
  if (model != nullptr) {
    stages.emplace_back("names", MedianMs(runs, [&] {
                          sink += precis::entities::FindNames(analysis.value().body(),
                                                              analysis.value().spans, *model)
                                      .size();
                        }));
  }
  precis::Result result;
  stages.emplace_back("summarize", MedianMs(runs, [&] {
                        auto r = precis::Summarize(text, options);
                        if (r.ok()) result = std::move(r).value();
                      }));
  stages.emplace_back("json", MedianMs(runs, [&] { sink += precis::ResultToJson(result).size(); }));

  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("{\"bytes\": %zu, \"sentences\": %zu, \"name_tokens\": %zu, \"runs\": %d, "
              "\"stages\": {", text.size(), sentences.size(), name_tokens, runs);
  for (size_t i = 0; i < stages.size(); ++i) {
    std::printf("%s\"%s\": {\"ms\": %.3f, \"MBps\": %.2f}", i ? ", " : "", stages[i].first.c_str(),
                stages[i].second, stages[i].second > 0 ? mb / (stages[i].second / 1000.0) : 0.0);
  }
  std::printf("}, \"sink\": %zu}\n", sink % 10);
  return 0;
}
