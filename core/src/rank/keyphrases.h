// Key phrases of an article: runs of up to three content words (no stopwords, numbers or
// punctuation inside), scored by how often their words and the whole phrase occur, with
// phrases that repeat a better phrase's words dropped.
//
//   std::vector<KeyphraseCandidate> top = ExtractKeyphrases(text, tokens_per_sentence, excluded,
//   8);
#ifndef PRECIS_RANK_KEYPHRASES_H_
#define PRECIS_RANK_KEYPHRASES_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::rank {

struct KeyphraseCandidate {
  std::string text;    // surface form of its first occurrence
  double score = 0.0;  // in (0, 1], best = 1
};

std::vector<KeyphraseCandidate> ExtractKeyphrases(
    std::string_view text, const std::vector<std::vector<text::Token>>& tokens,
    const std::vector<bool>& excluded, size_t max_phrases);

}  // namespace precis::rank

#endif  // PRECIS_RANK_KEYPHRASES_H_
