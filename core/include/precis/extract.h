// The article of a page, as `precis extract` gives it: title, byline, date, language, and the
// body as blocks with their roles, in order (menus, related links, comments, share bars, footers
// left out). Plain text works too: its paragraphs become the blocks.
//
//   precis::StatusOr<precis::ExtractedArticle> a = precis::ExtractArticle(html);
//   if (a.ok()) std::cout << precis::ArticleText(a.value());          // the body, as text
//   std::string json = precis::ExtractedArticleToJson(a.value(), 2);  // everything, with offsets
#ifndef PRECIS_EXTRACT_H_
#define PRECIS_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis {

struct ArticleBlock {
  size_t start = 0;  // UTF-8 byte offsets into the input (the HTML page)
  size_t end = 0;
  std::string text;
  // "body", "heading", "caption", "list-item", "quote", "byline", "dateline", "boilerplate".
  std::string role;
};

struct ExtractedArticle {
  std::string title;
  std::string byline;
  std::string date;      // as the page states it (ISO 8601 on most news pages); may be empty
  // The article's language (ISO 639-1, "und" when it cannot be told): as the page declares it
  // (<html lang>; language_source "page") unless the article's text is detected as another
  // language or the page declares none ("detected"); see text::ChooseLanguage.
  std::string language;
  std::string language_source = "detected";
  std::string site_name;
  bool found_article = true;  // false: no article recognised, blocks are the visible text
  std::vector<ArticleBlock> blocks;
  std::vector<std::string> warnings;
};

// Fails only on input over the size limit or without any text.
StatusOr<ExtractedArticle> ExtractArticle(std::string_view input);

// The body as plain text: every block that is article text (body, quotes, headings, list items,
// captions; not bylines, datelines or boilerplate), separated by blank lines, no title line.
std::string ArticleText(const ExtractedArticle& article);

std::string ExtractedArticleToJson(const ExtractedArticle& article, int indent = -1);

}  // namespace precis

#endif  // PRECIS_EXTRACT_H_
