#include "rank/features.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "rank/rankers.h"
#include "rank/select.h"

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

constexpr std::array<std::string_view, kFeatureCount> kNames = {
    "bias",              "position",          "position_inverse",   "first",
    "second",            "third",             "paragraph_first",    "paragraph_position",
    "length",            "long",              "short",              "textrank",
    "centroid",          "title",             "names",              "numbers",
    "quoted",            "question",          "dependent",          "salient",
    "frequency_sum",     "frequency_mean",    "frequency_per_word", "lede_x_inverse",
    "lede_x_first",      "weak_lede_x_first", "weak_lede_x_inverse", "budget",
    "budget_x_inverse",  "budget_x_first",    "budget_x_textrank",  "budget_x_centroid",
    "budget_x_length",   "textrank_x_centroid", "lead_pick",        "textrank_pick",
    "centroid_pick",     "long_article_x_inverse", "dependent_x_previous", "antecedent"};

}  // namespace

const std::array<std::string_view, kFeatureCount>& FeatureNames() { return kNames; }

std::vector<FeatureRow> SentenceFeatures(const SentenceTerms& s, const Budget& asked) {
  const double budget = asked.ratio;
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

  // Whether TextRank and the centroid ranker would pick the sentence at this budget.
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

  // Word-frequency scores (Luhn, SumBasic): the sum favours long sentences, the mean dense
  // ones, and the sum per word (stopwords counted) the information a reader gets per word.
  std::vector<double> frequency_sum(n, 0.0);
  std::vector<double> frequency_mean(n, 0.0);
  std::vector<double> frequency_per_word(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i] || s.terms[i].empty()) continue;
    for (int id : s.terms[i]) frequency_sum[i] += frequency[id] - 1;  // repeats elsewhere
    frequency_mean[i] = frequency_sum[i] / static_cast<double>(s.terms[i].size());
    frequency_per_word[i] = frequency_sum[i] / std::max(1.0, static_cast<double>(s.words[i]));
  }
  NormalizeMax(&frequency_sum);
  NormalizeMax(&frequency_mean);
  NormalizeMax(&frequency_per_word);

  // Positions count the article's sentences of a reader's length: fragments ("By .",
  // "Associated Press .", a deck line without a full stop) and excluded sentences do not move
  // the lead down. A fragment gets the position of the next full sentence.
  const auto weak = [&](size_t i) {
    return s.words[i] < kMinSummaryWords || (i < s.weak.size() && s.weak[i]);
  };
  std::vector<size_t> position(n, 0);
  size_t full = 0;
  for (size_t i = 0; i < n; ++i) {
    position[i] = full;
    if (!s.excluded[i] && !weak(i)) ++full;
  }
  const double last = static_cast<double>(std::max<size_t>(full, 2) - 1);

  // How news-like the opening is: a hard-news lede is close to the article's centroid and is a
  // statement; a feature often opens on a question, a quotation or a scene.
  size_t lede = n;
  for (size_t i = 0; i < n && lede == n; ++i) {
    if (!s.excluded[i] && !weak(i)) lede = i;
  }
  const double lede_strength = lede < n ? centroid[lede] : 0.0;
  const double weak_lede =
      lede < n && (s.question[lede] || s.quoted[lede] || s.dependent[lede]) ? 1.0 : 0.0;
  const double long_article = std::min(1.0, std::log1p(static_cast<double>(full)) / std::log(100.0));

  // A sentence that refers back is taken with the one before it (rank/select): how good that
  // one is matters, and a sentence the next one leans on is half of such a pair.
  std::vector<double> previous_centroid(n, 0.0);
  std::vector<double> antecedent(n, 0.0);
  for (size_t i = 0, before = n; i < n; ++i) {
    if (s.excluded[i]) continue;
    if (before < n && s.dependent[i]) {
      previous_centroid[i] = centroid[before];
      antecedent[before] = 1.0;
    }
    before = i;
  }

  const int last_paragraph = s.paragraph.empty() ? 0 : s.paragraph.back();
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i]) continue;
    const auto index = static_cast<double>(position[i]);
    const double pos = std::min(1.0, index / last);
    const double inverse = 1.0 / (1.0 + index);
    const double words = std::max(1, s.words[i]);
    const double length = std::min(words / 30.0, 2.0);
    size_t salient_hits = 0;
    for (int id : s.terms[i]) salient_hits += salient.count(id);
    const double first = position[i] == 0 ? 1.0 : 0.0;
    FeatureRow& r = rows[i];
    r[0] = 1.0;
    r[1] = pos;
    r[2] = inverse;
    r[3] = first;
    r[4] = position[i] == 1 ? 1.0 : 0.0;
    r[5] = position[i] == 2 ? 1.0 : 0.0;
    r[6] = s.paragraph_initial[i] ? 1.0 : 0.0;
    r[7] = last_paragraph > 0 ? static_cast<double>(s.paragraph[i]) / last_paragraph : 0.0;
    r[8] = length;
    r[9] = std::clamp((words - 35.0) / 35.0, 0.0, 1.0);
    r[10] = words < kMinSummaryWords ? 1.0 : 0.0;
    r[11] = textrank[i];
    r[12] = centroid[i];
    r[13] = TitleOverlap(s, i);
    r[14] = std::min(1.0, s.capitalized[i] / words);
    r[15] = s.numbers[i] > 0 ? 1.0 : 0.0;
    r[16] = s.quoted[i] ? 1.0 : 0.0;
    r[17] = s.question[i] ? 1.0 : 0.0;
    r[18] = s.dependent[i] ? 1.0 : 0.0;
    r[19] = s.terms[i].empty()
                ? 0.0
                : static_cast<double>(salient_hits) / static_cast<double>(s.terms[i].size());
    r[20] = frequency_sum[i];
    r[21] = frequency_mean[i];
    r[22] = frequency_per_word[i];
    r[23] = lede_strength * inverse;
    r[24] = lede_strength * first;
    r[25] = weak_lede * first;
    r[26] = weak_lede * inverse;
    r[27] = budget;
    r[28] = budget * inverse;
    r[29] = budget * first;
    r[30] = budget * textrank[i];
    r[31] = budget * centroid[i];
    r[32] = budget * length;
    r[33] = textrank[i] * centroid[i];
    r[34] = index < asked.sentences ? 1.0 : 0.0;
    r[35] = textrank_pick[i];
    r[36] = centroid_pick[i];
    r[37] = long_article * inverse;
    r[38] = previous_centroid[i];
    r[39] = antecedent[i];
  }
  return rows;
}

}  // namespace precis::rank
