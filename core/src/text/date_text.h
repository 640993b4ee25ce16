// A calendar date as a page writes it in words or digits, read as ISO 8601 (YYYY-MM-DD): "March
// 3, 2015", "3rd March 2015", "December 29th 2019", "3. Oktober 2021", "3 de marzo de 2015",
// "24 août 2019", "2015-03-03", "03.10.2021", "2015/03/03", and "14/03/2015" or "03/14/2015"
// where the order is plain (a part over 12). A day and a year from 1990 to 2099 are needed:
// "March 2015" or "© 2015" name no day. "08/01/2008", which reads both ways, is no date here.
//
//   ReadDate("Posted on December 29th 2019 by Jo") == "2019-12-29"
#ifndef PRECIS_TEXT_DATE_TEXT_H_
#define PRECIS_TEXT_DATE_TEXT_H_

#include <string>
#include <string_view>

namespace precis::text {

// The first date in `text` (its first 200 bytes), or "".
std::string ReadDate(std::string_view text);

// The same, with the byte where the date starts in `text` (npos when there is none): a byline
// ends there ("Jeff Latzke Dec. 31, 2007" -> "Jeff Latzke").
struct FoundDate {
  std::string iso;
  size_t start = std::string_view::npos;
};
FoundDate FindDate(std::string_view text);

// A date from a page's metadata as ISO 8601: one written in ISO form keeps its time and zone,
// normalised ("2022-1-26 14:32" -> "2022-01-26T14:32:00", "…+0200" -> "…+02:00", " UTC" ->
// "Z"); one written otherwise is read by ReadDate as a day ("Wed, 04 May 2022 02:41:00 GMT" ->
// "2022-05-04"); one that reads as neither stays as written ("11/01/2023", either order).
std::string NormalizePageDate(std::string_view raw);

// 1-12 for a month's name or usual abbreviation in one of ReadDate's languages ("oktober",
// "août", "marzo", "sept"), lowercase; else 0.
int MonthNumberOf(std::string_view folded);

}  // namespace precis::text

#endif  // PRECIS_TEXT_DATE_TEXT_H_
