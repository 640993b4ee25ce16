// ExtractArticle and ToPlainText: the article reader (text/article) behind the public API, for
// `precis extract`, and for the web page, which shows an opened .html file as text.
#include "precis/extract.h"

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "json_text.h"
#include "precis/precis.h"
#include "text/article.h"
#include "text/document.h"
#include "text/html.h"
#include "text/language.h"
#include "text/roles.h"

namespace precis {
namespace {

using nlohmann::json;

bool IsArticleText(std::string_view role) {
  return role != "byline" && role != "dateline" && role != "boilerplate";
}

// The article's language: what the page declares (`declared`, as written in its lang attribute)
// unless the article text says otherwise (text::ChooseLanguage on the first 6,000 bytes of
// article text, the sample a summary of the page detects on).
void SetLanguage(std::string_view declared, ExtractedArticle* out) {
  constexpr size_t kSampleBytes = 6000;
  std::string sample;
  for (const ArticleBlock& b : out->blocks) {
    if (sample.size() >= kSampleBytes) break;
    if (!IsArticleText(b.role)) continue;
    sample.append(b.text, 0, kSampleBytes);
    sample.push_back(' ');
  }
  const StatusOr<std::string> code = ParseLanguage(declared);
  const text::LanguageChoice choice =
      text::ChooseLanguage(code.ok() ? code.value() : std::string(), sample);
  out->language = choice.code;
  out->language_source = choice.declared ? "page" : "detected";
}

// Plain text: paragraphs are the blocks; a one-line paragraph gets the role of its line.
ExtractedArticle FromPlainText(std::string_view input) {
  ExtractedArticle out;
  const text::Document doc = text::ParseDocument(input);
  out.title = doc.title;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const text::Span p = doc.paragraphs[i];
    const std::string_view para = input.substr(p.start, p.size());
    text::Role role = text::Role::kBody;
    if (para.find('\n') == std::string_view::npos) {
      text::LineContext context;
      context.own_paragraph = true;
      if (i > 0) {
        context.prev_line =
            input.substr(doc.paragraphs[i - 1].start, doc.paragraphs[i - 1].size());
      }
      if (i + 1 < doc.paragraphs.size()) {
        context.next_line =
            input.substr(doc.paragraphs[i + 1].start, doc.paragraphs[i + 1].size());
      }
      context.first_in_text = i == 0;
      role = text::LineRole(para, context);
    }
    out.blocks.push_back({p.start, p.end, std::string(para), std::string(text::RoleName(role))});
  }
  SetLanguage("", &out);
  return out;
}

ExtractedArticle FromHtml(std::string_view input) {
  const text::ArticlePage page = text::ReadArticle(input);
  ExtractedArticle out;
  out.title = page.title;
  out.byline = page.byline;
  out.date = page.date;
  out.site_name = page.site_name;
  out.found_article = page.found_article;
  for (const text::ArticleBlock& b : page.blocks) {
    const text::Span span = text::Trim(page.text.text, {b.start, b.end});
    if (span.empty()) continue;
    out.blocks.push_back({page.text.OriginalStart(span.start), page.text.OriginalEnd(span.end),
                          page.text.text.substr(span.start, span.size()),
                          std::string(text::RoleName(b.role))});
  }
  SetLanguage(page.language, &out);
  if (!page.found_article) {
    out.warnings.push_back("no article found in the page: all of its visible text is given");
  }
  return out;
}

// A block for the page's text box, marked the way plain text marks structure (Markdown), so
// that the text read back keeps the roles that are never summarized: "## " headings, "- " list
// items, "Caption: ". Quotations stay unmarked: they are summarized, and a summary sentence
// should not start with "> ".
std::string Marked(const ArticleBlock& b) {
  std::string out;
  auto each_line = [&](std::string_view prefix, bool every) {
    bool first = true;
    size_t start = 0;
    const std::string_view t = b.text;
    while (start <= t.size()) {
      size_t end = t.find('\n', start);
      if (end == std::string_view::npos) end = t.size();
      if (!first) out += '\n';
      if (first || every) out += prefix;
      out += t.substr(start, end - start);
      first = false;
      start = end + 1;
    }
  };
  if (b.role == "heading") {
    each_line("## ", true);
  } else if (b.role == "list-item") {
    each_line("- ", false);
  } else if (b.role == "caption" && text::LineRole(b.text, {}) != text::Role::kCaption) {
    each_line("Caption: ", false);
  } else {
    out = b.text;
  }
  return out;
}

}  // namespace

StatusOr<ExtractedArticle> ExtractArticle(std::string_view input) {
  if (Status size = CheckInputSize(input.size()); !size.ok()) return size;
  ExtractedArticle out = text::LooksLikeHtml(input) ? FromHtml(input) : FromPlainText(input);
  if (out.blocks.empty()) {
    return Status::InvalidArgument(input.empty() ? "the input is empty"
                                                 : "the input has no text (only markup or white "
                                                   "space)");
  }
  return out;
}

std::string ArticleText(const ExtractedArticle& article) {
  std::string text;
  for (const ArticleBlock& b : article.blocks) {
    if (!IsArticleText(b.role)) continue;
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  return text;
}

std::string ExtractedArticleToJson(const ExtractedArticle& article, int indent) {
  json blocks = json::array();
  for (const ArticleBlock& b : article.blocks) {
    blocks.push_back({{"start", b.start}, {"end", b.end}, {"role", b.role}, {"text", b.text}});
  }
  const json j = {{"version", 1},
                  {"offsets", "utf8"},
                  {"title", article.title},
                  {"byline", article.byline},
                  {"date", article.date},
                  {"language", article.language},
                  {"languageSource", article.language_source},
                  {"siteName", article.site_name},
                  {"foundArticle", article.found_article},
                  {"blocks", std::move(blocks)},
                  {"warnings", article.warnings}};
  return JsonText(j, indent);
}

PlainText ToPlainText(std::string_view input) {
  if (input.size() > kMaxInputBytes || !text::LooksLikeHtml(input)) return {"", std::string(input)};
  const ExtractedArticle article = FromHtml(input);
  PlainText out;
  out.title = article.title;
  for (const ArticleBlock& b : article.blocks) {
    if (!IsArticleText(b.role)) continue;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += Marked(b);
  }
  return out;
}

}  // namespace precis
