// What the caller's budget asks for, in the two forms the learned ranker uses: the share of the
// article (sentences / eligible sentences, the ratio itself, or words / eligible words) and the
// number of sentences (a word budget counts as words / average sentence length).
//
//   Budget b = BudgetOf(terms, options);   // b.ratio in (0, 1], b.sentences >= 1
#ifndef PRECIS_RANK_BUDGET_H_
#define PRECIS_RANK_BUDGET_H_

#include "precis/options.h"
#include "rank/sentence_terms.h"

namespace precis::rank {

struct Budget {
  double ratio = 1.0;
  double sentences = 1.0;
};

Budget BudgetOf(const SentenceTerms& s, const Options& options);

}  // namespace precis::rank

#endif  // PRECIS_RANK_BUDGET_H_
