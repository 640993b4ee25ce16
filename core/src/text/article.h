// The article of an HTML page: its title (og:title or the headline over <title>, the site's name
// removed), byline, date, language, and the body as blocks with their roles, in page order —
// without navigation, menus, related links, comments, share bars, newsletter and cookie boxes or
// footers. The main content is chosen the way the best extractors do: text and link density
// scored up the tree (Readability), class/id and semantic-element hints, the page's own
// schema.org articleBody when it has one, then block-level cleaning inside the chosen region.
// A page without a recognisable article gives its visible text (found_article = false). Offsets
// of the text map back into the HTML.
//
//   ArticlePage a = ReadArticle(html);
//   for (const ArticleBlock& b : a.blocks) Show(a.text.text.substr(b.start, b.end - b.start), b.role);
#ifndef PRECIS_TEXT_ARTICLE_H_
#define PRECIS_TEXT_ARTICLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/html.h"
#include "text/roles.h"

namespace precis::text {

struct ArticleBlock {
  size_t start = 0;  // range in ArticlePage::text.text
  size_t end = 0;
  Role role = Role::kBody;
};

struct ArticlePage {
  HtmlText text;  // the blocks' text, separated by blank lines, mapped to the HTML
  std::vector<ArticleBlock> blocks;
  std::string title;
  std::string byline;
  std::string date;      // as the page gives it (ISO 8601 in most)
  std::string language;  // <html lang> primary subtag, lowercase; empty if none
  std::string site_name;
  bool found_article = true;  // false: no article recognised, all visible text instead
  Charset charset = Charset::kUtf8;  // how the page's bytes were read
};

ArticlePage ReadArticle(std::string_view html);

}  // namespace precis::text

#endif  // PRECIS_TEXT_ARTICLE_H_
