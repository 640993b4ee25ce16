#include "rank/keyphrases.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace precis::rank {
namespace {

constexpr size_t kMaxWords = 3;

struct Phrase {
  std::vector<std::string> stems;
  std::string surface;
  int count = 0;
  size_t first = 0;  // order of first occurrence, for deterministic ties
};

// Words are adjacent in a phrase only if nothing but spaces or a hyphen separates them.
bool Adjacent(std::string_view text, const text::Token& a, const text::Token& b) {
  for (size_t i = a.end; i < b.start; ++i) {
    if (text[i] != ' ' && text[i] != '-') return false;
  }
  return true;
}

}  // namespace

std::vector<KeyphraseCandidate> ExtractKeyphrases(
    std::string_view text, const std::vector<std::vector<text::Token>>& tokens,
    const std::vector<bool>& excluded, size_t max_phrases) {
  std::unordered_map<std::string, int> stem_count;
  // Key: stems joined by ' '. A hash map: this runs for every content word of the article, and
  // ties are broken by first occurrence below, so the map's order never matters.
  std::unordered_map<std::string, Phrase> phrases;
  size_t order = 0;
  for (size_t s = 0; s < tokens.size(); ++s) {
    if (excluded[s]) continue;
    const auto& toks = tokens[s];
    for (const text::Token& t : toks) {
      if (t.content && t.stem.size() > 1) ++stem_count[t.stem];
    }
    for (size_t i = 0; i < toks.size(); ++i) {
      if (!toks[i].content || toks[i].stem.size() <= 1) continue;
      std::string key;
      std::vector<std::string> stems;
      for (size_t k = i; k < toks.size() && k - i < kMaxWords; ++k) {
        if (!toks[k].content || (k > i && !Adjacent(text, toks[k - 1], toks[k]))) break;
        if (k > i) key += ' ';
        key += toks[k].stem;
        stems.push_back(toks[k].stem);
        Phrase& p = phrases[key];
        if (p.count++ == 0) {
          p.stems = stems;
          p.surface = std::string(text.substr(toks[i].start, toks[k].end - toks[i].start));
          p.first = order++;
        }
      }
    }
  }

  // Score: mean word frequency times phrase frequency; multi-word phrases must repeat.
  std::vector<std::pair<double, const Phrase*>> scored;
  for (const auto& [key, p] : phrases) {
    if (p.stems.size() > 1 && p.count < 2) continue;
    double words = 0.0;
    for (const std::string& st : p.stems) words += stem_count[st];
    words /= static_cast<double>(p.stems.size());
    const double score =
        std::sqrt(words) * p.count * (1.0 + 0.5 * static_cast<double>(p.stems.size() - 1));
    if (p.count >= 2 || p.stems.size() == 1) scored.emplace_back(score, &p);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second->first < b.second->first;
  });

  std::vector<KeyphraseCandidate> out;
  std::vector<const Phrase*> kept;
  for (const auto& [score, p] : scored) {
    if (out.size() >= max_phrases) break;
    // Skip a phrase whose words are all inside a kept phrase, or that contains a kept phrase:
    // keep whichever ranked higher.
    bool redundant = false;
    for (const Phrase* k : kept) {
      const auto contains = [](const std::vector<std::string>& big,
                               const std::vector<std::string>& small) {
        return std::all_of(small.begin(), small.end(), [&](const std::string& w) {
          return std::find(big.begin(), big.end(), w) != big.end();
        });
      };
      if (contains(k->stems, p->stems) || contains(p->stems, k->stems)) {
        redundant = true;
        break;
      }
    }
    if (redundant) continue;
    kept.push_back(p);
    out.push_back({p->surface, score});
  }
  if (!out.empty()) {
    const double top = out.front().score;
    for (auto& k : out) k.score = std::round(k.score / top * 1000.0) / 1000.0;
  }
  return out;
}

}  // namespace precis::rank
