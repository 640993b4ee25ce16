#include "entities/ner_features.h"

#include <algorithm>
#include <deque>
#include <string_view>

#include "entities/dense_ids.h"
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
  kCluster, kPrevCluster = kCluster + 3, kNextCluster = kPrevCluster + 3, kClusterCap = kNextCluster + 3,
  kList, kCapShare, kListShape, kSuffixAhead, kVectorClass, kPrevVectorClass = kVectorClass + 3,
  kNextVectorClass,
};

// The sentence's case, mixed into every template about form (shapes, affixes, position).
enum CaseMode : uint64_t { kMixed = 0, kAllCaps = 1, kAllLower = 2 };
constexpr uint64_t Moded(uint64_t t, CaseMode mode) { return t | (static_cast<uint64_t>(mode) << 16); }

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

// How a word is written elsewhere in the document, and its neighbours there.
struct DocWord {
  bool capitalized_inside = false;  // capitalised not at a sentence start, in a mixed-case sentence
  bool lowercase_inside = false;
  std::vector<uint64_t> prev, next;
};

// What is known of a distinct word of the document, looked up once: its lexicon entry, whether
// it is a person title, an organisation or place suffix, the first word of a listed name, and
// how it is written elsewhere in the document.
struct WordFacts {
  NerLexicon::Entry lex;
  bool title = false, org_suffix = false, place_suffix = false, starts_name = false;
  DocWord doc;
};

struct TokenInfo {
  WordFacts* facts = nullptr;  // shared by every occurrence of the folded word
  uint32_t form = 0;           // NerFeatures::FormOf
  std::string lower;  // folded, digits as 0
  uint64_t word = 0, low = 0, shape = 0, short_shape = 0;
  bool capitalized = false;  // first letter uppercase
  bool all_caps = false;
  bool plural_caps = false;  // capitals and a final lowercase "s" ("PCs", "NGOs")
  bool has_letter = false;
  bool lowercase = false;  // Latin letters, none a capital ("teaspoon"; not "eBay", not Chinese)
  bool camel = false;      // a capital after a small letter, no hyphen ("EverQuest", "VirnetX")
};

TokenInfo Describe(const std::string& word, uint64_t hash) {
  TokenInfo t;
  t.lower = text::FoldCase(word);
  for (char& c : t.lower) {
    if (c >= '0' && c <= '9') c = '0';
  }
  const std::string shape = WordShape(word);
  t.word = hash;
  t.low = HashBytes(t.lower);
  t.shape = HashBytes(shape);
  t.short_shape = HashBytes(ShortShape(shape));
  const size_t first = shape.find_first_of("Xx");
  t.has_letter = first != std::string::npos;
  t.capitalized = t.has_letter && shape[first] == 'X';
  t.all_caps = t.capitalized && shape.find('x') == std::string::npos;
  t.lowercase = t.has_letter && shape.find('X') == std::string::npos &&
                std::all_of(word.begin(), word.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // Not a surname's second capital after its particle ("McDonald", "DiCaprio", "LaHood",
  // "O'Neill"), nor a letter of a mis-decoded page ("SchÃ¤fer").
  static constexpr std::string_view kParticles[] = {"Mc", "Mac", "Di", "De",  "Da",  "Du",
                                                    "La", "Le",  "Lo", "Van", "Von", "Fitz"};
  t.camel = t.capitalized && shape.find("xX") != std::string::npos &&
            shape.find_first_of("-'*") == std::string::npos &&
            std::none_of(std::begin(kParticles), std::end(kParticles),
                         [&](std::string_view p) { return word.starts_with(p); }) &&
            std::all_of(word.begin(), word.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  t.plural_caps = word.size() >= 3 && word.back() == 's' &&
                  shape.find_first_not_of('X') == shape.size() - 1;
  return t;
}

// Headlines and sports tables in news are set in capitals, notes and chat in lowercase: case says
// little there, and the features say which case the sentence is in.
CaseMode CaseOf(const std::vector<std::string>& tokens) {
  size_t upper = 0, lower = 0;
  for (const std::string& w : tokens) {
    for (size_t i = 0; i < w.size();) {
      const text::CodePoint c = text::DecodeAt(w, i);
      if (text::IsUpper(c.value)) ++upper;
      if (text::IsLower(c.value)) ++lower;
      i += c.length;
    }
  }
  if (upper >= 4 && lower * 10 < upper) return kAllCaps;
  if (upper == 0 && lower >= 8) return kAllLower;
  return kMixed;
}

// The lexicon's name lists over a sentence: for every token and list, the part (1 + B/I/L/U) it
// has in the longest listed name of that list covering it, up to four words.
constexpr int kMaxListWords = 4;
std::vector<uint8_t> ListParts(const std::vector<TokenInfo>& info, const NerLexicon* lexicon) {
  constexpr auto kL = static_cast<size_t>(NerLexicon::kLists);
  std::vector<uint8_t> parts;
  if (lexicon == nullptr || lexicon->empty()) return parts;
  std::vector<uint8_t> length;
  for (size_t i = 0; i < info.size(); ++i) {
    if (info[i].facts->lex.lists == 0 && !info[i].facts->lex.continues) continue;
    if (parts.empty()) {
      parts.assign(info.size() * kL, 0);
      length.assign(info.size() * kL, 0);
    }
    uint64_t key = info[i].low;
    NerLexicon::Entry e = info[i].facts->lex;
    for (size_t n = 1;; ++n) {
      for (size_t l = 0; e.lists != 0 && l < kL; ++l) {
        if ((e.lists & (1u << l)) == 0) continue;
        for (size_t k = 0; k < n; ++k) {
          const size_t at = (i + k) * kL + l;
          if (length[at] >= n) continue;
          length[at] = static_cast<uint8_t>(n);
          parts[at] = static_cast<uint8_t>(1 + (n == 1 ? 3 : k == 0 ? 0 : k + 1 == n ? 2 : 1));
        }
      }
      if (!e.continues || n == kMaxListWords || i + n >= info.size()) break;
      key = NerLexicon::Extend(key, info[i + n].lower);
      e = lexicon->Find(key);
    }
  }
  return parts;
}


void Remember(std::vector<uint64_t>* seen, uint64_t h) {
  if (seen->size() < kMaxDocContexts && std::find(seen->begin(), seen->end(), h) == seen->end()) {
    seen->push_back(h);
  }
}

// Gazetteer parts per token ("united states" -> B-L, L-L) from the longest match up to 3 words.
std::vector<uint64_t> GazetteerParts(const std::vector<TokenInfo>& info) {
  std::vector<uint64_t> parts(info.size(), 0);
  for (size_t i = 0; i < info.size();) {
    if (!info[i].facts->starts_name) {
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

// Writes keys, or only one part of them: the keys that depend on the word alone (its form, the
// sentence's case and the document's facts about it) or those that depend on where it stands.
// One feature list for training and tagging; the tagger sums a word's own part once per document.
class Emitter {
 public:
  Emitter(SentenceFeatures* out, NerFeatures::Part part) : out_(out), part_(part) {}
  template <typename... Args>
  void Word(uint64_t t, Args... args) {
    if (part_ != NerFeatures::Part::kContext) Put(t, args...);
  }
  template <typename... Args>
  void Context(uint64_t t, Args... args) {
    if (part_ != NerFeatures::Part::kWord) Put(t, args...);
  }

 private:
  template <typename... Args>
  void Put(uint64_t t, Args... args) {
    uint64_t h = t;
    ((h = Mix(h, static_cast<uint64_t>(args))), ...);
    out_->keys.push_back(KeyOf(h));
  }
  SentenceFeatures* out_;
  NerFeatures::Part part_;
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
  const NerLexicon* lexicon = nullptr;
  std::vector<std::vector<TokenInfo>> info;
  std::vector<CaseMode> mode;
  std::deque<WordFacts> facts;  // by the folded word's id; a deque keeps their addresses
  std::vector<std::pair<size_t, size_t>> form_at;  // a form's first (sentence, token)
};

NerFeatures::NerFeatures(const NerDocument& document, const NerLexicon* lexicon)
    : state_(std::make_unique<State>()) {
  state_->lexicon = lexicon;
  std::vector<std::vector<TokenInfo>>& info = state_->info;
  std::vector<CaseMode>& mode = state_->mode;
  info.resize(document.size());
  mode.resize(document.size());
  DenseIds forms;   // by the word's hash and the sentence's case
  DenseIds folded;  // by the folded word's hash: ids of `facts`
  // Look-ups once per distinct word of the document (the lexicon key of a one-word name is the
  // hash of the folded word).
  for (size_t s = 0; s < document.size(); ++s) {
    mode[s] = CaseOf(document[s]);
    info[s].reserve(document[s].size());
    for (const std::string& w : document[s]) {
      const uint64_t word = HashBytes(w);
      const auto [form, added] = forms.Insert(Mix(word, mode[s]));
      if (!added) {  // a form seen before: its description too (room is reserved: no reallocation)
        const auto [s0, i0] = state_->form_at[form];
        info[s].push_back(info[s0][i0]);
        continue;
      }
      state_->form_at.emplace_back(s, info[s].size());
      TokenInfo& t = info[s].emplace_back(Describe(w, word));
      t.form = form;
      const auto [id, inserted] = folded.Insert(t.low);
      if (!inserted) {
        t.facts = &state_->facts[id];
        continue;
      }
      WordFacts& f = state_->facts.emplace_back();
      t.facts = &f;
      if (lexicon != nullptr && !lexicon->empty()) f.lex = lexicon->Find(t.low);
      if (t.has_letter) {
        f.title = IsPersonTitle(t.lower);
        f.org_suffix = IsOrgSuffix(t.lower);
        f.place_suffix = IsPlaceSuffix(t.lower);
      }
      std::string_view first = t.lower;
      if (first.size() > 1 && first.back() == '.') first.remove_suffix(1);
      f.starts_name = StartsName(first);
    }
    const std::vector<TokenInfo>& ti = info[s];
    for (size_t i = 0; i < ti.size(); ++i) {
      if (!ti[i].has_letter) continue;
      DocWord& d = ti[i].facts->doc;
      if (mode[s] == kMixed && i > 0) (ti[i].capitalized ? d.capitalized_inside : d.lowercase_inside) = true;
      if (i > 0) Remember(&d.prev, ti[i - 1].low);
      if (i + 1 < ti.size()) Remember(&d.next, ti[i + 1].low);
    }
  }
}

NerFeatures::~NerFeatures() = default;

size_t NerFeatures::sentence_count() const { return state_->info.size(); }
size_t NerFeatures::form_count() const { return state_->form_at.size(); }
uint32_t NerFeatures::FormOf(size_t s, size_t i) const { return state_->info[s][i].form; }
size_t NerFeatures::token_count(size_t s) const { return state_->info[s].size(); }
bool NerFeatures::InCapitals(size_t s) const { return state_->mode[s] == kAllCaps; }
NerFeatures::Token NerFeatures::TokenAt(size_t s, size_t i) const {
  const TokenInfo& t = state_->info[s][i];
  return {t.lower,
          t.low,
          t.capitalized,
          t.all_caps,
          t.plural_caps,
          t.has_letter,
          t.facts->lex.capitalised,
          t.lowercase,
          t.camel};
}

void NerFeatures::Extract(size_t s, SentenceFeatures* features, Part part) const {
  Emit(s, 0, state_->info[s].size(), part, features);
}

void NerFeatures::FormKeys(uint32_t form, SentenceFeatures* features) const {
  const auto [s, i] = state_->form_at[form];
  Emit(s, i, i + 1, Part::kWord, features);
}

void NerFeatures::Emit(size_t s, size_t first, size_t last, Part part,
                       SentenceFeatures* features) const {
  static const uint64_t kBoundary = HashBytes("<s>");
  const std::vector<TokenInfo>& ti = state_->info[s];
  const CaseMode mode = state_->mode[s];
  const bool caps = mode == kAllCaps;
  // The name lists speak of where a word stands in a name: context, not needed for a word alone.
  const bool context = part != Part::kWord;
  // The word part's affixes and the document's neighbours cost hashing and loops: skipped when
  // only the context part is asked for (the tagger's loop over every token).
  const bool word = part != Part::kContext;
  const std::vector<uint64_t> gazetteer = context ? GazetteerParts(ti) : std::vector<uint64_t>();
  const std::vector<uint8_t> lists = context ? ListParts(ti, state_->lexicon) : std::vector<uint8_t>();
  const bool lexicon = state_->lexicon != nullptr && !state_->lexicon->empty();
  SentenceFeatures& out = *features;
  out.keys.clear();
  out.begin.clear();
  out.identity.clear();
  Emitter emit(&out, part);
  const size_t n = ti.size();
  auto at = [&](size_t i, int delta) -> const TokenInfo* {
    const auto j = static_cast<long>(i) + delta;
    return j < 0 || j >= static_cast<long>(n) ? nullptr : &ti[static_cast<size_t>(j)];
  };
  auto low_at = [&](size_t i, int delta) {
    const TokenInfo* t = at(i, delta);
    return t == nullptr ? kBoundary : t->low;
  };
  auto shape_at = [&](size_t i, int delta) {
    const TokenInfo* t = at(i, delta);
    return t == nullptr ? kBoundary : t->short_shape;
  };
  auto cluster_at = [&](size_t i, int delta, int g) -> uint64_t {
    const TokenInfo* t = at(i, delta);
    return t == nullptr ? 0xffff : t->facts->lex.cluster[g];
  };
  auto vector_class_at = [&](size_t i, int delta) -> uint64_t {  // the medium class
    const TokenInfo* t = at(i, delta);
    return t == nullptr ? 0xffff : t->facts->lex.vector_class[1];
  };
  for (size_t i = first; i < last; ++i) {
    out.begin.push_back(static_cast<uint32_t>(out.keys.size()));
    const TokenInfo& t = ti[i];
    // The word itself first: training's identity dropout removes these.
    emit.Word(kWord, t.word);
    emit.Word(kLower, t.low);
    emit.Context(kPrevBigram, low_at(i, -1), t.low);
    emit.Context(kNextBigram, t.low, low_at(i, 1));
    emit.Context(Moded(kPrevShapeWord, mode), shape_at(i, -1), t.low);
    emit.Context(Moded(kNextShapeWord, mode), t.low, shape_at(i, 1));
    if (caps) emit.Word(kCapsLower, t.low);
    out.identity.push_back(static_cast<uint8_t>(out.keys.size() - out.begin.back()));

    emit.Word(kBias, 0);
    emit.Word(Moded(kShape, mode), t.shape);
    emit.Word(Moded(kShortShape, mode), t.short_shape);
    const std::string_view lower = t.lower;
    for (size_t k = 1; word && k <= kMaxAffix && k < lower.size(); ++k) {
      emit.Word(Moded(kPrefix + k, mode), HashBytes(lower.substr(0, k)));
      emit.Word(Moded(kSuffix + k, mode), HashBytes(lower.substr(lower.size() - k)));
    }
    emit.Word(Moded(kLength, mode), std::min<size_t>(lower.size(), 12));
    emit.Context(kPrev1, low_at(i, -1));
    emit.Context(kNext1, low_at(i, 1));
    emit.Context(kPrev2, low_at(i, -2));
    emit.Context(kNext2, low_at(i, 2));
    emit.Context(Moded(kShapeContext, mode), shape_at(i, -1), t.short_shape, shape_at(i, 1));
    if (i == 0) emit.Context(Moded(kFirstShape, mode), t.short_shape);
    if (caps) emit.Word(kCapsShape, t.short_shape);
    if (context && gazetteer[i] != 0) emit.Context(kGazetteer, gazetteer[i]);
    if (i > 0 && t.has_letter && ti[i - 1].facts->title) emit.Context(kTitleBefore, 1);
    if (t.facts->org_suffix) emit.Word(kOrgSuffix, 1);
    if (t.facts->place_suffix) emit.Word(kPlaceSuffix, 1);
    // A capitalised word whose run of capitalised words ends, within three words, in an
    // organisation or place word ("Mayo Clinic", "Hudson River"): the head word types the
    // whole name, also for words no list or training sentence has seen.
    if (t.capitalized) {
      for (size_t j = i + 1; j < n && j <= i + 3 && ti[j].capitalized; ++j) {
        const uint64_t kind = ti[j].facts->org_suffix ? 1 : ti[j].facts->place_suffix ? 2 : 0;
        if (kind != 0) {
          emit.Context(Moded(kSuffixAhead, mode), kind, j - i);
          break;
        }
      }
    }
    if (lexicon) {
      for (int g = 0; g < 3; ++g) emit.Word(kCluster + static_cast<uint64_t>(g), t.facts->lex.cluster[g]);
      emit.Context(kPrevCluster + 1, cluster_at(i, -1, 1));  // neighbours: the medium classes
      emit.Context(kNextCluster + 1, cluster_at(i, 1, 1));
      emit.Word(Moded(kClusterCap, mode), t.facts->lex.cluster[2], t.capitalized ? 1 : 0);
      // The classes of the word's GloVe vector: learned from billions of words, they know rare
      // names the text's classes never saw; the text's classes know what GloVe leaves out.
      for (int g = 0; g < 3; ++g) {
        emit.Word(kVectorClass + static_cast<uint64_t>(g), t.facts->lex.vector_class[g]);
      }
      emit.Context(kPrevVectorClass, vector_class_at(i, -1));
      emit.Context(kNextVectorClass, vector_class_at(i, 1));
      if (t.has_letter) {
        emit.Context(Moded(kCapShare, mode), t.facts->lex.capitalised, (t.capitalized ? 2 : 0) + (i == 0 ? 1 : 0));
      }
      if (!lists.empty()) {
        constexpr auto kL = static_cast<size_t>(NerLexicon::kLists);
        for (size_t l = 0; l < kL; ++l) {
          if (const uint8_t role = lists[i * kL + l]; role != 0) {
            emit.Context(kList, l * 8 + role);
            emit.Context(Moded(kListShape, mode), l * 8 + role, t.capitalized ? 1 : 0);
          }
        }
      }
    }
    if (word && t.has_letter && (t.capitalized || caps)) {
      const DocWord& d = t.facts->doc;
      const uint64_t form = (d.capitalized_inside ? 1 : 0) + (d.lowercase_inside ? 2 : 0);
      emit.Word(kDocForm, form);
      emit.Word(Moded(kDocFormShape, mode), form, t.short_shape);
      for (uint64_t p : d.prev) emit.Word(kDocPrev, p);
      for (uint64_t x : d.next) emit.Word(kDocNext, x);
    }
  }
  out.begin.push_back(static_cast<uint32_t>(out.keys.size()));
}

std::vector<SentenceFeatures> ExtractNerFeatures(const NerDocument& document,
                                                 const NerLexicon* lexicon) {
  const NerFeatures features(document, lexicon);
  std::vector<SentenceFeatures> out(document.size());
  for (size_t s = 0; s < document.size(); ++s) features.Extract(s, &out[s]);
  return out;
}

}  // namespace precis::entities
