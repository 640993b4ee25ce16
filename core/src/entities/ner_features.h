// Features of the name tagger: for every token of a document, the hashed keys of its active
// features. Local: the word, its lowercase form, shape ("Xxxx", "X.X."), prefixes and suffixes,
// neighbours, shape context, sentence position, ALL-CAPS sentences (headlines), gazetteer and title
// words. Document-level, because one occurrence disambiguates another: how the same word is
// written elsewhere in the document (capitalised mid-sentence or not) and the words around its
// other occurrences ("Secretary Austin" ... "Austin said").
//
//   NerFeatures features(document_sentences);   // the document-level part, once
//   SentenceFeatures f;
//   features.Extract(s, &f);                      // per sentence, reusing f's memory
//   for (int i = 0; i < f.size(); ++i) for (uint32_t key : f.Of(i)) ...
#ifndef PRECIS_ENTITIES_NER_FEATURES_H_
#define PRECIS_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace precis::entities {

struct SentenceFeatures {
  std::vector<uint32_t> keys;
  std::vector<uint32_t> begin;  // token i's keys are keys[begin[i] .. begin[i + 1])

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
  explicit NerFeatures(const NerDocument& document);
  ~NerFeatures();
  NerFeatures(const NerFeatures&) = delete;
  NerFeatures& operator=(const NerFeatures&) = delete;

  size_t sentence_count() const;
  void Extract(size_t sentence, SentenceFeatures* out) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// All sentences at once (training and tests; the tagger goes sentence by sentence).
std::vector<SentenceFeatures> ExtractNerFeatures(const NerDocument& document);

// Exposed for tests: the word shape ("Xxxx", "dd,ddd", "X.X.") and its short form with runs
// collapsed ("Xx", "d,d", "X.X.").
std::string WordShape(const std::string& word);
std::string ShortShape(const std::string& shape);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_NER_FEATURES_H_
