#include "text/html.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/utf8.h"

namespace precis::text {
namespace {

// Elements that end a paragraph of text.
constexpr std::array<std::string_view, 38> kBlocks = {
    "address", "article", "aside", "blockquote", "body",     "br",         "caption", "dd",
    "details", "div",     "dl",    "dt",         "fieldset", "figcaption", "figure",  "footer",
    "form",    "h1",      "h2",    "h3",         "h4",       "h5",         "h6",      "header",
    "hr",      "li",      "main",  "nav",        "ol",       "p",          "pre",     "section",
    "summary", "table",   "td",    "th",         "tr",       "ul"};

// Elements whose content is never article text.
constexpr std::array<std::string_view, 11> kDropped = {"aside",  "button",   "footer",   "form",
                                                       "iframe", "nav",      "noscript", "select",
                                                       "svg",    "template", "object"};

// Elements whose content is raw text (not parsed for tags) and dropped.
constexpr std::array<std::string_view, 3> kRaw = {"script", "style", "textarea"};

// Tags that mark a text as HTML when found.
constexpr std::array<std::string_view, 30> kMarkers = {
    "a",  "article", "b",       "body", "br",     "div",   "em",    "h1",   "h2",    "h3",
    "h4", "head",    "html",    "i",    "img",    "li",    "main",  "meta", "nav",   "ol",
    "p",  "script",  "section", "span", "strong", "style", "table", "td",   "title", "ul"};

struct NamedEntity {
  std::string_view name;
  char32_t value;
};
constexpr std::array<NamedEntity, 32> kEntities = {
    {{"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
     {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},
     {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"laquo", 0xAB},    {"raquo", 0xBB},
     {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122}, {"euro", 0x20AC},   {"pound", 0xA3},
     {"yen", 0xA5},     {"cent", 0xA2},    {"deg", 0xB0},     {"eacute", 0xE9},   {"egrave", 0xE8},
     {"aacute", 0xE1},  {"agrave", 0xE0},  {"uuml", 0xFC},    {"ouml", 0xF6},     {"auml", 0xE4},
     {"ccedil", 0xE7},  {"szlig", 0xDF}}};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Lowercase tag name starting at `pos` (after '<' or '</').
std::string TagNameAt(std::string_view s, size_t pos) {
  std::string name;
  while (pos < s.size() && IsNameChar(s[pos]) && name.size() < 16) {
    name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos]))));
    ++pos;
  }
  return name;
}

// The '>' that closes the tag opened at `lt`, skipping quoted attribute values; npos if none.
size_t TagEnd(std::string_view s, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    } else if (c == '<' && i + 1 < s.size() && s[i + 1] == '/') {
      return std::string_view::npos;  // broken markup: treat the '<' as text
    }
  }
  return std::string_view::npos;
}

// Case-insensitive search for "</name" from `pos`; returns its position or npos.
size_t FindClose(std::string_view s, size_t pos, std::string_view name) {
  for (size_t i = s.find("</", pos); i != std::string_view::npos; i = s.find("</", i + 2)) {
    if (TagNameAt(s, i + 2) == name) return i;
  }
  return std::string_view::npos;
}

class Converter {
 public:
  explicit Converter(std::string_view html) : s_(html) { out_.input_size = html.size(); }

  HtmlText Run() {
    size_t i = 0;
    while (i < s_.size()) {
      const char c = s_[i];
      if (c == '<') {
        i = Tag(i);
      } else if (c == '&') {
        i = Entity(i);
      } else {
        Text(i);
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  void Emit(char c, size_t from, size_t to) {
    if (drop_depth_ > 0) return;
    if (in_title_) {
      out_.title.push_back(c);
      return;
    }
    if (pending_break_ && !out_.text.empty()) {
      Put('\n', from, from);
      Put('\n', from, from);
    } else if (pending_space_ && !out_.text.empty() && !pending_break_) {
      Put(' ', from, from);
    }
    pending_break_ = false;
    pending_space_ = false;
    Put(c, from, to);
  }

  void Put(char c, size_t from, size_t to) {
    out_.text.push_back(c);
    out_.from.push_back(static_cast<uint32_t>(from));
    out_.to.push_back(static_cast<uint32_t>(to));
  }

  void Text(size_t i) {
    const char c = s_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (in_title_ && !out_.title.empty() && out_.title.back() != ' ') out_.title.push_back(' ');
      pending_space_ = true;
      return;
    }
    Emit(c, i, i + 1);
  }

  size_t Entity(size_t amp) {
    const size_t semi = s_.find(';', amp + 1);
    if (semi == std::string_view::npos || semi - amp > 10) {
      Emit('&', amp, amp + 1);
      return amp + 1;
    }
    const std::string_view body = s_.substr(amp + 1, semi - amp - 1);
    char32_t value = 0;
    if (!body.empty() && body[0] == '#') {
      const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
      for (size_t k = hex ? 2 : 1; k < body.size(); ++k) {
        const int digit =
            std::isxdigit(static_cast<unsigned char>(body[k]))
                ? (std::isdigit(static_cast<unsigned char>(body[k]))
                       ? body[k] - '0'
                       : (std::tolower(static_cast<unsigned char>(body[k])) - 'a' + 10))
                : -1;
        if (digit < 0 || (!hex && digit > 9) || value > 0x10FFFF) {
          value = 0;
          break;
        }
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      }
      if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        value = kReplacement;
    } else {
      for (const NamedEntity& e : kEntities) {
        if (e.name == body) value = e.value;
      }
      if (value == 0) {
        Emit('&', amp, amp + 1);
        return amp + 1;
      }
    }
    std::string bytes;
    AppendUtf8(bytes, value);
    for (char b : bytes) Emit(b, amp, semi + 1);
    return semi + 1;
  }

  size_t Tag(size_t lt) {
    if (s_.substr(lt, 4) == "<!--") {
      const size_t end = s_.find("-->", lt + 4);
      return end == std::string_view::npos ? s_.size() : end + 3;
    }
    const bool closing = lt + 1 < s_.size() && s_[lt + 1] == '/';
    const size_t name_at = lt + (closing ? 2 : 1);
    const bool declaration = lt + 1 < s_.size() && (s_[lt + 1] == '!' || s_[lt + 1] == '?');
    if (!declaration &&
        (name_at >= s_.size() || !std::isalpha(static_cast<unsigned char>(s_[name_at])))) {
      Emit('<', lt, lt + 1);  // "a < b": not a tag
      return lt + 1;
    }
    const size_t gt = TagEnd(s_, lt);
    if (gt == std::string_view::npos) {
      Emit('<', lt, lt + 1);
      return lt + 1;
    }
    if (declaration) return gt + 1;
    const std::string name = TagNameAt(s_, name_at);
    const bool self_closing = s_[gt - 1] == '/';
    if (!closing && In(kRaw, name)) {
      const size_t close = FindClose(s_, gt + 1, name);
      if (close == std::string_view::npos) return s_.size();
      const size_t close_gt = s_.find('>', close);
      return close_gt == std::string_view::npos ? s_.size() : close_gt + 1;
    }
    if (name == "title") {
      in_title_ = !closing && !self_closing;
      return gt + 1;
    }
    if (In(kDropped, name) && !self_closing) {
      if (!closing) {
        ++drop_depth_;
      } else if (drop_depth_ > 0) {
        --drop_depth_;
      }
    }
    if (In(kBlocks, name)) pending_break_ = true;
    return gt + 1;
  }

  std::string_view s_;
  HtmlText out_;
  int drop_depth_ = 0;
  bool in_title_ = false;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

}  // namespace

bool LooksLikeHtml(std::string_view s) {
  for (size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    size_t p = i + 1;
    if (p < s.size() && s[p] == '/') ++p;
    if (s.substr(p, 9) == "!DOCTYPE " || s.substr(p, 9) == "!doctype ") return true;
    const std::string name = TagNameAt(s, p);
    const size_t after = p + name.size();
    if (!name.empty() && In(kMarkers, name) && after < s.size() &&
        (s[after] == '>' || s[after] == ' ' || s[after] == '/' || s[after] == '\n' ||
         s[after] == '\t')) {
      return true;
    }
  }
  return false;
}

HtmlText HtmlToText(std::string_view html) {
  HtmlText out = Converter(html).Run();
  while (!out.title.empty() && out.title.back() == ' ') out.title.pop_back();
  return out;
}

}  // namespace precis::text
