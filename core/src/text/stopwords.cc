#include "text/stopwords.h"

#include <algorithm>
#include <array>

namespace precis::text {
namespace {

// English function words (closed classes) plus reporting verbs that news uses everywhere.
// Sorted, so lookup is a binary search.
constexpr auto kEnglish = [] {
  std::array<std::string_view, 200> words = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
      "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
      "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
      "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "less",
      "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must",
      "my", "myself", "near", "never", "new", "no", "nor", "not", "now", "of", "off", "on",
      "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
      "per", "rather", "s", "said", "same", "say", "says", "shall", "she", "should", "since",
      "so", "some", "still", "such", "t", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "though", "through",
      "thus", "to", "told", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
      "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
      "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
      "yourself", "yourselves", "also", "although", "among", "around", "another", "across",
      "already", "always", "became", "become", "get", "got", "go", "going", "let", "often",
      "onto", "put", "quite", "re", "seem", "seemed", "take", "took", "unless", "via",
      "whereas", "whom", "'s", "ll", "ve", "d", "m"};
  std::sort(words.begin(), words.end());
  return words;
}();

}  // namespace

bool IsStopword(std::string_view folded) {
  return std::binary_search(kEnglish.begin(), kEnglish.end(), folded);
}

}  // namespace precis::text
