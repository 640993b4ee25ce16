// Builds SentenceTerms from plain sentences for the ranking tests.
#ifndef PRECIS_TESTS_RANK_TEST_UTIL_H_
#define PRECIS_TESTS_RANK_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "rank/sentence_terms.h"
#include "text/tokenizer.h"

namespace precis::rank {

struct TestArticle {
  std::vector<std::string> sentences;
  std::vector<bool> boilerplate;
  std::string title;

  SentenceTerms Terms() const {
    std::vector<std::string_view> texts;
    std::vector<std::vector<text::Token>> tokens;
    std::vector<int> paragraph;
    for (size_t i = 0; i < sentences.size(); ++i) {
      texts.push_back(sentences[i]);
      tokens.push_back(text::Tokenize(sentences[i], {0, sentences[i].size()}));
      paragraph.push_back(static_cast<int>(i));
    }
    std::vector<bool> bp = boilerplate;
    bp.resize(sentences.size(), false);
    return BuildSentenceTerms(texts, tokens, paragraph, bp, text::Tokenize(title, {0, title.size()}),
                              "en");
  }
};

}  // namespace precis::rank

#endif  // PRECIS_TESTS_RANK_TEST_UTIL_H_
