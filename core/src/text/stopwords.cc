#include "text/stopwords.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/front_coding.h"

namespace precis::text {
namespace {

// English function words (closed classes) plus reporting verbs that news uses everywhere.
// Sorted, so lookup is a binary search.
constexpr auto kEnglish = [] {
  std::array<std::string_view, 200> words = {
      "a",       "about",   "above",    "after",      "again",   "against",   "all",
      "also",    "am",      "an",       "and",        "any",     "are",       "as",
      "at",      "be",      "because",  "been",       "before",  "being",     "below",
      "between", "both",    "but",      "by",         "can",     "could",     "did",
      "do",      "does",    "doing",    "down",       "during",  "each",      "even",
      "ever",    "every",   "few",      "for",        "from",    "further",   "had",
      "has",     "have",    "having",   "he",         "her",     "here",      "hers",
      "herself", "him",     "himself",  "his",        "how",     "however",   "i",
      "if",      "in",      "into",     "is",         "it",      "its",       "itself",
      "just",    "last",    "less",     "like",       "made",    "make",      "many",
      "may",     "me",      "might",    "more",       "most",    "much",      "must",
      "my",      "myself",  "near",     "never",      "new",     "no",        "nor",
      "not",     "now",     "of",       "off",        "on",      "once",      "one",
      "only",    "or",      "other",    "our",        "ours",    "ourselves", "out",
      "over",    "own",     "per",      "rather",     "s",       "said",      "same",
      "say",     "says",    "shall",    "she",        "should",  "since",     "so",
      "some",    "still",   "such",     "t",          "than",    "that",      "the",
      "their",   "theirs",  "them",     "themselves", "then",    "there",     "these",
      "they",    "this",    "those",    "though",     "through", "thus",      "to",
      "told",    "too",     "under",    "until",      "up",      "upon",      "us",
      "very",    "was",     "we",       "were",       "what",    "when",      "where",
      "whether", "which",   "while",    "who",        "whom",    "whose",     "why",
      "will",    "with",    "within",   "without",    "would",   "yet",       "you",
      "your",    "yours",   "yourself", "yourselves", "also",    "although",  "among",
      "around",  "another", "across",   "already",    "always",  "became",    "become",
      "get",     "got",     "go",       "going",      "let",     "often",     "onto",
      "put",     "quite",   "re",       "seem",       "seemed",  "take",      "took",
      "unless",  "via",     "whereas",  "whom",       "'s",      "ll",        "ve",
      "d",       "m"};
  std::sort(words.begin(), words.end());
  return words;
}();

struct RawList {
  const char* code;
  const char* words;  // front-coded, '|'-separated (see generated/stopword_lists.inc)
};

constexpr RawList kRawLists[] = {
#include "text/generated/stopword_lists.inc"
};

// Decoded once, on the first non-English text.
const std::unordered_map<std::string_view, WordList>& Lists() {
  static const std::unordered_map<std::string_view, WordList> lists = [] {
    std::unordered_map<std::string_view, WordList> out;
    for (const RawList& raw : kRawLists) DecodeFrontCoded(raw.words, out[raw.code]);
    return out;
  }();
  return lists;
}

}  // namespace

bool IsStopword(std::string_view folded, std::string_view language) {
  if (language != "en" && language != "und") {
    const auto& lists = Lists();
    if (auto it = lists.find(language); it != lists.end()) {
      const std::vector<std::string_view>& words = it->second.words();
      return std::binary_search(words.begin(), words.end(), folded);
    }
  }
  return std::binary_search(kEnglish.begin(), kEnglish.end(), folded);
}

std::vector<std::string> StopwordLanguages() {
  std::vector<std::string> codes = {"en"};
  for (const RawList& raw : kRawLists) codes.emplace_back(raw.code);
  return codes;
}

}  // namespace precis::text
