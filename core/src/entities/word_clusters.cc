#include "entities/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace precis::entities {
namespace {

// x log x, tabulated for the small counts that dominate.
class XLogX {
 public:
  XLogX() : table_(kSize) {
    for (size_t i = 1; i < kSize; ++i) table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kSize)) return table_[static_cast<size_t>(x)];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  static constexpr size_t kSize = 1 << 16;
  std::vector<double> table_;
};

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
std::vector<int> KMeans(const std::vector<float>& points, const std::vector<double>& weights,
                        size_t dims, int k, int max_iterations, std::vector<float>* centres,
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

void ClusterCorpus::AddSentence(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    auto [it, inserted] = raw_ids_.emplace(w, static_cast<int>(raw_counts_.size()));
    if (inserted) raw_counts_.push_back(0);
    ++raw_counts_[static_cast<size_t>(it->second)];
    tokens_.push_back(it->second);
  }
  tokens_.push_back(-1);
}

void ClusterCorpus::Finish(int min_count) {
  std::vector<int> order(raw_counts_.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::string> raw_words(raw_counts_.size());
  for (const auto& [w, id] : raw_ids_) raw_words[static_cast<size_t>(id)] = w;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const auto ca = raw_counts_[static_cast<size_t>(a)], cb = raw_counts_[static_cast<size_t>(b)];
    return ca != cb ? ca > cb : raw_words[static_cast<size_t>(a)] < raw_words[static_cast<size_t>(b)];
  });
  std::vector<int> id_of(raw_counts_.size(), -1);
  for (int raw : order) {
    if (raw_counts_[static_cast<size_t>(raw)] < min_count) break;
    id_of[static_cast<size_t>(raw)] = static_cast<int>(words_.size());
    words_.push_back(raw_words[static_cast<size_t>(raw)]);
    counts_.push_back(raw_counts_[static_cast<size_t>(raw)]);
  }
  const int rare = static_cast<int>(words_.size());
  words_.push_back("<rare>");
  counts_.push_back(0);
  for (size_t r = 0; r < id_of.size(); ++r) {
    if (id_of[r] < 0) counts_.back() += raw_counts_[r];
  }
  const int boundary = static_cast<int>(words_.size());
  std::unordered_map<uint64_t, int64_t> bigrams;
  int previous = boundary;
  for (int raw : tokens_) {
    const int id = raw < 0 ? boundary : id_of[static_cast<size_t>(raw)] < 0 ? rare : id_of[static_cast<size_t>(raw)];
    ++bigrams[(static_cast<uint64_t>(previous) << 32) | static_cast<uint32_t>(id)];
    previous = id;
  }
  const size_t n = words_.size() + 1;
  right_start_.assign(n + 1, 0);
  left_start_.assign(n + 1, 0);
  for (const auto& [key, count] : bigrams) {
    ++right_start_[(key >> 32) + 1];
    ++left_start_[(key & 0xffffffffu) + 1];
  }
  std::partial_sum(right_start_.begin(), right_start_.end(), right_start_.begin());
  std::partial_sum(left_start_.begin(), left_start_.end(), left_start_.begin());
  right_.resize(bigrams.size());
  left_.resize(bigrams.size());
  std::vector<int64_t> r_fill(right_start_.begin(), right_start_.end() - 1);
  std::vector<int64_t> l_fill(left_start_.begin(), left_start_.end() - 1);
  for (const auto& [key, count] : bigrams) {
    const auto a = static_cast<int>(key >> 32), b = static_cast<int>(key & 0xffffffffu);
    right_[static_cast<size_t>(r_fill[static_cast<size_t>(a)]++)] = {b, count};
    left_[static_cast<size_t>(l_fill[static_cast<size_t>(b)]++)] = {a, count};
  }
  raw_ids_.clear();
  tokens_.clear();
}

std::vector<int> ClusterCorpus::Cluster(int classes, int max_iterations,
                                        const std::function<void(const std::string&)>& log) const {
  const XLogX f;
  const size_t V = words_.size();
  const auto C = static_cast<size_t>(classes);
  const size_t K = C + 1;  // class C holds only the sentence boundary and never changes
  std::vector<int> cls(V + 1);
  for (size_t w = 0; w < V; ++w) cls[w] = static_cast<int>(w % C);  // frequent words apart
  cls[V] = classes;
  std::vector<int64_t> M(K * K, 0), N(K, 0);
  for (size_t w = 0; w <= V; ++w) {
    for (int64_t e = right_start_[w]; e < right_start_[w + 1]; ++e) {
      const auto& [v, count] = right_[static_cast<size_t>(e)];
      M[static_cast<size_t>(cls[w]) * K + static_cast<size_t>(cls[static_cast<size_t>(v)])] += count;
      N[static_cast<size_t>(cls[w])] += count;
    }
  }
  std::vector<int64_t> r(K, 0), l(K, 0);
  std::vector<size_t> rs, ls;  // classes with r > 0, l > 0
  for (int iteration = 1; iteration <= max_iterations; ++iteration) {
    size_t moved = 0;
    for (size_t w = 0; w < V; ++w) {
      int64_t self = 0, n_w = 0;
      for (int64_t e = right_start_[w]; e < right_start_[w + 1]; ++e) {
        const auto& [v, count] = right_[static_cast<size_t>(e)];
        n_w += count;
        if (static_cast<size_t>(v) == w) {
          self = count;
          continue;
        }
        const auto d = static_cast<size_t>(cls[static_cast<size_t>(v)]);
        if (r[d] == 0) rs.push_back(d);
        r[d] += count;
      }
      for (int64_t e = left_start_[w]; e < left_start_[w + 1]; ++e) {
        const auto& [u, count] = left_[static_cast<size_t>(e)];
        if (static_cast<size_t>(u) == w) continue;
        const auto c = static_cast<size_t>(cls[static_cast<size_t>(u)]);
        if (l[c] == 0) ls.push_back(c);
        l[c] += count;
      }
      const auto a = static_cast<size_t>(cls[w]);
      auto apply = [&](size_t b, int64_t sign) {
        for (size_t d : rs) M[b * K + d] += sign * r[d];
        for (size_t c : ls) M[c * K + b] += sign * l[c];
        M[b * K + b] += sign * self;
        N[b] += sign * n_w;
      };
      apply(a, -1);
      size_t best = a;
      double best_gain = -1e300;
      for (size_t b = 0; b < C; ++b) {
        double gain = 0;
        const int64_t* row = &M[b * K];
        for (size_t d : rs) {
          if (d != b) gain += f(row[d] + r[d]) - f(row[d]);
        }
        for (size_t c : ls) {
          if (c != b) gain += f(M[c * K + b] + l[c]) - f(M[c * K + b]);
        }
        gain += f(row[b] + r[b] + l[b] + self) - f(row[b]);
        gain -= 2 * (f(N[b] + n_w) - f(N[b]));
        if (gain > best_gain + 1e-9 || (b == a && gain >= best_gain - 1e-9)) {
          best_gain = gain;
          best = b;
        }
      }
      apply(best, 1);
      if (best != a) {
        cls[w] = static_cast<int>(best);
        ++moved;
      }
      for (size_t d : rs) r[d] = 0;
      for (size_t c : ls) l[c] = 0;
      rs.clear();
      ls.clear();
    }
    log(std::to_string(classes) + " classes, iteration " + std::to_string(iteration) + ": " +
        std::to_string(moved) + " of " + std::to_string(V) + " words moved");
    if (moved * 1000 < V) break;
  }
  cls.pop_back();
  return cls;
}

WordClasses ClassesFromVectors(std::vector<float> vectors, size_t dims, std::array<int, 3> classes,
                               int max_iterations,
                               const std::function<void(const std::string&)>& log) {
  WordClasses out;
  const size_t n = dims == 0 ? 0 : vectors.size() / dims;
  if (n == 0) return out;
  for (size_t i = 0; i < n; ++i) Normalize(&vectors[i * dims], dims);
  for (int& c : classes) c = std::max(1, std::min(c, static_cast<int>(n)));
  std::vector<float> fine_centres, medium_centres, coarse_centres;
  out.fine = KMeans(vectors, std::vector<double>(n, 1.0), dims, classes[2], max_iterations,
                    &fine_centres, log);
  // Medium classes group the fine centres, weighted by their words; coarse ones the medium.
  std::vector<double> fine_mass(static_cast<size_t>(classes[2]), 0.0);
  for (int c : out.fine) fine_mass[static_cast<size_t>(c)] += 1;
  const std::vector<int> fine_to_medium =
      KMeans(fine_centres, fine_mass, dims, classes[1], 2 * max_iterations, &medium_centres, log);
  std::vector<double> medium_mass(static_cast<size_t>(classes[1]), 0.0);
  for (size_t c = 0; c < fine_mass.size(); ++c) {
    medium_mass[static_cast<size_t>(fine_to_medium[c])] += fine_mass[c];
  }
  const std::vector<int> medium_to_coarse = KMeans(medium_centres, medium_mass, dims, classes[0],
                                                   2 * max_iterations, &coarse_centres, log);
  for (int c : out.fine) {
    const int medium = fine_to_medium[static_cast<size_t>(c)];
    out.medium.push_back(medium);
    out.coarse.push_back(medium_to_coarse[static_cast<size_t>(medium)]);
  }
  return out;
}

std::vector<int> ClusterCorpus::PlaceByNeighbours(std::vector<int> fine, int classes) const {
  // A context is (side, the neighbour's class), the class `classes` standing for a neighbour
  // without one and `classes + 1` for the sentence's edge (the bigrams' boundary word).
  const size_t width = static_cast<size_t>(classes) + 2, dims = 2 * width;
  const size_t boundary = words_.size();
  auto class_of = [&](size_t w) -> size_t {
    if (w == boundary) return width - 1;
    return fine[w] < 0 ? width - 2 : static_cast<size_t>(fine[w]);
  };
  std::vector<size_t> missing;  // words to place, in order
  for (size_t w = 0; w < boundary; ++w) {
    if (fine[w] == -1) missing.push_back(w);
  }
  // Adds the counts of w's neighbours' classes to profile p.
  auto add_contexts = [&](size_t w, double* p) {
    for (int64_t e = left_start_[w]; e < left_start_[w + 1]; ++e) {
      const auto& [u, count] = left_[static_cast<size_t>(e)];
      p[class_of(static_cast<size_t>(u))] += static_cast<double>(count);
    }
    for (int64_t e = right_start_[w]; e < right_start_[w + 1]; ++e) {
      const auto& [v, count] = right_[static_cast<size_t>(e)];
      p[width + class_of(static_cast<size_t>(v))] += static_cast<double>(count);
    }
  };
  auto normalize = [&](double* p) {
    double sum = 0;
    for (size_t d = 0; d < dims; ++d) sum += p[d] * p[d];
    if (sum > 0) {
      for (size_t d = 0; d < dims; ++d) p[d] /= std::sqrt(sum);
    }
  };
  std::vector<double> class_profile(static_cast<size_t>(classes) * dims, 0.0);
  for (size_t w = 0; w < boundary; ++w) {
    if (fine[w] >= 0) add_contexts(w, &class_profile[static_cast<size_t>(fine[w]) * dims]);
  }
  for (int c = 0; c < classes; ++c) normalize(&class_profile[static_cast<size_t>(c) * dims]);
  std::vector<double> p(dims);
  std::vector<int> placed(missing.size());
  for (size_t m = 0; m < missing.size(); ++m) {
    std::fill(p.begin(), p.end(), 0.0);
    add_contexts(missing[m], p.data());
    normalize(p.data());
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
    placed[m] = best;
  }
  for (size_t m = 0; m < missing.size(); ++m) fine[missing[m]] = placed[m];
  return fine;
}

}  // namespace precis::entities
