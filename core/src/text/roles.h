// What a piece of an article is: body text, a heading, a caption, a list item, a quotation, a
// byline, a dateline, or boilerplate. Only body text and quotations are summarized; the rest is
// kept (and shown) but never chosen. HTML gives roles through its elements (text/article); for
// plain text they come from line structure and form:
//
//   Role r = LineRole(line, {.own_paragraph = true, .next_line = "…", .prev_line = "…"});
//   if (IsSummarizable(r)) ...
#ifndef PRECIS_TEXT_ROLES_H_
#define PRECIS_TEXT_ROLES_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace precis::text {

enum class Role : uint8_t {
  kBody, kHeading, kCaption, kListItem, kQuote, kByline, kDateline, kBoilerplate
};

// "body", "heading", "caption", "list-item", "quote", "byline", "dateline", "boilerplate".
std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);

inline bool IsSummarizable(Role role) { return role == Role::kBody || role == Role::kQuote; }

// Where a line sits, for the rules that look at its neighbours.
struct LineContext {
  bool own_paragraph = false;      // the line is a whole paragraph (blank lines or one per line)
  std::string_view prev_line;      // the line before, in the same or the previous paragraph
  std::string_view next_line;      // the line after
  bool first_in_text = false;      // nothing of the body comes before it
};

// The role of one line of plain text (a paragraph, or one line of a multi-line paragraph).
Role LineRole(std::string_view line, const LineContext& context);

// A short line that says who wrote the article: "By", "Von", "Par", "Por", "Door", "Posted by"
// or "Written by", a capital, and names after it (BylineNames), no sentence end: "von Daniela
// Obers", "Par Jean Dupont", "Posted by: Jonathan Nettler", "Posted: January 06, 2008, 4:30 PM
// by Michael Traikos", "By Ben Grossman -- Broadcasting & Cable, 1/21/2008". Not "Von der
// Leyen visits Kyiv".
bool IsBylineLine(std::string_view line);

// Whether a sentence ends as sentences do (., !, ?, …, CJK and other scripts' full stops, before
// any closing quotes or brackets); a lead-in ending in ':' does not, nor (in English) a
// sentence cut off after an article or a conjunction ("…last week, Cassell and .").
bool EndsLikeSentence(std::string_view sentence, std::string_view language = "en");

// Whether a sentence starts as sentences do: not with a comma, semicolon, colon or closing
// bracket (", Narayan died Dec. 24…" is the broken tail of a sentence split on the page), a
// lowercase word ("of the two and have…", "anyone could have predicted…"; not "iPhone sales…")
// or a step number ("1. Cut…").
bool StartsLikeSentence(std::string_view sentence);

// Whether the sentence speaks to the reader about the page rather than the story: a call to
// action ("Check out the video below…", "Watch Up with Steve Kornacki every Sunday…", "Tell us
// where…", "Please keep your comments…"), a pointer at something on the page ("the photos
// below", "listed below", "Below are more details…") or a roundup's turn to other stories ("In
// other news, …"). Such sentences only fill a summary's budget. English only.
bool AddressesTheReader(std::string_view sentence, std::string_view language = "en");

// A line of names and nothing else to say about them ("Watford: Lee; Doyley, Shittu, DeMerit,
// Stewart; Smith, …", a team sheet): five separators or more, most words capitalised, no
// lowercase word of three letters or more but "and", "the", "of", "for", "with" or "capt".
bool IsListOfNames(std::string_view line);

// Whether the sentence opens with a short label: a tabloid picture's caption ("Retread: David
// Cameron with Samantha yesterday.", "Final embrace: A woman with her pet dog…"), a cross-link
// ("Opinion: Why Yemen has come undone."), a team sheet ("Replacements: Peel, Wilson, …"), a
// speaker's line of a transcript ("Moss: It's more an interest in…"), a tip ("Tip: Use a jar…").
// The label is one to four words with only the first capitalised (not a title or a name:
// "Bridget Jones: The Edge of Reason was named…"), no verb of saying ("Mr Frost added:") or of
// a clause, not opening with a pronoun or determiner ("The reason:"); a capitalised sentence of
// four words or more follows. Such sentences only fill a summary's budget. English only.
bool OpensWithLabel(std::string_view sentence, std::string_view language = "en");

// Whether the sentence opens with a name as its label and a pronoun after it ("Andrew Moss: He
// will be paid £80,000 a month…", "Tilly Smith: She spotted the wave first."): a picture's
// caption or a transcript's line, never an article's opening (nothing came before for the
// pronoun to point at), so it only fills a summary, first sentence or not. English only.
bool OpensWithNameThenPronoun(std::string_view sentence, std::string_view language = "en");

// The sentences of an interviewer's turns in a transcript (true for each): paragraphs opened by
// a speaker's label that opens two paragraphs or more, most of them asking a question ("The
// Economist: You say that groups can make better decisions… Why is this the case?", "Q: …").
// The questions frame the interview; what it says is in the answers, so these only fill a
// summary's budget. `paragraph_of[i]`: the paragraph of sentence i (ascending).
std::vector<bool> InterviewerTurns(std::span<const std::string_view> sentences,
                                   std::span<const int> paragraph_of);

// Words a reader counts: white-space separated words with a letter or digit, plus one per two
// characters of unspaced scripts (Chinese, Japanese).
size_t ReadableWords(std::string_view sentence);

// The role of a sentence inside a body paragraph: captions and cross-links glued into running
// text ("Media captionWho is…", "Image copyright Reuters"), bare list fragments ("…, or"), and
// a page header flattened into sentences ("By . Associated Press . PUBLISHED: . 14:11 EST, 25
// October 2013 . | ."): bylines, datelines, separators. `previous` is the sentence before.
Role SentenceRole(std::string_view sentence, Role paragraph_role, std::string_view previous = {});

}  // namespace precis::text

#endif  // PRECIS_TEXT_ROLES_H_
