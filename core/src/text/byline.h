// The writer and the date a page shows by its article, where its metadata names none: the first
// element marked as a byline or an author (rel="author", itemprop="author", a class or id with
// "byline" or "author", as Readability looks for them) whose text reads as a name, cleaned of "By",
// dates and separators. Comment threads and boxes of other stories are not looked in.
//
//   std::string writer = FindByline(tree);               // "Erin Cunningham", or ""
//   std::string name = BylineNames("By Ana Sandoiu | Published Jan 5");  // "Ana Sandoiu"
//   std::string date = FindShownDate(tree);              // "2014-11-02", or ""
#ifndef PRECIS_TEXT_BYLINE_H_
#define PRECIS_TEXT_BYLINE_H_

#include <string>
#include <string_view>

#include "text/html_tree.h"

namespace precis::text {

std::string FindByline(const HtmlTree& tree);

// The date a page shows by its article where its metadata gives none: the datetime of the first
// <time> element (outside comments and other stories' boxes) whose value is a calendar date
// ("2019-10-19T14:37:24+02:00", "2014-11-02"; not a duration or opening hours), as written;
// else the first date in the text of an element whose class or id says date, time, posted or
// a post's details ("Posted on December 29th 2019" -> "2019-12-29", see ReadDate), not one that
// says updated or modified.
std::string FindShownDate(const HtmlTree& tree);

// The names in a byline's text: "By"/"Par"/"Von"… dropped, cut where a date, a time, a
// separator (| • – —, a line break) or an @handle begins; "" unless what is left reads as one
// or a few names (capitalised words, "and", particles such as "de" or "van").
std::string BylineNames(std::string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_BYLINE_H_
