// Word classes from unlabeled text by the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998): words are moved one at a time to the class that most raises the
// likelihood of a class bigram model, until few move. Words used in the same contexts end up
// together ("Tuesday"/"Friday", "said"/"told", towns with towns), so the tagger can learn from a
// class what it saw for a few of its words. Flat classes at a few granularities stand in for the
// prefixes of a Brown hierarchy; exchange is much faster than Brown's merging and needs no
// hierarchy. Training-time code (`precis ner clusters`); the tagger only reads the result.
//
//   ClusterCorpus corpus;  corpus.AddSentence({"the", "mayor", "said"}); ...
//   std::vector<int> cls = corpus.Cluster(256, 20, log);   // per vocabulary word
#ifndef PRECIS_ENTITIES_WORD_CLUSTERS_H_
#define PRECIS_ENTITIES_WORD_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace precis::entities {

class ClusterCorpus {
 public:
  void AddSentence(const std::vector<std::string>& words);
  // Keeps the words seen at least `min_count` times (the rest become one "rare" word, clustered
  // too) and counts bigrams; call once, after the last sentence.
  void Finish(int min_count);

  const std::vector<std::string>& words() const { return words_; }  // by falling count
  const std::vector<int64_t>& counts() const { return counts_; }
  // The class (0 .. classes - 1) of every word of words().
  std::vector<int> Cluster(int classes, int max_iterations,
                           const std::function<void(const std::string&)>& log) const;

 private:
  std::unordered_map<std::string, int> raw_ids_;
  std::vector<int64_t> raw_counts_;
  std::vector<int> tokens_;  // raw ids, -1 between sentences
  std::vector<std::string> words_;
  std::vector<int64_t> counts_;
  // Bigrams over word ids (the sentence boundary is id words_.size()), both directions, CSR.
  std::vector<int64_t> right_start_, left_start_;
  std::vector<std::pair<int, int64_t>> right_, left_;
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_WORD_CLUSTERS_H_
