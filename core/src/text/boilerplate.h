// Recognises lines that are not article content: cross-links ("SEE ALSO: ...", "Read more"),
// copyright and republishing notices, bylines, photo credits, share/subscribe prompts, cookie
// notices, "Advertisement". Such text stays in the Result (marked) but is never summarized.
//
//   if (IsBoilerplate(paragraph_text)) MarkAllItsSentences();
#ifndef PRECIS_TEXT_BOILERPLATE_H_
#define PRECIS_TEXT_BOILERPLATE_H_

#include <string_view>

namespace precis::text {

bool IsBoilerplate(std::string_view line);

// The heading that opens a page's readers' comments: a count of them ("19 Responses", "3
// Kommentare", "One thought on “…”", "Comments (12)") or a call to write one ("Leave a Reply",
// "Kommentar schreiben", "Laisser un commentaire"). What follows it is the readers', not the
// article's.
bool IsCommentsHeading(std::string_view line);

}  // namespace precis::text

#endif  // PRECIS_TEXT_BOILERPLATE_H_
