#include "rank/rankers.h"

#include <algorithm>
#include <cmath>

#include "rank/features.h"
#include "rank/tfidf.h"

namespace precis::rank {
namespace {

void ZeroBoilerplate(const SentenceTerms& s, std::vector<double>* scores) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i]) (*scores)[i] = 0.0;
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

// Two weight vectors in FeatureRow order: one for one-sentence summaries (names prefixed
// "single:" in the file), one for longer budgets. Features the file does not name weigh 0.
const FeatureRow& AutoWeights(bool single) {
  static const std::array<FeatureRow, 2> weights = [] {
    std::array<FeatureRow, 2> w{};
    const auto& names = FeatureNames();
    for (const Weight& entry : kAutoWeights) {
      const bool for_single = entry.name.starts_with("single:");
      const std::string_view name = for_single ? entry.name.substr(7) : entry.name;
      for (size_t k = 0; k < kFeatureCount; ++k) {
        if (names[k] == name) w[for_single ? 1 : 0][k] = entry.value;
      }
    }
    return w;
  }();
  return weights[single ? 1 : 0];
}

}  // namespace

std::vector<double> ScoreAuto(const SentenceTerms& s, const Budget& budget) {
  const FeatureRow& w = AutoWeights(budget.sentences < 1.5);
  const std::vector<FeatureRow> rows = SentenceFeatures(s, budget);
  // The linear score, scaled to [0, 1] over the eligible sentences: only the order matters,
  // and a min-max scale keeps every difference (a logistic would tie saturated scores, and the
  // trainer, which replays the order in JS, could not match that).
  std::vector<double> z(s.size(), 0.0);
  double low = 0.0;
  double high = 0.0;
  bool any = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i]) continue;
    double sum = 0.0;
    for (size_t k = 0; k < kFeatureCount; ++k) sum += w[k] * rows[i][k];
    z[i] = sum;
    low = any ? std::min(low, sum) : sum;
    high = any ? std::max(high, sum) : sum;
    any = true;
  }
  std::vector<double> scores(s.size(), 0.0);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i]) continue;
    scores[i] = high > low ? (z[i] - low) / (high - low) : 1.0;
  }
  return scores;
}

std::vector<double> ScoreSentences(const SentenceTerms& s, Algorithm algorithm,
                                   const Budget& budget) {
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
  return ScoreAuto(s, budget);
}

}  // namespace precis::rank
