// English word classes for keyphrases, without a tagger: whether a word can stand in a noun
// phrase ("oil spill", "illegal aliens") or is a verb, adverb or function word ("faces",
// "used", "rightly"), from the part-of-speech tags of Reuters news (generated table; see
// scripts/gen-word-classes.mjs); words the table never saw are judged by their ending (-ly,
// -ed). Also generic nouns (English and German) and number words, which make poor keyphrases on
// their own.
//
//   if (EnglishWordClass(token.folded, token.capitalized) != WordClass::kOther) Extend(phrase);
#ifndef PRECIS_TEXT_WORD_CLASSES_H_
#define PRECIS_TEXT_WORD_CLASSES_H_

#include <string_view>

namespace precis::text {

// What a word can be in a noun phrase: its head or another noun (kNoun; also every word the
// table does not know), a modifier only (kAdjective), or nothing (kOther: verbs, adverbs,
// function words, contractions, time words). `folded` is lowercase; `capitalized` as written.
enum class WordClass { kNoun, kAdjective, kOther };
WordClass EnglishWordClass(std::string_view folded, bool capitalized);

// A form of address written before a name ("mr", "sir", "miss", "gen"), folded.
bool IsHonorific(std::string_view folded);

// A noun too general to be a keyphrase alone ("people", "year", "thousands"; German "Jahr",
// "Menschen"; no list for other languages).
bool IsGenericNoun(std::string_view folded, std::string_view language = "en");

}  // namespace precis::text

#endif  // PRECIS_TEXT_WORD_CLASSES_H_
