#include "rank/rankers.h"

#include <algorithm>
#include <cmath>

#include "rank/features.h"
#include "rank/tfidf.h"

namespace precis::rank {
namespace {

void ZeroBoilerplate(const SentenceTerms& s, std::vector<double>* scores) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.boilerplate[i]) (*scores)[i] = 0.0;
  }
}

}  // namespace

std::vector<double> ScoreLead(const SentenceTerms& s) {
  std::vector<double> scores(s.size());
  for (size_t i = 0; i < s.size(); ++i) scores[i] = 1.0 / (1.0 + static_cast<double>(i));
  ZeroBoilerplate(s, &scores);
  NormalizeMax(&scores);
  return scores;
}

std::vector<double> ScoreCentroid(const SentenceTerms& s) {
  const std::vector<SparseVector> vectors = TfIdfVectors(s);
  std::vector<double> centroid(static_cast<size_t>(s.vocabulary), 0.0);
  for (const SparseVector& v : vectors) {
    for (const auto& [id, w] : v) centroid[static_cast<size_t>(id)] += w;
  }
  double norm = 0.0;
  for (double w : centroid) norm += w * w;
  norm = std::sqrt(norm);
  std::vector<double> scores(s.size(), 0.0);
  if (norm <= 0.0) return scores;
  for (size_t i = 0; i < s.size(); ++i) {
    double dot = 0.0;
    for (const auto& [id, w] : vectors[i]) dot += w * centroid[static_cast<size_t>(id)];
    scores[i] = dot / norm;
  }
  ZeroBoilerplate(s, &scores);
  NormalizeMax(&scores);
  return scores;
}

namespace {

struct Weight {
  std::string_view name;
  double value;
};

constexpr Weight kAutoWeights[] = {
#include "rank/generated/auto_weights.inc"
};

// The weights in FeatureRow order; features the file does not name weigh 0.
const FeatureRow& AutoWeights() {
  static const FeatureRow weights = [] {
    FeatureRow w{};
    const auto& names = FeatureNames();
    for (const Weight& entry : kAutoWeights) {
      for (size_t k = 0; k < kFeatureCount; ++k) {
        if (names[k] == entry.name) w[k] = entry.value;
      }
    }
    return w;
  }();
  return weights;
}

}  // namespace

std::vector<double> ScoreAuto(const SentenceTerms& s, double budget_ratio) {
  const FeatureRow& w = AutoWeights();
  const std::vector<FeatureRow> rows = SentenceFeatures(s, budget_ratio);
  std::vector<double> scores(s.size(), 0.0);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.boilerplate[i]) continue;
    double z = 0.0;
    for (size_t k = 0; k < kFeatureCount; ++k) z += w[k] * rows[i][k];
    scores[i] = 1.0 / (1.0 + std::exp(-z));
  }
  NormalizeMax(&scores);
  return scores;
}

std::vector<double> ScoreSentences(const SentenceTerms& s, Algorithm algorithm,
                                   double budget_ratio) {
  switch (algorithm) {
    case Algorithm::kLead:
      return ScoreLead(s);
    case Algorithm::kCentroid:
      return ScoreCentroid(s);
    case Algorithm::kTextRank:
      return ScoreTextRank(s);
    case Algorithm::kLexRank:
      return ScoreLexRank(s);
    case Algorithm::kAuto:
      break;
  }
  return ScoreAuto(s, budget_ratio);
}

}  // namespace precis::rank
