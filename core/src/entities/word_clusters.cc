#include "entities/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace precis::entities {
namespace {

void Normalize(float* v, size_t dims) {
  double sum = 0;
  for (size_t d = 0; d < dims; ++d) sum += static_cast<double>(v[d]) * v[d];
  if (sum <= 0) return;
  const float scale = static_cast<float>(1 / std::sqrt(sum));
  for (size_t d = 0; d < dims; ++d) v[d] *= scale;
}

// Spherical k-means of the rows of `points` (normalized), each with a weight; returns each
// row's cluster and leaves the normalized centres in *centres. Stops when fewer than one row in
// a thousand changes cluster. An emptied cluster restarts at a row spread from the others.
std::vector<int> KMeans(const std::vector<float>& points, const std::vector<double>& weights, size_t dims,
                        int k, int max_iterations, std::vector<float>* centres,
                        const std::function<void(const std::string&)>& log) {
  const size_t n = weights.size();
  const size_t kk = static_cast<size_t>(k);
  centres->assign(kk * dims, 0.0f);
  for (size_t c = 0; c < kk; ++c) {
    const size_t row = c * n / kk;
    std::copy(points.begin() + static_cast<std::ptrdiff_t>(row * dims),
              points.begin() + static_cast<std::ptrdiff_t>((row + 1) * dims),
              centres->begin() + static_cast<std::ptrdiff_t>(c * dims));
  }
  std::vector<int> cluster(n, -1);
  for (int it = 0; it < max_iterations; ++it) {
    size_t moved = 0;
    for (size_t i = 0; i < n; ++i) {
      const float* x = &points[i * dims];
      int best = 0;
      float best_score = -2.0f;
      for (size_t c = 0; c < kk; ++c) {
        const float* y = &(*centres)[c * dims];
        float score = 0;
        for (size_t d = 0; d < dims; ++d) score += x[d] * y[d];
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(c);
        }
      }
      if (cluster[i] != best) {
        cluster[i] = best;
        ++moved;
      }
    }
    std::vector<double> sums(kk * dims, 0.0), mass(kk, 0.0);
    for (size_t i = 0; i < n; ++i) {
      const size_t c = static_cast<size_t>(cluster[i]);
      for (size_t d = 0; d < dims; ++d) sums[c * dims + d] += weights[i] * points[i * dims + d];
      mass[c] += weights[i];
    }
    for (size_t c = 0; c < kk; ++c) {
      float* y = &(*centres)[c * dims];
      if (mass[c] == 0) {
        const size_t row = (c * n / kk + static_cast<size_t>(it + 1) * 7919) % n;
        for (size_t d = 0; d < dims; ++d) y[d] = points[row * dims + d];
        continue;
      }
      for (size_t d = 0; d < dims; ++d) y[d] = static_cast<float>(sums[c * dims + d]);
      Normalize(y, dims);
    }
    log("k-means " + std::to_string(k) + ", iteration " + std::to_string(it + 1) + ": " +
        std::to_string(moved) + " moved");
    if (moved * 1000 < n) break;
  }
  return cluster;
}

}  // namespace

WordClasses ClassesFromVectors(std::vector<float> vectors, size_t dims, std::array<int, 3> classes,
                               int max_iterations, const std::function<void(const std::string&)>& log) {
  WordClasses out;
  const size_t n = dims == 0 ? 0 : vectors.size() / dims;
  if (n == 0) return out;
  for (size_t i = 0; i < n; ++i) Normalize(&vectors[i * dims], dims);
  for (int& c : classes) c = std::max(1, std::min(c, static_cast<int>(n)));
  std::vector<float> fine_centres, medium_centres, coarse_centres;
  out.fine = KMeans(vectors, std::vector<double>(n, 1.0), dims, classes[2], max_iterations, &fine_centres, log);
  // Medium classes group the fine centres, weighted by their words; coarse ones the medium.
  std::vector<double> fine_mass(static_cast<size_t>(classes[2]), 0.0);
  for (int c : out.fine) fine_mass[static_cast<size_t>(c)] += 1;
  const std::vector<int> fine_to_medium =
      KMeans(fine_centres, fine_mass, dims, classes[1], 2 * max_iterations, &medium_centres, log);
  std::vector<double> medium_mass(static_cast<size_t>(classes[1]), 0.0);
  for (size_t c = 0; c < fine_mass.size(); ++c) medium_mass[static_cast<size_t>(fine_to_medium[c])] += fine_mass[c];
  const std::vector<int> medium_to_coarse =
      KMeans(medium_centres, medium_mass, dims, classes[0], 2 * max_iterations, &coarse_centres, log);
  for (int c : out.fine) {
    const int medium = fine_to_medium[static_cast<size_t>(c)];
    out.medium.push_back(medium);
    out.coarse.push_back(medium_to_coarse[static_cast<size_t>(medium)]);
  }
  return out;
}

std::vector<int> FillClassesFromContexts(const std::vector<int>& tokens, std::vector<int> fine, int classes) {
  // A context is (side, the neighbour's class), the class `classes` standing for a neighbour
  // without one and `classes + 1` for the sentence's edge.
  const size_t width = static_cast<size_t>(classes) + 2, dims = 2 * width;
  auto class_at = [&](size_t i) -> size_t {
    if (tokens[i] < 0) return width - 1;
    const int c = fine[static_cast<size_t>(tokens[i])];
    return c < 0 ? width - 2 : static_cast<size_t>(c);
  };
  std::vector<int> missing;  // word ids without a class, dense index in `profile_of`
  std::vector<int> slot(fine.size(), -1);
  for (int t : tokens) {
    if (t >= 0 && fine[static_cast<size_t>(t)] == -1 && slot[static_cast<size_t>(t)] < 0) {
      slot[static_cast<size_t>(t)] = static_cast<int>(missing.size());
      missing.push_back(t);
    }
  }
  std::vector<double> class_profile(static_cast<size_t>(classes) * dims, 0.0);
  std::vector<double> word_profile(missing.size() * dims, 0.0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] < 0) continue;
    const size_t left = i == 0 ? width - 1 : class_at(i - 1);
    const size_t right = i + 1 == tokens.size() ? width - 1 : class_at(i + 1);
    const int c = fine[static_cast<size_t>(tokens[i])];
    if (c == -2) continue;
    double* p = c >= 0 ? &class_profile[static_cast<size_t>(c) * dims]
                       : &word_profile[static_cast<size_t>(slot[static_cast<size_t>(tokens[i])]) * dims];
    p[left] += 1;
    p[width + right] += 1;
  }
  auto normalize = [&](double* p) {
    double sum = 0;
    for (size_t d = 0; d < dims; ++d) sum += p[d] * p[d];
    if (sum > 0) {
      for (size_t d = 0; d < dims; ++d) p[d] /= std::sqrt(sum);
    }
  };
  for (int c = 0; c < classes; ++c) normalize(&class_profile[static_cast<size_t>(c) * dims]);
  for (size_t m = 0; m < missing.size(); ++m) {
    double* p = &word_profile[m * dims];
    normalize(p);
    int best = 0;
    double best_score = -1;
    for (int c = 0; c < classes; ++c) {
      const double* q = &class_profile[static_cast<size_t>(c) * dims];
      double score = 0;
      for (size_t d = 0; d < dims; ++d) score += p[d] * q[d];
      if (score > best_score) {
        best_score = score;
        best = c;
      }
    }
    fine[static_cast<size_t>(missing[m])] = best;
  }
  return fine;
}

}  // namespace precis::entities
