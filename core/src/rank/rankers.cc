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

// Three weight vectors in FeatureRow order, named in the file by a prefix: "single:" for
// one-sentence summaries, "short:" for summaries of a small share of the article (news
// highlights: a few sentences), "long:" for a large share (an extractive digest). Features the
// file does not name weigh 0.
enum Vector { kSingle, kShort, kLong };

const std::array<FeatureRow, 3>& AutoWeights() {
  static const std::array<FeatureRow, 3> weights = [] {
    std::array<FeatureRow, 3> w{};
    const auto& names = FeatureNames();
    for (const Weight& entry : kAutoWeights) {
      const size_t colon = entry.name.find(':');
      const std::string_view prefix = entry.name.substr(0, colon);
      const std::string_view name = entry.name.substr(colon + 1);
      const size_t v = prefix == "single" ? kSingle : prefix == "short" ? kShort : kLong;
      for (size_t k = 0; k < kFeatureCount; ++k) {
        if (names[k] == name) w[v][k] = entry.value;
      }
    }
    return w;
  }();
  return weights;
}

// How far a budget is from a short summary towards a long one: 0 up to 15% of the article,
// 1 from 30%, linear between (scripts/train-ranker.mjs replays the same blend).
double LongShare(const Budget& budget) {
  return std::clamp((budget.ratio - kShortRatio) / (kLongRatio - kShortRatio), 0.0, 1.0);
}

}  // namespace

std::vector<double> ScoreAuto(const SentenceTerms& s, const Budget& budget) {
  const std::array<FeatureRow, 3>& all = AutoWeights();
  FeatureRow w = all[kSingle];
  if (budget.sentences >= 1.5) {
    const double share = LongShare(budget);
    for (size_t k = 0; k < kFeatureCount; ++k) {
      w[k] = (1.0 - share) * all[kShort][k] + share * all[kLong][k];
    }
  }
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
