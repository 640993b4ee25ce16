// Sentences that lean on the one before them: they open with a third-person pronoun ("He had
// found a strange-looking cell…"), a demonstrative ("These neo-banks have been trying…") or a
// connective ("But it is not merely that…", "As a result, …"), so read alone they leave the
// reader asking who, what or compared with what. Summaries take such a sentence only with the
// sentence before it (rank/select). English only: other languages mark nothing.
//
//   if (OpensDependent(tokens_of_sentence, "en")) NeedsPredecessor();
#ifndef PRECIS_TEXT_COHESION_H_
#define PRECIS_TEXT_COHESION_H_

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::text {

// Whether the sentence (its tokens, in order) opens with a word or phrase that refers back.
// Deictic openings that do not ("This year", "These days", "Those who…") are not marked.
bool OpensDependent(const std::vector<Token>& tokens, std::string_view language);

}  // namespace precis::text

#endif  // PRECIS_TEXT_COHESION_H_
