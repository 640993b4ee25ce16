// Identifies the language of a text: the dominant script first (Han, Kana, Hangul, Greek,
// Hebrew, Thai, ... each name one language), then, for Latin, Cyrillic, Arabic and Devanagari,
// the most likely language under character n-gram models (orders 1-3, Naive Bayes; learned from
// the UDHR, see generated/) with a credit for function words. Latin text whose lowercase words
// hold clearly more English function words than the winner's is English (a results table of
// foreign clubs). Returns an ISO 639-1 code, or "und" when the text is too short or has no
// letters.
//
//   DetectLanguage("Der Rat hat am Montag beschlossen, ...") == "de"
#ifndef PRECIS_TEXT_LANGUAGE_H_
#define PRECIS_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

std::string DetectLanguage(std::string_view text);

// Every code DetectLanguage can return (besides "und").
std::vector<std::string> KnownLanguages();

// The language of a text whose page declares one (`declared`: a supported code, or "" when the
// page names none or one we do not know). The declaration holds for a text too short to tell
// (under kLettersToOverrule letters), one the detector cannot place, and one it agrees with;
// otherwise the text's own language wins: a `lang` attribute is often a template's default (on
// 1,853 dev pages 28 declarations disagreed with the article's text, and in 22 of them the page
// was wrong: German and Spanish articles declared "en"). A text that has the declared
// language's function words in number (at least 20, and half as many as the detected
// language's) keeps the declaration: a German post quoting a speech in English is German.
struct LanguageChoice {
  std::string code;
  bool declared = false;  // the declaration was taken
};
inline constexpr size_t kLettersToOverrule = 250;
LanguageChoice ChooseLanguage(std::string_view declared, std::string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_LANGUAGE_H_
