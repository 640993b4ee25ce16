// TextRank over a sparse graph: edges are tf-idf cosine similarities found through an inverted
// index, so the cost follows the number of shared terms, not n². Each sentence keeps at most
// kMaxNeighbours edges, and terms found in very many sentences are skipped when searching for
// neighbours (their idf is near the floor, so they add little), which keeps huge inputs linear.
#include <algorithm>
#include <cmath>

#include "rank/rankers.h"
#include "rank/tfidf.h"

namespace precis::rank {
namespace {

constexpr size_t kMaxNeighbours = 40;
constexpr size_t kMaxPostings = 400;
constexpr int kIterations = 40;
constexpr double kDamping = 0.85;

struct Edge {
  int to;
  double weight;
};

}  // namespace

std::vector<double> ScoreTextRank(const SentenceTerms& s) {
  const size_t n = s.size();
  const std::vector<SparseVector> vectors = TfIdfVectors(s);
  std::vector<std::vector<std::pair<int, double>>> postings(static_cast<size_t>(s.vocabulary));
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [id, w] : vectors[i]) postings[static_cast<size_t>(id)].emplace_back(static_cast<int>(i), w);
  }

  std::vector<std::vector<Edge>> edges(n);
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  for (size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [id, w] : vectors[i]) {
      const auto& list = postings[static_cast<size_t>(id)];
      if (list.size() > kMaxPostings) continue;
      for (const auto& [j, wj] : list) {
        if (static_cast<size_t>(j) == i) continue;
        if (acc[static_cast<size_t>(j)] == 0.0) touched.push_back(j);
        acc[static_cast<size_t>(j)] += w * wj;
      }
    }
    std::vector<Edge>& out = edges[i];
    for (int j : touched) {
      out.push_back({j, acc[static_cast<size_t>(j)]});
      acc[static_cast<size_t>(j)] = 0.0;
    }
    if (out.size() > kMaxNeighbours) {
      std::nth_element(out.begin(), out.begin() + kMaxNeighbours, out.end(),
                       [](const Edge& a, const Edge& b) { return a.weight > b.weight; });
      out.resize(kMaxNeighbours);
    }
  }

  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (const Edge& e : edges[i]) out_weight[i] += e.weight;
  }
  std::vector<double> rank(n, 1.0);
  std::vector<double> next(n);
  for (int iter = 0; iter < kIterations; ++iter) {
    std::fill(next.begin(), next.end(), 1.0 - kDamping);
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0.0) continue;
      const double share = kDamping * rank[i] / out_weight[i];
      for (const Edge& e : edges[i]) next[static_cast<size_t>(e.to)] += share * e.weight;
    }
    rank.swap(next);
  }
  for (size_t i = 0; i < n; ++i) {
    if (s.boilerplate[i] || vectors[i].empty()) rank[i] = 0.0;
  }
  NormalizeMax(&rank);
  return rank;
}

}  // namespace precis::rank
