// Word classes of the name tagger, two kinds.
//
// From running text, by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
// words are moved one at a time to the class that most raises the likelihood of a class bigram
// model, until few move. Words used in the same contexts end up together ("Tuesday"/"Friday",
// "said"/"told"), including the words no vector package has ("i'm", "n't"). Flat classes at a
// few granularities.
//
//   ClusterCorpus corpus;  corpus.AddSentence({"the", "mayor", "said"}); ...
//   corpus.Finish(5);  std::vector<int> cls = corpus.Cluster(256, 20, log);   // per word
//
// From word vectors (for example GloVe's, learned from billions of words of news
// and Wikipedia): spherical k-means groups words whose vectors point the same way — surnames
// with surnames, skiers with skiers, towns, companies, weekdays — so the tagger can learn from a
// class what it saw for a few of its words. The fine classes come from the words; the medium
// and coarse ones from clustering the fine classes' centres (weighted by their words), so the
// three granularities nest like the prefixes of a Brown hierarchy. Deterministic (no random
// start: the first centres are words spread evenly over the list). Training-time code (`precis
// ner clusters`); the tagger only reads the result.
//
//   std::vector<float> vectors = ...;  // n rows of `dims` floats, one per word
//   WordClasses wc = ClassesFromVectors(vectors, 100, {32, 128, 1024}, 25, log);
//   wc.fine[i], wc.medium[i], wc.coarse[i]  // classes of word i
#ifndef PRECIS_ENTITIES_WORD_CLUSTERS_H_
#define PRECIS_ENTITIES_WORD_CLUSTERS_H_

#include <array>
#include <cstddef>
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
  // Classes of another kind for the words that have none (the vectors leave out "a", "i",
  // "yes", clitics and contractions: "i'm", "n't"): `fine` gives each word of words() its class
  // (0 .. classes - 1), -1 for a word to place or -2 for one to leave out ("<rare>"). A word to
  // place joins the class whose words have the most similar neighbours (cosine of the counts of
  // its left and right neighbours' classes, from the bigrams); returns `fine` filled in.
  std::vector<int> PlaceByNeighbours(std::vector<int> fine, int classes) const;

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

struct WordClasses {
  std::vector<int> coarse, medium, fine;  // per word, 0 .. classes - 1
};

// `vectors` holds n = vectors.size() / dims rows (any length; they are normalized here).
// `classes` is coarse, medium, fine; each at most the count of the level below it.
WordClasses ClassesFromVectors(std::vector<float> vectors, size_t dims, std::array<int, 3> classes,
                               int max_iterations,
                               const std::function<void(const std::string&)>& log);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_WORD_CLUSTERS_H_
