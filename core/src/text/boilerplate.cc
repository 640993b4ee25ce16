#include "text/boilerplate.h"

#include <array>
#include <cctype>
#include <string>

#include "text/utf8.h"

namespace precis::text {
namespace {

// Openings that mark a whole line as navigation, promotion or legal text. Matched on the folded
// (lowercase) line, so "SEE ALSO:" and "See also:" are one pattern.
constexpr std::array<std::string_view, 39> kPrefixes = {"see also:",
                                                        "see also ",
                                                        "read more",
                                                        "read also",
                                                        "also read",
                                                        "related:",
                                                        "related articles",
                                                        "related stories",
                                                        "related content",
                                                        "more on this story",
                                                        "more:",
                                                        "recommended:",
                                                        "watch:",
                                                        "watch the video",
                                                        "listen:",
                                                        "listen to this article",
                                                        "click here",
                                                        "tap here",
                                                        "share this",
                                                        "share on",
                                                        "follow us",
                                                        "subscribe",
                                                        "sign up",
                                                        "join our newsletter",
                                                        "get our newsletter",
                                                        "newsletter:",
                                                        "(c) ",
                                                        "© ",
                                                        "©",
                                                        "all rights reserved",
                                                        "photo:",
                                                        "photo credit",
                                                        "image:",
                                                        "image credit",
                                                        "picture:",
                                                        "(photo",
                                                        "we use cookies",
                                                        "this site uses cookies",
                                                        "this website uses cookies"};

// Fragments that mark a line wherever they occur (legal and consent notices).
constexpr std::array<std::string_view, 10> kFragments = {"all rights reserved",
                                                         "republished with the permission",
                                                         "republished with permission",
                                                         "reproduced with permission",
                                                         "originally published",
                                                         "by continuing to use",
                                                         "accept cookies",
                                                         "cookie policy",
                                                         "this article was first published",
                                                         "getty images"};

// Lines that are nothing but one of these words.
constexpr std::array<std::string_view, 8> kWholeLines = {
    "advertisement", "advertising", "sponsored", "sponsored content",
    "share",         "comments",    "related",   "read more"};

std::string_view TrimAsciiPunct(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ':')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
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

// "By Jane Doe" / "By JANE DOE and John Roe": a short line starting with "By" and a capital.
bool IsByline(std::string_view line) {
  if (line.size() > 80 || !line.starts_with("By ") || line.size() < 5) return false;
  const CodePoint next = DecodeAt(line, 3);
  if (!IsUpper(next.value)) return false;
  const char last = line.back();
  return last != '.' && last != '?' && last != '!';
}

}  // namespace

bool IsBoilerplate(std::string_view line) {
  if (line.size() > 400) return false;  // long paragraphs are content, whatever they start with
  const std::string folded = FoldCase(line);
  const std::string_view f = folded;
  for (std::string_view p : kPrefixes) {
    // Word-bounded, so "Subscribers rose 8%" is not a "subscribe" prompt.
    if (f.starts_with(p) && (p.back() == ' ' || p.back() == ':' || f.size() == p.size() ||
                             !IsLetter(DecodeAt(f, p.size()).value))) {
      return true;
    }
  }
  // "Copyright (c) 2018 ..." but not a sentence about copyright law: it needs a year or a sign.
  if (f.starts_with("copyright") && (HasYear(f) || f.find("\xc2\xa9") != std::string_view::npos)) {
    return true;
  }
  for (std::string_view frag : kFragments) {
    if (f.find(frag) != std::string_view::npos) return true;
  }
  const std::string_view bare = TrimAsciiPunct(f);
  for (std::string_view w : kWholeLines) {
    if (bare == w) return true;
  }
  return IsByline(line);
}

}  // namespace precis::text
