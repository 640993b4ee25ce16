#include "text/byline.h"

#include <algorithm>
#include <array>
#include <vector>

#include "text/date_text.h"
#include "text/html.h"
#include "text/html_entities.h"
#include "text/page_meta.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasWord(std::string_view haystack, std::string_view word) {
  for (size_t at = haystack.find(word); at != std::string_view::npos;
       at = haystack.find(word, at + 1)) {
    const bool starts = at == 0 || haystack[at - 1] == ' ';
    const bool ends = at + word.size() == haystack.size() || haystack[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

template <size_t N>
bool ContainsAny(std::string_view s, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Boxes whose authors are not the article's: readers' comments, other stories, side columns.
constexpr std::array<std::string_view, 12> kOtherBoxes = {
    "comment",  "disqus",  "replies",  "related",      "recommend", "most-read",
    "mostread", "popular", "trending", "more-stories", "teaser",    "promo"};
// Lists of a blog's other posts ("MoreRecentPostsDate", WordPress's "widget_recent_entries"):
// other boxes too.
constexpr std::array<std::string_view, 5> kRecentPosts = {
    "recentpost", "recent-post", "recent_post", "recent-entr", "recent_entr"};

// Whether a class or id names a box of kOtherBoxes or kRecentPosts, or a side column: a class that
// starts or ends with "sidebar" ("sidebar-widget", "right-sidebar"), not a layout that has one
// ("panel-two-col-sidebar-right-mix" around the whole story).
bool IsOtherBox(std::string_view hint) {
  if (ContainsAny(hint, kOtherBoxes) || ContainsAny(hint, kRecentPosts)) return true;
  for (size_t at = hint.find("sidebar"); at != std::string_view::npos;
       at = hint.find("sidebar", at + 1)) {
    const bool starts = at == 0 || hint[at - 1] == ' ';
    const bool ends = at + 7 == hint.size() || hint[at + 7] == ' ';
    if (starts || ends) return true;
  }
  return false;
}
// Class/id words of elements about an author that hold no name of the byline: the writer's
// job, picture, biography, links to follow them.
constexpr std::array<std::string_view, 16> kNotTheName = {
    "bio",   "avatar", "image",  "img",     "photo", "pic", "title",    "desc",
    "about", "follow", "social", "twitter", "email", "job", "position", "more"};

// Words that say what a writer is or does, not who: "Staff Writer", "Games Editor", "Follow
// Author", an editorial team ("Redaktion", "Redakcja"), German "Stand:" (as of) before a date.
// A byline part holding one is no name.
constexpr std::array<std::string_view, 43> kRoleWords = {
    "author",       "authors",   "autoren",   "staff",     "editor",        "editors",
    "writer",       "writers",   "reporter",  "reporters", "correspondent", "contributor",
    "contributors", "columnist", "manager",   "director",  "president",     "officer",
    "chief",        "founder",   "ceo",       "producer",  "analyst",       "follow",
    "share",        "email",     "comments",  "posted",    "published",     "updated",
    "view",         "more",      "news",      "team",      "sponsored",     "gesponserte",
    "archive",      "archiv",    "redaktion", "redakcja",  "redacción",     "rédaction",
    "stand"};
// Lowercase words that may stand inside a name or between names.
constexpr std::array<std::string_view, 26> kParticles = {
    "and", "&",   "de", "da", "di", "del", "della", "der", "den", "van", "von", "la",  "le",
    "du",  "des", "y",  "e",  "et", "und", "bin",   "ibn", "al",  "el",  "ter", "ten", "zu"};
// What a byline says before the names ("By", "Par", "Von", "Por", "Door", "Author:"), with a
// space or a colon after it.
constexpr std::array<std::string_view, 17> kPrefixes = {
    "written by",      "posted by", "words by", "story by", "reporting by", "text by",
    "eingestellt von", "by",        "par",      "von",      "por",          "door",
    "author",          "authors",   "autor",    "auteur",   "autore"};
// Words no writer's name holds: a section's or a box's name ("About Us", "From the Forum",
// "CRUISING THE STREETS OF NEW YORK"), a day or a month after the name ("Andrew Grush, August").
constexpr std::array<std::string_view, 54> kNoNameWords = {
    "about",      "me",       "us",        "from",     "of",     "the",      "to",
    "with",       "our",      "your",      "my",       "e-mail", "mail",     "forum",
    "monday",     "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday",
    "january",    "february", "march",     "april",    "june",   "july",     "august",
    "september",  "october",  "november",  "december", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag",  "samstag",   "sonntag",  "januar", "februar",  "juni",
    "juli",       "oktober",  "dezember",  "home",     "menu",   "search",   "sign",
    "login",      "log",      "subscribe", "register", "account"};

template <size_t N>
bool InList(std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

// "author" in a class or id, but not "authorization", "authority" or "authoring".
bool NamesAnAuthor(std::string_view hint) {
  for (size_t at = hint.find("author"); at != std::string_view::npos;
       at = hint.find("author", at + 1)) {
    if (!hint.substr(at).starts_with("authori")) return true;
  }
  return false;
}

// One part of a byline ("Ana Sandoiu") as a name: capitalised words and particles only.
bool ReadsAsNames(std::string_view s) {
  size_t words = 0;
  size_t capitalised = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i == s.size()) break;
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(i, end - i);
    i = end;
    ++words;
    std::string folded = Lower(word);
    while (!folded.empty() && (folded.back() == ',' || folded.back() == '.')) folded.pop_back();
    if (InList(folded, kRoleWords)) return false;
    // "The" may open an agency's name ("The Associated Press"); no other such word stands in one.
    if (InList(folded, kNoNameWords) && !(words == 1 && folded == "the")) return false;
    if (InList(folded, kParticles)) continue;
    const char32_t first = DecodeAt(word, 0).value;
    // Capitals, or a script without them (a name in Chinese, Arabic, Hindi).
    if (IsUpper(first) || (IsLetter(first) && !IsLower(first))) {
      ++capitalised;
    } else {
      return false;
    }
  }
  return capitalised > 0 && words <= 12;
}

// A writer's handle written alone: one word of lowercase letters, digits, ".", "_" or "-", with
// a letter, that names no role ("jbat", "mike_r"; not "admin", "staff", "more"), else "".
std::string Handle(std::string_view text) {
  std::string word = CollapseSpaces(text);
  if (Lower(word).starts_with("by ")) word.erase(0, 3);
  if (word.size() < 3 || word.size() > 30) return "";
  bool letter = false;
  for (const char c : word) {
    const bool lower = c >= 'a' && c <= 'z';
    if (!lower && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') return "";
    letter = letter || lower;
  }
  if (!letter || InList(word, kRoleWords) || InList(word, kNoNameWords) || word == "admin" ||
      word == "administrator" || word == "guest" || word == "anonymous") {
    return "";
  }
  return word;
}

// The names a byline's line opens with, up to the first comma-separated part that is none
// ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU …" -> "Daniel Kahn Gillmor").
std::string LeadingNames(std::string_view line) {
  if (line.size() > 200) return "";
  size_t end = 0;
  for (size_t start = 0; start <= line.size();) {
    size_t comma = line.find(',', start);
    if (comma == std::string_view::npos) comma = line.size();
    const std::string_view part = line.substr(start, comma - start);
    // After the names, an outlet ("Jim Macdonald, THE CANADIAN PRESS") is no writer.
    if (start > 0 && Lower(part.substr(0, 5)) == " the ") break;
    if (!ReadsAsNames(part)) break;
    end = comma;
    start = comma + 1;
  }
  return end > 100 ? std::string() : std::string(line.substr(0, end));
}

// A byline is short: an element holding more text than this is no byline, and what it holds is
// not read further (a page of nested "author" boxes costs a bounded walk for each).
constexpr size_t kMaxBylineText = 400;
// Elements marked as bylines looked at, at most: each costs a walk of what it holds.
constexpr int kMaxCandidates = 24;

// The visible text of an element: its lines (a <br> or a block element starts one); the first
// kMaxBylineText bytes or a little more. Text for screen readers only ("By", "Author", which
// themes write right against the name: "<span class=screen-reader-text>By</span><span>Jo…")
// is left out, as the page shows it.
std::string TextOf(const HtmlTree& tree, uint32_t from) {
  std::string text;
  tree.Walk(
      from,
      [&](uint32_t n) {
        if (text.size() > kMaxBylineText) return;
        const Tag tag = tree.tag(n);
        if (tag == Tag::kText) {
          text += DecodeCharRefs(ToUtf8(tree.RawText(n), tree.charset()), false);
        } else if (n != from && (tag == Tag::kBr || IsBlockElement(tag))) {
          text += '\n';
        }
      },
      [&](uint32_t n) {
        const Tag tag = tree.tag(n);
        if (text.size() > kMaxBylineText || tag == Tag::kScript || tag == Tag::kStyle ||
            tag == Tag::kTemplate || tag == Tag::kSvg || tag == Tag::kNoscript ||
            (n != from && IsHidden(tree, n))) {
          return true;
        }
        const std::string_view cls = tree.RawAttr(n, "class");
        return n != from && !cls.empty() && ScreenReaderOnlyClass(cls);
      });
  return text;
}

// The first element inside `from` whose itemprop is "name" (a schema.org Person's name).
uint32_t ItempropName(const HtmlTree& tree, uint32_t from) {
  uint32_t found = kNoNode;
  tree.Walk(
      from,
      [&](uint32_t n) {
        if (found == kNoNode && n != from && tree.node(n).attribute_count > 0 &&
            Lower(tree.Attr(n, "itemprop").value_or("")) == "name") {
          found = n;
        }
      },
      [&](uint32_t) { return found != kNoNode; });
  return found;
}

// The raw values of some of an element's attributes, space-separated, in lowercase ASCII (into
// `buffer`, reused): a quick look for words before anything is decoded.
template <size_t N>
std::string_view LowerAttrs(const HtmlTree& tree, uint32_t n,
                            const std::array<std::string_view, N>& names, std::string* buffer) {
  buffer->clear();
  for (std::string_view name : names) {
    buffer->append(tree.RawAttr(n, name));
    buffer->push_back(' ');
  }
  for (char& c : *buffer) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return *buffer;
}

// Subtrees not looked in for the article's byline or date: the head, scripts, menus, hidden
// elements and boxes of other stories or comments.
bool SkipForByline(const HtmlTree& tree, uint32_t n, std::string* buffer) {
  const Tag tag = tree.tag(n);
  if (tag == Tag::kHead || tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate ||
      tag == Tag::kSvg || tag == Tag::kMath || tag == Tag::kNav || tag == Tag::kNoscript) {
    return true;
  }
  // The page's own classes describe its layout ("sidebar-primary"), not a box.
  if (tree.node(n).attribute_count == 0 || tag == Tag::kHtml || tag == Tag::kBody) return false;
  // Class and id words are ASCII: read as written, not decoded.
  const std::string_view hint =
      LowerAttrs(tree, n, std::array<std::string_view, 2>{"class", "id"}, buffer);
  return IsOtherBox(hint) || IsHidden(tree, n);
}

// Class and id words of an element that shows the article's date, or its details ("entry-meta",
// "post-info": "Posted on … by …", a byline "by … on Nov 1st 2012"); and of those that show
// another date.
constexpr std::array<std::string_view, 10> kDateHints = {
    "date",       "time",      "posted",    "published",    "pubdate",
    "entry-meta", "post-meta", "post-info", "article-info", "byline"};
// (A masthead's "today": "headerdate", "todaysdate", "current-date".)
constexpr std::array<std::string_view, 10> kNotTheDate = {
    "modified",   "edited",      "calendar", "archive", "event",
    "headerdate", "header-date", "masthead", "today",   "current-date"};
// Text of a date element, at most: a date with a few words around it, not a box.
constexpr size_t kMaxDateText = 160;

// Words opening a line that gives the day a post was published, lowercase.
constexpr std::array<std::string_view, 13> kPublishedWords = {
    "posted on",         "published on",  "posted:",     "published:",   "published date:",
    "veröffentlicht am", "erschienen am", "publié le",   "publicado el", "publicado em",
    "pubblicato il",     "geplaatst op",  "opublikowano"};

// A calendar date as <time datetime> writes one: YYYY-MM-DD, maybe a time after it.
bool IsCalendarDate(std::string_view v) {
  auto digits = [&](size_t at, size_t count) {
    for (size_t i = at; i < at + count; ++i) {
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4) || v.size() < 10 || v[4] != '-' || !digits(5, 2) || v[7] != '-' ||
      !digits(8, 2)) {
    return false;
  }
  const int month = (v[5] - '0') * 10 + (v[6] - '0');
  const int day = (v[8] - '0') * 10 + (v[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         (v.size() == 10 || v[10] == 'T' || v[10] == ' ');
}

}  // namespace

std::string BylineNames(std::string_view text) {
  // Lines, and the separators bylines put between a name and a date or a role.
  std::string lines;
  for (size_t i = 0; i < text.size();) {
    const CodePoint c = DecodeAt(text, i);
    const std::string_view piece = text.substr(i, static_cast<size_t>(c.length));
    if (IsLineBreak(c.value) || c.value == '|' || c.value == U'\u2022' || c.value == U'\u00b7') {
      lines += '\n';
    } else if (IsSpace(c.value)) {
      lines += ' ';
    } else {
      lines += piece;
    }
    i += static_cast<size_t>(c.length);
  }
  for (std::string_view dash : {" -- ", " - ", " \u2013 ", " \u2014 "}) {
    std::string parted;
    size_t from = 0;
    for (size_t at = lines.find(dash); at != std::string::npos; at = lines.find(dash, from)) {
      parted.append(lines, from, at - from);
      parted += '\n';
      from = at + dash.size();
    }
    parted.append(lines, from);
    lines = std::move(parted);
  }
  // Each line as names: "By", "Written by:" dropped (and said), cut where a date, a time or a
  // handle begins, asides in brackets left out ("Richard (R.J.) Eskow").
  struct Line {
    std::string names;
    bool after_by = false;  // the line opened with "By", or a line of only "By" was before it
  };
  std::vector<Line> parts;
  bool by_alone = false;
  for (size_t start = 0; start < lines.size();) {
    size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    std::string line = CollapseSpaces(std::string_view(lines).substr(start, end - start));
    start = end + 1;
    bool by = false;
    // "Posted on September 21, 2020 by Adi Tzlil": the names follow the last " by ".
    if (const size_t at = Lower(line).rfind(" by "); at != std::string::npos) {
      line.erase(0, at + 4);
      by = true;
    }
    for (bool again = true; again;) {
      again = false;
      const std::string folded = Lower(line);
      for (std::string_view p : kPrefixes) {
        if (folded.starts_with(p) &&
            (folded.size() == p.size() || folded[p.size()] == ' ' || folded[p.size()] == ':')) {
          line.erase(0, p.size());
          by = again = true;
          break;
        }
      }
      if (!line.empty() && line.front() == ':') {
        line.erase(0, 1);
        again = true;
      }
      while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    }
    for (size_t open = line.find('('); open != std::string::npos; open = line.find('(')) {
      const size_t close = line.find(')', open);
      if (close == std::string::npos) break;
      line.erase(open, close + 1 - open);
    }
    line = CollapseSpaces(line);
    // The names end where a date begins ("Jeff Latzke AP Sports Writer Dec. 31, 2007").
    size_t cut = std::min(line.size(), FindDate(line).start);
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if ((c >= '0' && c <= '9') || c == '@' || c == '(' || c == '[') {
        cut = std::min(cut, i);
        break;
      }
    }
    // "… in Washington", "… for The Times"; "… on March 3", "… at 10:15" (not "White on Rice").
    const std::string folded_line = Lower(line);
    for (std::string_view w : {" in ", " for ", " on ", " at "}) {
      const size_t at = folded_line.find(w);
      if (at == std::string::npos) continue;
      const std::string_view after = std::string_view(line).substr(at + w.size());
      const std::string next = Lower(after.substr(0, after.find(' ')));
      const bool when =
          !after.empty() && ((after[0] >= '0' && after[0] <= '9') || InList(next, kNoNameWords) ||
                             FindDate(after).start == 0);
      if (w == " in " || w == " for " || when) cut = std::min(cut, at);
    }
    line.resize(cut);
    while (!line.empty() &&
           (line.back() == ' ' || line.back() == ',' || line.back() == ';' || line.back() == ':')) {
      line.pop_back();
    }
    // The word that introduces the date cut off after the names: "Par Matthieu Hy le 07 Mai
    // 2020", "von Jo Marsh am 3. Mai 2021", "por Ana López el 3 de mayo" (after "By" only:
    // "Veröffentlicht am 19.10.19" names nobody).
    if (by && cut < folded_line.size()) {
      for (std::string_view w : {" le", " am", " el", " il", " op", " on", " dnia"}) {
        if (line.size() > w.size() + 1 && Lower(line).ends_with(w)) {
          line.resize(line.size() - w.size());
          break;
        }
      }
    }
    if (line.empty()) {
      by_alone = by_alone || by;
      continue;
    }
    // A name written twice in a row, once for each screen size ("Kristen F.Kristen F.").
    if (line.size() % 2 == 0 && line.substr(0, line.size() / 2) == line.substr(line.size() / 2)) {
      line.resize(line.size() / 2);
    }
    parts.push_back({line, by || by_alone});
    by_alone = false;
  }
  // The names "By" introduces, else the first line that reads as names (a label such as
  // "Author" on a line of its own passed over).
  for (const Line& l : parts) {
    if (l.after_by) return LeadingNames(l.names);
  }
  for (const Line& l : parts) {
    if (InList(Lower(l.names), kRoleWords)) continue;
    return LeadingNames(l.names);
  }
  return "";
}

// A link to a writer's archive: "/author/<name>/" (WordPress), "/authors/", "/autor/",
// "/auteur/", "/autore/" as a path segment.
bool IsAuthorArchive(std::string_view href) {
  for (std::string_view segment : {"/author/", "/authors/", "/autor/", "/auteur/", "/autore/"}) {
    const size_t at = href.find(segment);
    if (at != std::string_view::npos && at + segment.size() < href.size()) return true;
  }
  return false;
}

// Whether the text right before element `n` (its previous sibling, a text node) ends with
// "by", "By:", "von", "par", "por", "door", "Author:", "Autor:".
bool IntroducedByBy(const HtmlTree& tree, uint32_t n) {
  const uint32_t parent = tree.node(n).parent;
  if (parent == kNoNode) return false;
  uint32_t previous = kNoNode;
  for (uint32_t c = tree.node(parent).first_child; c != kNoNode && c != n; c = tree.node(c).next) {
    previous = c;
  }
  if (previous == kNoNode || tree.tag(previous) != Tag::kText) return false;
  std::string before = Lower(tree.RawText(previous));
  while (!before.empty() && (IsHtmlSpace(before.back()) || before.back() == ':')) before.pop_back();
  for (std::string_view word : {"by", "von", "par", "por", "door", "author", "autor", "auteur"}) {
    if (before.ends_with(word) &&
        (before.size() == word.size() || IsHtmlSpace(before[before.size() - word.size() - 1]))) {
      return true;
    }
  }
  return false;
}

std::string FindByline(const HtmlTree& tree) {
  std::string found;
  std::string buffer;
  int candidates = 0;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        if (!found.empty() || tree.node(n).attribute_count == 0) return;
        // Most elements are no candidate: none of the words in the attributes that could say so.
        const std::string_view raw = LowerAttrs(
            tree, n, std::array<std::string_view, 4>{"class", "id", "rel", "itemprop"}, &buffer);
        if (raw.find("author") == std::string_view::npos &&
            raw.find("byline") == std::string_view::npos &&
            raw.find("creator") == std::string_view::npos) {
          return;
        }
        const std::string rel = Lower(tree.Attr(n, "rel").value_or(""));
        const std::string itemprop = Lower(tree.Attr(n, "itemprop").value_or(""));
        std::string hint = Lower(tree.Attr(n, "class").value_or(""));
        hint += ' ';
        hint += Lower(tree.Attr(n, "id").value_or(""));
        uint32_t holder = kNoNode;
        if (HasWord(itemprop, "author") || HasWord(itemprop, "creator")) {
          holder = ItempropName(tree, n);
          if (holder == kNoNode) holder = n;
        } else if (HasWord(rel, "author") ||
                   ((hint.find("byline") != std::string::npos || NamesAnAuthor(hint)) &&
                    !ContainsAny(hint, kNotTheName))) {
          holder = n;
        }
        if (holder != kNoNode && !IsHidden(tree, n) && candidates++ < kMaxCandidates) {
          const std::string text = TextOf(tree, holder);
          if (text.size() <= kMaxBylineText) found = BylineNames(text);
          // Marked as the writer's by its markup, a user's handle is the name the page gives
          // ("By <a rel=author>jbat</a>"), though it has no capitals.
          if (found.empty() && (!itemprop.empty() || !rel.empty())) found = Handle(text);
        }
      },
      [&](uint32_t n) {
        return !found.empty() || candidates >= kMaxCandidates || SkipForByline(tree, n, &buffer);
      });
  if (!found.empty()) return found;
  // Else a link to the writer's archive ("/author/dylan/") that a "by" introduces, in a line no
  // class marks ("Written by: Dylan Bailey", "2012-10-16 by Herb Sutter"), or whose title says
  // so ("Posts by Dylan Bailey"); a bare archive link is as often a list of other stories' writers.
  candidates = 0;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        if (!found.empty() || tree.tag(n) != Tag::kA ||
            !IsAuthorArchive(Lower(tree.Attr(n, "href").value_or(""))) || IsHidden(tree, n) ||
            candidates++ >= kMaxCandidates) {
          return;
        }
        const std::string title = Lower(tree.Attr(n, "title").value_or(""));
        const bool titled = title.find("posts by") != std::string::npos ||  // "View all posts by"
                            title.starts_with("articles by") ||
                            title.starts_with("beiträge von") || title.starts_with("artikel von");
        if (!titled && !IntroducedByBy(tree, n)) return;
        const std::string text = TextOf(tree, n);
        if (text.size() <= kMaxBylineText) found = BylineNames(text);
      },
      [&](uint32_t n) {
        return !found.empty() || candidates >= kMaxCandidates || SkipForByline(tree, n, &buffer);
      });
  return found;
}

std::string FindShownDate(const HtmlTree& tree) {
  std::string found;
  std::string buffer;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        if (!found.empty() || tree.tag(n) != Tag::kTime) return;
        const std::string value = CollapseSpaces(tree.Attr(n, "datetime").value_or(""));
        if (IsCalendarDate(value)) found = value;
      },
      [&](uint32_t n) { return !found.empty() || SkipForByline(tree, n, &buffer); });
  if (!found.empty()) return found;
  // Else the first element marked as a date or a post's details whose text holds one ("Posted
  // on December 29th 2019", "03.10.2021 | 14:05"), not a date it was changed on.
  int candidates = 0;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        if (!found.empty() || tree.node(n).attribute_count == 0) return;
        const std::string_view hint =
            LowerAttrs(tree, n, std::array<std::string_view, 2>{"class", "id"}, &buffer);
        // hAtom marks the first version "published updated": "updated" alone is a later date.
        const bool later = hint.find("update") != std::string_view::npos &&
                           hint.find("publish") == std::string_view::npos;
        // (Nor the date of a list of other posts: "MoreRecentPostsDate". Other boxes' words are
        // looked for around the element, not in its own class: "by-line-comments-views-date"
        // holds the article's date.)
        if (!ContainsAny(hint, kDateHints) || ContainsAny(hint, kNotTheDate) || later ||
            ContainsAny(hint, kRecentPosts) || candidates++ >= kMaxCandidates) {
          return;
        }
        // A date after "updated" is a later one ("5 April 2013 Last updated at 11:09").
        const std::string text = TextOf(tree, n);
        if (text.size() <= kMaxDateText) {
          const std::string lower = Lower(text);
          size_t end = std::min(lower.find("updated"), lower.find("aktualisiert"));
          end = std::min(end, lower.find("modified"));
          found = ReadDate(std::string_view(text).substr(0, std::min(end, text.size())));
        }
      },
      [&](uint32_t n) {
        return !found.empty() || candidates >= kMaxCandidates || SkipForByline(tree, n, &buffer);
      });
  if (!found.empty()) return found;
  // Else the first line that says so in words, in an element no class marks ("Posted on
  // September 30th, 2008 in iPod Touch", "Veröffentlicht am 3. Oktober 2021"): the text node
  // opening with the words, read with the rest of its element.
  candidates = 0;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        if (!found.empty() || tree.tag(n) != Tag::kText) return;
        std::string_view raw = tree.RawText(n);
        while (!raw.empty() && IsHtmlSpace(raw.front())) raw.remove_prefix(1);
        if (raw.size() < 6 || raw.size() > kMaxDateText) return;
        const std::string lower = Lower(raw.substr(0, 24));
        if (std::none_of(kPublishedWords.begin(), kPublishedWords.end(),
                         [&](std::string_view w) { return lower.starts_with(w); }) ||
            candidates++ >= kMaxCandidates) {
          return;
        }
        // (The words alone in their element, "<li><strong>Published Date:</strong> 09
        // January 2008</li>": the element around it.)
        uint32_t parent = tree.node(n).parent;
        if (parent != kNoNode && ReadDate(TextOf(tree, parent)).empty() &&
            tree.node(parent).parent != kNoNode &&
            TextOf(tree, tree.node(parent).parent).size() <= kMaxDateText) {
          parent = tree.node(parent).parent;
        }
        const std::string text = TextOf(tree, parent == kNoNode ? n : parent);
        const std::string folded = Lower(text);
        size_t start = 0;
        for (std::string_view w : kPublishedWords) {
          if (const size_t at = folded.find(w); at != std::string::npos) {
            start = at;
            break;
          }
        }
        if (text.size() - start > kMaxDateText) return;
        size_t end = std::min(folded.find("updated"), folded.find("aktualisiert"));
        end = std::min(std::min(end, folded.find("modified")), text.size());
        if (end > start) found = ReadDate(std::string_view(text).substr(start, end - start));
      },
      [&](uint32_t n) {
        return !found.empty() || candidates >= kMaxCandidates || SkipForByline(tree, n, &buffer);
      });
  return found;
}

}  // namespace precis::text
