// TextRank with BM25 edge weights (Barrios et al., 2016): sentence i "queries" sentence j with
// its distinct terms, each contributing idf(t) * tf(t, j)(k1 + 1) / (tf(t, j) + k1 (1 - b + b
// |j| / avg|s|)). PageRank over the sparse graph (rank/graph.h).
#include <algorithm>

#include "rank/graph.h"
#include "rank/rankers.h"

namespace precis::rank {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

}  // namespace

std::vector<double> ScoreTextRank(const SentenceTerms& s) {
  const size_t n = s.size();
  double total = 0.0;
  size_t counted = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || s.terms[i].empty()) continue;
    total += static_cast<double>(s.terms[i].size());
    ++counted;
  }
  const double avg = counted ? total / static_cast<double>(counted) : 1.0;

  std::vector<std::vector<std::pair<int, double>>> queries(n);
  std::vector<std::vector<Posting>> postings(static_cast<size_t>(s.vocabulary));
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || s.terms[i].empty()) continue;
    std::vector<int> ids = s.terms[i];
    std::sort(ids.begin(), ids.end());
    const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(ids.size()) / avg);
    for (size_t k = 0; k < ids.size();) {
      size_t e = k;
      while (e < ids.size() && ids[e] == ids[k]) ++e;
      const double tf = static_cast<double>(e - k);
      const auto term = static_cast<size_t>(ids[k]);
      queries[i].emplace_back(ids[k], s.idf[term]);
      postings[term].push_back({static_cast<int>(i), tf * (kK1 + 1.0) / (tf + norm)});
      k = e;
    }
  }
  std::vector<double> rank = PageRank(BuildGraph(queries, postings, 0.0));
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || s.terms[i].empty()) rank[i] = 0.0;
  }
  NormalizeMax(&rank);
  return rank;
}

}  // namespace precis::rank
