#include "entities/ner_lexicon.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "entities/ner_tokens.h"
#include "text/utf8.h"

namespace precis::entities {
namespace {

// flags_: bits 0..8 lists, bit 9 continues, bits 10..12 capitalised bin.
constexpr uint16_t kContinues = 1u << 9;
constexpr int kCapShift = 10;
// clusters_ and vector_classes_: fine + 1 in bits 0..11, medium + 1 in 12..21, coarse + 1 in
// 22..29. The vector classes nest (a fine class lies in one medium and one coarse class), so the
// serialized lexicon keeps each word's fine vector class and one table from fine classes to the
// rest: half the bytes.
constexpr uint32_t kMaxClass[3] = {254, 1022, 4094};  // coarse, medium, fine

// Coarse, medium and fine class + 1 from their packing (see clusters_ above).
void Unpack(uint32_t packed, uint16_t* classes) {
  classes[0] = static_cast<uint16_t>(packed >> 22);
  classes[1] = static_cast<uint16_t>((packed >> 12) & 0x3ff);
  classes[2] = static_cast<uint16_t>(packed & 0xfff);
}

uint32_t Fold32(uint64_t h) {
  const auto k = static_cast<uint32_t>(h ^ (h >> 32));
  return k == 0 ? 1 : k;  // 0 marks an empty slot
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

template <typename F>
void ForEachLine(std::string_view text, F f) {
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') f(line);
    start = end + 1;
  }
}

void PutVarint(std::string* out, uint32_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutPlanes(std::string* out, const std::vector<uint32_t>& values, int bytes) {
  for (int b = 0; b < bytes; ++b) {  // byte planes: the high bytes are mostly zero and compress
    for (uint32_t v : values) out->push_back(static_cast<char>((v >> (8 * b)) & 0xff));
  }
}

}  // namespace

std::string NerLexicon::FoldWord(std::string_view word) {
  std::string folded = text::FoldCase(word);
  for (char& c : folded) {
    if (c >= '0' && c <= '9') c = '0';
  }
  return folded;
}

uint64_t NerLexicon::Start() { return 0xcbf29ce484222325ULL; }

uint64_t NerLexicon::Extend(uint64_t h, std::string_view word) {
  if (h != Start()) h = (h ^ static_cast<unsigned char>(' ')) * 0x100000001b3ULL;
  for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

uint64_t NerLexicon::KeyOf(std::string_view folded_name) {
  uint64_t h = Start();
  for (size_t start = 0; start <= folded_name.size();) {
    size_t space = folded_name.find(' ', start);
    if (space == std::string_view::npos) space = folded_name.size();
    h = Extend(h, folded_name.substr(start, space - start));
    start = space + 1;
  }
  return h;
}

uint8_t NerLexicon::CapitalisedBin(int percent) {
  if (percent < 0) return 0;  // too few uses to say
  if (percent <= 1) return 1;
  if (percent <= 10) return 2;
  if (percent <= 40) return 3;
  if (percent <= 75) return 4;
  if (percent <= 95) return 5;
  return 6;
}

StatusOr<NerLexicon> NerLexicon::FromTables(std::string_view gazetteer_tsv,
                                            std::string_view clusters_tsv) {
  struct Row {
    uint16_t flags = 0;
    uint32_t clusters = 0, vector_class = 0;
  };
  std::map<uint32_t, Row> entries;             // by key
  std::map<uint32_t, uint32_t> upper_of_fine;  // vector fine + 1 -> medium + 1 | (coarse + 1) << 10
  std::string error;
  ForEachLine(gazetteer_tsv, [&](std::string_view line) {
    const std::vector<std::string_view> f = Fields(line);
    if (f.size() != 2) {
      if (error.empty()) error = "gazetteer line without name and lists: " + std::string(line);
      return;
    }
    uint16_t lists = 0;
    for (char letter : f[1]) {
      if (kListLetters.find(letter) != std::string_view::npos) lists |= ListBit(letter);
    }
    if (lists == 0) return;
    // The name as the tagger's tokens see it: "St. Louis" -> "st." "louis".
    const std::string name(f[0]);
    const std::vector<NerToken> tokens = NerTokens(name, {0, name.size()});
    if (tokens.empty()) return;
    uint64_t h = Start();
    for (size_t i = 0; i < tokens.size(); ++i) {
      h = Extend(h, FoldWord(tokens[i].text));
      auto& entry = entries[Fold32(h)];
      if (i + 1 < tokens.size()) entry.flags |= kContinues;
    }
    entries[Fold32(h)].flags |= lists;
  });
  auto pack = [](const int* v) {  // coarse, medium, fine (-1: none)
    return static_cast<uint32_t>(v[2] + 1) | (static_cast<uint32_t>(v[1] + 1) << 12) |
           (static_cast<uint32_t>(v[0] + 1) << 22);
  };
  ForEachLine(clusters_tsv, [&](std::string_view line) {
    const std::vector<std::string_view> f = Fields(line);
    int values[8] = {};
    bool ok = f.size() == 9;
    for (size_t i = 0; ok && i < 8; ++i) {
      ok = std::from_chars(f[i + 1].data(), f[i + 1].data() + f[i + 1].size(), values[i]).ec ==
           std::errc();
    }
    for (int c = 0; ok && c < 6; ++c) {
      ok = values[2 + c] >= -1 && values[2 + c] <= static_cast<int>(kMaxClass[c % 3]);
    }
    for (int k = 2; ok && k < 8; k += 3) {  // a kind's three classes, all or none
      ok = (values[k] == -1) == (values[k + 1] == -1) && (values[k] == -1) == (values[k + 2] == -1);
    }
    if (!ok) {
      if (error.empty()) error = "bad cluster line: " + std::string(line);
      return;
    }
    const uint32_t vector_class = pack(values + 5);
    if (const auto [it, added] = upper_of_fine.emplace(vector_class & 0xfff, vector_class >> 12);
        !added && it->second != vector_class >> 12) {
      if (error.empty()) {
        error = "vector classes do not nest (a fine class in two coarser ones): " + std::string(line);
      }
      return;
    }
    auto& entry = entries[Fold32(KeyOf(f[0]))];
    entry.flags = static_cast<uint16_t>((entry.flags & ~(7u << kCapShift)) |
                                        (CapitalisedBin(values[1]) << kCapShift));
    entry.clusters = pack(values + 2);
    entry.vector_class = vector_class;
  });
  if (!error.empty()) return Status::InvalidArgument(error);
  NerLexicon lex;
  for (const auto& [key, row] : entries) {
    lex.keys_.push_back(key);
    lex.flags_.push_back(row.flags);
    lex.clusters_.push_back(row.clusters);
    lex.vector_classes_.push_back(row.vector_class);
  }
  lex.BuildTable();
  return lex;
}

std::string NerLexicon::Serialize() const {
  std::string out;
  PutVarint(&out, static_cast<uint32_t>(keys_.size()));
  uint32_t previous = 0;
  for (uint32_t k : keys_) {
    PutVarint(&out, k - previous);
    previous = k;
  }
  PutPlanes(&out, std::vector<uint32_t>(flags_.begin(), flags_.end()), 2);
  PutPlanes(&out, clusters_, 4);
  std::vector<uint32_t> upper(kMaxClass[2] + 2, 0), fine;
  uint32_t classes = 0;  // the highest fine class + 1
  for (uint32_t c : vector_classes_) {
    fine.push_back(c & 0xfff);
    upper[c & 0xfff] = c >> 12;
    classes = std::max(classes, c & 0xfff);
  }
  PutVarint(&out, classes);
  for (uint32_t f = 1; f <= classes; ++f) PutVarint(&out, upper[f]);
  PutPlanes(&out, fine, 2);
  return out;
}

StatusOr<NerLexicon> NerLexicon::Parse(std::string_view bytes) {
  auto bad = [] { return Status::InvalidArgument("the name model is damaged: lexicon"); };
  size_t pos = 0;
  auto varint = [&](uint32_t* v) {
    *v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.size()) return false;
      const auto b = static_cast<unsigned char>(bytes[pos++]);
      *v |= static_cast<uint32_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return true;
    }
    return false;
  };
  uint32_t count = 0;
  if (!varint(&count) || count > bytes.size()) return bad();
  NerLexicon lex;
  lex.keys_.resize(count);
  uint32_t key = 0;
  for (uint32_t& k : lex.keys_) {
    uint32_t delta = 0;
    if (!varint(&delta)) return bad();
    key += delta;
    k = key;
  }
  if (bytes.size() - pos < static_cast<size_t>(count) * 6) return bad();
  lex.flags_.assign(count, 0);
  for (int b = 0; b < 2; ++b) {
    for (uint16_t& f : lex.flags_) f |= static_cast<uint16_t>(static_cast<unsigned char>(bytes[pos++]) << (8 * b));
  }
  lex.clusters_.assign(count, 0);
  for (int b = 0; b < 4; ++b) {
    for (uint32_t& c : lex.clusters_) c |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[pos++])) << (8 * b);
  }
  uint32_t classes = 0;
  if (!varint(&classes) || classes > kMaxClass[2] + 1) return bad();
  std::vector<uint32_t> upper(classes + 1, 0);
  for (uint32_t f = 1; f <= classes; ++f) {
    if (!varint(&upper[f]) || upper[f] >= (1u << 20)) return bad();
  }
  if (bytes.size() - pos != static_cast<size_t>(count) * 2) return bad();
  lex.vector_classes_.assign(count, 0);
  for (int b = 0; b < 2; ++b) {
    for (uint32_t& c : lex.vector_classes_)
      c |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[pos++])) << (8 * b);
  }
  for (uint32_t& c : lex.vector_classes_) {
    if (c > classes) return bad();
    c |= upper[c] << 12;
  }
  lex.BuildTable();
  return lex;
}

void NerLexicon::BuildTable() {
  size_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity *= 2;
  table_.assign(capacity, Slot{});
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t slot = keys_[i] & (capacity - 1);
    while (table_[slot].key != 0) slot = (slot + 1) & (capacity - 1);
    table_[slot] = {keys_[i], static_cast<int32_t>(i)};
  }
}

NerLexicon::Entry NerLexicon::Find(uint64_t key) const {
  Entry e;
  if (table_.empty()) return e;
  const uint32_t k = Fold32(key);
  const size_t mask = table_.size() - 1;
  for (size_t slot = k & mask;; slot = (slot + 1) & mask) {
    if (table_[slot].key == 0) return e;
    if (table_[slot].key != k) continue;
    const auto row = static_cast<size_t>(table_[slot].row);
    const uint16_t f = flags_[row];
    e.lists = f & ((1u << kLists) - 1);
    e.continues = (f & kContinues) != 0;
    e.capitalised = static_cast<uint8_t>((f >> kCapShift) & 7);
    Unpack(clusters_[row], e.cluster);
    Unpack(vector_classes_[row], e.vector_class);
    return e;
  }
}

}  // namespace precis::entities
