#include "rank/tfidf.h"

#include <algorithm>
#include <cmath>

namespace precis::rank {

std::vector<SparseVector> TfIdfVectors(const SentenceTerms& s) {
  std::vector<SparseVector> out(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i] || s.terms[i].empty()) continue;
    std::vector<int> ids = s.terms[i];
    std::sort(ids.begin(), ids.end());
    SparseVector& v = out[i];
    for (size_t k = 0; k < ids.size();) {
      size_t e = k;
      while (e < ids.size() && ids[e] == ids[k]) ++e;
      // Sublinear tf keeps one repeated word from dominating a sentence.
      const double tf = 1.0 + std::log(static_cast<double>(e - k));
      v.emplace_back(ids[k], tf * s.idf[static_cast<size_t>(ids[k])]);
      k = e;
    }
    double norm = 0.0;
    for (const auto& [id, w] : v) norm += w * w;
    norm = std::sqrt(norm);
    for (auto& entry : v) entry.second /= norm;
  }
  return out;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0.0;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      sum += a[i++].second * b[j++].second;
    }
  }
  return sum;
}

}  // namespace precis::rank
