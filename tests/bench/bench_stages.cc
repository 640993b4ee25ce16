// precis_bench FILE [RUNS]: times the pipeline's stages natively on one input and prints one JSON
// object: bytes, and per stage the median milliseconds and MB/s over RUNS runs (default 5).
// Stages: structure (paragraphs), segment (sentences), tokenize, language, summarize (the whole
// pipeline, Result included) and json (Result -> JSON text).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "text/document.h"
#include "text/language.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace {

double MedianMs(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto end = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: precis_bench FILE [RUNS]\n";
    return 2;
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
  precis::Result result;
  stages.emplace_back("summarize", MedianMs(runs, [&] {
                        auto r = precis::Summarize(text, options);
                        if (r.ok()) result = std::move(r).value();
                      }));
  stages.emplace_back("json", MedianMs(runs, [&] { sink += precis::ResultToJson(result).size(); }));

  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("{\"bytes\": %zu, \"sentences\": %zu, \"runs\": %d, \"stages\": {", text.size(),
              sentences.size(), runs);
  for (size_t i = 0; i < stages.size(); ++i) {
    std::printf("%s\"%s\": {\"ms\": %.3f, \"MBps\": %.2f}", i ? ", " : "", stages[i].first.c_str(),
                stages[i].second, stages[i].second > 0 ? mb / (stages[i].second / 1000.0) : 0.0);
  }
  std::printf("}, \"sink\": %zu}\n", sink % 10);
  return 0;
}
