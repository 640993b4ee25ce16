// Picks the summary from ranked sentences under a budget (sentences, ratio or words), skipping
// excluded sentences (see SentenceTerms) and near-duplicates of sentences already chosen; a
// weak sentence — fewer than kMinSummaryWords words ("Why?", "He declined."), no sentence end,
// a broken start or a quotation left open (SentenceTerms::weak) — is taken only when the budget
// cannot be filled otherwise. A sentence
// that opens by referring back (`dependent`: "He…", "But…", "These…") comes with the sentence
// before it, and one that names someone only in short form ("Mr Tarrant") with the sentence
// that introduced them (`introducers`), and those with their own in turn, or is passed over
// when the budget has no room for them (or one of them is weak and the budget is not down to
// filling): no summary sentence dangles, and a summary starts with such a sentence only if it
// is the article's first. Deterministic: ties go to the earlier sentence. The result
// is in document order and is empty only if no sentence is eligible.
//
//   std::vector<int> summary = SelectSentences(terms, scores, options);
#ifndef PRECIS_RANK_SELECT_H_
#define PRECIS_RANK_SELECT_H_

#include <cstddef>
#include <vector>

#include "precis/options.h"
#include "rank/sentence_terms.h"

namespace precis::rank {

// Above this share of common content terms, a candidate is a near-duplicate and skipped.
inline constexpr double kMaxOverlap = 0.6;
// A candidate sharing a run of this many content terms, in order, with a chosen sentence repeats
// a clause of it and is skipped too.
inline constexpr size_t kMinSharedRun = 6;
inline constexpr int kMinSummaryWords = 6;
// At most this many sentences are brought in front of a dependent one (a longer chain of
// sentences that each refer back is passed over).
inline constexpr int kMaxPredecessors = 2;

std::vector<int> SelectSentences(const SentenceTerms& s, const std::vector<double>& scores,
                                 const Options& options);

// Sentence indices from best to worst; excluded ones after everything else.
std::vector<int> RankOrder(const SentenceTerms& s, const std::vector<double>& scores);

}  // namespace precis::rank

#endif  // PRECIS_RANK_SELECT_H_
