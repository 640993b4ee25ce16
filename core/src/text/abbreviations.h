// Abbreviation knowledge for sentence segmentation, per language: which words before a period
// are titles ("Mr.", "Dr.", "M." in French), ordinary abbreviations that rarely end a sentence
// ("etc.", "bzw.", "т.е."), or abbreviations that take a number ("No. 5", "S. 12"); which words
// typically open a sentence. English lists always apply; another language's lists add to them.
//
//   if (ClassifyAbbreviation("bzw", "de") == AbbreviationKind::kContinuing) ...
#ifndef PRECIS_TEXT_ABBREVIATIONS_H_
#define PRECIS_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace precis::text {

enum class AbbreviationKind { kNone, kTitle, kContinuing, kBeforeNumber };

// `folded`: the lowercase word before the period, inner periods kept ("u.s", "z.b").
AbbreviationKind ClassifyAbbreviation(std::string_view folded, std::string_view language);

// A capitalised word that typically opens a sentence ("The", "Der", "Le", "Он"), folded.
bool IsSentenceStarter(std::string_view folded, std::string_view language);

// Nouns that follow "U.S." inside a name ("U.S. Government"), folded.
bool IsCompoundHead(std::string_view folded);

// Languages that write ordinal numbers with a period ("am 3. Oktober").
bool UsesOrdinalPeriod(std::string_view language);

}  // namespace precis::text

#endif  // PRECIS_TEXT_ABBREVIATIONS_H_
