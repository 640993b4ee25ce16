#include "text/language.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/stopwords.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

// One language's n-gram model as generated (see scripts/gen-language-data.mjs): how many n-grams
// of each order its text had, and its most frequent ones as "count:gram|gram;count:gram|...".
struct RawModel {
  const char* script;
  const char* code;
  uint32_t totals[3];
  const char* grams[3];
};

constexpr RawModel kRawModels[] = {
#include "text/generated/language_ngrams.inc"
};

constexpr size_t kMaxSampleLetters = 2048;  // enough to decide; keeps long inputs cheap
constexpr size_t kMinLetters = 10;
constexpr int kMinEnglishFunctionWords = 4;
constexpr size_t kMaxStopwordProbes = 50;
// An n-gram a model does not list is rarer than all it lists: half its least frequent one.
constexpr double kUnseenShare = 0.5;
// Log-likelihood credited for each of the sample's first words that is a function word of the
// candidate: short texts have few n-grams, and function words tell close languages apart.
constexpr double kStopwordBonus = 3.0;

enum class Script { kLatin, kCyrillic, kArabic, kDevanagari, kOther };

// An n-gram (orders 1-3) of the sample or a model: its code points right-aligned in one integer,
// 21 bits each (no code point is 0, so the order is implied).
using Gram = uint64_t;
constexpr Gram Pack(char32_t a, char32_t b, char32_t c) {
  return (static_cast<uint64_t>(a) << 42) | (static_cast<uint64_t>(b) << 21) | c;
}

// The models as one table sorted by n-gram: a sample n-gram finds its probability in every
// model with one search, and building it takes one sort (no map of strings: in the page's wasm
// the first summary paid ~100 ms for those before the browser's optimizing tier).
struct ModelEntry {
  Gram gram;
  uint16_t model;
  float log_p;
  bool operator<(const ModelEntry& o) const {
    return gram != o.gram ? gram < o.gram : model < o.model;
  }
};

struct Models {
  std::vector<Script> scripts;  // per model, in kRawModels order
  std::vector<std::string_view> codes;
  std::vector<std::array<double, 3>> unseen;  // per model and order: log P of an unlisted n-gram
  std::vector<ModelEntry> entries;
};

Script ScriptName(std::string_view name) {
  if (name == "Latin") return Script::kLatin;
  if (name == "Cyrillic") return Script::kCyrillic;
  if (name == "Arabic") return Script::kArabic;
  if (name == "Devanagari") return Script::kDevanagari;
  return Script::kOther;
}

size_t Order(Gram g) { return g >> 42 ? 3 : g >> 21 ? 2 : 1; }

Gram PackText(std::string_view text) {
  char32_t c[3] = {0, 0, 0};
  size_t n = 0;
  for (size_t i = 0; i < text.size() && n < 3; ++n) {
    const CodePoint cp = DecodeAt(text, i);
    i += static_cast<size_t>(cp.length);
    c[n] = cp.value;
  }
  return n == 3 ? Pack(c[0], c[1], c[2]) : n == 2 ? Pack(0, c[0], c[1]) : Pack(0, 0, c[0]);
}

const Models& AllModels() {
  static const Models models = [] {
    Models out;
    for (const RawModel& raw : kRawModels) {
      const auto model = static_cast<uint16_t>(out.codes.size());
      out.scripts.push_back(ScriptName(raw.script));
      out.codes.emplace_back(raw.code);
      std::array<double, 3> unseen{};
      for (size_t order = 0; order < 3; ++order) {
        const double total = raw.totals[order];
        double least = 1;
        std::string_view groups = raw.grams[order];
        while (!groups.empty()) {  // "count:gram|gram;count:..."
          const size_t end = std::min(groups.find(';'), groups.size());
          std::string_view group = groups.substr(0, end);
          groups.remove_prefix(std::min(end + 1, groups.size()));
          const size_t colon = group.find(':');
          double count = 0;  // digits; no strtod, which would add its code to the page's wasm
          for (char digit : group.substr(0, colon)) count = count * 10 + (digit - '0');
          least = count;
          const auto log_p = static_cast<float>(std::log(count / total));
          for (group.remove_prefix(colon + 1); !group.empty();) {
            const size_t bar = std::min(group.find('|'), group.size());
            out.entries.push_back({PackText(group.substr(0, bar)), model, log_p});
            group.remove_prefix(std::min(bar + 1, group.size()));
          }
        }
        unseen[order] = std::log(least * kUnseenShare / total);
      }
      out.unseen.push_back(unseen);
    }
    std::sort(out.entries.begin(), out.entries.end());
    return out;
  }();
  return models;
}

// Scripts whose presence alone names the language.
struct SingleScript {
  char32_t first;
  char32_t last;
  const char* code;
};
constexpr std::array<SingleScript, 22> kSingleScripts = {
    {{0x0370, 0x03FF, "el"}, {0x0530, 0x058F, "hy"}, {0x0590, 0x05FF, "he"}, {0x0980, 0x09FF, "bn"},
     {0x0A00, 0x0A7F, "pa"}, {0x0A80, 0x0AFF, "gu"}, {0x0B80, 0x0BFF, "ta"}, {0x0C00, 0x0C7F, "te"},
     {0x0C80, 0x0CFF, "kn"}, {0x0D00, 0x0D7F, "ml"}, {0x0D80, 0x0DFF, "si"}, {0x0E00, 0x0E7F, "th"},
     {0x0E80, 0x0EFF, "lo"}, {0x0F00, 0x0FFF, "bo"}, {0x1000, 0x109F, "my"}, {0x10A0, 0x10FF, "ka"},
     {0x1200, 0x137F, "am"}, {0x1780, 0x17FF, "km"}, {0x1100, 0x11FF, "ko"}, {0x3130, 0x318F, "ko"},
     {0xAC00, 0xD7AF, "ko"}, {0x3040, 0x30FF, "ja"}}};

Script MultiScriptOf(char32_t c) {
  if (c < 0x250 && IsLetter(c)) return Script::kLatin;
  if (c >= 0x1E00 && c <= 0x1EFF) return Script::kLatin;
  if (c >= 0x0400 && c <= 0x04FF) return Script::kCyrillic;
  if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
      (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
    return Script::kArabic;
  }
  if (c >= 0x0900 && c <= 0x097F) return Script::kDevanagari;
  return Script::kOther;
}

}  // namespace

std::vector<std::string> KnownLanguages() {
  std::vector<std::string> codes;
  for (std::string_view code : AllModels().codes) codes.emplace_back(code);
  for (const SingleScript& s : kSingleScripts) codes.emplace_back(s.code);
  codes.emplace_back("zh");
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

std::string DetectLanguage(std::string_view text) {
  // One pass: count scripts and build the normalised sample (lowercase letters of the dominant
  // multi-language scripts, everything else a single space) for trigrams.
  std::array<size_t, 5> multi{};
  std::unordered_map<std::string, size_t> single;
  size_t han = 0;
  size_t letters = 0;
  std::u32string sample = U" ";
  std::vector<bool> capitalised;  // per word of the sample: written with a capital first
  for (size_t i = 0; i < text.size() && letters < kMaxSampleLetters;) {
    const CodePoint c = DecodeAt(text, i);
    i += static_cast<size_t>(c.length);
    if (!IsLetter(c.value) || (c.value >= 0x300 && c.value <= 0x36F)) {
      if (sample.back() != U' ') sample.push_back(U' ');
      continue;
    }
    ++letters;
    if (c.value >= 0x4E00 && c.value <= 0x9FFF) {
      ++han;
      continue;
    }
    bool named = false;
    for (const SingleScript& s : kSingleScripts) {
      if (c.value >= s.first && c.value <= s.last) {
        ++single[s.code];
        named = true;
        break;
      }
    }
    if (named) continue;
    const Script script = MultiScriptOf(c.value);
    ++multi[static_cast<size_t>(script)];
    if (script != Script::kOther) {
      if (sample.back() == U' ') capitalised.push_back(IsUpper(c.value));
      sample.push_back(ToLower(c.value));
    }
  }
  if (letters < kMinLetters) return "und";

  // The dominant script. Japanese mixes Han with Kana: a tenth of Kana is enough to say "ja".
  const size_t kana = single.count("ja") ? single["ja"] : 0;
  if (kana * 10 >= (kana + han) && kana > 0 && kana + han >= letters / 2) return "ja";
  std::pair<std::string, size_t> best_single{"", 0};
  for (const auto& [code, n] : single) {
    if (n > best_single.second) best_single = {code, n};
  }
  if (han > best_single.second) best_single = {"zh", han};
  size_t best_multi = 0;
  for (size_t s = 0; s < 4; ++s) best_multi = std::max(best_multi, multi[s]);
  if (best_single.second > best_multi) return best_single.first;
  if (best_multi == 0) return "und";
  Script script = Script::kLatin;
  for (size_t s = 0; s < 4; ++s) {
    if (multi[s] == best_multi) {
      script = static_cast<Script>(s);
      break;
    }
  }

  // The sample's n-grams of orders 1-3 (all-space ones aside: words are separated by one space).
  if (sample.back() != U' ') sample.push_back(U' ');
  std::unordered_map<Gram, int> counts;
  counts.reserve(sample.size() * 3);
  std::array<int, 3> per_order{};
  for (size_t i = 0; i < sample.size(); ++i) {
    if (sample[i] != U' ') {
      ++counts[Pack(0, 0, sample[i])];
      ++per_order[0];
    }
    if (i + 2 <= sample.size()) {
      ++counts[Pack(0, sample[i], sample[i + 1])];
      ++per_order[1];
    }
    if (i + 3 <= sample.size()) {
      ++counts[Pack(sample[i], sample[i + 1], sample[i + 2])];
      ++per_order[2];
    }
  }

  // The sample's words (one per entry of `capitalised`): its first ones are probed for function
  // words, which separate close languages in short texts.
  std::vector<std::string> words;
  {
    std::string word;
    for (char32_t c : sample) {
      if (c == U' ') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        AppendUtf8(word, c);
      }
    }
  }
  const size_t probes = std::min(words.size(), kMaxStopwordProbes);

  // Naive Bayes: the log-likelihood of the sample's n-grams under each model of that script,
  // plus the function-word credit. Every n-gram starts as unlisted in every model; listed ones
  // replace that log-probability by their own.
  const Models& models = AllModels();
  std::vector<double> score(models.codes.size(), 0.0);
  for (size_t m = 0; m < models.codes.size(); ++m) {
    for (size_t order = 0; order < 3; ++order) score[m] += per_order[order] * models.unseen[m][order];
  }
  for (const auto& [gram, count] : counts) {
    const ModelEntry key{gram, 0, 0};
    const size_t order = Order(gram) - 1;
    for (auto it = std::lower_bound(models.entries.begin(), models.entries.end(), key);
         it != models.entries.end() && it->gram == gram; ++it) {
      score[it->model] += count * (it->log_p - models.unseen[it->model][order]);
    }
  }
  std::string best = "und";
  double best_score = 0;
  for (size_t m = 0; m < models.codes.size(); ++m) {
    if (models.scripts[m] != script) continue;
    const std::string_view code = models.codes[m];
    for (size_t k = 0; k < probes; ++k) {
      if (IsStopword(words[k], code)) score[m] += kStopwordBonus;
    }
    if (best == "und" || score[m] > best_score) {
      best_score = score[m];
      best = std::string(code);
    }
  }
  // English text about foreign names (a results table of Yugoslav clubs) can look like the
  // names' language to the n-grams; its function words, counted in the words written in
  // lowercase, say English. Decides only for English and only clearly.
  if (script == Script::kLatin && best != "en") {
    int english = 0;
    int other = 0;
    for (size_t k = 0; k < words.size() && k < capitalised.size(); ++k) {
      if (capitalised[k]) continue;
      english += IsStopword(words[k], "en") ? 1 : 0;
      other += IsStopword(words[k], best) ? 1 : 0;
    }
    if (english >= kMinEnglishFunctionWords && english > 2 * other) return "en";
  }
  return best;
}

LanguageChoice ChooseLanguage(std::string_view declared, std::string_view text) {
  const std::string detected = DetectLanguage(text);
  if (declared.empty()) return {detected, false};
  if (detected == "und" || detected == declared) return {std::string(declared), true};
  size_t letters = 0;
  for (size_t i = 0; i < text.size() && letters < kLettersToOverrule;) {
    const CodePoint c = DecodeAt(text, i);
    i += static_cast<size_t>(c.length);
    if (IsLetter(c.value)) ++letters;
  }
  if (letters < kLettersToOverrule) return {std::string(declared), true};
  // A text in the declared language that quotes another at length (a German post quoting a
  // speech in English): the declared language's function words are there in number, and the
  // declaration holds. A template's wrong default ("en" on a German article) has few of them.
  size_t declared_words = 0;
  size_t detected_words = 0;
  std::string word;
  const auto count = [&] {
    if (word.empty()) return;
    const std::string folded = FoldCase(word);
    declared_words += IsStopword(folded, declared) ? 1 : 0;
    detected_words += IsStopword(folded, detected) ? 1 : 0;
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const CodePoint c = DecodeAt(text, i);
    if (IsLetter(c.value)) {
      word.append(text.substr(i, static_cast<size_t>(c.length)));
    } else {
      count();
    }
    i += static_cast<size_t>(c.length);
  }
  count();
  constexpr size_t kMinDeclaredWords = 20;
  if (declared_words >= kMinDeclaredWords && 2 * declared_words >= detected_words) {
    return {std::string(declared), true};
  }
  return {detected, false};
}

}  // namespace precis::text
