// Sentences that lean on the one before them: they open with a third-person pronoun ("He had
// found a strange-looking cell…"), a demonstrative ("These neo-banks have been trying…") or a
// connective ("But it is not merely that…", "As a result, …"), so read alone they leave the
// reader asking who, what or compared with what. Summaries take such a sentence only with the
// sentence before it (rank/select). German, French, Spanish, Portuguese, Italian, Dutch and
// Polish sentences are marked by their opening words ("Aber…", "Er hatte…", "Cependant…");
// the other rules are English only, and other languages mark nothing.
//
//   if (OpensDependent(tokens_of_sentence, "en")) NeedsPredecessor();
#ifndef PRECIS_TEXT_COHESION_H_
#define PRECIS_TEXT_COHESION_H_

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace precis::text {

// Whether a (lowercase) word is a verb of saying ("said", "told", "argued"…), as after a
// quotation or a speaker's name.
bool IsSpeechVerb(std::string_view word);

// Whether the sentence (its tokens, in order) opens with a word or phrase that refers back.
// Deictic openings that do not ("This year", "These days", "Those who…") are not marked. A
// sentence that closes a quotation it did not open ("…we will win," he said.) continues the
// one before it and is marked as well, and so is a bare quotation with no speaker named
// ("“We can do that.”"). The overload with the sentence's text also marks words inside it
// that point back ("such an attack", "the two men discussed…", "…for thinking so") and a main
// clause opening with a pronoun after phrases that name nobody ("During his best period of
// polling, he never…").
bool OpensDependent(const std::vector<Token>& tokens, std::string_view language);
bool OpensDependent(std::string_view sentence, const std::vector<Token>& tokens,
                    std::string_view language);

// For each sentence, whether it starts inside a quotation that an earlier sentence of the same
// paragraph opened and did not close (`He said: "We are ready.` → `If they want to race, let
// them.` continues the quotation; read alone, nobody said it). `paragraph` gives each
// sentence's paragraph; quotations do not run across paragraphs here.
std::vector<bool> InsideQuotation(const std::vector<std::string_view>& sentences,
                                  const std::vector<int>& paragraph);

// For each sentence, the earlier sentences that introduce a name it uses only in short form:
// "Fielder-Civil", "Mr Tarrant", "Miss Aim" after "Blake Fielder-Civil", "Chris Tarrant",
// "Karen Aim" — read alone, the reader does not know who that is. A name word is a capitalised
// word the text never writes in lower case; a short form is a single name word (titles such as
// "Mr" aside) whose first mention, in an eligible sentence, had more name words. Empty lists
// for languages other than English.
std::vector<std::vector<int>> NameIntroductions(const std::vector<std::vector<Token>>& tokens,
                                                const std::vector<bool>& excluded,
                                                std::string_view language);

// For each sentence with a definite reference to something an earlier sentence brought in as
// new ("The landlord, James King, said…" after "…rented a flat from a landlord in Leeds"; "The
// bed also features…" after "…unveiled a smart bed at CES"; "Police say that the girl…" after
// "A young girl was accused…"), that earlier sentence: read alone, the reader asks which
// landlord, what bed, which girl. The reference is a noun of a "the …" phrase anywhere in the
// sentence; the introduction is that noun after "a"/"an" (and at most two words between). Nouns of time and quantity ("The year", "The number of…") are left alone.
// Empty lists for languages other than English.
std::vector<std::vector<int>> DefiniteIntroductions(const std::vector<std::vector<Token>>& tokens,
                                                    const std::vector<bool>& excluded,
                                                    std::string_view language);

}  // namespace precis::text

#endif  // PRECIS_TEXT_COHESION_H_
