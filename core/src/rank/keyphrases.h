// Key phrases of an article. Candidates are runs of adjacent words that can stand in a noun
// phrase, up to their last four (the head end: "Defense Minister Sergei Shoigu"): no stopwords,
// numbers, punctuation, verbs or adverbs inside (English word classes: text/word_classes, and
// a "-s" verb between a clause's subject and its object: "the board hopes the…"), no
// titles ("Mr", "Dr") and nothing from a web address. Words are
// ranked by PositionRank (PageRank over word co-occurrence, jumping to words in proportion to
// how early and often they appear), a phrase by the sum of its words; a generic noun alone
// ("people", "year") is dropped, and so is a phrase that repeats a better phrase's words.
//
//   std::vector<KeyphraseCandidate> top = ExtractKeyphrases(text, tokens_per_sentence, excluded,
//                                                           8, "en");
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
    const std::vector<bool>& excluded, size_t max_phrases, std::string_view language = "en");

}  // namespace precis::rank

#endif  // PRECIS_RANK_KEYPHRASES_H_
