#include "text/roles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/boilerplate.h"
#include "text/byline.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

constexpr std::array<std::string_view, 8> kRoleNames = {
    "body", "heading", "caption", "list-item", "quote", "byline", "dateline", "boilerplate"};

// Openings of picture and video captions and credits, matched on the folded line. Broadcasters'
// pages flatten "Media caption" and the caption into one run ("Media captionWho is…").
constexpr std::string_view kCaptionPrefixes[] = {
    "media caption", "image caption", "image copyright", "image source", "video caption",
    "caption:",      "photo:",        "photos:",         "photograph:",  "pictured:",
    "picture:",      "cover image:",  "image:",          "(photo",       "(image",
    "file photo",    "illustration:", "graphic:",        "photo by",     "photo credit",
    "image credit",  "video:",        "watch:",          "getty images", "credit:"};

// Short "Label: Title" lines that link to other stories (broadcasters' related-content boxes).
constexpr std::string_view kCrossLinkLabels[] = {
    "profile",  "timeline",    "analysis", "explainer", "q&a",     "in pictures", "in depth",
    "live",     "read",        "listen",   "opinion",   "interview", "quiz",      "podcast",
    "gallery",  "factbox",     "fact box", "background", "reaction", "obituary",  "in full",
    "more",     "related",     "see",      "also see",   "explained", "in video",  "full story"};

// Words of a reporter's title on a name line ("Jane Doe, BBC Africa correspondent").
constexpr std::string_view kByRoleWords[] = {"correspondent", "reporter",  "editor", "staff writer",
                                             "contributor",  "columnist", "writer", "news desk"};

// Openings of a publication-time line.
constexpr std::string_view kDatelinePrefixes[] = {
    "published", "updated", "last updated", "first published", "posted on", "posted:",
    "modified",  "date:",   "released",     "last modified",   "created:",  "created on"};

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december",
                                        "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                        "sep", "sept", "oct", "nov", "dec"};

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The last character that is not a closing quote or bracket.
char32_t LastMeaningful(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    size_t start = 0;
    const CodePoint c = DecodeBefore(s, end, &start);
    const char32_t v = c.value;
    if (v == '"' || v == '\'' || v == ')' || v == ']' || v == 0x201D || v == 0x2019 || v == 0xBB ||
        v == '*' || v == ' ') {
      end = start;
      continue;
    }
    return v;
  }
  return 0;
}

bool EndsSentence(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0x964 || c == 0x61F || c == 0x6D4 || c == 0x589 || c == 0x104B ||
         c == 0x1362;
}

bool StartsWithWord(std::string_view folded, std::string_view prefix) {
  if (!folded.starts_with(prefix)) return false;
  if (folded.size() == prefix.size()) return true;
  const char next = folded[prefix.size()];
  const char last = prefix.back();
  const bool word_last = (last >= 'a' && last <= 'z') || IsAsciiDigit(last);
  return !word_last || !((next >= 'a' && next <= 'z') || IsAsciiDigit(next));
}

// Share of letters that are capitals (0 when there are fewer than 4 letters).
double CapitalShare(std::string_view s) {
  size_t letters = 0;
  size_t upper = 0;
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    if (IsUpper(c.value)) {
      ++letters;
      ++upper;
    } else if (IsLower(c.value)) {
      ++letters;
    }
    i += static_cast<size_t>(c.length);
  }
  return letters < 4 ? 0.0 : static_cast<double>(upper) / static_cast<double>(letters);
}

// Share of words (of 2+ letters, function words skipped) that start with a capital.
double TitleCaseShare(std::string_view s) {
  static constexpr std::string_view kMinor[] = {"a",  "an", "and", "as", "at", "but", "by",
                                                "for", "in", "of", "on", "or", "the", "to",
                                                "vs", "with", "from", "into", "is", "are"};
  size_t words = 0;
  size_t capital = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    const std::string_view w = s.substr(i, j - i);
    i = j;
    if (w.size() < 2) continue;
    const std::string folded = FoldCase(w);
    bool minor = false;
    for (std::string_view m : kMinor) minor = minor || folded == m;
    if (minor) continue;
    const char32_t first = DecodeAt(w, 0).value;
    if (!IsLetter(first) && !IsDigit(first)) continue;
    ++words;
    if (IsUpper(first) || IsDigit(first)) ++capital;
  }
  return words == 0 ? 0.0 : static_cast<double>(capital) / static_cast<double>(words);
}

// "•", "-", "*", "1.", "2)", "(a)", "iv." followed by a space.
bool HasListMarker(std::string_view line) {
  if (line.size() < 2) return false;
  const CodePoint first = DecodeAt(line, 0);
  const char32_t c = first.value;
  const bool bullet = c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25E6 || c == 0x2023 ||
                      c == 0x25CF || c == 0x25A0 || c == 0x25A1 || c == 0x2713 || c == 0x2714 ||
                      c == 0x2605 || c == '-' || c == '*' || c == 0x2013 || c == 0x2014 ||
                      c == 0x25B6 || c == 0x25BA || c == 0x2043;
  if (bullet) {
    const size_t after = static_cast<size_t>(first.length);
    return after < line.size() && line[after] == ' ';
  }
  size_t i = 0;
  if (line[0] == '(') ++i;
  const size_t start = i;
  while (i < line.size() && i - start < 3 && IsAsciiDigit(line[i])) ++i;
  if (i == start) {  // one letter: "a)", "(b)"
    if (i < line.size() && line[i] >= 'a' && line[i] <= 'z') ++i;
    if (i == start || i >= line.size() || line[i] != ')') return false;
  }
  if (i >= line.size() || (line[i] != '.' && line[i] != ')')) return false;
  ++i;
  return i < line.size() && line[i] == ' ';
}

// Cells separated by tabs, runs of spaces or bars: a table row flattened into text.
bool LooksLikeTableRow(std::string_view line) {
  size_t gaps = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\t' || line[i] == '|') {
      ++gaps;
    } else if (line[i] == ' ' && i + 2 < line.size() && line[i + 1] == ' ' && line[i + 2] == ' ') {
      ++gaps;
      while (i + 1 < line.size() && line[i + 1] == ' ') ++i;
    }
  }
  return gaps >= 2;
}

bool IsCaption(std::string_view folded) {
  for (std::string_view p : kCaptionPrefixes) {
    // Two-word labels are distinctive enough to match glued to the caption ("Media captionWho…").
    const bool glued = p.find(' ') != std::string_view::npos && p.back() != ' ';
    if (glued ? folded.starts_with(p) : StartsWithWord(folded, p)) return true;
  }
  return false;
}

// Verbs of a wire photo's caption, in the present tense it is written in ("French President
// Nicolas Sarkozy gestures while speaking…", "Obama and Romney shake hands…").
constexpr std::string_view kCaptionVerbs[] = {
    "gestures", "gesture", "speaks", "speak", "looks", "look", "poses", "pose", "waves", "wave",
    "arrives", "arrive", "leaves", "leave", "walks", "walk", "attends", "attend", "listens",
    "listen", "smiles", "smile", "reacts", "react", "stands", "stand", "sits", "sit", "holds",
    "hold", "celebrates", "celebrate", "addresses", "address", "talks", "talk", "shakes",
    "shake", "greets", "greet", "delivers", "deliver", "pauses", "pause", "prays", "pray",
    "watches", "watch", "hugs", "hug", "kisses", "kiss", "answers", "answer", "sings", "sing"};

constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

// A wire photo's caption standing as a paragraph: a name (capitalised words, "of" between)
// doing something in the present tense on a weekday, or crediting the photo: "French President
// Nicolas Sarkozy gestures while speaking during a press conference in Brussels on Saturday."
// News prose tells what happened in the past tense ("Sarkozy said on Saturday…").
bool IsPhotoCaption(std::string_view line, size_t words) {
  if (words < 5 || words > 45) return false;
  // ASCII lower case, byte for byte (positions in `line` and `folded` agree).
  std::string folded(line);
  for (char& c : folded) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (folded.find("(ap photo") != std::string_view::npos ||
      folded.find("(reuters/") != std::string_view::npos ||
      folded.find("(photo:") != std::string_view::npos) {
    return true;
  }
  bool weekday = false;
  for (std::string_view day : kWeekdays) {
    for (size_t at = folded.find(day); at != std::string_view::npos; at = folded.find(day, at + 1)) {
      weekday = weekday || (at >= 3 && folded.compare(at - 3, 3, "on ") == 0);
    }
  }
  if (!weekday) return false;
  // The subject: capitalised words (and "of", "and"), at least two, then a caption verb. Not
  // "The Jaguars play … on Saturday": a team's fixture, not a picture.
  if (folded.starts_with("the ")) return false;
  size_t i = 0;
  size_t capitalised = 0;
  while (i < line.size()) {
    size_t end = line.find(' ', i);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view word = line.substr(i, end - i);
    const std::string_view key = std::string_view(folded).substr(i, end - i);
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
      ++capitalised;
    } else if (key != "of" && key != "and") {
      return capitalised >= 2 &&
             std::find(std::begin(kCaptionVerbs), std::end(kCaptionVerbs), key) != std::end(kCaptionVerbs);
    }
    i = end + 1;
  }
  return false;
}

// "Profile: Julian Assange", "Timeline of saga", "In pictures: …": short, no sentence end.
bool IsCrossLink(std::string_view folded, size_t words) {
  if (words > 10 || EndsSentence(LastMeaningful(folded))) return false;
  for (std::string_view label : kCrossLinkLabels) {
    if (folded.starts_with(label) && folded.size() > label.size() &&
        (folded[label.size()] == ':' || (label == "timeline" && folded.substr(label.size()).starts_with(" of ")))) {
      return true;
    }
  }
  const std::string_view bare = TrimSpaces(folded);
  return bare == "(more)" || bare == "more" || bare == "(end)" || bare == "(continued)" ||
         bare == "- more -" || bare == "-more-" || bare == "more to follow";
}

// A name line with a reporter's title, short and without a sentence end.
bool IsCorrespondentLine(std::string_view folded, size_t words) {
  if (words > 9 || EndsSentence(LastMeaningful(folded))) return false;
  for (std::string_view w : kByRoleWords) {
    if (folded.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool HasMonthOrYear(std::string_view folded) {
  for (size_t i = 0; i + 4 <= folded.size(); ++i) {
    if ((folded[i] == '1' || folded[i] == '2') && IsAsciiDigit(folded[i + 1]) &&
        IsAsciiDigit(folded[i + 2]) && IsAsciiDigit(folded[i + 3])) {
      return true;
    }
  }
  for (std::string_view m : kMonths) {
    for (size_t at = folded.find(m); at != std::string_view::npos; at = folded.find(m, at + 1)) {
      const bool before = at == 0 || !(folded[at - 1] >= 'a' && folded[at - 1] <= 'z');
      const size_t end = at + m.size();
      const bool after = end >= folded.size() || !(folded[end] >= 'a' && folded[end] <= 'z');
      if (before && after) return true;
    }
  }
  return false;
}

// "Published 5 May 2019", "Updated: 12:30 GMT", "Monday 6 May 2019 12.30 BST", "2019-05-06".
bool IsDateLine(std::string_view folded, size_t words) {
  if (words > 12) return false;
  for (std::string_view p : kDatelinePrefixes) {
    if (StartsWithWord(folded, p) && (HasMonthOrYear(folded) || folded.find(':') != std::string_view::npos)) {
      return true;
    }
  }
  // Every word must be a date's, so a longer line is safe ("(June 3, 2019 -- 10:05 PM EDT //
  // link)").
  if (words > 10 || !HasMonthOrYear(folded)) return false;
  // Nothing but date words, numbers, times and time zones.
  size_t other = 0;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == ',' || folded[i] == '|')) ++i;
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ' && folded[j] != ',') ++j;
    std::string_view w = folded.substr(i, j - i);
    i = j;
    // A permalink's brackets ("(May 24, 2005 -- 12:20 AM EDT // link)") and a time's points.
    while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ')'))
      w.remove_suffix(1);
    while (!w.empty() && w.front() == '(') w.remove_prefix(1);
    if (w.empty()) continue;
    bool known = IsAsciiDigit(w[0]);
    for (std::string_view m : kMonths) known = known || w == m;
    static constexpr std::string_view kDateWords[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt", "bst", "utc", "et", "est", "edt",
        "pst", "pdt", "cet", "cest", "on", "at", "-", "\xe2\x80\x93", "\xe2\x80\x94", "|", "a.m",
        "p.m", "--", "//", "link", "permalink",
        // what a time line says it is ("Posted at 02:29 PM ET, 03/27/2013", "5 April 2013 Last
        // updated at 08:09 GMT"); the line still needs its month or year
        "posted", "published", "updated", "update", "last"};
    for (std::string_view d : kDateWords) known = known || w == d;
    if (!known) ++other;
  }
  return other == 0;
}

}  // namespace

bool EndsLikeSentence(std::string_view sentence, std::string_view language) {
  sentence = TrimSpaces(sentence);
  if (!EndsSentence(LastMeaningful(sentence))) return false;
  if (language != "en" && language != "und") return true;
  // A sentence cut at a line break of the source ("…federal court last week, Cassell and .")
  // ends on an article or a conjunction; English sentences never do.
  size_t end = sentence.size();
  while (end > 0 && (sentence[end - 1] == '.' || sentence[end - 1] == ' ')) --end;
  size_t start = end;
  while (start > 0 && sentence[start - 1] >= 'a' && sentence[start - 1] <= 'z') --start;
  if (start > 0 && sentence[start - 1] != ' ') return true;
  const std::string_view last_word = sentence.substr(start, end - start);
  for (std::string_view w : {"the", "a", "an", "and", "or", "but"}) {
    if (last_word == w) return false;
  }
  return true;
}

bool StartsLikeSentence(std::string_view sentence) {
  const std::string_view s = TrimSpaces(sentence);
  if (s.empty()) return false;
  if (std::string_view(",;:)]}").find(s.front()) != std::string_view::npos) return false;
  // A footnote ("*Percent Daily Values are based on a 2,000 calorie diet.", "† Not in stores").
  if (s.front() == '*' || s.starts_with("\xE2\x80\xA0") || s.starts_with("\xE2\x80\xA1")) {
    return false;
  }
  // A numbered step ("1. Cut a tree shape…", "2) Fold…").
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < s.size() && (s[digits] == '.' || s[digits] == ')') &&
      s[digits + 1] == ' ') {
    return false;
  }
  // A lowercase first word: the tail of a sentence cut in two ("of the two and have…", "anyone
  // could have predicted…" after a line break), a code line, a chat line. Every cased script
  // opens a sentence with a capital. Not a word with a capital inside ("iPhone", "eBay").
  if (IsLower(DecodeAt(s, 0).value)) {
    for (size_t i = 0; i < s.size();) {
      const CodePoint c = DecodeAt(s, i);
      if (IsSpace(c.value)) break;
      if (IsUpper(c.value)) return true;
      i += static_cast<size_t>(c.length);
    }
    return false;
  }
  return true;
}

size_t ReadableWords(std::string_view s) {
  size_t words = 0;
  size_t cjk = 0;
  bool in_word = false;
  bool counted = false;
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    i += static_cast<size_t>(c.length);
    if (IsSpace(c.value)) {
      in_word = false;
      continue;
    }
    if (IsCjk(c.value)) {
      ++cjk;
      in_word = false;
      continue;
    }
    if (!in_word) counted = false;
    in_word = true;
    if (!counted && (IsLetter(c.value) || IsDigit(c.value))) {
      ++words;
      counted = true;
    }
  }
  return words + cjk / 2;
}

std::string_view RoleName(Role role) { return kRoleNames[static_cast<size_t>(role)]; }

std::optional<Role> ParseRole(std::string_view name) {
  for (size_t i = 0; i < kRoleNames.size(); ++i) {
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  }
  return std::nullopt;
}

bool IsBylineLine(std::string_view raw) {
  // Seven words for the names, more where a separator sets off the writer's outlet and a date
  // ("By Ben Grossman -- Broadcasting & Cable, 1/21/2008").
  constexpr size_t kMaxWords = 7;
  constexpr size_t kMaxWithSeparator = 12;
  const std::string_view line = TrimSpaces(raw);
  const std::string folded = FoldCase(line.substr(0, 64));
  // Words up to where a time or date begins ("…, Associated Press Writers 1 hour, 32 minutes
  // ago"); a comma before the writer's role or agency sets it off as a separator does ("By
  // JAE-SOON CHANG, Associated Press Writer", "By: Jim Macdonald, THE CANADIAN PRESS").
  const size_t digit = line.find_first_of("0123456789");
  const size_t words = CountWords(line.substr(0, digit));
  bool role = false;
  if (const size_t comma = folded.find(", "); comma != std::string::npos) {
    for (std::string_view w : {" writer", " writers", " correspondent", " correspondents",
                               " reporter", " reporters", " press", " staff"}) {
      const size_t at = folded.find(w, comma);
      const size_t end = at + w.size();
      if (at != std::string::npos &&
          (end == folded.size() || !std::isalpha(static_cast<unsigned char>(folded[end])))) {
        role = true;
      }
    }
  }
  const bool separated = folded.find(" -- ") != std::string::npos ||
                         folded.find(" - ") != std::string::npos ||
                         folded.find(" | ") != std::string::npos || role;
  const bool posted = folded.starts_with("posted");  // "Posted: <a date and time> by …"
  if (line.size() < 6 || words > (separated || posted ? kMaxWithSeparator : kMaxWords) ||
      EndsSentence(LastMeaningful(line))) {
    return false;
  }
  size_t after = 0;
  for (std::string_view prefix : {"by ", "by: ", "von ", "par ", "por ", "door ", "posted by ",
                                  "posted by: ", "written by ", "written by: "}) {
    if (folded.starts_with(prefix)) after = prefix.size();
  }
  // "Posted: January 06, 2008, 4:30 PM by Michael Traikos": the names after the last " by ".
  if (after == 0 && posted) {
    std::string lower(line);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (const size_t by = lower.rfind(" by "); by != std::string::npos) after = by + 4;
  }
  if (after == 0 || after >= line.size() || !(line[after] >= 'A' && line[after] <= 'Z')) {
    return false;
  }
  return !BylineNames(line).empty();
}

Role LineRole(std::string_view raw, const LineContext& context) {
  const std::string_view line = TrimSpaces(raw);
  if (line.empty()) return Role::kBody;
  const std::string folded = FoldCase(line);
  const size_t words = CountWords(line);
  if (IsCaption(folded) || IsPhotoCaption(line, words)) return Role::kCaption;
  if (IsCrossLink(folded, words)) return Role::kBoilerplate;
  if (IsDateLine(folded, words)) return Role::kDateline;
  if (IsCorrespondentLine(folded, words) || IsBylineLine(line)) return Role::kByline;
  if (IsBoilerplate(line)) {
    // The boilerplate module also knows bylines and lone datelines; name them as such.
    if (line.starts_with("By ") && words <= 10) return Role::kByline;
    return Role::kBoilerplate;
  }
  if (line.starts_with("> ")) return Role::kQuote;
  // Markdown headings ("## Who is he?"), as pasted notes and the page's own HTML import give them.
  if (line[0] == '#') {
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes <= 6 && hashes < line.size() && line[hashes] == ' ') return Role::kHeading;
  }
  const char32_t last = LastMeaningful(line);
  const bool ends_sentence = EndsSentence(last);
  if (HasListMarker(line)) {
    // "4. Questioning the witness" between paragraphs of prose is a numbered section heading;
    // in a run of marked lines it is a list item.
    const bool numbered = IsAsciiDigit(line[0]) || (line[0] == '(' && line.size() > 1 && IsAsciiDigit(line[1]));
    const bool in_list = HasListMarker(TrimSpaces(context.prev_line)) ||
                         HasListMarker(TrimSpaces(context.next_line));
    if (numbered && !ends_sentence && words <= 12 && !in_list && last != ',' && last != ';') {
      return Role::kHeading;
    }
    return Role::kListItem;
  }
  if (LooksLikeTableRow(raw)) return Role::kListItem;

  // A lead-in ("Ingredients:", "He listed three reasons:") introduces what follows.
  if (last == ':' && words <= 12) return Role::kHeading;
  // Shouted lines are headings ("WHAT YOU NEED TO MAKE JAM"), whatever their punctuation.
  if (words >= 2 && words <= 20 && CapitalShare(line) > 0.8) return Role::kHeading;
  if (!ends_sentence) {
    const bool fragment = last == ',' || last == ';' || folded.ends_with(" or") ||
                          folded.ends_with(" and");
    if (fragment || IsLower(DecodeAt(line, 0).value)) return Role::kListItem;
    if (words <= 20) {
      // A run of short unpunctuated lines is a list; one alone is a heading.
      auto short_unpunctuated = [](std::string_view l) {
        l = TrimSpaces(l);
        return !l.empty() && CountWords(l) <= 12 && !EndsSentence(LastMeaningful(l));
      };
      const bool in_run = short_unpunctuated(context.prev_line) ||
                          short_unpunctuated(context.next_line);
      if (in_run && TitleCaseShare(line) < 0.6) return Role::kListItem;
      return Role::kHeading;
    }
    return Role::kBody;  // a long line without a full stop is still prose
  }
  // A short question standing alone between paragraphs is a subheading
  // ("What charges does Assange face in the US?").
  if (last == '?' && context.own_paragraph && words <= 12 && !context.next_line.empty() &&
      folded.find('"') == std::string::npos) {
    return Role::kHeading;
  }
  return Role::kBody;
}

namespace {

// "By .", "By Jane Doe .", "By Jane Doe and John Roe": a byline flattened into the text.
bool IsInlineByline(std::string_view sentence, std::string_view folded, size_t words) {
  if (words > 7 || !(StartsWithWord(folded, "by") && (folded.size() == 2 || folded[2] == ' '))) {
    return false;
  }
  std::string_view rest = sentence.substr(2);
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.remove_suffix(1);
  return TitleCaseShare(rest) >= 1.0 || TrimSpaces(rest).empty();
}

bool HasLetter(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    if (IsLetter(c.value)) return true;
    i += static_cast<size_t>(c.length);
  }
  return false;
}

}  // namespace

Role SentenceRole(std::string_view raw, Role paragraph_role, std::string_view previous) {
  if (paragraph_role != Role::kBody) return paragraph_role;
  const std::string_view sentence = TrimSpaces(raw);
  if (sentence.empty()) return Role::kBody;
  if (!HasLetter(sentence)) return Role::kBoilerplate;  // "| ." between flattened header parts
  const std::string folded = FoldCase(sentence);
  const size_t words = CountWords(sentence);
  if (IsCaption(folded)) return Role::kCaption;
  if (IsDateLine(folded, words)) return Role::kDateline;  // "14:11 EST, 25 October 2013 ."
  if (IsInlineByline(sentence, folded, words)) return Role::kByline;
  // The name after a bare "By ." ("By . Associated Press .").
  const std::string previous_folded = FoldCase(TrimSpaces(previous));
  if ((previous_folded == "by ." || previous_folded == "by." || previous_folded == "by") &&
      words <= 6 && TitleCaseShare(sentence) >= 1.0) {
    return Role::kByline;
  }
  if (IsCrossLink(folded, CountWords(sentence))) return Role::kBoilerplate;
  if (IsBoilerplate(sentence)) return Role::kBoilerplate;
  const char32_t last = LastMeaningful(sentence);
  if (!EndsSentence(last) && IsLower(DecodeAt(sentence, 0).value) &&
      (last == ',' || last == ';' || folded.ends_with(" or") || folded.ends_with(" and"))) {
    return Role::kListItem;  // a bullet's fragment run into the text ("if …, or")
  }
  return Role::kBody;
}

namespace {

// Openings that speak to the reader about the page, not about the story: "Check out the video
// below", "Watch Up with Steve Kornacki every Sunday", "Tell us where…", "Click here".
constexpr std::string_view kCallsToAction[] = {
    "check out ", "click ", "subscribe ", "sign up ", "follow us", "tell us ", "let us know",
    "stay tuned", "don't miss", "watch ", "like us ", "share this", "read more", "see more",
    "join us ", "download our", "visit our", "email us", "contact us", "stay on top of",
    "learn more", "find out more", "get the latest", "see also", "related:",
    // A request out of quotation marks is the site's, not the story's ("Please keep your
    // comments relevant…", "Please note that there may be a delay…").
    "please ",
    // Pointers at what follows on the page, and a roundup's turn to other stories.
    "below are ", "below is ", "in other news",
    // Pointers elsewhere ("For more information, visit…"; "See the What's New document for more
    // information" below).
    "for more information", "for more details", "for further information", "for full details"};

// Things on the page that a sentence can point at ("the photos below", "listed below"), and the
// reader's look at them ("as you can see above"): out of the page, the sentence points at
// nothing. An aside ("(photo above)", "(see below)") leaves the sentence whole.
constexpr std::string_view kPageThings[] = {
    "photo", "photos", "video", "videos", "image", "images", "picture", "pictures", "link", "links",
    "list", "listed", "chart", "graphic", "map", "gallery", "form", "box", "post", "comments",
    "shown", "table", "slideshow", "clip", "see",
    // what the page does further on or back ("…which are explained below:")
    "explained", "described", "outlined", "detailed", "discussed", "illustrated"};

// Words that make a "Label:" the start of a sentence rather than a caption's label: a speaker
// and a verb of saying ("He said:", "Mr Frost added:", "He told the Mail:"), a clause ("The
// point is this:", "One thing is certain:") or a determiner's noun phrase ("The reason:").
constexpr std::string_view kNotLabelWords[] = {
    "said", "says", "say", "added", "adds", "told", "tells", "continued", "continues", "explained",
    "explains", "wrote", "writes", "read", "reads", "replied", "replies", "asked", "asks",
    "insisted", "admitted", "warned", "stated", "noted", "concluded", "agreed", "observed",
    "observes", "declared", "announced", "tweeted", "posted", "commented", "recalled", "revealed",
    "claimed", "argued", "joked", "confirmed", "responded", "urged", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must"};
constexpr std::string_view kNotLabelFirstWords[] = {
    "he", "she", "it", "they", "i", "we", "you", "this", "that", "these", "those", "there", "here",
    "one", "his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "but", "and",
    "so", "then", "when", "if", "what", "who", "why", "how"};

// "Label: rest" with the label at most 40 bytes: the two parts, or false.
bool SplitAtLabel(std::string_view line, std::string_view* label, std::string_view* rest) {
  line = TrimSpaces(line);
  const size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  *label = line.substr(0, colon);
  *rest = TrimSpaces(line.substr(colon + 2));
  return true;
}

// The space-separated words of a label; empty if two spaces meet or it has more than four.
std::vector<std::string_view> LabelWords(std::string_view label) {
  std::vector<std::string_view> words;
  for (size_t i = 0; i < label.size();) {
    size_t end = label.find(' ', i);
    if (end == std::string_view::npos) end = label.size();
    const std::string_view word = label.substr(i, end - i);
    i = end + 1;
    if (word.empty() || words.size() == 4) return {};
    words.push_back(word);
  }
  return words;
}

}  // namespace

bool IsListOfNames(std::string_view line) {
  const size_t separators = static_cast<size_t>(std::count(line.begin(), line.end(), ',') +
                                                std::count(line.begin(), line.end(), ';'));
  if (separators < 5) return false;
  size_t words = 0, capitalised = 0;
  for (size_t i = 0; i < line.size();) {
    const CodePoint c = DecodeAt(line, i);
    if (!IsLetter(c.value)) {
      i += static_cast<size_t>(c.length);
      continue;
    }
    size_t end = i;
    while (end < line.size() && DecodeAt(line, end).value != ' ' && line[end] != ',' &&
           line[end] != ';' && line[end] != '(' && line[end] != ')') {
      end += static_cast<size_t>(DecodeAt(line, end).length);
    }
    const std::string word = FoldCase(line.substr(i, end - i));
    ++words;
    if (IsUpper(c.value)) {
      ++capitalised;
    } else if (word.size() >= 3 && word != "and" && word != "the" && word != "of" &&
               word != "for" && word != "with" && word != "capt") {
      return false;
    }
    i = end;
  }
  return words >= 6 && capitalised * 10 >= words * 7;
}

bool OpensWithLabel(std::string_view line, std::string_view language) {
  if (language != "en" && language != "und") return false;
  std::string_view label, rest;
  if (!SplitAtLabel(line, &label, &rest)) return false;
  if (rest.empty() || !IsUpper(DecodeAt(rest, 0).value) || CountWords(rest) < 4) return false;
  // A label in quotation marks ("'Invasion': The latest in a string of sightings…").
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"'", "'"},
                             {"\"", "\""}, {"\u2018", "\u2019"}, {"\u201C", "\u201D"}}) {
    if (label.size() > open.size() + close.size() && label.starts_with(open) &&
        label.ends_with(close)) {
      label = label.substr(open.size(), label.size() - open.size() - close.size());
      break;
    }
  }
  const std::vector<std::string_view> words = LabelWords(label);
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = words[k];
    const char32_t first = DecodeAt(word, 0).value;
    if (k == 0 ? !IsUpper(first) : !IsLower(first)) return false;
    for (char c : word) {
      if (IsAsciiDigit(c) || c == '"' || c == '(' || c == '.') return false;
    }
    const std::string key = FoldCase(word);
    if (std::find(std::begin(kNotLabelWords), std::end(kNotLabelWords), key) !=
            std::end(kNotLabelWords) ||
        (k == 0 && std::find(std::begin(kNotLabelFirstWords), std::end(kNotLabelFirstWords),
                             key) != std::end(kNotLabelFirstWords))) {
      return false;
    }
  }
  return !words.empty();
}

bool OpensWithNameThenPronoun(std::string_view line, std::string_view language) {
  if (language != "en" && language != "und") return false;
  std::string_view label, rest;
  if (!SplitAtLabel(line, &label, &rest)) return false;
  const std::vector<std::string_view> words = LabelWords(label);
  if (words.empty()) return false;
  for (std::string_view word : words) {
    if (!IsUpper(DecodeAt(word, 0).value)) return false;
  }
  size_t end = 0;
  while (end < rest.size() && std::isalpha(static_cast<unsigned char>(rest[end]))) ++end;
  const std::string first = FoldCase(rest.substr(0, end));
  return end < rest.size() && rest[end] == ' ' && IsUpper(DecodeAt(rest, 0).value) &&
         (first == "he" || first == "she" || first == "they" || first == "his" || first == "her" ||
          first == "their");
}

std::vector<bool> InterviewerTurns(std::span<const std::string_view> sentences,
                                   std::span<const int> paragraph_of) {
  std::vector<bool> out(sentences.size(), false);
  // Each paragraph's speaker, where its first sentence opens with a label of capitalised words.
  struct Turn {
    std::string speaker;
    size_t begin = 0, end = 0;  // its sentences
  };
  std::vector<Turn> turns;
  for (size_t i = 0; i < sentences.size();) {
    size_t end = i + 1;
    while (end < sentences.size() && paragraph_of[end] == paragraph_of[i]) ++end;
    std::string_view label, rest;
    if (SplitAtLabel(sentences[i], &label, &rest) && !rest.empty()) {
      const std::vector<std::string_view> words = LabelWords(label);
      const bool capitalised =
          !words.empty() && std::all_of(words.begin(), words.end(), [](std::string_view w) {
            return IsUpper(DecodeAt(w, 0).value);
          });
      if (capitalised) turns.push_back({FoldCase(label), i, end});
    }
    i = end;
  }
  std::unordered_map<std::string, std::pair<int, int>> asks;  // speaker: turns, with a question
  for (const Turn& t : turns) {
    auto& [count, questions] = asks[t.speaker];
    ++count;
    bool question = false;
    for (size_t k = t.begin; k < t.end && !question; ++k) {
      question = sentences[k].find('?') != std::string_view::npos;
    }
    questions += question ? 1 : 0;
  }
  for (const Turn& t : turns) {
    const auto [count, questions] = asks[t.speaker];
    if (count < 2 || 2 * questions <= count) continue;
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(t.begin),
              out.begin() + static_cast<std::ptrdiff_t>(t.end), true);
  }
  return out;
}

bool AddressesTheReader(std::string_view sentence, std::string_view language) {
  if (language != "en" && language != "und") return false;
  const std::string s = FoldCase(TrimSpaces(sentence));  // curly apostrophes folded too
  // A promotion set in brackets ("[ Stay on top of the cloud with InfoWorld's report… ]").
  size_t start = 0;
  while (start < s.size() && (s[start] == '[' || s[start] == '(' || s[start] == ' ')) ++start;
  for (std::string_view call : kCallsToAction) {
    if (std::string_view(s).substr(start).starts_with(call)) return true;
  }
  // "See the What's New In Python 3.6 document for more information.": the sentence sends the
  // reader elsewhere and says nothing itself.
  if (std::string_view(s).substr(start).starts_with("see ")) {
    for (std::string_view more : {" for more information", " for more details", " for more on ",
                                  " for details", " for further ", " for a full "}) {
      if (s.find(more) != std::string::npos) return true;
    }
  }
  // "<thing> below" / "<thing> above" as whole words.
  for (std::string_view where : {"below", "above"}) {
    for (size_t at = s.find(where); at != std::string::npos; at = s.find(where, at + 1)) {
      const size_t after = at + where.size();
      if (after < s.size() && std::isalpha(static_cast<unsigned char>(s[after]))) continue;
      if (at < 2 || s[at - 1] != ' ') continue;
      size_t begin = at - 1;
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(s[begin - 1]))) --begin;
      if (begin > 0 && s[begin - 1] == '(') continue;  // an aside: "(photo above)"
      const std::string_view before(s.data() + begin, at - 1 - begin);
      for (std::string_view thing : kPageThings) {
        if (before == thing) return true;
      }
      // "check it out below", "the steps set out below"; not "stood out above the rest".
      if (before == "out" && where == "below") return true;
    }
  }
  return false;
}

}  // namespace precis::text
