// Porter2 as specified by Snowball's english.sbl: prelude (Y marking), R1/R2 regions, steps
// 1a-5, two exception lists, postlude. Comments name the Snowball routine each part mirrors.
#include "text/stemmer.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>

namespace precis::text {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

class Porter2 {
 public:
  explicit Porter2(std::string word) : w_(std::move(word)) {}

  std::string Stem() {
    if (const char* e = Exception1()) return e;
    if (w_.size() < 3) return w_;
    Prelude();
    MarkRegions();
    Step1a();
    if (!Exception2()) {
      Step1b();
      Step1c();
      Step2();
      Step3();
      Step4();
      Step5();
    }
    std::replace(w_.begin(), w_.end(), 'Y', 'y');  // postlude
    return w_;
  }

 private:
  bool Ends(std::string_view s) const {
    return w_.size() >= s.size() && std::string_view(w_).substr(w_.size() - s.size()) == s;
  }
  size_t Size() const { return w_.size(); }
  bool InR1(size_t suffix) const { return Size() - suffix >= p1_; }
  bool InR2(size_t suffix) const { return Size() - suffix >= p2_; }
  void Replace(size_t suffix, std::string_view by) {
    w_.erase(w_.end() - static_cast<std::ptrdiff_t>(suffix), w_.end());
    if (!by.empty()) w_.append(by.data(), by.size());
  }
  bool VowelBefore(size_t end) const {  // a vowel in w_[0, end)
    return std::any_of(w_.begin(), w_.begin() + static_cast<long>(end), IsVowel);
  }

  // The longest suffix of the word among `list`, or empty.
  template <size_t N>
  std::string_view Longest(const std::array<std::string_view, N>& list) const {
    std::string_view best;
    for (std::string_view s : list) {
      if (s.size() > best.size() && Ends(s)) best = s;
    }
    return best;
  }

  const char* Exception1() const {
    static constexpr std::array<std::pair<std::string_view, const char*>, 18> kWords = {
        {{"skis", "ski"},
         {"skies", "sky"},
         {"dying", "die"},
         {"lying", "lie"},
         {"tying", "tie"},
         {"idly", "idl"},
         {"gently", "gentl"},
         {"ugly", "ugli"},
         {"early", "earli"},
         {"only", "onli"},
         {"singly", "singl"},
         {"sky", "sky"},
         {"news", "news"},
         {"howe", "howe"},
         {"atlas", "atlas"},
         {"cosmos", "cosmos"},
         {"bias", "bias"},
         {"andes", "andes"}}};
    for (const auto& [word, stem] : kWords) {
      if (w_ == word) return stem;
    }
    return nullptr;
  }

  bool Exception2() const {
    static constexpr std::array<std::string_view, 8> kWords = {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"};
    return std::find(kWords.begin(), kWords.end(), w_) != kWords.end();
  }

  void Prelude() {
    if (!w_.empty() && w_[0] == '\'') w_.erase(0, 1);
    if (!w_.empty() && w_[0] == 'y') w_[0] = 'Y';
    for (size_t i = 1; i < Size(); ++i) {
      if (w_[i] == 'y' && IsVowel(w_[i - 1])) w_[i] = 'Y';
    }
  }

  // After the first non-vowel that follows a vowel, starting at `from`.
  size_t RegionAfter(size_t from) const {
    for (size_t i = from; i + 1 < Size(); ++i) {
      if (IsVowel(w_[i]) && !IsVowel(w_[i + 1])) return i + 2;
    }
    return Size();
  }

  void MarkRegions() {
    static constexpr std::array<std::string_view, 3> kPrefixes = {"gener", "commun", "arsen"};
    p1_ = Size() + 1;
    for (std::string_view p : kPrefixes) {
      if (std::string_view(w_).substr(0, p.size()) == p) p1_ = p.size();
    }
    if (p1_ > Size()) p1_ = RegionAfter(0);
    p2_ = RegionAfter(p1_);
  }

  // A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w, x, Y; or, at the
  // word's start, vowel then non-vowel.
  bool ShortSyllableAt(size_t end) const {
    if (end >= 3 && !IsVowel(w_[end - 3]) && IsVowel(w_[end - 2]) && !IsVowel(w_[end - 1]) &&
        w_[end - 1] != 'w' && w_[end - 1] != 'x' && w_[end - 1] != 'Y') {
      return true;
    }
    return end == 2 && IsVowel(w_[0]) && !IsVowel(w_[1]);
  }
  bool IsShortWord() const { return p1_ == Size() && ShortSyllableAt(Size()); }

  void Step1a() {
    static constexpr std::array<std::string_view, 3> kApostrophes = {"'", "'s'", "'s"};
    if (std::string_view a = Longest(kApostrophes); !a.empty()) Replace(a.size(), "");
    static constexpr std::array<std::string_view, 6> kSuffixes = {"sses", "ied", "ies",
                                                                  "s",    "us",  "ss"};
    const std::string_view s = Longest(kSuffixes);
    if (s == "sses") {
      Replace(4, "ss");
    } else if (s == "ied" || s == "ies") {
      Replace(3, Size() > 4 ? "i" : "ie");
    } else if (s == "s") {
      // Delete if a vowel occurs before the letter preceding the s.
      if (Size() >= 3 && VowelBefore(Size() - 2)) Replace(1, "");
    }
  }

  void Step1b() {
    static constexpr std::array<std::string_view, 6> kSuffixes = {"eed",  "eedly", "ed",
                                                                  "edly", "ing",   "ingly"};
    const std::string_view s = Longest(kSuffixes);
    if (s.empty()) return;
    if (s == "eed" || s == "eedly") {
      if (InR1(s.size())) Replace(s.size(), "ee");
      return;
    }
    if (!VowelBefore(Size() - s.size())) return;
    Replace(s.size(), "");
    if (Ends("at") || Ends("bl") || Ends("iz")) {
      w_ += 'e';
    } else if (Size() >= 2 && w_[Size() - 1] == w_[Size() - 2] &&
               std::string_view("bdfgmnprt").find(w_.back()) != std::string_view::npos) {
      w_.pop_back();
    } else if (IsShortWord()) {
      w_ += 'e';
    }
  }

  void Step1c() {
    if (Size() > 2 && (w_.back() == 'y' || w_.back() == 'Y') && !IsVowel(w_[Size() - 2])) {
      w_.back() = 'i';
    }
  }

  void Step2() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kRules = {
        {{"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},   {"abli", "able"},
         {"entli", "ent"},   {"izer", "ize"},    {"ization", "ize"}, {"ational", "ate"},
         {"ation", "ate"},   {"ator", "ate"},    {"alism", "al"},    {"aliti", "al"},
         {"alli", "al"},     {"fulness", "ful"}, {"ousli", "ous"},   {"ousness", "ous"},
         {"iveness", "ive"}, {"iviti", "ive"},   {"biliti", "ble"},  {"bli", "ble"},
         {"ogi", "og"},      {"fulli", "ful"},   {"lessli", "less"}, {"li", ""}}};
    ApplyLongest(kRules, [&](std::string_view suffix, std::string_view by) {
      if (!InR1(suffix.size())) return;
      if (suffix == "ogi" && !(Size() > 3 && w_[Size() - 4] == 'l')) return;
      if (suffix == "li" && !(Size() > 2 && std::string_view("cdeghkmnrt").find(w_[Size() - 3]) !=
                                                std::string_view::npos)) {
        return;
      }
      Replace(suffix.size(), by);
    });
  }

  void Step3() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kRules = {
        {{"tional", "tion"},
         {"ational", "ate"},
         {"alize", "al"},
         {"icate", "ic"},
         {"iciti", "ic"},
         {"ical", "ic"},
         {"ful", ""},
         {"ness", ""},
         {"ative", ""}}};
    ApplyLongest(kRules, [&](std::string_view suffix, std::string_view by) {
      if (!InR1(suffix.size())) return;
      if (suffix == "ative" && !InR2(suffix.size())) return;
      Replace(suffix.size(), by);
    });
  }

  void Step4() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kRules = {
        {{"al", ""},
         {"ance", ""},
         {"ence", ""},
         {"er", ""},
         {"ic", ""},
         {"able", ""},
         {"ible", ""},
         {"ant", ""},
         {"ement", ""},
         {"ment", ""},
         {"ent", ""},
         {"ism", ""},
         {"ate", ""},
         {"iti", ""},
         {"ous", ""},
         {"ive", ""},
         {"ize", ""},
         {"ion", ""}}};
    ApplyLongest(kRules, [&](std::string_view suffix, std::string_view by) {
      if (!InR2(suffix.size())) return;
      if (suffix == "ion" && !(Size() > 3 && (w_[Size() - 4] == 's' || w_[Size() - 4] == 't'))) {
        return;
      }
      Replace(suffix.size(), by);
    });
  }

  void Step5() {
    if (Ends("e")) {
      if (InR2(1) || (InR1(1) && !ShortSyllableAt(Size() - 1))) w_.pop_back();
    } else if (Ends("l")) {
      if (InR2(1) && Size() >= 2 && w_[Size() - 2] == 'l') w_.pop_back();
    }
  }

  // Finds the longest matching suffix of the rule list and lets `apply` decide; Snowball's
  // `among` never falls back to a shorter suffix when the longest one's condition fails.
  template <size_t N, typename F>
  void ApplyLongest(const std::array<std::pair<std::string_view, std::string_view>, N>& rules,
                    F apply) {
    const std::pair<std::string_view, std::string_view>* best = nullptr;
    for (const auto& r : rules) {
      if (Ends(r.first) && (best == nullptr || r.first.size() > best->first.size())) best = &r;
    }
    if (best != nullptr) apply(best->first, best->second);
  }

  std::string w_;
  size_t p1_ = 0;
  size_t p2_ = 0;
};

}  // namespace

std::string PorterStem(std::string_view word) {
  // A text repeats its words: each thread remembers the stems it made (a tenth of the time of
  // tokenizing a long text went to stemming the same words again). Bounded: cleared when full.
  thread_local std::unordered_map<std::string, std::string> stems;
  auto key = std::string(word);
  if (auto it = stems.find(key); it != stems.end()) return it->second;
  std::string stem = Porter2(key).Stem();
  if (stems.size() >= 50000) stems.clear();
  stems.emplace(std::move(key), stem);
  return stem;
}

}  // namespace precis::text
