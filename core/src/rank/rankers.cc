#include "rank/rankers.h"

#include <algorithm>
#include <cmath>

#include "rank/tfidf.h"

namespace precis::rank {
namespace {

void ZeroBoilerplate(const SentenceTerms& s, std::vector<double>* scores) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.boilerplate[i]) (*scores)[i] = 0.0;
  }
}

// Fraction of the title's content terms that the sentence contains.
double TitleOverlap(const SentenceTerms& s, size_t i) {
  if (s.title_terms.empty()) return 0.0;
  size_t hits = 0;
  for (int id : s.title_terms) {
    if (std::find(s.terms[i].begin(), s.terms[i].end(), id) != s.terms[i].end()) ++hits;
  }
  return static_cast<double>(hits) / static_cast<double>(s.title_terms.size());
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

// A hand-set blend until the learned ranker lands: centrality carries most weight, early and
// paragraph-initial position and title overlap add to it, and very short sentences lose.
std::vector<double> ScoreAuto(const SentenceTerms& s) {
  const std::vector<double> centroid = ScoreCentroid(s);
  const std::vector<double> textrank = ScoreTextRank(s);
  std::vector<double> scores(s.size(), 0.0);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.boilerplate[i]) continue;
    const double position = 1.0 / std::sqrt(1.0 + static_cast<double>(i));
    const double length = std::min(1.0, static_cast<double>(s.words[i]) / 12.0);
    scores[i] = (0.40 * centroid[i] + 0.25 * textrank[i] + 0.20 * position +
                 0.10 * TitleOverlap(s, i) + (s.paragraph_initial[i] ? 0.05 : 0.0)) *
                length;
  }
  NormalizeMax(&scores);
  return scores;
}

std::vector<double> ScoreSentences(const SentenceTerms& s, Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::kLead:
      return ScoreLead(s);
    case Algorithm::kCentroid:
      return ScoreCentroid(s);
    case Algorithm::kTextRank:
      return ScoreTextRank(s);
    case Algorithm::kAuto:
      break;
  }
  return ScoreAuto(s);
}

}  // namespace precis::rank
