// Rule-based entities of numeric kind: DATE ("January 6", "2014", "1990s"), TIME ("5 p.m."),
// MONEY ("$1.13bn", "£600m", "10 euros"), PERCENT ("76%", "5 per cent") and QUANTITY (other
// numbers, with a unit or scale word when one follows: "90,000", "3 million", "12 km").
//
//   std::vector<Mention> found = FindNumericEntities(text, sentence_tokens);
#ifndef PRECIS_ENTITIES_RULES_H_
#define PRECIS_ENTITIES_RULES_H_

#include <string_view>
#include <vector>

#include "entities/mention.h"
#include "text/tokenizer.h"

namespace precis::entities {

// `language`: the text's (ISO 639-1); outside English, dates with the month names of
// text/date_text ("3. Oktober 2023"), and money, per cent and clock words of the languages our
// pages are most often in ("48 Millionen Euro", "12 Prozent", "18 Uhr").
std::vector<Mention> FindNumericEntities(std::string_view text,
                                         const std::vector<text::Token>& tokens,
                                         std::string_view language = "en");

// A month's name or abbreviation ("march", "sept"), a weekday's name ("monday"); folded.
bool IsMonthName(std::string_view folded);
bool IsWeekdayName(std::string_view folded);

// Only ASCII digits, and at least one.
bool AllDigits(std::string_view s);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_RULES_H_
