// What the rankers see of an article: per sentence, its content terms as ids (stems), its place
// in the document and whether it may be summarized at all (body text and quotations may;
// boilerplate, headings, captions, list items and bylines may not). Built once, shared by every
// ranker.
//
//   SentenceTerms terms = BuildSentenceTerms(texts, tokens_per_sentence, paragraph_of, excluded,
//                                            title_tokens, "en");
//   std::vector<double> scores = ScoreCentroid(terms);
#ifndef PRECIS_RANK_SENTENCE_TERMS_H_
#define PRECIS_RANK_SENTENCE_TERMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::rank {

struct SentenceTerms {
  std::vector<std::vector<int>> terms;  // content-term ids per sentence, repeats kept
  std::vector<int> words;               // word tokens per sentence
  std::vector<int> paragraph;           // paragraph index per sentence
  std::vector<bool> paragraph_initial;
  std::vector<bool> excluded;  // never summarized: boilerplate, headings, captions, list items…
  // Taken only to fill a budget nothing else can: fewer than 6 words, no sentence end (a
  // lead-in ending in ':', a deck or teaser line), a start like a broken tail (", and…") or an
  // end inside a quotation the next sentence continues. Empty means none (set by the caller).
  std::vector<bool> weak;
  std::vector<bool> quoted;      // contains a quotation
  std::vector<bool> question;    // ends with a question mark
  std::vector<bool> dependent;   // opens with a word that refers back (text/cohesion)
  // Ends inside a quotation that the next sentence continues: alone, it breaks off mid-quote.
  std::vector<bool> quote_continues;
  // Earlier sentences that introduce a name this one uses only in short form (text/cohesion).
  std::vector<std::vector<int>> introducers;
  std::vector<int> capitalized;  // capitalised words after the first (names, mostly)
  std::vector<int> numbers;      // number tokens
  std::vector<int> title_terms;  // distinct ids of the title's content terms
  std::vector<double> idf;       // per term id, over the article's sentences
  int vocabulary = 0;

  size_t size() const { return terms.size(); }
};

// `texts` are the sentences themselves (for their form: quotation, question, opening), one per
// entry of `tokens`; `language` is the text's (ISO 639-1).
SentenceTerms BuildSentenceTerms(const std::vector<std::string_view>& texts,
                                 const std::vector<std::vector<text::Token>>& tokens,
                                 const std::vector<int>& paragraph,
                                 const std::vector<bool>& excluded,
                                 const std::vector<text::Token>& title_tokens,
                                 std::string_view language);

// Scales non-negative scores so the largest is 1 (all zero stays zero).
void NormalizeMax(std::vector<double>* scores);

}  // namespace precis::rank

#endif  // PRECIS_RANK_SENTENCE_TERMS_H_
