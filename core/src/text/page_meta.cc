#include "text/page_meta.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "text/date_text.h"
#include "text/html.h"
#include "text/html_entities.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

using nlohmann::json;

constexpr int kMaxJsonDepth = 16;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsArticleType(const json& type) {
  auto one = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting" || t == "Posting" || t == "SocialMediaPosting";
  };
  if (type.is_string()) return one(type.get<std::string>());
  if (type.is_array()) {
    for (const json& t : type) {
      if (t.is_string() && one(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string StringOf(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name") && v["name"].is_string()) {
    return v["name"].get<std::string>();
  }
  return "";
}

// Author names of a JSON-LD "author": a string, an object with "name", or a list of them.
std::string Authors(const json& v) {
  if (!v.is_array()) return StringOf(v);
  std::string out;
  for (const json& a : v) {
    const std::string name = StringOf(a);
    if (name.empty()) continue;
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

// Text of an HTML-bearing JSON string (some sites put markup or references in articleBody, a
// few escape the markup once more: "&lt;p class=texto&gt;"), paragraphs separated by "\n".
std::string TextOf(const std::string& s) {
  if (s.find('<') == std::string::npos && s.find('&') == std::string::npos) return s;
  std::string text = HtmlToText(s).text;
  if (text.find('<') != std::string::npos && LooksLikeHtml(text)) text = HtmlToText(text).text;
  return text;
}

std::string PlainOf(const std::string& s) { return CollapseSpaces(TextOf(s)); }

// The paragraphs of an articleBody: its markup's blocks, else its lines.
std::vector<std::string> ParagraphsOf(const std::string& s) {
  const std::string text = TextOf(s);
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string p = CollapseSpaces(std::string_view(text).substr(start, end - start));
    if (!p.empty()) out.push_back(std::move(p));
    start = end + 1;
  }
  return out;
}

void FromJsonLd(const json& v, int depth, PageMeta* meta, bool* found_article) {
  if (depth > kMaxJsonDepth) return;
  if (v.is_array()) {
    for (const json& item : v) FromJsonLd(item, depth + 1, meta, found_article);
    return;
  }
  if (!v.is_object()) return;
  if (v.contains("@graph")) FromJsonLd(v["@graph"], depth + 1, meta, found_article);
  const bool article = v.contains("@type") && IsArticleType(v["@type"]);
  if (article && !*found_article) {
    *found_article = true;
    if (v.contains("headline")) meta->headline = PlainOf(StringOf(v["headline"]));
    if (v.contains("articleBody")) {
      const std::string body = StringOf(v["articleBody"]);
      meta->article_body = PlainOf(body);
      meta->article_body_paragraphs = ParagraphsOf(body);
    }
    // Names are HTML-escaped by some sites too ("O&#039;Donnell").
    if (v.contains("author") && meta->author.empty()) meta->author = PlainOf(Authors(v["author"]));
    if (v.contains("datePublished") && meta->published.empty()) {
      meta->published = CollapseSpaces(StringOf(v["datePublished"]));
    }
    if (v.contains("publisher") && meta->site_name.empty()) {
      meta->site_name = PlainOf(StringOf(v["publisher"]));
    }
  }
}

// The JSON of a script element written for XHTML or very old browsers, wrapped in
// "<![CDATA[ … ]]>" or "<!-- … -->" (each perhaps behind "//" or inside "/* */"): no JSON text
// starts or ends with any of those.
std::string_view UnwrapScript(std::string_view s) {
  auto trim = [&s] {
    while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsHtmlSpace(s.back())) s.remove_suffix(1);
  };
  trim();
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view w : {"<![CDATA[", "<!--", "//", "/*", "*/"}) {
      if (s.substr(0, w.size()) == w) {
        s.remove_prefix(w.size());
        trim();
        changed = true;
      }
    }
    for (std::string_view w : {"]]>", "-->", "//", "/*", "*/"}) {
      if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) {
        s.remove_suffix(w.size());
        trim();
        changed = true;
      }
    }
  }
  return s;
}

void ReadJsonLd(std::string_view raw, PageMeta* meta, bool* found_article) {
  // Raw line breaks inside strings are common and invalid JSON; as spaces they parse.
  std::string text(UnwrapScript(raw));
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_discarded()) FromJsonLd(parsed, 0, meta, found_article);
}

const std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                        " // ", " \xC2\xB7 ", " \xC2\xBB ", " : ", " \xE2\x80\xA2 "};

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    if (IsSpace(c.value)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.append(s.substr(i, static_cast<size_t>(c.length)));
    }
    i += static_cast<size_t>(c.length);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> TitleParts(std::string_view raw) {
  const std::string title = CollapseSpaces(raw);
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < title.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (title.compare(i, sep.size(), sep) == 0) {
        parts.push_back(title.substr(start, i - start));
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  parts.push_back(title.substr(start));
  // A part written twice in a row ("Search BlogSearch Blog", a template that prints the site's
  // name twice) is that part once.
  for (std::string& p : parts) {
    const size_t half = p.size() / 2;
    if (p.size() >= 8 && p.size() % 2 == 0 && p.compare(0, half, p, half, half) == 0) {
      p.resize(half);
    }
  }
  // A site named in brackets after the headline ("Aidy Recalls Big Guns (from Harrow Times)",
  // a newspaper group's pages) is a part of its own.
  // (Not a time: "(from Monday)", "(from March 3)".)
  std::string& last = parts.back();
  if (const size_t from = last.rfind(" (from ");
      from != std::string::npos && last.ends_with(')') && from > 0) {
    std::string site = CollapseSpaces(last.substr(from + 7, last.size() - from - 8));
    const std::string first = Lower(site.substr(0, site.find(' ')));
    static constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    if (!site.empty() && std::isupper(static_cast<unsigned char>(site[0])) != 0 &&
        Words(site) <= 5 && MonthNumberOf(first) == 0 &&
        std::find(std::begin(kWeekdays), std::end(kWeekdays), first) == std::end(kWeekdays)) {
      last.resize(from);
      parts.push_back(std::move(site));
    }
  }
  return parts;
}

std::string CleanTitle(std::string_view raw, std::string_view site_name) {
  std::string title = CollapseSpaces(raw);
  const std::string site = Lower(CollapseSpaces(site_name));
  // Split at the separators; drop the parts that name the site, else keep the longest part when
  // the others are short (a site name or a section), else the whole title.
  std::vector<std::string> parts = TitleParts(title);
  if (parts.size() == 1) return title;
  if (!site.empty()) {
    std::vector<std::string> kept;
    for (const std::string& p : parts) {
      const std::string lp = Lower(p);
      if (lp == site || (site.size() >= 4 && (lp.find(site) != std::string::npos ||
                                              site.find(lp) != std::string::npos) &&
                         Words(p) <= Words(site) + 1)) {
        continue;
      }
      kept.push_back(p);
    }
    if (!kept.empty() && kept.size() < parts.size()) {
      if (kept.size() == 1) return kept.front();
      parts = kept;
    }
  }
  // The first or last part is usually the site; keep the headline-sized part.
  size_t best = 0;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (Words(parts[i]) > Words(parts[best])) best = i;
  }
  size_t others = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i != best) others = std::max(others, Words(parts[i]));
  }
  if (Words(parts[best]) >= 3 && others <= 4) return parts[best];
  // In three parts or more, a longest first part is the headline before the site's name and
  // its tagline ("Slow Start Cost the Majors in Ottawa - OurSports Central - Independent and
  // Minor League Sports News").
  if (parts.size() >= 3 && best == 0 && Words(parts[0]) >= 4) return parts[0];
  return title;
}

namespace {

// The lowercase words of a title part, letters and digits only.
std::vector<std::string> PartWords(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (const char c : Lower(s) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80) {
      w.push_back(c);
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  return out;
}

// The share of the longer one's words the two have in common.
double Overlap(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = PartWords(a), wb = PartWords(b);
  if (wa.empty() || wb.empty()) return 0.0;
  size_t common = 0;
  for (const std::string& w : wa) common += std::count(wb.begin(), wb.end(), w) > 0 ? 1 : 0;
  return static_cast<double>(common) / static_cast<double>(std::max(wa.size(), wb.size()));
}

// Whether a part of a title can be a site's name: a few words, not a section's one word
// ("News", "Home"), a tagline in lowercase, a date, a page's number ("Page 1", "Seite 34", "6.0"),
// an author ("By linksc") or a piece of a bracket.
bool MayNameASite(std::string_view p) {
  constexpr size_t kMaxSiteWords = 4;
  const std::string folded = Lower(p);
  const std::vector<std::string> words = PartWords(p);
  if (words.empty() || Words(p) > kMaxSiteWords) return false;
  std::string joined;  // the words, one space between
  for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
  for (std::string_view section : {"news", "home", "blog", "sport", "sports", "startseite",
                                   "nachrichten", "aktuelles", "neuigkeiten", "accueil", "inicio",
                                   "breaking news", "latest news", "it", "u s", "us", "uk"}) {
    if (joined == section) return false;
  }
  if (std::islower(static_cast<unsigned char>(p.front())) != 0 && Words(p) > 1) return false;
  if (folded.starts_with("by ") || folded.starts_with("page ") || folded.starts_with("seite ") ||
      !ReadDate(p).empty()) {
    return false;
  }
  size_t digits = 0, letters = 0;
  for (const char c : p) {
    digits += std::isdigit(static_cast<unsigned char>(c)) != 0 ? 1 : 0;
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0 ? 1 : 0;
  }
  if (digits >= letters) return false;
  return std::count(p.begin(), p.end(), '(') == std::count(p.begin(), p.end(), ')') &&
         p.find('|') == std::string_view::npos && !p.ends_with(":");
}

}  // namespace

std::string SiteNameInTitle(std::string_view title, std::string_view headline,
                            bool* beside_headline) {
  const std::vector<std::string> parts = TitleParts(title);
  if (parts.size() < 2) return "";
  // The part that is the headline: the one most like the page's headline, else the usual
  // choice (CleanTitle); the site's name is on the far side from it.
  size_t h = parts.size();
  double best = 0.5;
  for (size_t i = 0; i < parts.size() && !headline.empty(); ++i) {
    if (const double o = Overlap(parts[i], headline); o > best) {
      best = o;
      h = i;
    }
  }
  if (beside_headline != nullptr) *beside_headline = h < parts.size();
  if (h == parts.size()) {
    const std::string usual = CleanTitle(title, "");
    if (usual == CollapseSpaces(title)) return "";
    h = static_cast<size_t>(std::find(parts.begin(), parts.end(), usual) - parts.begin());
    if (h == parts.size()) return "";
  }
  std::vector<std::string_view> others;  // farthest from the headline first
  if (h + 1 == parts.size()) {
    for (size_t i = 0; i < h; ++i) others.push_back(parts[i]);
  } else {
    for (size_t i = parts.size(); i-- > h + 1;) others.push_back(parts[i]);
  }
  for (std::string_view& p : others) {  // "Star-Telegram.com:" before its section
    while (!p.empty() && (p.back() == ':' || p.back() == ' ')) p.remove_suffix(1);
  }
  // A web address's name says it is the site ("NHL.com"); else the farthest that may be one.
  for (std::string_view p : others) {
    const size_t dot = p.find('.');
    if (MayNameASite(p) && dot != std::string_view::npos && dot + 1 < p.size() &&
        std::isalpha(static_cast<unsigned char>(p[dot + 1])) != 0 && p.find(' ') == p.npos) {
      return std::string(p);
    }
  }
  for (std::string_view p : others) {
    if (MayNameASite(p)) return std::string(p);
  }
  return "";
}

std::string DateInUrl(std::string_view url) {
  // Past the host: "https://archive.org/web/20140226054445/http://site/2013/08/07/…" files
  // the archived page's date after the archive's own stamp, which has no separators.
  const size_t scheme = url.find("://");
  size_t i = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  const auto number = [&](size_t at, size_t digits) {
    int value = 0;
    for (size_t k = 0; k < digits; ++k) {
      if (at + k >= url.size() || url[at + k] < '0' || url[at + k] > '9') return -1;
      value = value * 10 + (url[at + k] - '0');
    }
    return value;
  };
  for (; i != std::string_view::npos && i < url.size(); i = url.find('/', i + 1)) {
    // "/YYYY/MM/DD/" or "/YYYY-MM/DD/", the day followed by "/" or the end or a "-"/"." of a
    // file name ("/2012/06/04-storm.html" is rare; "/2010-10-26-18" is a forum's post number).
    const int year = number(i + 1, 4);
    if (year < 1990 || year > 2099) continue;
    const char sep1 = i + 5 < url.size() ? url[i + 5] : 0;
    if (sep1 != '/' && sep1 != '-') continue;
    const int month = number(i + 6, 2);
    if (month < 1 || month > 12 || i + 8 >= url.size() || url[i + 8] != '/') continue;
    const int day = number(i + 9, 2);
    if (day < 1 || day > 31) continue;
    const size_t end = i + 11;
    if (end < url.size() && url[end] != '/') continue;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
  }
  return "";
}

PageMeta ReadPageMeta(const HtmlTree& tree) {
  PageMeta meta;
  meta.document_title = tree.Title();
  bool found_article = false;
  std::string meta_author;
  bool og_title_seen = false;
  std::string legacy_date;
  std::string meta_date;
  tree.Walk(
      tree.root(),
      [&](uint32_t n) {
        const Tag tag = tree.tag(n);
        if (tag == Tag::kHtml && meta.language.empty()) {
          if (auto lang = tree.Attr(n, "lang")) {
            std::string l = Lower(CollapseSpaces(*lang));
            l = l.substr(0, l.find_first_of("-_"));
            if (l.size() >= 2 && l.size() <= 3) meta.language = l;
          }
        } else if (tag == Tag::kLink) {
          // The canonical address stands before og:url (a site's og:url is sometimes its home).
          const std::optional<std::string> rel = tree.Attr(n, "rel");
          const std::optional<std::string> href = tree.Attr(n, "href");
          if (rel && href && Lower(CollapseSpaces(*rel)) == "canonical") {
            meta.url = CollapseSpaces(*href);
          }
          // A feed's title is often the site's name ("Inside AdWords", "Virtual Geek").
          const std::string type = Lower(tree.Attr(n, "type").value_or(""));
          if (rel && Lower(CollapseSpaces(*rel)) == "alternate" &&
              (type.find("rss") != std::string::npos || type.find("atom") != std::string::npos) &&
              meta.feed_titles.size() < 8) {
            if (auto title = tree.Attr(n, "title"); title && !CollapseSpaces(*title).empty()) {
              meta.feed_titles.push_back(CollapseSpaces(*title));
            }
          }
        } else if (tag == Tag::kMeta) {
          std::string key;
          if (auto p = tree.Attr(n, "property")) key = Lower(*p);
          if (key.empty()) {
            if (auto nm = tree.Attr(n, "name")) key = Lower(*nm);
          }
          // An itemprop beside a property says the same in microdata
          // (<meta property="article:published" itemprop="datePublished" content=…>).
          const std::string itemprop = Lower(tree.Attr(n, "itemprop").value_or(""));
          if (key.empty()) key = itemprop;
          if (key.empty()) return;
          const std::optional<std::string> content = tree.Attr(n, "content");
          if (!content) return;
          const std::string value = CollapseSpaces(*content);
          if (value.empty()) return;
          if (key == "og:url" && meta.url.empty()) {
            meta.url = value;
          } else if (key == "og:title" && !og_title_seen) {
            // Open Graph's title over Twitter's, whatever their order: sites fill Twitter's
            // with the search-engine title ("Euro-Zone's ESM Direct Injections… - WSJ" beside
            // og:title "ESM and Banks: Not So Soon", the page's headline).
            meta.og_title = value;
            og_title_seen = true;
          } else if (key == "twitter:title" && meta.og_title.empty()) {
            meta.og_title = value;
          } else if (key == "og:site_name" && meta.site_name.empty()) {
            meta.site_name = value;
          } else if ((key == "author" || key == "article:author" || key == "byl" ||
                      key == "parsely-author" || key == "sailthru.author") &&
                     meta_author.empty() && value.find("://") == std::string::npos) {
            meta_author = value;
          } else if ((key == "article:published_time" || key == "datepublished" ||
                      key == "pubdate" || key == "publishdate" || key == "date" ||
                      key == "dc.date.issued" || key == "dc.date" || key == "dcterms.date" ||
                      key == "dcterms.issued" || key == "parsely-pub-date" ||
                      key == "sailthru.date" || key == "og:published_time" ||
                      key == "rnews:datepublished" || itemprop == "datepublished") &&
                     meta_date.empty()) {
            meta_date = value;
          } else if ((key == "originalpublicationdate" || key == "publicationdate" ||
                      key == "dateofpublication" || key == "displaydate" || key == "pdate") &&
                     legacy_date.empty()) {
            // News systems of the 2000s ("20080114", "2007/12/31"): where no usual key is.
            legacy_date = value;
          }
        } else if (tag == Tag::kScript) {
          const std::optional<std::string> type = tree.Attr(n, "type");
          if (type && Lower(CollapseSpaces(*type)) == "application/ld+json" &&
              tree.node(n).first_child != kNoNode) {
            const bool had_body = !meta.article_body.empty();
            const HtmlNode& script = tree.node(tree.node(n).first_child);
            ReadJsonLd(ToUtf8(tree.RawText(tree.node(n).first_child), tree.charset()), &meta,
                       &found_article);
            if (!had_body && !meta.article_body.empty()) {
              meta.article_body_start = script.start;
              meta.article_body_end = script.end;
            }
          }
        } else if (meta_date.empty() && tree.node(n).attribute_count > 0 &&
                   tree.HasAttr(n, "itemprop") &&
                   Lower(tree.Attr(n, "itemprop").value_or("")) == "datepublished") {
          // <time datetime>, or Blogger's <abbr itemprop="datePublished" title="2019-10-16T…">.
          for (std::string_view a : {"datetime", "content", "title"}) {
            if (auto v = tree.Attr(n, a); v && !CollapseSpaces(*v).empty()) {
              meta_date = CollapseSpaces(*v);
              break;
            }
          }
        }
      },
      [&](uint32_t n) {
        const Tag tag = tree.tag(n);
        return tag == Tag::kSvg || tag == Tag::kMath || tag == Tag::kTemplate;
      });
  if (meta.author.empty()) meta.author = meta_author;
  if (meta.published.empty()) meta.published = meta_date.empty() ? legacy_date : meta_date;
  if (meta.og_title.empty()) meta.og_title = meta.headline;
  return meta;
}

}  // namespace precis::text
