#include "rank/features.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "rank/rankers.h"

namespace precis::rank {
namespace {

constexpr size_t kSalientTerms = 10;

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

const std::array<std::string_view, kFeatureCount>& FeatureNames() {
  static constexpr std::array<std::string_view, kFeatureCount> kNames = {"bias",
                                                                         "position",
                                                                         "position_inverse",
                                                                         "first",
                                                                         "second",
                                                                         "paragraph_first",
                                                                         "paragraph_position",
                                                                         "length",
                                                                         "short",
                                                                         "textrank",
                                                                         "centroid",
                                                                         "title",
                                                                         "names",
                                                                         "numbers",
                                                                         "quoted",
                                                                         "salient",
                                                                         "budget",
                                                                         "budget_x_inverse",
                                                                         "budget_x_first",
                                                                         "budget_x_textrank",
                                                                         "budget_x_centroid",
                                                                         "budget_x_length",
                                                                         "textrank_x_centroid",
                                                                         "single",
                                                                         "single_x_first",
                                                                         "single_x_inverse",
                                                                         "single_x_length",
                                                                         "lead_pick",
                                                                         "textrank_pick",
                                                                         "centroid_pick",
                                                                         "frequency_sum",
                                                                         "frequency_mean"};
  return kNames;
}

std::vector<FeatureRow> SentenceFeatures(const SentenceTerms& s, const Budget& asked) {
  const double budget = asked.ratio;
  // A one-sentence summary is its own task (a headline-like sentence, not the lead).
  const double single = asked.sentences < 1.5 ? 1.0 : 0.0;
  const size_t n = s.size();
  std::vector<FeatureRow> rows(n, FeatureRow{});
  if (n == 0) return rows;
  const std::vector<double> textrank = ScoreTextRank(s);
  const std::vector<double> centroid = ScoreCentroid(s);

  // The article's most frequent content terms.
  std::unordered_map<int, int> frequency;
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i]) continue;
    for (int id : s.terms[i]) ++frequency[id];
  }
  std::vector<std::pair<int, int>> by_count(frequency.begin(), frequency.end());
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::unordered_map<int, bool> salient;
  for (size_t k = 0; k < by_count.size() && k < kSalientTerms; ++k)
    salient[by_count[k].first] = true;

  // Whether LEAD, TextRank and the centroid ranker would pick the sentence at this budget.
  const auto picks = [&](const std::vector<double>& scores) {
    std::vector<size_t> order;
    for (size_t i = 0; i < n; ++i) {
      if (!s.excluded[i]) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    std::vector<double> pick(n, 0.0);
    for (size_t r = 0; r < order.size() && static_cast<double>(r) < asked.sentences; ++r) {
      pick[order[r]] = 1.0;
    }
    return pick;
  };
  const std::vector<double> textrank_pick = picks(textrank);
  const std::vector<double> centroid_pick = picks(centroid);

  // Word-frequency scores (Luhn, SumBasic): the sum favours long, the mean dense sentences.
  std::vector<double> frequency_sum(n, 0.0);
  std::vector<double> frequency_mean(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || s.terms[i].empty()) continue;
    for (int id : s.terms[i]) frequency_sum[i] += frequency[id];
    frequency_mean[i] = frequency_sum[i] / static_cast<double>(s.terms[i].size());
  }
  NormalizeMax(&frequency_sum);
  NormalizeMax(&frequency_mean);

  // Positions count article sentences only (excluded sentences skipped).
  size_t eligible = 0;
  for (size_t i = 0; i < n; ++i) eligible += s.excluded[i] ? 0 : 1;
  const int last_paragraph = s.paragraph.empty() ? 0 : s.paragraph.back();
  size_t index = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i]) continue;
    const double pos =
        eligible > 1 ? static_cast<double>(index) / static_cast<double>(eligible - 1) : 0.0;
    const double inverse = 1.0 / (1.0 + static_cast<double>(index));
    const double words = std::max(1, s.words[i]);
    const double length = std::min(words / 30.0, 2.0);
    size_t salient_hits = 0;
    for (int id : s.terms[i]) salient_hits += salient.count(id);
    FeatureRow& r = rows[i];
    r[0] = 1.0;
    r[1] = pos;
    r[2] = inverse;
    r[3] = index == 0 ? 1.0 : 0.0;
    r[4] = index == 1 ? 1.0 : 0.0;
    r[5] = s.paragraph_initial[i] ? 1.0 : 0.0;
    r[6] = last_paragraph > 0 ? static_cast<double>(s.paragraph[i]) / last_paragraph : 0.0;
    r[7] = length;
    r[8] = words < 6 ? 1.0 : 0.0;
    r[9] = textrank[i];
    r[10] = centroid[i];
    r[11] = TitleOverlap(s, i);
    r[12] = std::min(1.0, s.capitalized[i] / words);
    r[13] = s.numbers[i] > 0 ? 1.0 : 0.0;
    r[14] = s.quoted[i] ? 1.0 : 0.0;
    r[15] = s.terms[i].empty()
                ? 0.0
                : static_cast<double>(salient_hits) / static_cast<double>(s.terms[i].size());
    r[16] = budget;
    r[17] = budget * inverse;
    r[18] = budget * r[3];
    r[19] = budget * textrank[i];
    r[20] = budget * centroid[i];
    r[21] = budget * length;
    r[22] = textrank[i] * centroid[i];
    r[23] = single;
    r[24] = single * r[3];
    r[25] = single * inverse;
    r[26] = single * length;
    r[27] = static_cast<double>(index) < asked.sentences ? 1.0 : 0.0;
    r[28] = textrank_pick[i];
    r[29] = centroid_pick[i];
    r[30] = frequency_sum[i];
    r[31] = frequency_mean[i];
    ++index;
  }
  return rows;
}

}  // namespace precis::rank
