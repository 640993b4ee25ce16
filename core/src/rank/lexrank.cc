// LexRank (Erkan & Radev, 2004), continuous form with a threshold: edges are tf-idf cosine
// similarities above kThreshold; PageRank over the sparse graph (rank/graph.h).
#include "rank/graph.h"
#include "rank/rankers.h"
#include "rank/tfidf.h"

namespace precis::rank {
namespace {

constexpr double kThreshold = 0.1;

}  // namespace

std::vector<double> ScoreLexRank(const SentenceTerms& s) {
  const size_t n = s.size();
  const std::vector<SparseVector> vectors = TfIdfVectors(s);
  std::vector<std::vector<Posting>> postings(static_cast<size_t>(s.vocabulary));
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [id, w] : vectors[i])
      postings[static_cast<size_t>(id)].push_back({static_cast<int>(i), w});
  }
  std::vector<double> rank = PageRank(BuildGraph(vectors, postings, kThreshold));
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || vectors[i].empty()) rank[i] = 0.0;
  }
  NormalizeMax(&rank);
  return rank;
}

}  // namespace precis::rank
