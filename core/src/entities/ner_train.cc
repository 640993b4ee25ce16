#include "entities/ner_train.h"

#include <cstdio>
#include <random>
#include <unordered_map>

#include "entities/ner_viterbi.h"
#include "entities/tagger.h"

namespace precis::entities {
namespace {

constexpr auto L = static_cast<size_t>(kNerLabels);

struct Example {  // one sentence: feature rows per token (-1 = unknown feature) and gold labels
  std::vector<std::vector<int32_t>> rows;
  std::vector<uint8_t> identity;  // per token: how many leading rows name the word itself
  std::vector<int> gold;
};

// Per token, how many leading rows this pass skips (identity dropout); empty = none.
using Skips = std::vector<uint8_t>;

// Averaged perceptron weights with the lazy-averaging trick: avg = w - u / c.
struct Weights {
  std::vector<float> w, u;
  Transitions tw{}, tu{};
  double c = 1;

  void Update(const std::vector<int32_t>& rows, size_t skip, int label, float delta) {
    for (size_t k = skip; k < rows.size(); ++k) {
      const int32_t r = rows[k];
      if (r < 0) continue;
      const size_t i = static_cast<size_t>(r) * L + static_cast<size_t>(label);
      w[i] += delta;
      u[i] += static_cast<float>(c) * delta;
    }
  }
  void UpdateTransition(int row, int label, float delta) {
    TransitionAt(tw, row, label) += delta;
    TransitionAt(tu, row, label) += static_cast<float>(c) * delta;
  }
};

std::vector<int> Decode(const std::vector<float>& w, const Transitions& t, const Example& e,
                        const Skips& skips = {}) {
  const size_t n = e.rows.size();
  std::vector<float> emissions(n * L, 0.0f);
  for (size_t i = 0; i < n; ++i) {
    for (size_t k = skips.empty() ? 0 : skips[i]; k < e.rows[i].size(); ++k) {
      const int32_t r = e.rows[i][k];
      if (r < 0) continue;
      for (size_t l = 0; l < L; ++l) emissions[i * L + l] += w[static_cast<size_t>(r) * L + l];
    }
  }
  return Viterbi(emissions, static_cast<int>(n), t);
}

std::vector<std::vector<Example>> Index(const std::vector<IobDocument>& docs, const NerLexicon& lexicon,
                                        std::unordered_map<uint32_t, int32_t>* rows, bool grow) {
  std::vector<std::vector<Example>> out;
  for (const IobDocument& d : docs) {
    const std::vector<SentenceFeatures> features = ExtractNerFeatures(d.Words(), &lexicon);
    std::vector<Example>& examples = out.emplace_back();
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      Example e;
      const int n = features[s].size();
      e.gold = LabelsFromSpans(d.sentences[s].names, n);
      e.identity = features[s].identity;
      for (int i = 0; i < n; ++i) {
        std::vector<int32_t>& r = e.rows.emplace_back();
        for (uint32_t key : features[s].Of(i)) {
          auto it = rows->find(key);
          if (it == rows->end() && grow) {
            it = rows->emplace(key, static_cast<int32_t>(rows->size())).first;
          }
          r.push_back(it == rows->end() ? -1 : it->second);
        }
      }
      examples.push_back(std::move(e));
    }
  }
  return out;
}

// One perceptron learning: its weights, the order it sees the documents in and its random
// streams (shuffling, identity dropout).
struct Run {
  Weights m;
  std::vector<size_t> order;
  std::mt19937 rng, dropout_rng;

  Run(size_t features, size_t documents, uint32_t seed)
      : order(documents), rng(seed), dropout_rng(seed + 1) {
    m.w.assign(features * L, 0.0f);
    m.u.assign(features * L, 0.0f);
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  }

  // One pass over the documents in a fresh order; returns the sentences it got wrong.
  size_t Epoch(const std::vector<std::vector<Example>>& train_set, float identity_dropout) {
    const auto dropout_threshold = static_cast<uint32_t>(
        static_cast<double>(identity_dropout) * static_cast<double>(std::mt19937::max()));
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t mistakes = 0;
    Skips skips;
    for (size_t d : order) {
      for (const Example& e : train_set[d]) {
        skips.clear();
        if (identity_dropout > 0) {
          skips.resize(e.identity.size());
          for (size_t i = 0; i < skips.size(); ++i) {
            skips[i] = dropout_rng() < dropout_threshold ? e.identity[i] : 0;
          }
        }
        const std::vector<int> predicted = Decode(m.w, m.tw, e, skips);
        if (predicted != e.gold) {
          ++mistakes;
          Learn(e, predicted, skips);
        }
        m.c += 1;
      }
    }
    return mistakes;
  }

  void Learn(const Example& e, const std::vector<int>& predicted, const Skips& skips) {
    const size_t n = e.gold.size();
    for (size_t i = 0; i < n; ++i) {
      const int g = e.gold[i], p = predicted[i];
      if (g != p) {
        const size_t skip = skips.empty() ? 0 : skips[i];
        m.Update(e.rows[i], skip, g, 1.0f);
        m.Update(e.rows[i], skip, p, -1.0f);
      }
      const int gr = i == 0 ? kStartRow : RowOf(e.gold[i - 1]);
      const int pr = i == 0 ? kStartRow : RowOf(predicted[i - 1]);
      if (gr != pr || g != p) {
        m.UpdateTransition(gr, g, 1.0f);
        m.UpdateTransition(pr, p, -1.0f);
      }
    }
    if (e.gold.back() != predicted.back()) {
      m.UpdateTransition(kEndRow, e.gold.back(), 1.0f);
      m.UpdateTransition(kEndRow, predicted.back(), -1.0f);
    }
  }

  // Adds the averaged perceptron's weights, divided by `share`, to `w` and `t`.
  void AddAverage(float share, std::vector<float>* w, Transitions* t) const {
    const auto c = static_cast<float>(m.c);
    for (size_t i = 0; i < w->size(); ++i) (*w)[i] += (m.w[i] - m.u[i] / c) / share;
    for (size_t i = 0; i < t->size(); ++i) (*t)[i] += (m.tw[i] - m.tu[i] / c) / share;
  }
};

double DevF1(const std::vector<float>& w, const Transitions& t,
             const std::vector<std::vector<Example>>& dev) {
  NerScore score;
  for (const auto& doc : dev) {
    for (const Example& e : doc) score.Add(SpansFromLabels(e.gold), SpansFromLabels(Decode(w, t, e)));
  }
  return score.Micro().f1;
}

}  // namespace

IobDocument ChangeCase(const IobDocument& doc, bool upper) {
  IobDocument out = doc;
  for (IobSentence& s : out.sentences) {
    for (std::string& w : s.words) {
      for (char& c : w) {
        if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    }
  }
  return out;
}

NerModel TrainNer(const std::vector<IobDocument>& original, const std::vector<IobDocument>& dev,
                  const NerLexicon& lexicon, const NerTrainOptions& options,
                  const std::function<void(const std::string&)>& log, std::vector<double>* dev_f1) {
  std::vector<IobDocument> train = original;
  if (const int every = options.case_copies_every; every > 0) {
    for (size_t d = 0; d < original.size(); ++d) {
      if (d % static_cast<size_t>(every) == 0) train.push_back(ChangeCase(original[d], true));
      if (d % static_cast<size_t>(every) == static_cast<size_t>(every / 2)) {
        train.push_back(ChangeCase(original[d], false));
      }
    }
  }
  std::unordered_map<uint32_t, int32_t> rows;
  std::vector<std::vector<Example>> train_set = Index(train, lexicon, &rows, true);
  if (options.min_count > 1) {  // drop rare features: renumber the frequent ones
    std::vector<int> count(rows.size(), 0);
    for (const auto& doc : train_set) {
      for (const Example& e : doc) {
        for (const auto& r : e.rows) {
          for (int32_t f : r) ++count[static_cast<size_t>(f)];
        }
      }
    }
    std::vector<int32_t> renumber(rows.size(), -1);
    int32_t next = 0;
    for (auto it = rows.begin(); it != rows.end();) {
      if (count[static_cast<size_t>(it->second)] < options.min_count) {
        it = rows.erase(it);
      } else {
        renumber[static_cast<size_t>(it->second)] = next;
        it->second = next++;
        ++it;
      }
    }
    for (auto& doc : train_set) {
      for (Example& e : doc) {
        for (auto& r : e.rows) {
          for (int32_t& f : r) f = renumber[static_cast<size_t>(f)];
        }
      }
    }
  }
  const std::vector<std::vector<Example>> dev_set = Index(dev, lexicon, &rows, false);
  log(std::to_string(rows.size()) + " features");

  // Several perceptrons, each seeing the documents in its own order, learn side by side and the
  // model is the mean of their averaged weights: one perceptron's final weights depend on the
  // order it saw the documents in (retraining after a small change to the features flips
  // borderline names all over), and the mean of a few is steadier and no worse.
  const int runs = std::max(1, options.runs);
  std::vector<Run> learners;
  for (int r = 0; r < runs; ++r) {
    learners.emplace_back(rows.size(), train_set.size(),
                          options.seed + 2 * static_cast<uint32_t>(r));
  }

  std::vector<float> best_w;
  Transitions best_t{};
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    size_t mistakes = 0;
    for (Run& run : learners) mistakes += run.Epoch(train_set, options.identity_dropout);
    std::vector<float> avg(rows.size() * L, 0.0f);
    Transitions avg_t{};
    for (const Run& run : learners) run.AddAverage(static_cast<float>(runs), &avg, &avg_t);
    const double f1 = dev_set.empty() ? 0 : DevF1(avg, avg_t, dev_set);
    char line[128];
    std::snprintf(line, sizeof line, "epoch %d: %zu sentences wrong, dev F1 %.2f", epoch,
                  mistakes / learners.size(), f1);
    log(line);
    if (dev_f1 != nullptr) dev_f1->push_back(f1);
    if (f1 > best_f1 || dev_set.empty()) {
      best_f1 = f1;
      best_epoch = epoch;
      best_w = std::move(avg);
      best_t = avg_t;
    }
  }
  log("kept epoch " + std::to_string(best_epoch));
  std::vector<uint32_t> keys(rows.size());
  for (const auto& [key, row] : rows) keys[static_cast<size_t>(row)] = key;
  return NerModel::FromWeights(keys, best_w, best_t, options.min_weight, lexicon);
}

NerScore EvaluateNer(const NerModel& model, const std::vector<IobDocument>& docs) {
  NerScore score;
  for (const IobDocument& d : docs) {
    const std::vector<std::vector<LabeledSpan>> found = TagDocument(d.Words(), {}, model);
    for (size_t s = 0; s < d.sentences.size(); ++s) score.Add(d.sentences[s].names, found[s]);
  }
  return score;
}

}  // namespace precis::entities
