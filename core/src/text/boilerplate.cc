#include "text/boilerplate.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "text/substring_set.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

// All patterns are matched on the folded (lowercase, straight quotes) line, so "SEE ALSO:" and
// "See also:" are one pattern. Each family names the kind of non-content it catches.

// Openings of a line (word-bounded): cross-links, promotion, media credits, consent notices.
constexpr std::string_view kPrefixes[] = {
    // cross-links and navigation
    "see also", "read more", "read also", "also read", "related:", "related articles",
    "related stories", "related content", "related coverage", "more on this story",
    "more:", "recommended:", "recommended for you", "most read", "most popular", "top stories",
    "trending:", "more from", "next article", "previous article", "skip to", "back to top",
    "continue reading", "story continues below", "jump to", "related posts",
    "return to citation",  // a reference list's way back to the text
    // media
    "watch:", "watch the video", "watch live", "listen:", "listen to this article",
    "video:", "photo:", "photos:", "photo credit", "photograph:", "image:", "image credit",
    "image copyright", "image caption", "picture:", "pictured:", "(photo", "(image",
    "caption:", "getty images", "file photo", "featured image",
    "foto:", "fotos:", "bild:", "bildquelle:", "titelbild:", "beitragsbild:", "crédit photo",
    // promotion and sharing
    "click here", "tap here", "share this", "share on", "share:", "follow us", "follow @",
    "subscribe", "sign up", "join our newsletter", "get our newsletter",
    "newsletter:", "download our app", "get the app", "like us on", "email this", "print this",
    "e-mail this", "printer friendly", "printer-friendly", "print friendly", "print-friendly",
    "send this article", "send this story", "send to a friend", "to comment on this",
    // syndication: where the text came from
    "article from:", "story from:", "content provided by", "this article was published",
    "this story was published", "this post was published", "this piece was published",
    // editors' notes on the text itself: corrections and what an update added
    "editor's note:", "editors' note:", "editors note:", "correction:", "clarification:",
    "updated |",
    // legal and consent
    "(c) ", "\xC2\xA9", "all rights reserved", "terms of use", "terms and conditions",
    "privacy policy", "cookie policy", "we use cookies", "this site uses cookies",
    "this website uses cookies", "accept all cookies", "manage cookies",
    // wire-service and editing credits
    "reporting by", "(reporting by", "additional reporting by", "editing by", "(editing by",
    "writing by", "compiled by", "contact the author", "our standards:",
    // page furniture
    "advertisement", "sponsored content", "paid content", "loading...", "comments (",
    "leave a comment", "posted by", "published:", "updated:", "last updated", "first published",
    // comment boxes
    "post a comment", "add a comment", "leave a reply", "thanks for your comment",
    // blog post footers
    "posted in:", "filed under:", "categories:", "category:", "powered by wordpress",
    "powered by blogger"};

// Fragments that mark a line wherever they occur (legal and consent notices, credits).
constexpr std::string_view kFragments[] = {
    "all rights reserved", "republished with the permission", "republished with permission",
    // reprint and syndication notes (with their subject: "Godzilla first appeared in 1954" is news)
    "article was reprinted", "story was reprinted", "article originally appeared",
    "story originally appeared", "post originally appeared", "piece originally appeared",
    "article first appeared", "story first appeared", "post first appeared", "piece first appeared",
    "is republished from", "was republished from", "a version of this article appeared",
    "the full article contains", "a version of this story appeared", "reproduced with permission",
    "originally published", "was first published", "by continuing to use this",
    "an earlier version of this article", "an earlier version of this story",
    "by continuing to use the site", "by continuing to use our", "accept cookies", "cookie policy",
    "cookie settings", "/getty", "/reuters", "/ap photo", "ap photo/", "/afp", "afp via getty",
    "may not be published, broadcast, rewritten or redistributed", "must not be reproduced",
    "trust principles",
    // paywalls, where the page shows their notice in the article's own paragraphs
    "to view the full story", "to read the full story", "to read the full article",
    "to continue reading this", "subscribe to continue reading", "subscribe to read",
    "already a subscriber", "already have a subscription", "unlimited digital access",
    "join now or renew", "first-time subscribers",
    // a nutrition label's footnotes under a recipe
    "daily values are based on", "daily value (dv) tells you",
    "nutrition information is an estimate",
    // advertising and affiliate disclosures
    "advertising disclosure", "may receive compensation", "may earn a commission",
    "may earn an affiliate commission", "contains affiliate links", "advertising disclaimer",
    // comment boxes' rules and blog post footers, addressed to the reader
    "keep your comments", "comment below", "submit your letter", "editorial archive",
    "to contact the reporter", "to contact the editor responsible", "comments may be no longer",
    "comments are moderated", "trackbacks are closed", "bookmark the permalink",
    "use the \"report\" link", "comments powered by", "view more comments",
    "feedback is now closed", "comments are now closed", "commenting is now closed",
    // an embedded player's notice where the page's script would have drawn it
    "get the flash player", "get the latest flash player", "flash player to see",
    "flash player to view", "flash player to watch", "your browser does not support",
    "enable javascript",
    // a site's promotion of itself
    "e-newsletter", "for all the latest news"};

// Lines that are nothing but one of these words.
constexpr std::string_view kWholeLines[] = {
    "advertisement", "advertising", "sponsored", "sponsored content",
    "share",         "comments",    "related",   "read more",
    "more",          "menu",        "home",      "top",
    "print",         "email",       "next",      "previous",    "continued",
    "loading",       "close",       "subscribe", "log in",
    "sign in",       "search",      "comments are closed"};

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool StartsWithWord(std::string_view line, std::string_view prefix) {
  if (!line.starts_with(prefix)) return false;
  // Word-bounded, so "Subscribers rose 8%" is not a "subscribe" prompt.
  return !IsWordChar(prefix.back()) || line.size() == prefix.size() ||
         !IsWordChar(line[prefix.size()]);
}

std::string_view TrimPunct(std::string_view s) {
  auto punct = [](char c) { return c == ' ' || c == '.' || c == ':' || c == '|' || c == '-'; };
  while (!s.empty() && punct(s.back())) s.remove_suffix(1);
  while (!s.empty() && punct(s.front())) s.remove_prefix(1);
  return s;
}

bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((s[i] == '1' || s[i] == '2') && std::isdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 3]))) {
      return true;
    }
  }
  return false;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "By Jane Doe", "By JANE DOE and John Roe, BBC News": a short line, "By" and a capital, no
// sentence punctuation at the end.
bool IsByline(std::string_view line) {
  if (line.size() > 90 || !line.starts_with("By ") || line.size() < 5) return false;
  if (!IsUpper(DecodeAt(line, 3).value)) return false;
  const char last = line.back();
  return last != '.' && last != '?' && last != '!' && CountWords(line) <= 10;
}

// "LONDON (Reuters)", "WASHINGTON, Jan 5 (AP)": a dateline standing alone on its line.
bool IsDateline(std::string_view folded) {
  const std::string_view bare = TrimPunct(folded);
  if (CountWords(bare) > 6) return false;
  for (std::string_view agency : {"(reuters)", "(ap)", "(afp)", "(upi)", "(bloomberg)", "(dpa)"}) {
    if (bare.ends_with(agency)) return true;
  }
  return false;
}

// A line of only news agencies, the story's sources: "AFP, AP", "Reuters", "Staff and agencies".
bool IsAgencyCredit(std::string_view folded) {
  static constexpr std::string_view kAgencies[] = {
      "ap",  "afp",    "reuters",   "pa",       "dpa",   "upi",        "ani",   "ians", "pti",
      "aap", "xinhua", "bloomberg", "agencies", "staff", "associated", "press", "and",  "wires"};
  size_t words = 0;
  bool agency = false;
  for (size_t i = 0; i < folded.size();) {
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == ',' || folded[i] == '/' ||
                                 folded[i] == '&' || folded[i] == '.')) {
      ++i;
    }
    size_t end = i;
    while (end < folded.size() && std::isalpha(static_cast<unsigned char>(folded[end]))) ++end;
    if (end == i) {
      if (i < folded.size()) return false;  // a digit or another mark
      break;
    }
    const std::string_view word = folded.substr(i, end - i);
    if (std::find(std::begin(kAgencies), std::end(kAgencies), word) == std::end(kAgencies)) {
      return false;
    }
    agency = agency || (word != "and" && word != "staff" && word != "press");
    ++words;
    i = end;
  }
  return agency && words <= 6;
}

// A divider: three marks or more of one kind, spaces between them ("* * *", "___", "-----",
// "###"). (Not a lone "+" or "," set apart by the page's markup, nor a number: those may be a
// sentence's or a table's.)
bool IsOrnament(std::string_view folded) {
  char mark = 0;
  size_t marks = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (c == ' ') continue;
    if (static_cast<unsigned char>(c) >= 0x80) {
      // An em or en dash ("———") counts as one mark of its kind.
      if (folded.substr(i).starts_with("\xE2\x80\x94") ||
          folded.substr(i).starts_with("\xE2\x80\x93")) {
        if (mark != 0 && mark != '-') return false;
        mark = '-';
        ++marks;
        i += 2;
        continue;
      }
      return false;
    }
    const bool divider = c == '*' || c == '_' || c == '-' || c == '=' || c == '#' || c == '~';
    if (!divider || (mark != 0 && mark != (c == '_' ? '_' : c))) return false;
    mark = c;
    ++marks;
  }
  return marks >= 3;
}

// Words of a count of comments: numbers and the number words a heading spells out.
constexpr std::string_view kCommentCounts[] = {
    "no", "one", "two",  "three", "ein", "eine", "einen", "zwei", "drei",  "keine",
    "un", "une", "deux", "uno",   "una", "dos",  "een",   "twee", "jeden", "dwa"};
// Nouns of readers' comments, singular and plural.
constexpr std::string_view kCommentNouns[] = {
    "comment",     "comments",     "response",   "responses",  "reply",      "replies",
    "reaction",    "reactions",    "thought",    "thoughts",   "kommentar",  "kommentare",
    "antwort",     "antworten",    "gedanke",    "gedanken",   "reaktion",   "reaktionen",
    "commentaire", "commentaires", "réponse",    "réponses",   "comentario", "comentarios",
    "respuesta",   "respuestas",   "reactie",    "reacties",   "commento",   "commenti",
    "komentarz",   "komentarze",   "komentarzy", "comentário", "comentários"};
// Words that may follow the count: what was commented on ("19 Responses to “…”").
constexpr std::string_view kCommentObjects[] = {"to",  "on", "for", "zu", "auf",
                                                "sur", "à",  "op",  "su", "do"};
// …or the commented title in quotes (“ is folded to "), as the third word's start.
constexpr std::string_view kOpeningQuotes[] = {"\"", "\xC2\xAB", "\xE2\x80\x9E"};  // " « „
// Calls to write one, folded, as a line's start.
constexpr std::string_view kCommentCalls[] = {"leave a reply",
                                              "leave a comment",
                                              "leave your comment",
                                              "post a comment",
                                              "add a comment",
                                              "add your comment",
                                              "write a comment",
                                              "submit a comment",
                                              "join the discussion",
                                              "kommentar schreiben",
                                              "kommentar verfassen",
                                              "kommentar hinterlassen",
                                              "schreibe einen kommentar",
                                              "schreiben sie einen kommentar",
                                              "hinterlasse einen kommentar",
                                              "hinterlassen sie einen kommentar",
                                              "laisser un commentaire",
                                              "laissez un commentaire",
                                              "ajouter un commentaire",
                                              "deja un comentario",
                                              "dejar un comentario",
                                              "deja tu comentario",
                                              "escribe un comentario",
                                              "lascia un commento",
                                              "scrivi un commento",
                                              "laat een reactie achter",
                                              "plaats een reactie",
                                              "dodaj komentarz",
                                              "deixe um comentário",
                                              "deixe seu comentário"};

bool In(std::string_view word, const auto& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsNumber(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A copyright sign standing as a word: "© Shutterstock", "(©2019)"; not inside a word, where
// it is the second byte of a misread "é" ("Sinn FÃ©in").
bool HasCopyrightSign(std::string_view f) {
  for (size_t at = f.find("\xC2\xA9"); at != std::string_view::npos;
       at = f.find("\xC2\xA9", at + 2)) {
    const bool starts = at == 0 || f[at - 1] == ' ' || f[at - 1] == '(';
    const bool ends = at + 2 == f.size() || f[at + 2] == ' ' ||
                      std::isdigit(static_cast<unsigned char>(f[at + 2]));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

bool IsCommentsHeading(std::string_view line) {
  if (line.size() > 120) return false;
  const std::string folded = FoldCase(line);
  std::string_view f = TrimPunct(folded);
  while (f.ends_with("\xC2\xBB")) f = TrimPunct(f.substr(0, f.size() - 2));  // "»"
  for (std::string_view call : kCommentCalls) {
    if (StartsWithWord(f, call)) return true;
  }
  std::vector<std::string_view> words;
  for (size_t i = 0; i < f.size();) {
    const size_t end = std::min(f.find(' ', i), f.size());
    if (end > i) words.push_back(f.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 2) return false;
  // "Comments (12)"
  if (words.size() == 2 && In(words[0], kCommentNouns) && words[1].size() > 2 &&
      words[1].front() == '(' && words[1].back() == ')' &&
      IsNumber(words[1].substr(1, words[1].size() - 2))) {
    return true;
  }
  // "19 Responses", "3 Kommentare", "One thought on “…”", "2 Gedanken zu „…“"
  if (!IsNumber(words[0]) && !In(words[0], kCommentCounts)) return false;
  if (!In(words[1], kCommentNouns)) return false;
  if (words.size() == 2) return true;
  if (In(words[2], kCommentObjects)) return true;
  return std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                     [&](std::string_view q) { return words[2].starts_with(q); });
}

bool IsBoilerplate(std::string_view line) {
  if (line.size() > 400) return false;  // long paragraphs are content, whatever they start with
  const std::string folded = FoldCase(line);
  const std::string_view f = folded;
  for (std::string_view p : kPrefixes) {
    if (p[0] == folded[0] && StartsWithWord(f, p)) return true;
  }
  // "Copyright (c) 2018 ..." but not a sentence about copyright law: it needs a year or a sign.
  if (f.starts_with("copyright") && (HasYear(f) || f.find("\xC2\xA9") != std::string_view::npos)) {
    return true;
  }
  static const SubstringSet kFragmentSet(kFragments);
  if (kFragmentSet.FoundIn(f)) return true;
  const std::string_view bare = TrimPunct(f);
  if (std::find(std::begin(kWholeLines), std::end(kWholeLines), bare) != std::end(kWholeLines)) {
    return true;
  }
  // A picture agency's credit, set apart by a mark ("Ana Lee/Getty Images", "… at dawn. Getty
  // Images", "Getty Images for Netflix"), not a sentence about the agency ("Licensing requests
  // are handled by Getty Images.").
  if (const size_t at = f.find("getty images"); at != std::string_view::npos) {
    size_t before = at;
    while (before > 0 && f[before - 1] == ' ') --before;
    if (before == 0 || !IsWordChar(f[before - 1])) return true;
  }
  // A credit after a caption or a gallery's counter: a short line with a copyright sign
  // anywhere ("Stau © aremac / Clipdealer", "2/28 photos © Shutterstock").
  if (CountWords(f) <= 12 && HasCopyrightSign(f)) return true;
  // A site's disclaimer ("The opinions expressed in this release … do not necessarily reflect
  // the opinions of OurSports Central", "Opinions expressed are not necessarily those of BT")
  // and a newsletter's sign-up line, each by two marks together: a report may quote views
  // that "do not necessarily reflect" a policy, or people who "sign up for" a course.
  const auto has = [&](std::string_view s) { return f.find(s) != std::string_view::npos; };
  if ((has("opinions expressed") || has("views expressed")) && has("not necessarily")) return true;
  if ((has("sign up") || has("signing up") || has("subscribe to")) && has("newsletter")) {
    return true;
  }
  // A sign-up box's other lines ("Simply pop your email into the box…", "Every day we'll send
  // you a roundup email…") and a site's own contact line ("You can contact CorkBeo on
  // Facebook, Twitter, Instagram, or email…").
  if (has("can unsubscribe") || has("unsubscribe at any time") ||
      (has("your email") && has(" box")) || (has("send you") && has("email"))) {
    return true;
  }
  if (has("contact") && (has(" on facebook") || has(" on twitter"))) return true;
  return IsByline(line) || IsDateline(f) || IsAgencyCredit(f) || IsOrnament(f);
}

}  // namespace precis::text
