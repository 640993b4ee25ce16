#include "rank/graph.h"

#include <algorithm>

namespace precis::rank {
namespace {

constexpr int kIterations = 40;
constexpr double kDamping = 0.85;

}  // namespace

Graph BuildGraph(const std::vector<std::vector<std::pair<int, double>>>& queries,
                 const std::vector<std::vector<Posting>>& postings, double min_weight) {
  const size_t n = queries.size();
  Graph graph(n);
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  for (size_t i = 0; i < n; ++i) {
    touched.clear();
    for (const auto& [term, weight] : queries[i]) {
      const auto& list = postings[static_cast<size_t>(term)];
      if (list.size() > kMaxPostings) continue;
      for (const Posting& p : list) {
        if (static_cast<size_t>(p.sentence) == i) continue;
        if (acc[static_cast<size_t>(p.sentence)] == 0.0) touched.push_back(p.sentence);
        acc[static_cast<size_t>(p.sentence)] += weight * p.weight;
      }
    }
    std::vector<Edge>& out = graph[i];
    for (int j : touched) {
      if (acc[static_cast<size_t>(j)] > min_weight) out.push_back({j, acc[static_cast<size_t>(j)]});
      acc[static_cast<size_t>(j)] = 0.0;
    }
    if (out.size() > kMaxNeighbours) {
      std::nth_element(out.begin(), out.begin() + kMaxNeighbours, out.end(),
                       [](const Edge& a, const Edge& b) { return a.weight > b.weight; });
      out.resize(kMaxNeighbours);
    }
  }
  return graph;
}

std::vector<double> PageRank(const Graph& graph) {
  const size_t n = graph.size();
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (const Edge& e : graph[i]) out_weight[i] += e.weight;
  }
  std::vector<double> rank(n, 1.0);
  std::vector<double> next(n);
  for (int iter = 0; iter < kIterations; ++iter) {
    std::fill(next.begin(), next.end(), 1.0 - kDamping);
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0.0) continue;
      const double share = kDamping * rank[i] / out_weight[i];
      for (const Edge& e : graph[i]) next[static_cast<size_t>(e.to)] += share * e.weight;
    }
    rank.swap(next);
  }
  NormalizeMax(&rank);
  return rank;
}

}  // namespace precis::rank
