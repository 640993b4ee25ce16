#include "text/language.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/stopwords.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

struct RawProfile {
  const char* script;
  const char* code;
  const char* trigrams;
};

constexpr RawProfile kRawProfiles[] = {
#include "text/generated/language_profiles.inc"
};

constexpr size_t kMaxSampleLetters = 2048;  // enough to decide; keeps long inputs cheap
constexpr size_t kMinLetters = 10;
constexpr int kMissingPenalty = 300;  // the profiles hold the top 300 trigrams
constexpr size_t kMaxStopwordProbes = 50;

enum class Script { kLatin, kCyrillic, kArabic, kDevanagari, kOther };

// A trigram of the sample or a profile: three code points of 21 bits each, one integer.
using Trigram = uint64_t;
constexpr Trigram Pack(char32_t a, char32_t b, char32_t c) {
  return (static_cast<uint64_t>(a) << 42) | (static_cast<uint64_t>(b) << 21) | c;
}

// The profiles as one table sorted by trigram: a sample trigram finds its rank in every profile
// with one search, and building it takes one sort (no map of strings: in the page's wasm the
// first summary paid ~100 ms for those before the browser's optimizing tier).
struct ProfileEntry {
  Trigram trigram;
  uint16_t profile;
  uint16_t rank;
  bool operator<(const ProfileEntry& o) const {
    return trigram != o.trigram ? trigram < o.trigram
                                : profile != o.profile ? profile < o.profile : rank < o.rank;
  }
};

struct Profiles {
  std::vector<Script> scripts;  // per profile, in kRawProfiles order
  std::vector<std::string_view> codes;
  std::vector<ProfileEntry> entries;
};

Script ScriptName(std::string_view name) {
  if (name == "Latin") return Script::kLatin;
  if (name == "Cyrillic") return Script::kCyrillic;
  if (name == "Arabic") return Script::kArabic;
  if (name == "Devanagari") return Script::kDevanagari;
  return Script::kOther;
}

const Profiles& AllProfiles() {
  static const Profiles profiles = [] {
    Profiles out;
    for (const RawProfile& raw : kRawProfiles) {
      const auto profile = static_cast<uint16_t>(out.codes.size());
      out.scripts.push_back(ScriptName(raw.script));
      out.codes.emplace_back(raw.code);
      std::string_view all = raw.trigrams;
      uint16_t rank = 0;
      while (!all.empty()) {
        const size_t bar = all.find('|');
        const std::string_view tri = all.substr(0, bar);
        char32_t c[3] = {0, 0, 0};
        size_t n = 0;
        for (size_t i = 0; i < tri.size(); ++n) {
          const CodePoint cp = DecodeAt(tri, i);
          i += static_cast<size_t>(cp.length);
          if (n < 3) c[n] = cp.value;
        }
        if (n == 3) out.entries.push_back({Pack(c[0], c[1], c[2]), profile, rank});
        ++rank;
        all = bar == std::string_view::npos ? std::string_view() : all.substr(bar + 1);
      }
    }
    // A trigram listed twice in one profile keeps its first (best) rank.
    std::sort(out.entries.begin(), out.entries.end());
    out.entries.erase(std::unique(out.entries.begin(), out.entries.end(),
                                  [](const ProfileEntry& a, const ProfileEntry& b) {
                                    return a.trigram == b.trigram && a.profile == b.profile;
                                  }),
                      out.entries.end());
    return out;
  }();
  return profiles;
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
  for (std::string_view code : AllProfiles().codes) codes.emplace_back(code);
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
    if (script != Script::kOther) sample.push_back(ToLower(c.value));
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

  // Trigram ranks of the sample, most frequent first (ties: first seen).
  if (sample.back() != U' ') sample.push_back(U' ');
  std::unordered_map<Trigram, std::pair<size_t, size_t>> counts;  // trigram -> count, first
  counts.reserve(sample.size());
  for (size_t i = 0; i + 3 <= sample.size(); ++i) {
    auto [it, inserted] = counts.emplace(Pack(sample[i], sample[i + 1], sample[i + 2]),
                                         std::make_pair(0, i));
    ++it->second.first;
  }
  std::vector<std::pair<Trigram, std::pair<size_t, size_t>>> ranked(counts.begin(), counts.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) return a.second.first > b.second.first;
    return a.second.second < b.second.second;
  });
  if (ranked.size() > 300) ranked.resize(300);

  // The sample's first words: function words separate close languages in short texts, where
  // 300 trigram ranks are too few to be reliable.
  std::vector<std::string> words;
  {
    std::string word;
    for (char32_t c : sample) {
      if (c == U' ') {
        if (!word.empty() && words.size() < kMaxStopwordProbes) words.push_back(word);
        word.clear();
      } else {
        AppendUtf8(word, c);
      }
    }
  }

  // Out-of-place distance to each profile of that script (Cavnar & Trenkle), less one missing
  // trigram's penalty for every function word of the candidate language. Every sample trigram
  // starts as missing everywhere; found ones replace the penalty by their rank difference.
  const Profiles& profiles = AllProfiles();
  std::vector<long> distance(profiles.codes.size(),
                             static_cast<long>(ranked.size()) * kMissingPenalty);
  for (size_t r = 0; r < ranked.size(); ++r) {
    const ProfileEntry key{ranked[r].first, 0, 0};
    for (auto it = std::lower_bound(profiles.entries.begin(), profiles.entries.end(), key);
         it != profiles.entries.end() && it->trigram == key.trigram; ++it) {
      distance[it->profile] += std::abs(static_cast<long>(r) - static_cast<long>(it->rank)) -
                               kMissingPenalty;
    }
  }
  std::string best = "und";
  long best_distance = -1;
  for (size_t p = 0; p < profiles.codes.size(); ++p) {
    if (profiles.scripts[p] != script) continue;
    const std::string_view code = profiles.codes[p];
    for (const std::string& w : words) {
      if (IsStopword(w, code)) distance[p] -= kMissingPenalty;
    }
    if (best_distance < 0 || distance[p] < best_distance) {
      best_distance = distance[p];
      best = std::string(code);
    }
  }
  return best;
}

}  // namespace precis::text
