// Features of the name tagger: for every token of a document, the hashed keys of its active
// features. Local: the word, its lowercase form, shape ("Xxxx", "X.X."), prefixes and suffixes,
// neighbours, shape context, sentence position, gazetteer and title words. From the lexicon
// (ner_lexicon.h): the name lists a word or phrase is in, its word clusters and those of its
// neighbours, how often it is capitalised inside sentences in news. The sentence's case (mixed,
// ALL CAPS, all lowercase) is part of every feature about form, so what holds for shouted or
// lowercase text never blurs what capitals mean in ordinary text. Document-level, because one
// occurrence disambiguates another: how the same word is written elsewhere in the document
// (capitalised mid-sentence or not) and the words around its other occurrences ("Secretary
// Austin" ... "Austin said").
//
//   NerFeatures features(document_sentences, &lexicon);   // the document-level part, once
//   SentenceFeatures f;
//   features.Extract(s, &f);                      // per sentence, reusing f's memory
//   for (int i = 0; i < f.size(); ++i) for (uint32_t key : f.Of(i)) ...
//   features.Extract(s, &f, NerFeatures::Part::kContext);  // the tagger: context keys, and
//   features.FormKeys(features.FormOf(s, i), &w);          // a word's own keys once per form
#ifndef PRECIS_ENTITIES_NER_FEATURES_H_
#define PRECIS_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "entities/ner_lexicon.h"

namespace precis::entities {

struct SentenceFeatures {
  std::vector<uint32_t> keys;
  std::vector<uint32_t> begin;  // token i's keys are keys[begin[i] .. begin[i + 1])
  // Token i's first identity[i] keys name the word itself (word, lowercase form, the word with a
  // neighbour): training drops them at random so the model also learns from everything else.
  std::vector<uint8_t> identity;

  int size() const { return begin.empty() ? 0 : static_cast<int>(begin.size()) - 1; }
  std::span<const uint32_t> Of(int i) const {
    return {keys.data() + begin[static_cast<size_t>(i)],
            begin[static_cast<size_t>(i) + 1] - begin[static_cast<size_t>(i)]};
  }
};

// A document's sentences, each a list of tokens as written (UTF-8).
using NerDocument = std::vector<std::vector<std::string>>;

class NerFeatures {
 public:
  // `lexicon` (may be null or empty: no lexicon features) must outlive this object.
  NerFeatures(const NerDocument& document, const NerLexicon* lexicon);
  ~NerFeatures();
  NerFeatures(const NerFeatures&) = delete;
  NerFeatures& operator=(const NerFeatures&) = delete;

  // Which keys to write: all, or only those that depend on the word alone (its form, the
  // sentence's case and what the document says of it) or only those that depend on where it
  // stands. A token's keys are its word part and its context part.
  enum class Part { kAll, kWord, kContext };

  size_t sentence_count() const;
  void Extract(size_t sentence, SentenceFeatures* out, Part part = Part::kAll) const;

  // A token's form: the word as written in a sentence of the same case. Tokens of one form share
  // their word part, so the tagger weighs it once per document.
  size_t form_count() const;
  uint32_t FormOf(size_t sentence, size_t token) const;
  void FormKeys(uint32_t form, SentenceFeatures* out) const;  // as one token

  // What the features know of a token, for the document-level pass after tagging.
  struct Token {
    std::string_view folded;  // lowercase, digits as 0
    uint64_t key = 0;         // NerLexicon::KeyOf(folded)
    bool capitalized = false;
    bool all_caps = false;    // letters, all capitals ("US", "I")
    bool plural_caps = false; // capitals and a final lowercase "s": an acronym's plural ("PCs")
    bool has_letter = false;
    uint8_t capitalised = 0;  // the lexicon's bin (0 unknown)
    bool lowercase = false;   // Latin letters, none a capital ("teaspoon"; not "eBay")
    bool camel = false;       // a capital after a small letter ("EverQuest"; not "McDonald")
  };
  size_t token_count(size_t sentence) const;
  Token TokenAt(size_t sentence, size_t token) const;
  bool InCapitals(size_t sentence) const;  // a line set in capitals

 private:
  struct State;
  void Emit(size_t sentence, size_t first, size_t last, Part part, SentenceFeatures* out) const;
  std::unique_ptr<State> state_;
};

// All sentences at once (training and tests; the tagger goes sentence by sentence).
std::vector<SentenceFeatures> ExtractNerFeatures(const NerDocument& document,
                                                 const NerLexicon* lexicon);

// Exposed for tests: the word shape ("Xxxx", "dd,ddd", "X.X.") and its short form with runs
// collapsed ("Xx", "d,d", "X.X.").
std::string WordShape(const std::string& word);
std::string ShortShape(const std::string& shape);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_FEATURES_H_
