// Sparse sentence graphs and PageRank, shared by TextRank and LexRank. Edges come from an
// inverted index (cost follows shared terms, not n²); each sentence keeps its kMaxNeighbours
// strongest edges and terms found in more than kMaxPostings sentences are not used to find
// neighbours (their weight is near the floor), so memory and time stay linear in the input.
//
//   Graph g = ...;  std::vector<double> rank = PageRank(g);
#ifndef PRECIS_RANK_GRAPH_H_
#define PRECIS_RANK_GRAPH_H_

#include <functional>
#include <vector>

#include "rank/sentence_terms.h"

namespace precis::rank {

inline constexpr size_t kMaxNeighbours = 40;
inline constexpr size_t kMaxPostings = 100;
// In documents of more than kLargeDocument sentences, a sentence looks for neighbours through
// its kMaxQueryTerms rarest terms only, skips terms in more than kMaxPostingsLarge sentences
// and keeps kMaxNeighboursLarge edges: the graph stays good and the cost stays linear even
// when the text repeats itself.
inline constexpr size_t kLargeDocument = 500;
inline constexpr size_t kMaxQueryTerms = 8;
inline constexpr size_t kMaxNeighboursLarge = 20;
inline constexpr size_t kMaxPostingsLarge = 50;

struct Edge {
  int to;
  double weight;
};
using Graph = std::vector<std::vector<Edge>>;

// A posting of term t: sentence j and a per-(t, j) weight.
struct Posting {
  int sentence;
  double weight;
};

// Builds the graph: for each sentence i and each of its (term, query weight) pairs, every other
// sentence j in the term's postings gains query_weight * posting weight; edges below
// `min_weight` are dropped.
Graph BuildGraph(const std::vector<std::vector<std::pair<int, double>>>& queries,
                 const std::vector<std::vector<Posting>>& postings, double min_weight);

// Weighted PageRank (damping 0.85, at most 40 iterations, stopping once the ranks move by less
// than 1e-4 per sentence on average), scaled so the best is 1.
std::vector<double> PageRank(const Graph& graph);

}  // namespace precis::rank

#endif  // PRECIS_RANK_GRAPH_H_
