// What a page says about its article outside the text: <meta> tags (Open Graph, Twitter, Dublin
// Core, article:*), schema.org JSON-LD (headline, articleBody, author, datePublished, publisher)
// and microdata (itemprop), <html lang> and <title>. The article reader uses them for the title,
// byline and date, and the JSON-LD articleBody as evidence of which blocks are the article.
//
//   PageMeta meta = ReadPageMeta(tree);
//   std::string title = CleanTitle(meta.document_title, meta.site_name);
#ifndef PRECIS_TEXT_PAGE_META_H_
#define PRECIS_TEXT_PAGE_META_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/html_tree.h"

namespace precis::text {

struct PageMeta {
  std::string document_title;  // <title>
  std::string og_title;        // og:title, twitter:title
  std::string headline;        // JSON-LD headline
  std::string site_name;
  std::vector<std::string> feed_titles;  // <link rel="alternate"> feeds' titles ("Inside AdWords")
                                         // // og:site_name, JSON-LD publisher
  std::string author;          // JSON-LD author(s), meta author
  std::string published;       // JSON-LD datePublished, article:published_time, …
  std::string url;             // <link rel="canonical">, og:url: the article's own address
  std::string language;        // <html lang> primary subtag, lowercase
  std::string article_body;    // JSON-LD articleBody (plain text), if any
  // The same text in paragraphs, as the JSON string breaks it ("\n") or its markup does, and
  // the bytes of the <script> it came from (start, end in the page).
  std::vector<std::string> article_body_paragraphs;
  size_t article_body_start = 0;
  size_t article_body_end = 0;
};

PageMeta ReadPageMeta(const HtmlTree& tree);

// The day a news or blog address gives its article ("…/2021/10/20/slug/", "…/2012-06/04/…"
// needs all three parts): ISO 8601, or "". Blogs and many news sites file posts so; the date
// is the post's, never a page's masthead "today".
std::string DateInUrl(std::string_view url);

// A page title without the site's name ("Storm hits coast - BBC News" -> "Storm hits coast").
std::string CleanTitle(std::string_view title, std::string_view site_name);
// The site's name a page title carries beside its headline ("Storm hits coast - BBC News" ->
// "BBC News"; "icHarrow - Skrtel close to Reds switch" -> "icHarrow"): the part the page's
// `headline` is (or, with none, CleanTitle's choice) is passed over, and of the parts on the far
// side from it the web address's name, else the farthest that may name a site (at most four
// words; not a section's word, a lowercase tagline, a date, a page number or a byline); "" when
// there is none.
// `beside_headline`, when given, says whether the page's headline was one of the parts.
std::string SiteNameInTitle(std::string_view title, std::string_view headline = "",
                            bool* beside_headline = nullptr);
// A title's parts between its separators (" | ", " - ", " :: "…), white space collapsed; the
// whole title where it has none.
std::vector<std::string> TitleParts(std::string_view title);

// White space collapsed to single spaces, trimmed.
std::string CollapseSpaces(std::string_view s);

}  // namespace precis::text

#endif  // PRECIS_TEXT_PAGE_META_H_
