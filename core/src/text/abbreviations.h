// Abbreviation knowledge for sentence segmentation, per language: which words before a period
// are titles ("Mr.", "Dr.", "M." in French), ordinary abbreviations that rarely end a sentence
// ("bzw.", "т.е."), abbreviations that close an enumeration and so end a sentence before a
// capital ("usw.", "и т. д."), or abbreviations that take a number ("No. 5", "S. 12"); which
// words typically open a sentence. English lists always apply; another language's lists add to
// them (and win where both know a word). Spaced abbreviations ("z. B.", "EE. UU.") are looked
// up with their spaces removed ("z.b", "ee.uu").
//
//   if (ClassifyAbbreviation("bzw", "de") == AbbreviationKind::kContinuing) ...
#ifndef PRECIS_TEXT_ABBREVIATIONS_H_
#define PRECIS_TEXT_ABBREVIATIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

enum class AbbreviationKind { kNone, kTitle, kContinuing, kFinal, kBeforeNumber };

// `folded`: the lowercase word before the period, inner periods kept ("u.s", "z.b").
AbbreviationKind ClassifyAbbreviation(std::string_view folded, std::string_view language);

// Some abbreviation of the language (or English) starts with `folded` + "." ("i.d" of "i.d.r").
bool IsAbbreviationPrefix(std::string_view folded, std::string_view language);

// The languages with lists of their own (besides English).
std::vector<std::string> AbbreviationLanguages();

// A capitalised word that typically opens a sentence ("The", "Der", "Le", "Он"), folded.
bool IsSentenceStarter(std::string_view folded, std::string_view language);

// Nouns that follow "U.S." inside a name ("U.S. Government"), folded.
bool IsCompoundHead(std::string_view folded);

// Languages that write ordinal numbers with a period ("am 3. Oktober").
bool UsesOrdinalPeriod(std::string_view language);

// Whether "<before> N. <after>" reads as an ordinal (folded words around the number). German
// capitalises every noun, so a capital after the number says nothing there: an ordinal is an
// adjective, after an article or a contracted preposition ("am 3.", "der 2.", "im 19.") or
// before a month ("3. Oktober"); "Seite 12. Dort" is a sentence end. Other languages: true.
bool IsOrdinalContext(std::string_view before, std::string_view after, std::string_view language);

}  // namespace precis::text

#endif  // PRECIS_TEXT_ABBREVIATIONS_H_
