#include "entities/ner_features.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "entities/gazetteer.h"
#include "text/utf8.h"

namespace precis::entities {
namespace {

// Feature templates; the numbers are part of the model file's meaning, so never renumber.
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kShape, kShortShape, kPrefix, kSuffix = kPrefix + 8, kPrev1 = kSuffix + 8,
  kNext1, kPrev2, kNext2, kShapeContext, kPrevBigram, kNextBigram, kFirstShape, kCapsLower,
  kCapsShape, kGazetteer, kTitleBefore, kOrgSuffix, kPlaceSuffix, kDocForm, kDocFormShape,
  kDocPrev, kDocNext, kPrevShapeWord, kNextShapeWord, kLength,
};

constexpr size_t kMaxAffix = 4;
constexpr size_t kMaxShape = 12;
constexpr size_t kMaxDocContexts = 6;  // distinct neighbours remembered per word

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

uint64_t Mix(uint64_t a, uint64_t b) {  // splitmix64 finalizer over a combination
  uint64_t z = a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint32_t KeyOf(uint64_t h) {
  const auto k = static_cast<uint32_t>(h ^ (h >> 32));
  return k == 0 ? 1 : k;  // 0 marks an empty slot in the model's table
}

struct TokenInfo {
  std::string lower;  // folded, digits as 0
  uint64_t word = 0, low = 0, shape = 0, short_shape = 0;
  bool capitalized = false;  // first letter uppercase
  bool has_letter = false;
};

TokenInfo Describe(const std::string& word) {
  TokenInfo t;
  t.lower = text::FoldCase(word);
  for (char& c : t.lower) {
    if (c >= '0' && c <= '9') c = '0';
  }
  const std::string shape = WordShape(word);
  t.word = HashBytes(word);
  t.low = HashBytes(t.lower);
  t.shape = HashBytes(shape);
  t.short_shape = HashBytes(ShortShape(shape));
  const size_t first = shape.find_first_of("Xx");
  t.has_letter = first != std::string::npos;
  t.capitalized = t.has_letter && shape[first] == 'X';
  return t;
}

// Headlines and sports tables in news are set in capitals: case says nothing there.
bool IsCapsSentence(const std::vector<std::string>& tokens) {
  size_t upper = 0, lower = 0;
  for (const std::string& w : tokens) {
    for (size_t i = 0; i < w.size();) {
      const text::CodePoint c = text::DecodeAt(w, i);
      if (text::IsUpper(c.value)) ++upper;
      if (text::IsLower(c.value)) ++lower;
      i += c.length;
    }
  }
  return upper >= 4 && lower * 10 < upper;
}

// How a word is written elsewhere in the document, and its neighbours there.
struct DocWord {
  bool capitalized_inside = false;  // capitalised not at a sentence start, in a mixed-case sentence
  bool lowercase_inside = false;
  std::vector<uint64_t> prev, next;
};

void Remember(std::vector<uint64_t>* seen, uint64_t h) {
  if (seen->size() < kMaxDocContexts && std::find(seen->begin(), seen->end(), h) == seen->end()) {
    seen->push_back(h);
  }
}

// Gazetteer parts per token ("united states" -> B-L, L-L) from the longest match up to 3 words.
std::vector<uint64_t> GazetteerParts(const std::vector<TokenInfo>& info) {
  std::vector<uint64_t> parts(info.size(), 0);
  for (size_t i = 0; i < info.size();) {
    std::string_view first = info[i].lower;
    if (first.size() > 1 && first.back() == '.') first.remove_suffix(1);
    if (!StartsName(first)) {
      ++i;
      continue;
    }
    size_t matched = 0;
    EntityType type = EntityType::kMisc;
    std::string name;
    for (size_t n = 1; n <= 3 && i + n <= info.size(); ++n) {
      if (n > 1) name += ' ';
      std::string_view w = info[i + n - 1].lower;
      if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);  // "U.S." is listed as "u.s"
      name += w;
      if (auto t = LookUpName(name)) {
        matched = n;
        type = *t;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < matched; ++k) {
      const uint64_t part = matched == 1 ? 'U' : k == 0 ? 'B' : k + 1 == matched ? 'L' : 'I';
      parts[i + k] = Mix(part, static_cast<uint64_t>(type) + 1);
    }
    i += matched;
  }
  return parts;
}

class Emitter {
 public:
  explicit Emitter(SentenceFeatures* out) : out_(out) {}
  void Add(uint64_t t, uint64_t a) { out_->keys.push_back(KeyOf(Mix(t, a))); }
  void Add(uint64_t t, uint64_t a, uint64_t b) { out_->keys.push_back(KeyOf(Mix(Mix(t, a), b))); }
  void Add(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
    out_->keys.push_back(KeyOf(Mix(Mix(Mix(t, a), b), c)));
  }

 private:
  SentenceFeatures* out_;
};

}  // namespace

std::string WordShape(const std::string& word) {
  std::string shape;
  for (size_t i = 0; i < word.size() && shape.size() < kMaxShape;) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {  // ASCII without decoding
      shape += byte >= 'A' && byte <= 'Z'   ? 'X'
               : byte >= 'a' && byte <= 'z' ? 'x'
               : byte >= '0' && byte <= '9' ? 'd'
                                            : static_cast<char>(byte);
      ++i;
      continue;
    }
    const text::CodePoint c = text::DecodeAt(word, i);
    i += c.length;
    if (text::IsUpper(c.value)) {
      shape += 'X';
    } else if (text::IsLetter(c.value)) {
      shape += 'x';  // lowercase and caseless scripts alike
    } else if (text::IsDigit(c.value)) {
      shape += 'd';
    } else if (c.value < 0x80) {
      shape += static_cast<char>(c.value);
    } else {
      shape += '*';
    }
  }
  return shape;
}

std::string ShortShape(const std::string& shape) {
  std::string out;
  for (char c : shape) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

struct NerFeatures::State {
  std::vector<std::vector<TokenInfo>> info;
  std::vector<bool> caps;
  std::unordered_map<uint64_t, DocWord> doc_words;
};

NerFeatures::NerFeatures(const NerDocument& document) : state_(std::make_unique<State>()) {
  std::vector<std::vector<TokenInfo>>& info = state_->info;
  std::vector<bool>& caps = state_->caps;
  info.resize(document.size());
  caps.resize(document.size());
  for (size_t s = 0; s < document.size(); ++s) {
    caps[s] = IsCapsSentence(document[s]);
    info[s].reserve(document[s].size());
    for (const std::string& w : document[s]) info[s].push_back(Describe(w));
    const std::vector<TokenInfo>& ti = info[s];
    for (size_t i = 0; i < ti.size(); ++i) {
      if (!ti[i].has_letter) continue;
      DocWord& d = state_->doc_words[ti[i].low];
      if (!caps[s] && i > 0) (ti[i].capitalized ? d.capitalized_inside : d.lowercase_inside) = true;
      if (i > 0) Remember(&d.prev, ti[i - 1].low);
      if (i + 1 < ti.size()) Remember(&d.next, ti[i + 1].low);
    }
  }
}

NerFeatures::~NerFeatures() = default;

size_t NerFeatures::sentence_count() const { return state_->info.size(); }

void NerFeatures::Extract(size_t s, SentenceFeatures* features) const {
  static const uint64_t kBoundary = HashBytes("<s>");
  const std::vector<TokenInfo>& ti = state_->info[s];
  const bool caps = state_->caps[s];
  const std::vector<uint64_t> gazetteer = GazetteerParts(ti);
  SentenceFeatures& out = *features;
  out.keys.clear();
  out.begin.clear();
  Emitter emit(&out);
  const size_t n = ti.size();
  auto low_at = [&](size_t i, int delta) {
    const auto j = static_cast<long>(i) + delta;
    return j < 0 || j >= static_cast<long>(n) ? kBoundary : ti[static_cast<size_t>(j)].low;
  };
  auto shape_at = [&](size_t i, int delta) {
    const auto j = static_cast<long>(i) + delta;
    return j < 0 || j >= static_cast<long>(n) ? kBoundary : ti[static_cast<size_t>(j)].short_shape;
  };
  for (size_t i = 0; i < n; ++i) {
    out.begin.push_back(static_cast<uint32_t>(out.keys.size()));
    const TokenInfo& t = ti[i];
    emit.Add(kBias, 0);
    emit.Add(kWord, t.word);
    emit.Add(kLower, t.low);
    emit.Add(kShape, t.shape);
    emit.Add(kShortShape, t.short_shape);
    const std::string_view lower = t.lower;
    for (size_t k = 1; k <= kMaxAffix && k < lower.size(); ++k) {
      emit.Add(kPrefix + k, HashBytes(lower.substr(0, k)));
      emit.Add(kSuffix + k, HashBytes(lower.substr(lower.size() - k)));
    }
    emit.Add(kLength, std::min<size_t>(lower.size(), 12));
    emit.Add(kPrev1, low_at(i, -1));
    emit.Add(kNext1, low_at(i, 1));
    emit.Add(kPrev2, low_at(i, -2));
    emit.Add(kNext2, low_at(i, 2));
    emit.Add(kShapeContext, shape_at(i, -1), t.short_shape, shape_at(i, 1));
    emit.Add(kPrevBigram, low_at(i, -1), t.low);
    emit.Add(kNextBigram, t.low, low_at(i, 1));
    emit.Add(kPrevShapeWord, shape_at(i, -1), t.low);
    emit.Add(kNextShapeWord, t.low, shape_at(i, 1));
    if (i == 0) emit.Add(kFirstShape, t.short_shape);
    if (caps) {
      emit.Add(kCapsLower, t.low);
      emit.Add(kCapsShape, t.short_shape);
    }
    if (gazetteer[i] != 0) emit.Add(kGazetteer, gazetteer[i]);
    if (i > 0 && t.has_letter && IsPersonTitle(ti[i - 1].lower)) emit.Add(kTitleBefore, 1);
    if (t.has_letter && IsOrgSuffix(lower)) emit.Add(kOrgSuffix, 1);
    if (t.has_letter && IsPlaceSuffix(lower)) emit.Add(kPlaceSuffix, 1);
    if (t.has_letter && (t.capitalized || caps)) {
      const DocWord& d = state_->doc_words.at(t.low);
      const uint64_t form = (d.capitalized_inside ? 1 : 0) + (d.lowercase_inside ? 2 : 0);
      emit.Add(kDocForm, form);
      emit.Add(kDocFormShape, form, t.short_shape);
      for (uint64_t p : d.prev) emit.Add(kDocPrev, p);
      for (uint64_t x : d.next) emit.Add(kDocNext, x);
    }
  }
  out.begin.push_back(static_cast<uint32_t>(out.keys.size()));
}

std::vector<SentenceFeatures> ExtractNerFeatures(const NerDocument& document) {
  const NerFeatures features(document);
  std::vector<SentenceFeatures> out(document.size());
  for (size_t s = 0; s < document.size(); ++s) features.Extract(s, &out[s]);
  return out;
}

}  // namespace precis::entities
