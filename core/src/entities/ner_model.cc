#include "entities/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace precis::entities {
namespace {

constexpr char kMagic[4] = {'P', 'N', 'E', 'R'};
constexpr uint32_t kVersion = 2;  // 2: the lexicon travels in the file
constexpr auto L = static_cast<size_t>(kNerLabels);

void PutU32(std::string* out, uint32_t v) {
  for (int b = 0; b < 4; ++b) out->push_back(static_cast<char>((v >> (8 * b)) & 0xff));
}
void PutF32(std::string* out, float f) {
  uint32_t v;
  std::memcpy(&v, &f, 4);
  PutU32(out, v);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool U32(uint32_t* v) {
    if (bytes_.size() - pos_ < 4) return false;
    *v = 0;
    for (int b = 0; b < 4; ++b) {
      *v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes_[pos_ + static_cast<size_t>(b)]))
            << (8 * b);
    }
    pos_ += 4;
    return true;
  }
  bool F32(float* f) {
    uint32_t v;
    if (!U32(&v)) return false;
    std::memcpy(f, &v, 4);
    return std::isfinite(*f);
  }
  bool Bytes(size_t n, std::string_view* out) {
    if (bytes_.size() - pos_ < n) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

NerModel NerModel::FromWeights(const std::vector<uint32_t>& keys, const std::vector<float>& weights,
                               const Transitions& transitions, float min_weight,
                               NerLexicon lexicon) {
  std::vector<size_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  NerModel m;
  m.transitions_ = transitions;
  m.lexicon_ = std::move(lexicon);
  for (size_t f : order) {
    float top = 0;
    for (size_t l = 0; l < L; ++l) top = std::max(top, std::fabs(weights[f * L + l]));
    if (top < min_weight || top == 0) continue;
    if (!m.keys_.empty() && m.keys_.back() == keys[f]) continue;  // duplicate key: keep the first
    m.keys_.push_back(keys[f]);
    Row& row = m.rows_.emplace_back();
    row.scale = top / 127.0f;
    for (size_t l = 0; l < L; ++l) {
      row.weight[l] = static_cast<int8_t>(std::lround(weights[f * L + l] / row.scale));
    }
  }
  m.BuildTable();
  return m;
}

std::string NerModel::Serialize() const {
  std::string out(kMagic, 4);
  PutU32(&out, kVersion);
  PutU32(&out, static_cast<uint32_t>(L));
  PutU32(&out, static_cast<uint32_t>(keys_.size()));
  const std::string lexicon = lexicon_.Serialize();
  PutU32(&out, static_cast<uint32_t>(lexicon.size()));
  out += lexicon;
  for (float t : transitions_) PutF32(&out, t);
  uint32_t previous = 0;
  for (uint32_t k : keys_) {  // deltas compress better than raw hashes
    PutU32(&out, k - previous);
    previous = k;
  }
  for (const Row& row : rows_) PutF32(&out, row.scale);
  for (size_t l = 0; l < L; ++l) {  // label-major: long runs of zeros
    for (const Row& row : rows_) out.push_back(static_cast<char>(row.weight[l]));
  }
  return out;
}

StatusOr<NerModel> NerModel::Parse(std::string_view bytes) {
  auto bad = [](const char* why) {
    return Status::InvalidArgument(std::string("the name model is damaged: ") + why);
  };
  Reader r(bytes);
  std::string_view magic;
  uint32_t version = 0, labels = 0, count = 0;
  if (!r.Bytes(4, &magic) || magic != std::string_view(kMagic, 4)) return bad("bad magic");
  if (!r.U32(&version) || version != kVersion) return bad("unknown version");
  if (!r.U32(&labels) || labels != L) return bad("wrong label count");
  if (!r.U32(&count) || count > bytes.size()) return bad("wrong feature count");
  NerModel m;
  uint32_t lexicon_size = 0;
  std::string_view lexicon;
  if (!r.U32(&lexicon_size) || !r.Bytes(lexicon_size, &lexicon)) return bad("lexicon");
  StatusOr<NerLexicon> parsed_lexicon = NerLexicon::Parse(lexicon);
  if (!parsed_lexicon.ok()) return parsed_lexicon.status();
  m.lexicon_ = std::move(parsed_lexicon).value();
  for (float& t : m.transitions_) {
    if (!r.F32(&t)) return bad("transitions");
  }
  m.keys_.resize(count);
  uint32_t key = 0;
  for (uint32_t& k : m.keys_) {
    uint32_t delta = 0;
    if (!r.U32(&delta)) return bad("keys");
    key += delta;
    k = key;
  }
  m.rows_.resize(count);
  for (Row& row : m.rows_) {
    if (!r.F32(&row.scale)) return bad("scales");
  }
  std::string_view w;
  if (!r.Bytes(static_cast<size_t>(count) * L, &w) || !r.AtEnd()) return bad("weights");
  for (size_t l = 0; l < L; ++l) {
    for (size_t f = 0; f < count; ++f) {
      m.rows_[f].weight[l] = static_cast<int8_t>(w[l * count + f]);
    }
  }
  m.BuildTable();
  return m;
}

namespace {
uint8_t TagOf(uint32_t key) {  // the slot comes from the low bits; the tag from the high ones
  const auto tag = static_cast<uint8_t>(key >> 24);
  return tag == 0 ? 1 : tag;
}
}  // namespace

void NerModel::BuildTable() {
  size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity *= 2;
  table_.assign(capacity, Slot{});
  tags_.assign(capacity, 0);
  for (size_t f = 0; f < keys_.size(); ++f) {
    size_t slot = keys_[f] & (capacity - 1);
    while (tags_[slot] != 0) slot = (slot + 1) & (capacity - 1);
    table_[slot] = {keys_[f], static_cast<int32_t>(f)};
    tags_[slot] = TagOf(keys_[f]);
  }
}

int32_t NerModel::Find(uint32_t key) const {
  const size_t mask = table_.size() - 1;
  const uint8_t tag = TagOf(key);
  for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
    const uint8_t t = tags_[slot];
    if (t == 0) return -1;
    if (t == tag && table_[slot].key == key) return table_[slot].row;
  }
}

std::vector<int> NerModel::Tag(const SentenceFeatures& sentence) const {
  const int n = sentence.size();
  std::vector<float> scores(static_cast<size_t>(n) * L, 0.0f);
  for (int i = 0; i < n; ++i) AddWeights(sentence.Of(i), &scores[static_cast<size_t>(i) * L]);
  return Decode(scores, n);
}

void NerModel::AddWeights(std::span<const uint32_t> keys, float* scores) const {
  // Ask for every key's tag and slot before the first lookup: the loads then overlap instead of
  // waiting in turn (a no-op in wasm).
  const size_t mask = table_.size() - 1;
  for (uint32_t key : keys) {
    __builtin_prefetch(&tags_[key & mask]);
    __builtin_prefetch(&table_[key & mask]);
  }
  for (uint32_t key : keys) {
    const int32_t f = Find(key);
    if (f < 0) continue;
    const Row& weights = rows_[static_cast<size_t>(f)];
    const float scale = weights.scale;  // a local: `scores` could alias the stored one
    for (size_t l = 0; l < L; ++l) scores[l] += scale * static_cast<float>(weights.weight[l]);
  }
}

std::vector<int> NerModel::Decode(const std::vector<float>& scores, int token_count) const {
  return Viterbi(scores, token_count, transitions_);
}

}  // namespace precis::entities
