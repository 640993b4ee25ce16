// What the name tagger knows about words beyond its training data, looked up by the folded word
// or name (lowercase, digits as 0): the name lists it appears in (gazetteers generated from
// maintained packages by scripts/gen-ner-gazetteer.mjs), its word clusters at three granularities
// (computed from unlabeled news by `precis ner clusters`, core/models/ner_clusters.tsv) and how
// often it is capitalised inside a sentence there. These generalise: an unseen town, surname or
// company still gets evidence, and a common word capitalised at a sentence start is known to be
// common. The lexicon travels inside the model file, so the page loads it after it is ready.
//
//   StatusOr<NerLexicon> lex = NerLexicon::FromTables(gazetteer_tsv, clusters_tsv);
//   NerLexicon::Entry e = lex.value().Find(NerLexicon::KeyOf("new york"));
//   if (e.lists & NerLexicon::ListBit('T')) ...
#ifndef PRECIS_ENTITIES_NER_LEXICON_H_
#define PRECIS_ENTITIES_NER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::entities {

class NerLexicon {
 public:
  // The name lists, one bit each, by their letter in the gazetteer file: country, town, other
  // place, first name, surname, person, organisation, nationality/language, other named thing.
  static constexpr std::string_view kListLetters = "CTPFSHONE";
  static constexpr int kLists = static_cast<int>(kListLetters.size());
  static constexpr uint16_t ListBit(char letter) {
    return static_cast<uint16_t>(1u << kListLetters.find(letter));
  }

  struct Entry {
    uint16_t lists = 0;       // bit i: listed in list i (as a whole name)
    bool continues = false;   // a longer listed name starts with these words
    uint8_t capitalised = 0;  // 0 unknown; 1..6: share of capitalised mid-sentence uses, in bins
    // Classes in the text, then of the word's vector: 0 unknown; else coarse, medium, fine + 1.
    uint16_t cluster[3] = {0, 0, 0};
    uint16_t vector_class[3] = {0, 0, 0};
  };

  // Incremental key of a folded name: KeyOf("new york") == Extend(KeyOf("new"), "york").
  static uint64_t Start();
  static uint64_t Extend(uint64_t key, std::string_view word);  // adds " word" (or "word" first)
  static uint64_t KeyOf(std::string_view folded_name);
  // A word as the lexicon keys it: case folded, digits as '0' ("1990" -> "0000").
  static std::string FoldWord(std::string_view word);

  // From the generated tables (training): gazetteer lines "Name<TAB>letters", cluster lines
  // "word<TAB>count<TAB>capitalised %<TAB>coarse<TAB>medium<TAB>fine<TAB>vector coarse<TAB>medium
  // <TAB>fine" (class -1: none; the vector classes must nest); '#' lines are comments.
  static StatusOr<NerLexicon> FromTables(std::string_view gazetteer_tsv, std::string_view clusters_tsv);
  static StatusOr<NerLexicon> Parse(std::string_view bytes);
  std::string Serialize() const;

  Entry Find(uint64_t key) const;
  bool empty() const { return keys_.empty(); }
  size_t size() const { return keys_.size(); }

  // The bin of a capitalised share in percent (0..100): 1 (never) .. 6 (always); 0 for -1 (unknown).
  static uint8_t CapitalisedBin(int percent);

 private:
  void BuildTable();

  std::vector<uint32_t> keys_;  // sorted
  std::vector<uint16_t> flags_;  // lists | continues << 12 ... see the .cc
  std::vector<uint32_t> clusters_;  // packed coarse, medium, fine
  std::vector<uint32_t> vector_classes_;  // the same packing
  struct Slot {
    uint32_t key = 0;
    int32_t row = -1;
  };
  std::vector<Slot> table_;
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_LEXICON_H_
