#include "rank/graph.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace precis::rank {
namespace {

constexpr int kIterations = 40;
constexpr double kDamping = 0.85;
constexpr double kTolerance = 1e-4;

}  // namespace

Graph BuildGraph(const std::vector<std::vector<std::pair<int, double>>>& queries,
                 const std::vector<std::vector<Posting>>& postings, double min_weight) {
  const size_t n = queries.size();
  Graph graph(n);
  std::vector<double> acc(n, 0.0);
  std::vector<int> touched;
  std::vector<std::pair<int, double>> query;
  for (size_t i = 0; i < n; ++i) {
    touched.clear();
    query = queries[i];
    if (n > kLargeDocument && query.size() > kMaxQueryTerms) {
      // Rarest first: shortest posting lists.
      std::partial_sort(query.begin(), query.begin() + kMaxQueryTerms, query.end(),
                        [&](const auto& a, const auto& b) {
                          return postings[static_cast<size_t>(a.first)].size() <
                                 postings[static_cast<size_t>(b.first)].size();
                        });
      query.resize(kMaxQueryTerms);
    }
    for (const auto& [term, weight] : query) {
      const auto& list = postings[static_cast<size_t>(term)];
      if (list.size() > (n > kLargeDocument ? kMaxPostingsLarge : kMaxPostings)) continue;
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
    const size_t keep = n > kLargeDocument ? kMaxNeighboursLarge : kMaxNeighbours;
    if (out.size() > keep) {
      std::nth_element(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                       [](const Edge& a, const Edge& b) { return a.weight > b.weight; });
      out.resize(keep);
    }
  }
  return graph;
}

std::vector<double> PageRank(const Graph& graph) {
  const size_t n = graph.size();
  // One contiguous edge array (compressed rows) with each row's weights pre-divided by its
  // total: the iterations then stream through memory instead of chasing n small vectors.
  std::vector<size_t> row(n + 1, 0);
  for (size_t i = 0; i < n; ++i) row[i + 1] = row[i] + graph[i].size();
  std::vector<uint32_t> to(row[n]);
  std::vector<double> share(row[n]);
  for (size_t i = 0; i < n; ++i) {
    double total = 0.0;
    for (const Edge& e : graph[i]) total += e.weight;
    size_t k = row[i];
    for (const Edge& e : graph[i]) {
      to[k] = static_cast<uint32_t>(e.to);
      share[k++] = total > 0.0 ? kDamping * e.weight / total : 0.0;
    }
  }
  std::vector<double> rank(n, 1.0);
  std::vector<double> next(n);
  for (int iter = 0; iter < kIterations; ++iter) {
    std::fill(next.begin(), next.end(), 1.0 - kDamping);
    for (size_t i = 0; i < n; ++i) {
      const double r = rank[i];
      for (size_t k = row[i]; k < row[i + 1]; ++k) next[to[k]] += r * share[k];
    }
    double change = 0.0;
    for (size_t i = 0; i < n; ++i) change += std::abs(next[i] - rank[i]);
    rank.swap(next);
    if (change < kTolerance * static_cast<double>(n)) break;
  }
  NormalizeMax(&rank);
  return rank;
}

}  // namespace precis::rank
