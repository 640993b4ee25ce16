#include "text/language.h"

#include <algorithm>
#include <array>
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

struct Profile {
  Script script;
  std::string code;
  std::unordered_map<std::string, int> rank;
};

Script ScriptName(std::string_view name) {
  if (name == "Latin") return Script::kLatin;
  if (name == "Cyrillic") return Script::kCyrillic;
  if (name == "Arabic") return Script::kArabic;
  if (name == "Devanagari") return Script::kDevanagari;
  return Script::kOther;
}

const std::vector<Profile>& Profiles() {
  static const std::vector<Profile> profiles = [] {
    std::vector<Profile> out;
    for (const RawProfile& raw : kRawProfiles) {
      Profile p{ScriptName(raw.script), raw.code, {}};
      std::string_view all = raw.trigrams;
      int rank = 0;
      while (!all.empty()) {
        const size_t bar = all.find('|');
        p.rank.emplace(std::string(all.substr(0, bar)), rank++);
        all = bar == std::string_view::npos ? std::string_view() : all.substr(bar + 1);
      }
      out.push_back(std::move(p));
    }
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
  for (const Profile& p : Profiles()) codes.push_back(p.code);
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
  std::unordered_map<std::string, std::pair<size_t, size_t>> counts;  // trigram -> count, first
  for (size_t i = 0; i + 3 <= sample.size(); ++i) {
    std::string tri;
    for (size_t k = 0; k < 3; ++k) AppendUtf8(tri, sample[i + k]);
    auto [it, inserted] = counts.emplace(std::move(tri), std::make_pair(0, i));
    ++it->second.first;
  }
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> ranked(counts.begin(),
                                                                        counts.end());
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
  // trigram's penalty for every function word of the candidate language.
  std::string best = "und";
  long best_distance = -1;
  for (const Profile& p : Profiles()) {
    if (p.script != script) continue;
    long distance = 0;
    for (size_t r = 0; r < ranked.size(); ++r) {
      auto it = p.rank.find(ranked[r].first);
      distance += it == p.rank.end()
                      ? kMissingPenalty
                      : std::abs(static_cast<long>(r) - static_cast<long>(it->second));
    }
    for (const std::string& w : words) {
      if (IsStopword(w, p.code)) distance -= kMissingPenalty;
    }
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best = p.code;
    }
  }
  return best;
}

}  // namespace precis::text
