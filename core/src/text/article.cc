#include "text/article.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "text/boilerplate.h"
#include "text/byline.h"
#include "text/date_text.h"
#include "text/page_meta.h"
#include "text/stopwords.h"
#include "text/substring_set.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

// Class/id words, after Readability's published patterns, widened with what news pages use.
// Matched as substrings of the lowercase "class id itemprop" of an element.
constexpr std::string_view kPositive[] = {"article", "body",  "content", "entry",    "hentry",
                                          "h-entry", "main",  "page",    "post",     "text",
                                          "blog",    "story", "prose",   "paragraph"};
constexpr std::string_view kNegative[] = {
    "-ad-",    "hidden",   "banner",    "combx",    "comment",   "com-",     "contact",
    "footer",  "gdpr",     "masthead",  "media",    "meta",      "outbrain", "promo",
    "related", "scroll",   "share",     "shoutbox", "sidebar",   "skyscraper", "sponsor",
    "shopping", "tags",    "widget",    "taboola",  "newsletter", "subscri", "social",
    "recommend", "breadcrumb", "cookie", "popup",   "modal",     "byline",   "author",
    "caption", "credit"};
// Elements with these words are left out before scoring (menus, comments, boxes around the
// article), unless they also look like the article ("maybe" words) or hold most of its text.
constexpr std::string_view kUnlikely[] = {
    "-ad-",      "ad-break",  "agegate",   "banner",     "breadcrumb", "combx",     "comment",
    "community", "cover-wrap", "disqus",   "extra",      "footer",     "gdpr",      "header",
    "legends",   "menu",      "related",   "remark",     "replies",    "rss",       "shoutbox",
    "sidebar",   "skyscraper", "social",   "sponsor",    "supplemental", "pagination",
    "pager",     "popup",     "newsletter", "subscri",   "signup",     "sign-up",   "share",
    "sharing",   "cookie",    "consent",   "taboola",    "outbrain",   "recommend", "trending",
    "most-read", "mostread",  "most-popular", "promo",   "navbar",    "toolbar",
    "masthead",  "pullquote", "pull-quote", "read-more", "readmore",  "more-stories",
    "login",     "paywall",   "related-",  "teaser",     "print-only",
    // links to the site's other posts, with their openings
    "next-post", "prev-post", "nextstory", "next-story", "prev-story", "post-navigation"};
constexpr std::string_view kMaybe[] = {"and", "article", "body", "column", "content", "main",
                                       "mathjax", "shadow"};
// Boxes that are never the article, whatever else their class says.
constexpr std::string_view kNeverArticle[] = {
    "comment",      "disqus",  "newsletter", "subscri",    "taboola",   "outbrain", "share",
    "sharing",      "social",  "cookie",     "consent",    "gdpr",      "related",  "recommend",
    "breadcrumb",   "sidebar", "pullquote",  "pull-quote", "most-read", "mostread", "trending",
    "more-stories", "paywall", "signup",     "sign-up",    "replies"};
// Class/id words of the box that holds one post or story (not "page" or "content", which
// wrappers of the whole site use too).
constexpr std::string_view kArticleBoxWords[] = {"article", "post", "entry", "story"};
// Class/id words of readers' comment sections.
constexpr std::string_view kCommentWords[] = {"comment", "disqus", "replies"};
// Class/id words that give a kept block its role.
constexpr std::string_view kCaptionWords[] = {"caption", "credit", "figcaption"};
constexpr std::string_view kBylineWords[] = {"byline", "author", "contributor"};
constexpr std::string_view kDateWords[] = {"date", "time", "timestamp", "published", "updated"};
// A recipe's parts: its ingredients and its steps (schema.org's itemprop "recipeIngredient" and
// "recipeInstructions", recipe plugins' "wprm-recipe-instruction", "direction-step").
constexpr std::string_view kIngredientWords[] = {"ingredient"};
constexpr size_t kMinStepWords = 4;
constexpr std::string_view kRecipeWords[] = {"ingredient", "instruction", "directions",
                                             "direction-step", "recipe-step"};
constexpr std::string_view kHiddenRoles[] = {"navigation", "banner",  "contentinfo", "complementary",
                                             "search",     "menu",    "menubar",     "dialog",
                                             "alertdialog", "tooltip", "toolbar"};

// Whether one of `kWords` occurs in `s`; one pass over `s` for the whole list (substring_set).
template <const auto& kWords>
bool ContainsAny(std::string_view s) {
  static const SubstringSet kSet(kWords);
  return kSet.FoundIn(s);
}

bool HasToken(std::string_view s, const auto& words) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    const std::string_view token = s.substr(i, j - i);
    for (std::string_view w : words) {
      if (token == w) return true;
    }
    i = j;
  }
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsHeadingTag(Tag t) {
  return t == Tag::kH1 || t == Tag::kH2 || t == Tag::kH3 || t == Tag::kH4 || t == Tag::kH5 ||
         t == Tag::kH6;
}

size_t CountCommas(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    const char32_t v = c.value;
    if (v == ',' || v == 0x60C || v == 0xFE50 || v == 0xFE10 || v == 0xFE11 || v == 0x2E41 ||
        v == 0x2E34 || v == 0x2E32 || v == 0xFF0C || v == 0x3001) {
      ++n;
    }
    i += static_cast<size_t>(c.length);
  }
  return n;
}

size_t CountSentenceEnds(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    const CodePoint c = DecodeAt(s, i);
    i += static_cast<size_t>(c.length);
    const char32_t v = c.value;
    if (v == 0x3002 || v == 0xFF01 || v == 0xFF1F) {
      ++n;
    } else if ((v == '.' || v == '!' || v == '?') && (i >= s.size() || s[i] == ' ' || s[i] == '\n' ||
                                                      s[i] == '"' || s[i] == ')')) {
      ++n;
    }
  }
  return n;
}

// Whether a text's last sentence is finished: . ! ? (or … ), maybe inside a closing quote.
bool EndsASentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  for (std::string_view quote : {"\"", "'", "\u201d", "\u2019", ")"}) {
    if (s.ends_with(quote)) {
      s.remove_suffix(quote.size());
      break;
    }
  }
  return s.ends_with(".") || s.ends_with("!") || s.ends_with("?") || s.ends_with("\u2026");
}

// A date run into the article's first paragraph before a dash ("30 December 2007 9:00 GMT -
// The month started off…"): where the text starts after it, or 0.
size_t AfterLeadingDate(std::string_view text) {
  constexpr size_t kMaxDateBytes = 48;
  for (std::string_view dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    const size_t at = text.find(dash);
    if (at == std::string_view::npos || at > kMaxDateBytes) continue;
    const std::string_view prefix = text.substr(0, at);
    if (FindDate(prefix).start != 0) continue;
    size_t i = at + dash.size();
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && (std::isupper(static_cast<unsigned char>(text[i])) || text[i] == '"')) {
      return i;
    }
  }
  return 0;
}

// The writer's name run into the article's first paragraph ("By Aaron Humes: The Americas
// cannot ignore…", "By Jane Roe - LONDON…"): "By", one to four capitalised words (with "and"
// between two names), then a colon or a dash and the text. Where the text starts after it, or
// 0 when the paragraph opens otherwise.
size_t AfterLeadingByline(std::string_view text) {
  if (!text.starts_with("By ")) return 0;
  size_t i = 3;
  int names = 0;
  while (i < text.size() && names <= 4) {
    if (text.substr(i).starts_with("and ") && names > 0) {
      i += 4;
      continue;
    }
    if (!std::isupper(static_cast<unsigned char>(text[i]))) break;
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != ':') ++end;
    ++names;
    i = end;
    if (i < text.size() && text[i] == ':') {
      ++i;
      break;
    }
    if (text.substr(i).starts_with(" - ") || text.substr(i).starts_with(" \xE2\x80\x94 ") ||
        text.substr(i).starts_with(" \xE2\x80\x93 ")) {
      i = text.find(' ', i + 1);
      break;
    }
    if (i < text.size() && text[i] == ' ') ++i;
  }
  if (names == 0 || names > 4 || i >= text.size() || text[i] != ' ') return 0;
  while (i < text.size() && text[i] == ' ') ++i;
  // The text goes on as a sentence of its own.
  if (i >= text.size() || !(std::isupper(static_cast<unsigned char>(text[i])) || text[i] == '"'))
    return 0;
  return i;
}

// Where the rest of `text` starts when one of its lines opens with `title` (spaces may differ)
// and a sentence follows on the same line: a headline run into the standfirst by inline
// elements ("Cole: Winning … Momentum Ahead of tonight's …"), which would read as one sentence.
// A title that ends a sentence is left: it reads apart, and may be the author's own first line
// ("Python 3.6.0 is now available! Python 3.6.0 is …"). 0 when it does not.
size_t AfterTitle(std::string_view text, std::string_view title) {
  if (title.size() < 12 || EndsASentence(title)) return 0;
  for (size_t line = 0; line < text.size(); line = text.find('\n', line) + 1) {
    size_t i = line;
    size_t j = 0;
    while (i < text.size() && j < title.size()) {
      const bool ts = title[j] == ' ';
      const bool xs = text[i] == ' ';
      if (ts != xs || (!ts && text[i] != title[j])) break;
      if (ts) {
        while (i < text.size() && text[i] == ' ') ++i;
        while (j < title.size() && title[j] == ' ') ++j;
      } else {
        ++i;
        ++j;
      }
    }
    if (j == title.size() && i < text.size() && text[i] == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;
      const size_t end = text.find('\n', i);
      const std::string_view rest =
          text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
      const unsigned char first = rest.empty() ? 0 : static_cast<unsigned char>(rest[0]);
      if (rest.size() >= 60 && (std::isupper(first) || first == '"' || first >= 0x80) &&
          EndsASentence(rest))
        return i;
    }
    if (text.find('\n', line) == std::string_view::npos) break;
  }
  return 0;
}

// Lowercase words (letters and digits) of a text, for matching blocks against articleBody.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= s.size();) {
    const CodePoint c = i < s.size() ? DecodeAt(s, i) : CodePoint{' ', 1};
    if (i < s.size() && (IsLetter(c.value) || IsDigit(c.value))) {
      AppendUtf8(word, ToLower(c.value));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += static_cast<size_t>(c.length);
  }
  return words;
}

uint64_t HashWords(const std::vector<std::string>& w, size_t at, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t k = at; k < at + n; ++k) {
    for (char c : w[k]) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    h = (h ^ 0x20) * 1099511628211ULL;
  }
  return h;
}

// Word overlap of two short texts (titles): shared words over the larger word count.
double TitleSimilarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = Words(a);
  const std::vector<std::string> wb = Words(b);
  if (wa.empty() || wb.empty()) return 0.0;
  std::unordered_set<std::string> sb(wb.begin(), wb.end());
  size_t common = 0;
  for (const std::string& w : wa) common += sb.count(w);
  return static_cast<double>(common) / static_cast<double>(std::max(wa.size(), wb.size()));
}

struct BlockInfo {
  uint32_t node = kNoNode;
  uint32_t chars = 0;
  uint32_t link_chars = 0;
  uint32_t commas = 0;
  uint32_t sentence_ends = 0;  // . ! ? (and CJK full stops) followed by a space or the end
  bool excluded = false;
  double LinkDensity() const {
    return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
  }
  // A paragraph of prose rather than a line of links or a label.
  bool Good() const { return chars >= 60 && LinkDensity() < 0.3; }
};

// Less body text than this in the chosen region is no article: the page's visible text is used.
// (A short post of two sentences is still an article; its page's menus are not.)
constexpr size_t kMinArticleChars = 60;
constexpr size_t kShortArticleChars = 200;

class Reader {
 public:
  explicit Reader(std::string_view html)
      : tree_(HtmlTree::Parse(html)),
        page_(RenderText(tree_)),
        meta_(ReadPageMeta(tree_)),
        body_words_(Words(meta_.article_body)) {}

  ArticlePage Run() {
    Measure();
    Exclude();
    Score();
    std::vector<bool> keep = Region();
    CutAtCommentsAnchor(&keep);
    CutAtCommentsHeading(&keep);
    MatchArticleBody(&keep);
    std::vector<Role> roles = Roles(keep);
    ArticlePage page = Build(std::move(keep), std::move(roles));
    if (ArticleBodyOnlyInMeta(page)) UseArticleBody(&page);
    return page;
  }

 private:
  std::string_view BlockText(size_t b) const {
    const TextBlock& t = page_.blocks[b];
    return std::string_view(page_.text).substr(t.start, t.end - t.start);
  }

  const std::string& Hint(uint32_t n) {
    static const std::string kNone;
    if (tree_.node(n).attribute_count == 0) return kNone;
    if (auto it = hints_.find(n); it != hints_.end()) return it->second;
    std::string h;
    for (std::string_view a : {"class", "id", "itemprop"}) {
      if (auto v = tree_.Attr(n, a)) {
        if (a == "id" && IsHeadingSlug(n, *v)) continue;
        h += Lower(*v);
        h += ' ';
      }
    }
    // A class "commentary" names an opinion piece (a news section), not the readers' comments
    // (those are "comments", "comment-list", or a blog's notes "with_commentary").
    for (size_t at = h.find("commentary"); at != std::string::npos; at = h.find("commentary", at + 1)) {
      const bool starts = at == 0 || h[at - 1] == ' ';
      const bool ends = at + 10 == h.size() || h[at + 10] == ' ';
      if (starts && ends) h.replace(at, 10, "opinion   ");
    }
    return hints_.emplace(n, std::move(h)).first->second;
  }

  // Documentation generators and wikis name a section after its heading ("sharing-with-a-single-
  // developer" around <h2>Sharing with a single developer</h2>): such an id is the author's
  // words, not the page's layout, and says nothing about the box (its "sharing" is no share bar).
  bool IsHeadingSlug(uint32_t n, std::string_view id) const {
    const std::vector<std::string> slug = Words(id);
    if (slug.size() < 3) return false;
    // The heading is the element itself, its parent (an anchor inside the heading names it) or
    // its first element child.
    uint32_t heading = kNoNode;
    const uint32_t parent = tree_.node(n).parent;
    if (IsHeadingTag(tree_.tag(n))) {
      heading = n;
    } else if (parent != kNoNode && IsHeadingTag(tree_.tag(parent))) {
      heading = parent;
    } else {
      uint32_t c = tree_.node(n).first_child;
      while (c != kNoNode && tree_.tag(c) == Tag::kText) c = tree_.node(c).next;
      if (c != kNoNode && IsHeadingTag(tree_.tag(c))) heading = c;
    }
    if (heading == kNoNode) return false;
    auto it = block_of_.find(heading);
    if (it == block_of_.end()) return false;
    const std::vector<std::string> words = Words(BlockText(it->second));
    return words.size() >= slug.size() && std::equal(slug.begin(), slug.end(), words.begin());
  }

  int ClassWeight(uint32_t n) {
    const std::string& h = Hint(n);
    if (h.empty()) return 0;
    int w = 0;
    if (ContainsAny<kNegative>(h)) w -= 25;
    if (ContainsAny<kPositive>(h)) w += 25;
    if (h.find("articlebody") != std::string::npos) w += 25;  // itemprop="articleBody"
    return w;
  }

  // Per-block text measures, summed into every ancestor (text, links, "good" paragraph text).
  void Measure() {
    const size_t n = tree_.size();
    count_slot_.assign(n, kNoNode);
    blocks_.resize(page_.blocks.size());
    for (size_t b = 0; b < page_.blocks.size(); ++b) {
      const TextBlock& t = page_.blocks[b];
      BlockInfo& info = blocks_[b];
      info.node = t.node;
      block_of_.emplace(t.node, b);
      const std::string_view text = BlockText(b);
      info.chars = static_cast<uint32_t>(CountCodePoints(text));
      // Link bytes scaled to characters (links are measured in bytes by the renderer).
      info.link_chars = text.empty() ? 0 : static_cast<uint32_t>(t.link_bytes * info.chars / text.size());
      info.commas = static_cast<uint32_t>(CountCommas(text));
      info.sentence_ends = static_cast<uint32_t>(CountSentenceEnds(text));
      const bool good = info.Good();
      const Tag tag = tree_.tag(t.node);
      // Text a <div> holds itself is a paragraph, as Readability wraps it in a <p> (a blog's
      // post written as lines with <br> between them, beside its photo and icons, is no gallery).
      const bool paragraph = tag == Tag::kP || (tag == Tag::kDiv && info.chars >= 25);
      for (uint32_t a = t.node; a != kNoNode; a = tree_.node(a).parent) {
        Counts& c = MutableCounts(a);
        c.chars += info.chars;
        c.link_chars += info.link_chars;
        if (good) c.good += info.chars;
        c.commas += info.commas;
        c.paragraphs += paragraph ? 1 : 0;
        c.items += tag == Tag::kLi ? 1 : 0;
        c.headings += IsHeadingTag(tag) ? 1 : 0;
      }
      total_good_ += good ? info.chars : 0;
    }
    std::unordered_map<uint32_t, bool> noscript_hidden;
    for (uint32_t e = 0; e < n; ++e) {
      const Tag t = tree_.tag(e);
      const bool image = t == Tag::kImg;
      const bool input = t == Tag::kInput || t == Tag::kSelect || t == Tag::kTextarea;
      const bool embed = t == Tag::kIframe || t == Tag::kEmbed || t == Tag::kObject;
      if (!image && !input && !embed) continue;
      // A <noscript> that does not show (a lazy image's fallback, a tracking frame) adds nothing.
      bool hidden = false;
      for (uint32_t a = tree_.node(e).parent; a != kNoNode && !hidden; a = tree_.node(a).parent) {
        if (tree_.tag(a) != Tag::kNoscript) continue;
        auto known = noscript_hidden.find(a);
        if (known == noscript_hidden.end()) known = noscript_hidden.emplace(a, IsHidden(tree_, a)).first;
        hidden = known->second;
      }
      if (hidden) continue;
      for (uint32_t a = e; a != kNoNode; a = tree_.node(a).parent) {
        Counts& c = MutableCounts(a);
        c.images += image ? 1 : 0;
        c.inputs += input ? 1 : 0;
        c.embeds += embed ? 1 : 0;
      }
    }
  }

  // A wiki heading's own "[edit]" link at its end ("Spectral properties[edit]"): no words of
  // the heading.
  size_t EditLinkBytes(size_t b) const {
    std::string_view text = BlockText(b);
    if (!IsHeadingTag(tree_.tag(blocks_[b].node))) return 0;
    size_t n = 0;
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
      ++n;
    }
    if (!text.ends_with("[edit]") || text.size() == 6) return 0;
    return n + 6;
  }

  // An article's own <header>: its headline and standfirst ("<header><h1>…</h1><p>Phil Inkly,
  // 36, now lives in the woods…</p>"), inside an <article> or a post's box, not the site's.
  bool IsArticleHeader(uint32_t n) {
    // A header's first nodes only: nested headers on a hostile page are not walked again each.
    bool headline = false;
    int budget = 300;
    tree_.Walk(
        n,
        [&](uint32_t d) {
          --budget;
          headline = headline || tree_.tag(d) == Tag::kH1;
        },
        [&](uint32_t) { return headline || budget <= 0; });
    if (!headline) return false;
    for (uint32_t a = tree_.node(n).parent; a != kNoNode; a = tree_.node(a).parent) {
      const Tag t = tree_.tag(a);
      if (t == Tag::kBody || t == Tag::kHtml) break;
      if (t == Tag::kArticle || ContainsAny<kArticleBoxWords>(Hint(a))) return true;
    }
    return false;
  }

  bool Unlikely(uint32_t n) {
    const HtmlNode& node = tree_.node(n);
    const Tag t = node.tag;
    if (t == Tag::kBody || t == Tag::kHtml || t == Tag::kDocument) return false;
    const double share = total_good_ == 0 ? 0.0
                                          : static_cast<double>(CountsOf(n).good) /
                                                static_cast<double>(total_good_);
    // A gallery inside the element marked as the article's body (schema.org articleBody) is
    // media the article embeds, however much caption text its slides carry (a news page's
    // 50-slide business gallery outweighed the story around it).
    if (IsEmbeddedGallery(n)) return true;
    // Never cut away most of the page's paragraph text by a hint, nor the page's own <main>
    // with what holds it: a wrapper's layout class names what the layout has beside the main
    // content ("pagebody--with-sidebar"), and the text it outweighs may be a cookie box's.
    if (share >= 0.5 || holds_main_[n]) return false;
    if (t == Tag::kHeader && IsArticleHeader(n)) return false;
    if (t == Tag::kNav || t == Tag::kAside || t == Tag::kFooter || t == Tag::kButton ||
        t == Tag::kLabel || t == Tag::kHeader || t == Tag::kMenu) {
      return true;
    }
    if (node.attribute_count == 0) return false;
    if (auto aria = tree_.Attr(n, "aria-hidden"); aria && Lower(*aria) == "true") return true;
    if (auto role = tree_.Attr(n, "role"); role && HasToken(Lower(*role), kHiddenRoles)) {
      return true;
    }
    if (auto cls = tree_.Attr(n, "class"); cls && ScreenReaderOnlyClass(*cls)) {
      return true;
    }
    const std::string& h = Hint(n);
    if (h.empty() || t == Tag::kA) return false;
    if (h.find("articlebody") != std::string::npos) return false;
    if (ContainsAny<kNeverArticle>(h)) return true;
    if (ContainsAny<kMaybe>(h)) return false;
    // "widget" names sidebar boxes, but page builders (Elementor) also call every text block
    // of an article a widget: one holding a fifth of the page's paragraph text is content.
    return ContainsAny<kUnlikely>(h) || (share < 0.2 && h.find("widget") != std::string::npos);
  }

  bool IsEmbeddedGallery(uint32_t n) {
    if (tree_.node(n).attribute_count == 0) return false;
    const std::string& h = Hint(n);
    if (h.find("gallery") == std::string::npos && h.find("slideshow") == std::string::npos) {
      return false;
    }
    for (uint32_t a = tree_.node(n).parent; a != kNoNode; a = tree_.node(a).parent) {
      if (tree_.node(a).attribute_count != 0 && Hint(a).find("articlebody") != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  void Exclude() {
    // The <main> elements (or role="main") with paragraph text, and every element holding one.
    holds_main_.assign(tree_.size(), false);
    for (uint32_t e = 0; e < tree_.size(); ++e) {
      const Tag t = tree_.tag(e);
      if (t == Tag::kText || CountsOf(e).good < kMinArticleChars) continue;
      if (t != Tag::kMain && Lower(tree_.Attr(e, "role").value_or("")) != "main") continue;
      for (uint32_t a = e; a != kNoNode && !holds_main_[a]; a = tree_.node(a).parent) {
        holds_main_[a] = true;
      }
    }
    excluded_.assign(tree_.size(), false);
    tree_.Walk(
        tree_.root(),
        [&](uint32_t n) {
          const uint32_t p = tree_.node(n).parent;
          if (tree_.tag(n) == Tag::kText) return;
          excluded_[n] = (p != kNoNode && excluded_[p]) || Unlikely(n);
        },
        [&](uint32_t n) { return tree_.tag(n) == Tag::kText; });
    for (BlockInfo& b : blocks_) b.excluded = excluded_[b.node];
  }

  float& Candidate(uint32_t n) {
    if (!scored_[n]) {
      scored_[n] = true;
      double s = 0;
      switch (tree_.tag(n)) {
        case Tag::kDiv: case Tag::kArticle: case Tag::kSection: case Tag::kMain:
          s = 5;
          break;
        case Tag::kPre: case Tag::kTd: case Tag::kBlockquote:
          s = 3;
          break;
        case Tag::kAddress: case Tag::kOl: case Tag::kUl: case Tag::kDl: case Tag::kDd:
        case Tag::kDt: case Tag::kLi: case Tag::kForm:
          s = -3;
          break;
        case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
        case Tag::kTh:
          s = -5;
          break;
        default:
          break;
      }
      score_[n] = static_cast<float>(s + ClassWeight(n));
    }
    return score_[n];
  }

  double LinkDensity(uint32_t n) const {
    const Counts& c = CountsOf(n);
    return c.chars == 0 ? 0.0 : static_cast<double>(c.link_chars) / static_cast<double>(c.chars);
  }

  // Readability's scoring: every paragraph-like block adds 1 + commas + length/100 (at most 3)
  // to its parent, half to its grandparent, less further up; then scores shrink with link text.
  void Score() {
    score_.assign(tree_.size(), 0.0F);
    scored_.assign(tree_.size(), false);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const BlockInfo& info = blocks_[b];
      if (info.excluded || info.chars < 25 || IsHeadingTag(tree_.tag(info.node))) continue;
      // Commas reward prose, but also lists of names ("Ann Roe, Rutgers University"): a block
      // with few sentence ends for its length counts for less.
      const double prose = std::clamp(
          (150.0 * static_cast<double>(info.sentence_ends) + 100.0) / static_cast<double>(info.chars),
          0.2, 1.0);
      const double base =
          (1.0 + static_cast<double>(info.commas) + std::min(static_cast<double>(info.chars) / 100.0, 3.0)) *
          (1.0 - info.LinkDensity()) * prose;
      uint32_t a = tree_.node(info.node).parent;
      for (int level = 0; level < 5 && a != kNoNode && tree_.tag(a) != Tag::kDocument;
           ++level, a = tree_.node(a).parent) {
        const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        Candidate(a) += static_cast<float>(base / divider);
      }
    }
    for (uint32_t n = 0; n < tree_.size(); ++n) {
      if (scored_[n]) score_[n] *= static_cast<float>(1.0 - LinkDensity(n));
    }
  }

  bool IsAncestor(uint32_t a, uint32_t n) const {
    for (uint32_t x = n; x != kNoNode; x = tree_.node(x).parent) {
      if (x == a) return true;
    }
    return false;
  }

  // Whether `n` or an element around it is marked as a post or article (class or id words).
  bool InEntry(uint32_t n) {
    static constexpr std::string_view kEntryWords[] = {"entry", "hentry", "post", "article"};
    for (uint32_t a = n; a != kNoNode && !IsTop(a); a = tree_.node(a).parent) {
      if (tree_.tag(a) == Tag::kArticle) return true;
      const std::string& h = Hint(a);
      if (h.empty()) continue;
      for (std::string_view w : Words(h)) {
        for (std::string_view e : kEntryWords) {
          // "entry", "entry-content", "single-post" (a word joined by a hyphen).
          const bool joined =
              w.size() > e.size() && ((w.starts_with(e) && w[e.size()] == '-') ||
                                      (w.ends_with(e) && w[w.size() - e.size() - 1] == '-'));
          if (w == e || joined) return true;
        }
      }
    }
    return false;
  }

  bool IsTop(uint32_t n) const {
    const Tag t = tree_.tag(n);
    return n == kNoNode || t == Tag::kBody || t == Tag::kHtml || t == Tag::kDocument;
  }

  // The article's container(s), as Readability picks them; returns which blocks are inside.
  std::vector<bool> Region() {
    std::vector<uint32_t> candidates;
    for (uint32_t n = 0; n < tree_.size(); ++n) {
      if (scored_[n] && !excluded_[n]) candidates.push_back(n);
    }
    std::vector<bool> keep(blocks_.size(), false);
    if (candidates.empty()) return keep;
    std::sort(candidates.begin(), candidates.end(),
              [&](uint32_t a, uint32_t b) { return score_[a] > score_[b] || (score_[a] == score_[b] && a < b); });
    uint32_t top = candidates.front();
    // A close call between a box and a post goes to the post: the first candidate within a
    // tenth of the top score that sits in a blog engine's or CMS's entry ("entry", "hentry",
    // "post", "article") when the top does not (a short post beside a sidebar module whose
    // class says "module-content").
    if (!InEntry(top)) {
      for (size_t k = 1; k < std::min<size_t>(candidates.size(), 5); ++k) {
        if (score_[candidates[k]] < 0.9 * score_[top]) break;
        if (InEntry(candidates[k])) {
          top = candidates[k];
          break;
        }
      }
    }
    const double top_score = score_[top];
    top_in_entry_ = InEntry(top);

    // Several strong candidates under one ancestor: the ancestor is the article.
    std::vector<uint32_t> alternatives;
    for (size_t k = 1; k < std::min<size_t>(candidates.size(), 5); ++k) {
      if (top_score > 0 && score_[candidates[k]] / top_score >= 0.75) alternatives.push_back(candidates[k]);
    }
    if (alternatives.size() >= 3) {
      for (uint32_t p = tree_.node(top).parent; !IsTop(p); p = tree_.node(p).parent) {
        size_t contained = 0;
        for (uint32_t alt : alternatives) contained += IsAncestor(p, alt) ? 1 : 0;
        if (contained >= 3) {
          top = p;
          break;
        }
      }
    }
    // Climb while the parent scores comparably (the article's paragraphs sit in sub-sections).
    {
      double last = Candidate(top);
      const double threshold = last / 3.0;
      for (uint32_t p = tree_.node(top).parent; !IsTop(p); p = tree_.node(p).parent) {
        if (!scored_[p]) continue;
        const double ps = score_[p];
        if (ps < threshold) break;
        if (ps > last) {
          top = p;
          break;
        }
        last = ps;
      }
    }
    // An only child stands for its parent.
    for (uint32_t p = tree_.node(top).parent; !IsTop(p); p = tree_.node(p).parent) {
      size_t elements = 0;
      for (uint32_t c = tree_.node(p).first_child; c != kNoNode; c = tree_.node(c).next) {
        if (tree_.tag(c) != Tag::kText) ++elements;
      }
      if (elements != 1) break;
      top = p;
    }

    // Siblings that score well, or read like paragraphs, belong to the article too.
    std::vector<uint32_t> region;
    const double top_final = scored_[top] ? score_[top] : 0.0;
    const double threshold = std::max(10.0, top_final * 0.2);
    const std::string top_class = tree_.Attr(top, "class").value_or("");
    const uint32_t parent = tree_.node(top).parent;
    if (parent == kNoNode || IsTop(top)) {
      region.push_back(top);
    } else {
      for (uint32_t s = tree_.node(parent).first_child; s != kNoNode; s = tree_.node(s).next) {
        if (s == top) {
          region.push_back(s);
          continue;
        }
        if (tree_.tag(s) == Tag::kText || excluded_[s]) continue;
        if (tree_.tag(s) == Tag::kHeader && IsArticleHeader(s)) {  // headline and standfirst
          region.push_back(s);
          continue;
        }
        double bonus = 0;
        if (!top_class.empty() && tree_.Attr(s, "class").value_or("") == top_class) {
          bonus = top_final * 0.2;
        }
        if (scored_[s] && score_[s] + bonus >= threshold) {
          region.push_back(s);
          continue;
        }
        // A <div> that only wraps a <p> ("el__leafmedia" around a story's first paragraph) reads
        // as that paragraph, whatever its class says.
        if (tree_.tag(s) == Tag::kP || tree_.tag(Unwrapped(s)) == Tag::kP ||
            (IsBlockElement(tree_.tag(s)) && !scored_[s])) {
          const double ld = LinkDensity(s);
          const size_t len = CountsOf(s).chars;
          if (len > 80 && ld < 0.25) {
            region.push_back(s);
          } else if (len > 0 && len <= 80 && ld == 0.0 && ParagraphEnds(s)) {
            region.push_back(s);
          }
        }
      }
    }
    if (parent != kNoNode && !IsTop(top)) AddHeadingsBetweenParts(parent, &region);
    AddSameClassParts(top, &region);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (blocks_[b].excluded) continue;
      for (uint32_t r : region) {
        if (IsAncestor(r, blocks_[b].node)) {
          keep[b] = true;
          break;
        }
      }
      // Text the parent holds itself, beside the top's element (a standfirst in a <span> next
      // to the story's <div>), is a sibling paragraph too, as Readability wraps it in a <p>;
      // only prose that ends a sentence (not the date, byline or copyright lines kept there).
      if (!keep[b] && parent != kNoNode && !IsTop(top) && blocks_[b].node == parent) {
        const BlockInfo& info = blocks_[b];
        if (info.chars > 80 && info.LinkDensity() < 0.25 && EndsASentence(BlockText(b)))
          keep[b] = true;
      }
    }
    // From the article's header, its words, not its lead picture's caption and credit.
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const uint32_t n = blocks_[b].node;
      if (keep[b] && Under(n, Tag::kHeader, 12) &&
          (Under(n, Tag::kFigure, 8) || Under(n, Tag::kFigcaption, 8) ||
           HintedUp<kCaptionWords>(n, 4))) {
        keep[b] = false;
      }
    }
    CleanConditionally(region, &keep);
    return keep;
  }

  // The element `n` stands for when it only wraps another element with all its text (a <div>
  // around one <p>, a <div> around an <h3>).
  uint32_t Unwrapped(uint32_t n) {
    for (;;) {
      uint32_t only = kNoNode;
      size_t elements = 0;
      for (uint32_t c = tree_.node(n).first_child; c != kNoNode; c = tree_.node(c).next) {
        if (tree_.tag(c) != Tag::kText) {
          ++elements;
          only = c;
        }
      }
      if (elements != 1 || CountsOf(only).chars != CountsOf(n).chars) return n;
      n = only;
    }
  }

  // A sibling that only holds a heading, before the next sibling with text that is part of the
  // article, is the article's own subheading ("<div class="zn-body__paragraph"><h3>Meghan had
  // suicidal thoughts</h3></div>", then a "Read More" button, then the story's rest): too short
  // for a paragraph, it would be lost between the parts. Not the headline's <h1>, and not a
  // heading a box with text (a sidebar) parts from the article.
  static constexpr size_t kButtonChars = 25;
  void AddHeadingsBetweenParts(uint32_t parent, std::vector<uint32_t>* region) {
    const std::unordered_set<uint32_t> parts(region->begin(), region->end());
    std::vector<uint32_t> siblings;
    for (uint32_t s = tree_.node(parent).first_child; s != kNoNode; s = tree_.node(s).next) {
      if (tree_.tag(s) != Tag::kText && CountsOf(s).chars > 0) siblings.push_back(s);
    }
    // From the last sibling back (one pass, however many siblings): whether the next one with
    // text, buttons passed over, is part of the article.
    bool next_is_part = false;
    for (size_t k = siblings.size(); k-- > 0;) {
      const uint32_t s = siblings[k];
      if (excluded_[s]) {
        next_is_part = false;  // a box between: a heading before it stands apart
        continue;
      }
      if (parts.contains(s)) {
        next_is_part = true;
        continue;
      }
      const Tag t = tree_.tag(Unwrapped(s));
      if (IsHeadingTag(t) && t != Tag::kH1 && next_is_part) region->push_back(s);
      if (CountsOf(s).chars >= kButtonChars) next_is_part = false;
    }
  }

  // Articles split into several containers of one class, with ads or promotions between them
  // ("story-body story-body-1", …, "story-body-2"): every other container whose class starts
  // with the same article-like word and holds paragraph text is part of the article.
  // The story's container may be `top` itself or, inside a layout column, the element holding
  // most of top's paragraph text ("container__column" > "story-text"): its class is the key.
  void AddSameClassParts(uint32_t top, std::vector<uint32_t>* region) {
    std::string key;
    for (uint32_t n = top; n != kNoNode && key.empty();) {
      const std::string cls = Lower(tree_.Attr(n, "class").value_or(""));
      key = cls.substr(0, cls.find(' '));
      if (key.size() < 4 || !ContainsAny<kPositive>(key)) key.clear();
      uint32_t inner = kNoNode;
      for (uint32_t c = tree_.node(n).first_child; c != kNoNode; c = tree_.node(c).next) {
        if (tree_.tag(c) != Tag::kText && 2 * CountsOf(c).good >= CountsOf(n).good + 1) inner = c;
      }
      n = inner;
    }
    if (key.empty()) return;
    for (uint32_t n = 0; n < tree_.size(); ++n) {
      if (tree_.tag(n) == Tag::kText || excluded_[n] || CountsOf(n).good < 80) continue;
      const std::string other = Lower(tree_.Attr(n, "class").value_or(""));
      if (other.substr(0, other.find(' ')) != key) continue;
      // Readers' comments may share the story's class ("sectbody") and outweigh the story, so
      // that no hint cut them: a part inside a comments box is not the story's.
      if (HintedUp<kCommentWords>(n, 64)) continue;
      bool related = false;
      for (uint32_t r : *region) related = related || IsAncestor(r, n) || IsAncestor(n, r);
      if (!related) region->push_back(n);
    }
  }

  bool ParagraphEnds(uint32_t n) const {
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (blocks_[b].node != n) continue;
      const std::string_view t = BlockText(b);
      return t.ends_with(".") || t.find(". ") != std::string_view::npos;
    }
    return false;
  }

  // Readability's conditional cleaning of containers inside the article: link lists, image
  // galleries, forms and widgets go; containers holding real paragraphs stay.
  void CleanConditionally(const std::vector<uint32_t>& region, std::vector<bool>* keep) {
    const std::vector<bool> before = *keep;
    size_t region_good = 0;
    for (uint32_t r : region) region_good += CountsOf(r).good;
    const std::vector<uint8_t> dropped = ContainersToClean(region, region_good);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if ((*keep)[b] && dropped[blocks_[b].node]) (*keep)[b] = false;
    }
    // Paragraph-level: a block of mostly link text is navigation, not prose.
    std::vector<bool> linked(blocks_.size(), false);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!(*keep)[b]) continue;
      const BlockInfo& info = blocks_[b];
      if (info.LinkDensity() > 0.5 && info.chars < 300) {
        (*keep)[b] = false;
        linked[b] = true;
      }
    }
    KeepLinkedItemNames(linked, keep);
    // A recipe's ingredients and steps are its content, though each ingredient names a linked
    // product ("2/3 cup creamy <a>peanut butter</a>" in a list a recipe plugin marks
    // "wprm-recipe-ingredient", or schema.org's itemprop "recipeIngredient") and each step may
    // show a photo (a list of more images than paragraphs reads as a gallery). A step is a
    // sentence: a step list's counters and buttons ("1 von 17", "1.") stay out.
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!before[b] || (*keep)[b]) continue;
      const uint32_t n = blocks_[b].node;
      const bool ingredient = HintedUp<kIngredientWords>(n, 3);
      const std::string_view text = BlockText(b);
      const bool step =
          HintedUp<kRecipeWords>(n, 3) &&
          static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1 >= kMinStepWords &&
          EndsASentence(text);
      if (ingredient || step) (*keep)[b] = true;
    }
  }

  // A linked block the article still needs: a listicle's item heading that links to the item
  // (<h3><a>"Rez Infinite" ($30)</a></h3>) before the item's own paragraph, and a data table's
  // linked cell (a list of films: the title links, the year and the plot do not) in a row whose
  // other cells stay. A link list's headings are followed by other links, not by kept prose.
  void KeepLinkedItemNames(const std::vector<bool>& linked, std::vector<bool>* keep) {
    const auto cell = [&](size_t b) {
      const Tag t = tree_.tag(blocks_[b].node);
      return t == Tag::kTd || t == Tag::kTh;
    };
    // Data tables name their columns in <th> cells; layout tables, whose linked cells are menus
    // and lists of other stories, seldom do.
    const auto table_of = [&](uint32_t n) {
      uint32_t a = tree_.node(n).parent;
      while (a != kNoNode && tree_.tag(a) != Tag::kTable) a = tree_.node(a).parent;
      return a;
    };
    std::unordered_set<uint32_t> tables_with_headers;  // (never kNoNode: a cell outside any table)
    for (uint32_t n = 0; n < tree_.size(); ++n) {
      if (tree_.tag(n) != Tag::kTh) continue;
      if (const uint32_t table = table_of(n); table != kNoNode) tables_with_headers.insert(table);
    }
    std::unordered_set<uint32_t> rows_with_text;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if ((*keep)[b] && cell(b)) rows_with_text.insert(tree_.node(blocks_[b].node).parent);
    }
    std::vector<bool> restore(blocks_.size(), false);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!linked[b]) continue;
      const Tag t = tree_.tag(blocks_[b].node);
      const size_t next = b + 1;
      if (IsHeadingTag(t) && t != Tag::kH1 && !HeadingMayBeByline(b)) {
        // An item's paragraph, longer than a teaser's line under another story's headline.
        restore[b] = next < blocks_.size() && (*keep)[next] && blocks_[next].chars >= 200 &&
                     blocks_[next].LinkDensity() < 0.3 &&
                     !IsHeadingTag(tree_.tag(blocks_[next].node));
      } else if (cell(b)) {
        restore[b] = rows_with_text.count(tree_.node(blocks_[b].node).parent) != 0 &&
                     tables_with_headers.count(table_of(blocks_[b].node)) != 0;
      }
    }
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (restore[b]) (*keep)[b] = true;
    }
  }

  // Which nodes of the region conditional cleaning drops. Cleaning takes boxes out of the
  // article, never most of its prose: a container holding at least half of the region's
  // `region_good` characters of paragraph text stays (a layout table cell that holds the
  // paragraphs and a line of links beside them is not a link list).
  std::vector<uint8_t> ContainersToClean(const std::vector<uint32_t>& region, size_t region_good) {
    std::vector<uint8_t> dropped(tree_.size(), 0);
    for (uint32_t r : region) {
      tree_.Walk(
          r,
          [&](uint32_t n) {
            const Tag t = tree_.tag(n);
            const uint32_t p = tree_.node(n).parent;
            if (n != r && p != kNoNode && dropped[p]) {
              dropped[n] = 1;
              return;
            }
            if (n == r || t == Tag::kText) return;
            if (t != Tag::kDiv && t != Tag::kSection && t != Tag::kUl && t != Tag::kOl &&
                t != Tag::kTable && t != Tag::kForm && t != Tag::kFieldset && t != Tag::kAside &&
                t != Tag::kFigure && t != Tag::kDl) {
              return;
            }
            if (region_good > 0 && 2 * static_cast<size_t>(CountsOf(n).good) >= region_good) return;
            dropped[n] = ShouldClean(n) ? 1 : 0;
          },
          [&](uint32_t n) { return tree_.tag(n) == Tag::kText; });
    }
    return dropped;
  }

  bool ShouldClean(uint32_t n) {
    const int weight = ClassWeight(n);
    if (weight < 0) return true;
    const Counts& c = CountsOf(n);
    if (c.commas >= 10) return false;
    const Tag t = tree_.tag(n);
    const bool list = t == Tag::kUl || t == Tag::kOl || t == Tag::kDl;
    const double ld = LinkDensity(n);
    if (c.images > 1 && static_cast<double>(c.paragraphs) / static_cast<double>(c.images) < 0.5 &&
        t != Tag::kFigure) {
      return true;
    }
    if (!list && c.items > c.paragraphs + 1 && ld > 0.1) return true;
    if (c.inputs > 0 && c.inputs > c.paragraphs / 3) return true;
    if (!list && c.chars < 25 && c.headings == 0 && (c.images == 0 || c.images > 2)) return true;
    if (weight < 25 && ld > 0.2 + (list ? 0.15 : 0.0)) return true;
    if (weight >= 25 && ld > 0.5) return true;
    if ((c.embeds == 1 && c.chars < 75) || c.embeds > 1) return true;
    return false;
  }

  // Whether the page's JSON-LD articleBody is an article its HTML does not show: a paywalled
  // page's teaser, a page its scripts fill in (the text is in the JSON only). At least
  // kMinMetaBodyWords words, under half of its word trigrams anywhere in the page's text, and
  // more words than the article read from the HTML.
  static constexpr size_t kMinMetaBodyWords = 100;
  bool ArticleBodyOnlyInMeta(const ArticlePage& page) const {
    if (meta_.article_body_paragraphs.empty()) return false;
    const std::vector<std::string>& body = body_words_;
    if (body.size() < kMinMetaBodyWords) return false;
    const std::vector<std::string> shown = Words(page_.text);
    std::unordered_set<uint64_t> page_grams;
    for (size_t i = 0; i + 3 <= shown.size(); ++i) page_grams.insert(HashWords(shown, i, 3));
    size_t found = 0;
    for (size_t i = 0; i + 3 <= body.size(); ++i) found += page_grams.count(HashWords(body, i, 3));
    if (found * 2 >= body.size() - 2) return false;
    size_t read = 0;
    for (const ArticleBlock& b : page.blocks) {
      if (IsSummarizable(b.role)) read += Words(std::string_view(page.text.text).substr(b.start, b.end - b.start)).size();
    }
    return !page.found_article || read < body.size();
  }

  // The article from the JSON-LD articleBody, each paragraph mapped to the <script> holding it.
  void UseArticleBody(ArticlePage* page) const {
    HtmlText text;
    text.input_size = page_.input_size;
    text.title = page_.title;
    std::vector<ArticleBlock> blocks;
    const auto& paragraphs = meta_.article_body_paragraphs;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (!text.text.empty()) text.Append("\n\n", meta_.article_body_start, meta_.article_body_start, false);
      const size_t start = text.text.size();
      text.Append(paragraphs[i], meta_.article_body_start, meta_.article_body_end, false);
      LineContext context;
      context.own_paragraph = true;
      if (i > 0) context.prev_line = paragraphs[i - 1];
      if (i + 1 < paragraphs.size()) context.next_line = paragraphs[i + 1];
      context.first_in_text = i == 0;
      blocks.push_back({start, text.text.size(), LineRole(paragraphs[i], context)});
    }
    page->text = std::move(text);
    page->blocks = std::move(blocks);
    page->found_article = true;
  }

  // The page's own marker where its readers' comments begin, an empty <a name="comments"> or
  // id="comments" (a heading holding it: the heading too): blog and newspaper templates put the
  // thread right after the story in the story's own container, in boxes no class names as
  // comments ("Posted by: … on …", "Report this post"). What follows it is cut when the article
  // is already before it; a marker above the story (a "jump to comments" target) cuts nothing.
  void CutAtCommentsAnchor(std::vector<bool>* keep) {
    uint32_t anchor = kNoNode;
    for (uint32_t n = 1; n < tree_.size() && anchor == kNoNode; ++n) {
      const HtmlNode& node = tree_.node(n);
      if (node.attribute_count == 0 || node.first_child != kNoNode) continue;
      for (std::string_view a : {"name", "id"}) {
        const std::optional<std::string> v = tree_.Attr(n, a);
        if (v && (Lower(*v) == "comments" || Lower(*v) == "comment")) anchor = n;
      }
    }
    if (anchor == kNoNode) return;
    const uint32_t parent = tree_.node(anchor).parent;
    const uint32_t cut = parent != kNoNode && IsHeadingTag(tree_.tag(parent)) ? parent : anchor;
    // Node numbers follow the page's source order.
    size_t before = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if ((*keep)[b] && blocks_[b].node < cut) before += blocks_[b].chars;
    }
    if (before < kShortArticleChars) return;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (blocks_[b].node >= cut) (*keep)[b] = false;
    }
  }

  // A heading that opens the readers' comments ("19 Responses", "Leave a Reply", "3
  // Kommentare"; text/boilerplate) ends the article where the page marks the thread with no
  // class or anchor: it and what follows are cut, when the article is already before it. The
  // same line as a paragraph is cut only at the end, with little after it ("15 comments" under
  // each teaser of a listing is no thread).
  void CutAtCommentsHeading(std::vector<bool>* keep) {
    size_t total = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) total += (*keep)[b] ? blocks_[b].chars : 0;
    size_t before = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!(*keep)[b]) continue;
      const uint32_t n = blocks_[b].node;
      const bool heading =
          IsHeadingTag(tree_.tag(n)) || Lower(tree_.Attr(n, "role").value_or("")) == "heading";
      const size_t after = total - before - blocks_[b].chars;
      const bool at_end = after < kShortArticleChars && after * 4 < before;
      if ((heading || at_end) && before >= kShortArticleChars && IsCommentsHeading(BlockText(b))) {
        for (size_t c = b; c < blocks_.size(); ++c) (*keep)[c] = false;
        return;
      }
      before += blocks_[b].chars;
    }
  }

  // The page's own articleBody (JSON-LD) marks which blocks are the article: it trims the
  // region to the article's first and last paragraph, and brings back paragraphs it missed.
  void MatchArticleBody(std::vector<bool>* keep) {
    const std::vector<std::string>& body_words = body_words_;
    if (body_words.size() < 50) return;
    std::unordered_set<uint64_t> grams;
    for (size_t i = 0; i + 3 <= body_words.size(); ++i) grams.insert(HashWords(body_words, i, 3));
    std::vector<bool> matched(blocks_.size(), false);
    std::unordered_set<uint64_t> found;
    size_t first = blocks_.size(), last = 0, matched_count = 0, matched_kept = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (blocks_[b].excluded) continue;
      const std::vector<std::string> w = Words(BlockText(b));
      if (w.size() < 4) continue;
      size_t hits = 0;
      for (size_t i = 0; i + 3 <= w.size(); ++i) hits += grams.count(HashWords(w, i, 3));
      const double coverage = static_cast<double>(hits) / static_cast<double>(w.size() - 2);
      if (coverage < 0.6) continue;
      matched[b] = true;
      ++matched_count;
      matched_kept += (*keep)[b] ? 1 : 0;
      first = std::min(first, b);
      last = b;
      for (size_t i = 0; i + 3 <= w.size(); ++i) {
        const uint64_t h = HashWords(w, i, 3);
        if (grams.count(h)) found.insert(h);
      }
    }
    if (matched_count == 0 || static_cast<double>(found.size()) / static_cast<double>(grams.size()) < 0.5) {
      return;  // the page does not hold the articleBody (truncated, or another text)
    }
    const bool agrees = static_cast<double>(matched_kept) / static_cast<double>(matched_count) >= 0.5;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const bool inside = b >= first && b <= last;
      if (agrees) {
        (*keep)[b] = matched[b] || ((*keep)[b] && inside);
      } else {
        (*keep)[b] = matched[b] || (inside && !blocks_[b].excluded &&
                                    IsHeadingTag(tree_.tag(blocks_[b].node)) &&
                                    blocks_[b].LinkDensity() < 0.5);
      }
    }
  }

  // Whether `n` or an ancestor below the body has one of `kWords` in its class, id or itemprop.
  template <const auto& kWords>
  bool HintedUp(uint32_t n, int levels) {
    for (int k = 0; k < levels && n != kNoNode && !IsTop(n); ++k, n = tree_.node(n).parent) {
      if (ContainsAny<kWords>(Hint(n))) return true;
    }
    return false;
  }

  // Whether `n` sits in a byline or author box: HintedUp for kBylineWords, but the walk stops at
  // the element that holds the whole post ("hentry", "post", "type-post"), whose class may name
  // the writer ("hentry post author-admin", as WordPress themes write it) without any of its
  // short paragraphs being a byline (a changelog's "CALL HANDLING" headings were).
  bool BylineHinted(uint32_t n) {
    static constexpr std::string_view kPost[] = {"hentry", "post", "type-post", "article"};
    for (int k = 0; k < 3 && n != kNoNode && !IsTop(n); ++k, n = tree_.node(n).parent) {
      const std::string& h = Hint(n);
      if (HasToken(h, kPost)) return false;
      if (ContainsAny<kBylineWords>(h)) return true;
    }
    return false;
  }

  // Whether a date line names its writer after "by" ("Posted on 12/20/2004 by Jim Robinson").
  static bool NamesItsWriter(std::string_view line) {
    const std::string folded = Lower(line);
    const size_t by = folded.starts_with("by ") ? 0 : folded.find(" by ");
    return by != std::string::npos && !BylineNames(line).empty();
  }

  bool Under(uint32_t n, Tag tag, int levels) const {
    for (int k = 0; k < levels && n != kNoNode; ++k, n = tree_.node(n).parent) {
      if (tree_.tag(n) == tag) return true;
    }
    return false;
  }

  std::vector<Role> Roles(const std::vector<bool>& keep) {
    std::vector<Role> roles(blocks_.size(), Role::kBody);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!keep[b]) continue;
      const uint32_t n = blocks_[b].node;
      const Tag t = tree_.tag(n);
      const std::string_view text = BlockText(b);
      const size_t words = std::count(text.begin(), text.end(), ' ') + 1;
      Role r = Role::kBody;
      if (IsHeadingTag(t) || Lower(tree_.Attr(n, "role").value_or("")) == "heading") {
        r = Role::kHeading;
      } else if (t == Tag::kFigcaption || t == Tag::kCaption || Under(n, Tag::kFigcaption, 4) ||
                 (words <= 40 && HintedUp<kCaptionWords>(n, 3))) {
        r = Role::kCaption;
      } else if (t == Tag::kLi || t == Tag::kDt || t == Tag::kDd) {
        r = Role::kListItem;
      } else if ((t == Tag::kTd || t == Tag::kTh) && blocks_[b].chars < 100) {
        r = Role::kListItem;
      } else if (Under(n, Tag::kBlockquote, 6)) {
        r = Role::kQuote;
      } else if (words <= 12 && BylineHinted(n)) {
        r = Role::kByline;
      } else if (words <= 12 && (Under(n, Tag::kTime, 3) || HintedUp<kDateWords>(n, 2))) {
        r = Role::kDateline;
      }
      // A short paragraph set all in bold that ends no statement is a subheading ("<p><strong>1.
      // The GOP has a Latino problem</strong></p>", "5. What will $6 billion get you?"); a lead
      // set in bold ends with its full stop.
      if (r == Role::kBody && words <= 15 && (t == Tag::kP || t == Tag::kDiv) && AllBold(n)) {
        size_t end = text.size();
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '"')) --end;
        if (end > 0 && text[end - 1] != '.' && text[end - 1] != '!') r = Role::kHeading;
      }
      // A recipe's steps and ingredients are a list, whatever elements hold them: the dish's
      // description, not its third step, is its summary.
      if (r == Role::kBody && HintedUp<kRecipeWords>(n, 3)) r = Role::kListItem;
      if (r == Role::kBody && IsBoilerplate(text)) r = Role::kBoilerplate;
      // A date line in no date element ("Posted: Thursday, April 21, 2022. 10:11 pm CST."); one
      // that names its writer is a byline line, read below ("Posted on 12/20/2004 by Jim…").
      if (r == Role::kBody && words <= 12 && LineRole(text, {}) == Role::kDateline &&
          !NamesItsWriter(text)) {
        r = Role::kDateline;
      }
      roles[b] = r;
    }
    // A byline written as a line of the text ("von Daniela Obers"): one such line near the top.
    // Several are a list of other stories, each under its writer ("Por Josh Max", "Por Shira
    // Ovide").
    constexpr size_t kTopBlocks = 8;
    size_t seen = 0;
    size_t byline_line = blocks_.size();
    int lines = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      // ("By Heather Smith" is boilerplate to the line rules, which know no better; "by James
      // Norwood Pratt" may be set as an <h3> under the headline.)
      const bool plain = roles[b] == Role::kBody || roles[b] == Role::kBoilerplate ||
                         (roles[b] == Role::kHeading && HeadingMayBeByline(b));
      if (!keep[b] || !plain || !IsBylineLine(BlockText(b))) {
        seen += keep[b] ? 1 : 0;
        continue;
      }
      if (seen++ < kTopBlocks && lines == 0) byline_line = b;
      ++lines;
    }
    if (lines == 1 && byline_line < blocks_.size()) {
      // A line the line rules called boilerplate gives the names only where no element does
      // ("By Jane O'Brien BBC, Washington" beside a byline element "Jane O'Brien").
      if (roles[byline_line] == Role::kBoilerplate) boilerplate_byline_ = byline_line;
      roles[byline_line] = Role::kByline;
    }
    return roles;
  }

  // Whether all of the text of `n` is in one <strong> or <b> (maybe inside a link or a span,
  // maybe around them).
  bool AllBold(uint32_t n) const {
    for (int depth = 0; depth < 4; ++depth) {
      uint32_t only = kNoNode;
      for (uint32_t c = tree_.node(n).first_child; c != kNoNode; c = tree_.node(c).next) {
        if (tree_.tag(c) == Tag::kText) {
          const std::string_view raw = tree_.RawText(c);
          if (std::all_of(raw.begin(), raw.end(), [](char x) { return IsHtmlSpace(x); })) continue;
          return false;  // text beside the bold part
        }
        if (only != kNoNode) return false;
        only = c;
      }
      if (only == kNoNode) return false;
      if (tree_.tag(only) == Tag::kStrong || tree_.tag(only) == Tag::kB) return true;
      n = only;
    }
    return false;
  }

  // A heading's lines as one title: a title and its subtitle set on two lines ("Writing a
  // Mechanism Description<br>Analyzing the Function…") joined by a colon, as the page's own
  // <title> writes them, where the first line ends in no punctuation of its own.
  static std::string JoinHeadingLines(std::string_view heading) {
    std::string out;
    for (size_t start = 0; start <= heading.size();) {
      const size_t end = std::min(heading.find('\n', start), heading.size());
      std::string_view line = heading.substr(start, end - start);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (!line.empty()) {
        if (!out.empty()) {
          const char last = out.back();
          const bool punctuated = last == '.' || last == ':' || last == '!' || last == '?' ||
                                  last == ';' || last == ',' || last == '-';
          out += punctuated ? " " : ": ";
        }
        out += line;
      }
      start = end + 1;
    }
    return out;
  }

  // Lowercase words joined by hyphens or underscores, no space: "adac-kindersitztest-2018".
  static bool IsSlug(std::string_view s) {
    if (s.find_first_of("-_") == std::string_view::npos) return false;
    return std::none_of(s.begin(), s.end(),
                        [](char c) { return c == ' ' || (c >= 'A' && c <= 'Z'); });
  }

  // A headline without the permalink mark documentation generators put after it (Sphinx's
  // "Evolve: Shared Mutable History¶", "§"; not "#", which ends "C#").
  static std::string WithoutPermalink(std::string title) {
    for (bool cut = true; cut;) {
      cut = false;
      for (std::string_view mark : {"\xC2\xB6", "\xC2\xA7", " "}) {
        if (title.size() > mark.size() && title.ends_with(mark)) {
          title.resize(title.size() - mark.size());
          cut = true;
        }
      }
    }
    return title;
  }

  std::string Title(const std::vector<bool>& keep) {
    const std::string doc = CleanTitle(meta_.document_title, meta_.site_name);
    // An og:title that is a web address's slug ("adac-kindersitztest-herbst-2018") is no
    // title a person wrote.
    const std::string og =
        IsSlug(meta_.og_title) ? std::string() : CleanTitle(meta_.og_title, meta_.site_name);
    // The page's headline (an <h1>, or an <h2> in older layouts) when it matches what the
    // metadata calls the title: it is the most exactly worded one.
    std::string best;
    size_t best_block = blocks_.size();
    double best_similarity = 0.0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const Tag t = tree_.tag(blocks_[b].node);
      if (t != Tag::kH1 && t != Tag::kH2) continue;
      // (An <h2> left out of the article is another story's headline, unless its class says it
      // is the post's title: "asset-name entry-title", beside a blog's name as the <h1>.)
      if (blocks_[b].excluded && !keep[b] && t != Tag::kH1 && !MarkedAsTitle(blocks_[b].node)) {
        continue;
      }
      const std::string_view text = BlockText(b);
      if (text.empty() || text.size() > 300) continue;
      // A heading of two lines is often a kicker and the headline ("Open Progress<br>Why
      // collaborative thinking…"): each line competes too, and the closer one wins.
      std::vector<std::string_view> options = {text};
      for (size_t start = 0; text.find('\n') != std::string_view::npos && start < text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        options.push_back(text.substr(start, end - start));
        start = end + 1;
      }
      for (std::string_view option : options) {
        const double s = std::max(TitleSimilarity(option, og), TitleSimilarity(option, doc));
        if (s > best_similarity) {
          best_similarity = s;
          best = std::string(option);
          best_block = b;
        }
      }
    }
    if (best_similarity >= 0.6 && best_block < blocks_.size()) {
      if (std::string post = PostHeadingAfter(keep, best_block, best, doc); !post.empty()) {
        site_heading_ = best_block;  // the blog's name: no line of the article (Build)
        return post;
      }
    }
    headline_shown_ = best_similarity >= 0.6 || !og.empty();
    if (best_similarity >= 0.6) return WithoutPermalink(CollapseSpaces(JoinHeadingLines(best)));
    if (!og.empty()) return og;
    if (std::string part = PartTheTextTalksAbout(keep, doc); !part.empty()) return part;
    if (std::string headline = OpeningHeadline(keep, doc); !headline.empty()) {
      headline_shown_ = true;
      return headline;
    }
    if (!doc.empty()) return doc;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (tree_.tag(blocks_[b].node) == Tag::kH1)
        return WithoutPermalink(CollapseSpaces(BlockText(b)));
    }
    return "";
  }

  // Whether the class of `n` or of an element it sits in (two levels up) names it the post's
  // title: "entry-title", "post-title", "article-title", "headline".
  bool MarkedAsTitle(uint32_t n) {
    for (int level = 0; level < 3 && n != kNoNode; ++level, n = tree_.node(n).parent) {
      const std::string& h = Hint(n);
      if (h.find("entry-title") != std::string::npos || h.find("post-title") != std::string::npos ||
          h.find("article-title") != std::string::npos || h.find("headline") != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  // A heading that opens "Von", "Par", "Por" or "Door" is a heading ("Von Sprachregeln,
  // Gender-Politik und …"); one that opens "By", "Posted" or "Written" may be a byline.
  bool HeadingMayBeByline(size_t b) const {
    const std::string opening = Lower(BlockText(b).substr(0, 8));
    return opening.starts_with("by ") || opening.starts_with("posted") ||
           opening.starts_with("written");
  }

  // Whether block b is a byline line, as a paragraph or as a heading.
  bool IsBylineBlock(size_t b) const {
    return IsBylineLine(BlockText(b)) &&
           (!IsHeadingTag(tree_.tag(blocks_[b].node)) || HeadingMayBeByline(b));
  }

  // The day a date line gives among the kept blocks before the article's first paragraph of
  // prose (a line of 12 words or fewer that reads as a date line, whatever its element), or "".
  std::string DateLineAtTop(const std::vector<bool>& keep) const {
    constexpr size_t kLookAhead = 5;
    size_t seen = 0;
    for (size_t b = 0; b < blocks_.size() && seen < kLookAhead; ++b) {
      if (!keep[b]) continue;
      ++seen;
      const std::string_view text = BlockText(b);
      if (blocks_[b].chars >= 60 && !IsHeadingTag(tree_.tag(blocks_[b].node))) break;
      const size_t words = std::count(text.begin(), text.end(), ' ') + 1;
      if (words <= 12 && LineRole(text, {}) == Role::kDateline && !NamesItsWriter(text)) {
        if (std::string day = ReadDate(text); !day.empty()) return day;
      }
    }
    return "";
  }

  // The day a short date line gives in the few blocks before the article's first, not above
  // its headline (an h1 or h2, or the block that is the title, ends the search: above it a date
  // is as often the masthead's "today"). "" when there is none.
  std::string DateLineBefore(const std::vector<bool>& keep, const std::string& title) const {
    constexpr size_t kLookBack = 6;
    size_t first_kept = 0;
    while (first_kept < blocks_.size() && !keep[first_kept]) ++first_kept;
    std::string day;
    for (size_t k = 1; k <= kLookBack && k <= first_kept; ++k) {
      const size_t b = first_kept - k;
      const std::string_view text = BlockText(b);
      const Tag t = tree_.tag(blocks_[b].node);
      if (t == Tag::kH1 || t == Tag::kH2 || TitleSimilarity(text, title) >= 0.8) return day;
      for (size_t start = 0; start < text.size() && day.empty();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (Words(line).size() <= 12 && LineRole(line, {}) == Role::kDateline) day = ReadDate(line);
        start = end + 1;
      }
    }
    return day;
  }

  // Whether the page confirms that a part of its title names the site: it is a web address's
  // name ("NHL.com"), the page's address has its letters ("icHarrow" on ic-harrow.co.uk), or a
  // copyright line names it ("© 2012 Joy the Baker"). A title's far part alone is as often a
  // section ("Bundesliga") or the headline's other half.
  bool SiteConfirmed(const std::string& candidate) const {
    if (candidate.empty()) return false;
    const auto letters = [](std::string_view s) {
      std::string out;
      for (const char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
          out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
      }
      return out;
    };
    const std::string name = letters(candidate);
    if (name.size() < 2) return false;
    // A publication's word ("Northern News", "The Canberra Times", "Wollondilly Advertiser").
    for (const std::string& word : Words(candidate)) {
      for (std::string_view press :
           {"news",    "times",     "post",       "herald",      "tribune",
            "journal", "gazette",   "advertiser", "daily",       "magazine",
            "online",  "radio",     "tv",         "chronicle",   "observer",
            "courier", "telegraph", "guardian",   "independent", "express",
            "mail",    "standard",  "examiner",   "weekly",      "zeitung"}) {
        if (word == press) return true;
      }
    }
    if (const size_t dot = candidate.find('.'); dot != std::string::npos &&
                                                candidate.find(' ') == std::string::npos &&
                                                dot + 1 < candidate.size()) {
      return true;
    }
    std::string host = meta_.url;
    if (const size_t scheme = host.find("://"); scheme != std::string::npos)
      host.erase(0, scheme + 3);
    host = host.substr(0, host.find('/'));
    const std::string host_letters = letters(host);
    if (name.size() >= 4 && host_letters.find(name) != std::string::npos) return true;
    const std::string folded = Lower(candidate);
    for (const std::string& feed : meta_.feed_titles) {
      // (Not a post's comment feed: "Bringing Up The Barn Comments Feed" names the post.)
      const std::string f = Lower(feed);
      if (f.find("comment") == std::string::npos && f.find(folded) != std::string::npos) {
        return true;
      }
    }
    for (size_t b = 0; b < page_.blocks.size(); ++b) {
      const std::string text = Lower(BlockText(b));
      if (text.size() > 400 || text.find(folded) == std::string::npos) continue;
      if (text.find("\xC2\xA9") != std::string::npos ||
          text.find("copyright") != std::string::npos ||
          text.find("all rights reserved") != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  // The text of a byline line near the article but not in it (Build), or "".
  std::string_view BylineLineOutside(const std::vector<bool>& keep, const std::string& title) {
    constexpr size_t kNear = 3;
    constexpr size_t kLookBack = 6;
    size_t first_kept = 0;
    while (first_kept < blocks_.size() && !keep[first_kept]) ++first_kept;
    for (size_t k = 1; k <= kLookBack && k <= first_kept; ++k) {
      const size_t b = first_kept - k;
      if (IsBylineBlock(b)) return BlockText(b);
      const Tag t = tree_.tag(blocks_[b].node);
      if (t == Tag::kH1 || t == Tag::kH2) break;
    }
    // (The headline as the page sets it: a heading, or a <div class="PostTitle">.)
    for (size_t b = 0; b < blocks_.size() && !title.empty(); ++b) {
      if (Words(BlockText(b)) != Words(title)) continue;
      for (size_t k = b + 1; k < blocks_.size() && k <= b + kNear && !keep[k]; ++k) {
        if (IsBylineBlock(k)) return BlockText(k);
      }
      break;
    }
    return {};
  }

  // A blog's page title is often its name and the post's ("Schneier on Security: Micromorts"),
  // its <h1> the name above every post: where a later heading (h1–h4), before any paragraph of
  // the article, holds exactly the title's other words, it is the post's. (A subheading with
  // the rest of a headline, "Storm hits coast: what we know", comes after paragraphs.) "" when
  // there is none.
  std::string PostHeadingAfter(const std::vector<bool>& keep, size_t first,
                               const std::string& outside, const std::string& title) {
    const std::vector<std::string> title_words = Words(title);
    const std::vector<std::string> outside_words = Words(outside);
    const std::unordered_set<std::string> site(outside_words.begin(), outside_words.end());
    std::unordered_set<std::string> rest;
    for (const std::string& w : title_words) {
      if (!site.count(w)) rest.insert(w);
    }
    if (rest.empty()) return "";
    for (size_t b = first + 1; b < blocks_.size(); ++b) {
      const Tag t = tree_.tag(blocks_[b].node);
      if (keep[b] && blocks_[b].Good() && !IsHeadingTag(t)) return "";
      if (!keep[b] || (t != Tag::kH1 && t != Tag::kH2 && t != Tag::kH3 && t != Tag::kH4)) {
        continue;
      }
      const std::string_view text = BlockText(b);
      if (text.empty() || text.size() > 300) continue;
      const std::vector<std::string> words = Words(text);
      const std::unordered_set<std::string> heading(words.begin(), words.end());
      if (heading == rest) return WithoutPermalink(CollapseSpaces(text));
    }
    return "";
  }

  // Of a document title in parts, with no headline or og:title to match, the part the article's
  // own text uses the words of, where the usual choice (the longest part, CleanTitle) is not:
  // "Citroen C3 Pluriel (2003-) - 4Car Road Test from Channel 4 - Comfort and Equipment",
  // "Rocket down Eagles" of "Halifax, The Daily News: Sports :: Rocket down Eagles". "" to keep
  // `usual`.
  // The words of the kept blocks but `except` (a disclaimer's "…opinions of OurSports Central"
  // is no use of the site's name).
  std::unordered_set<std::string> WordsUsed(const std::vector<bool>& keep,
                                            size_t except = SIZE_MAX) const {
    std::unordered_set<std::string> used;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!keep[b] || b == except || IsBoilerplate(BlockText(b))) continue;
      for (std::string& w : Words(BlockText(b))) used.insert(std::move(w));
    }
    return used;
  }

  // How many of a title's content words `used` holds, and their share.
  static std::pair<size_t, double> UsedWords(std::string_view title,
                                             const std::unordered_set<std::string>& used) {
    size_t content = 0, found = 0;
    for (const std::string& w : Words(title)) {
      if (IsStopword(w)) continue;
      ++content;
      found += used.count(w);
    }
    return {found, content == 0 ? 0.0 : static_cast<double>(found) / static_cast<double>(content)};
  }

  // The <h1> that opens the article, where the text talks about it and hardly about the
  // metadata's title (a site's name and slogan in every page's <title>: "CSTV.com: #1 in
  // College Sports" over "James Harden Earns Pac-10 Player of the Week"), else "". Only an <h1>
  // the title holds whole ("Home of Sport: Formula One: News: BMW confirms Deutsche Telekom
  // deal") or that shares none of its words: one worded partly alike is the same story told
  // two ways ("18 Kindersitze im Test" under "ADAC Kindersitz-Test 2018"), and the title is the
  // page's own choice.
  std::string OpeningHeadline(const std::vector<bool>& keep, const std::string& usual) const {
    size_t first = 0;
    while (first < blocks_.size() && !keep[first]) ++first;
    if (first == blocks_.size() || tree_.tag(blocks_[first].node) != Tag::kH1) return "";
    const std::string_view headline = BlockText(first);
    if (headline.size() > 300 || Words(headline).size() < 3) return "";
    std::unordered_set<std::string> title_words;
    for (std::string& w : Words(usual)) title_words.insert(std::move(w));
    const double in_title = UsedWords(headline, title_words).second;
    if (in_title > 0.0 && in_title < 1.0) return "";
    const std::unordered_set<std::string> used = WordsUsed(keep, first);
    const double headline_share = UsedWords(headline, used).second;
    return headline_share >= 0.5 && headline_share > UsedWords(usual, used).second
               ? CollapseSpaces(headline)
               : "";
  }

  std::string PartTheTextTalksAbout(const std::vector<bool>& keep, const std::string& usual) {
    const std::vector<std::string> parts = TitleParts(meta_.document_title);
    if (parts.size() < 2) return "";
    const std::unordered_set<std::string> used = WordsUsed(keep);
    auto used_words = [&](std::string_view part) { return UsedWords(part, used); };
    // The part with most words the text uses, nearly all of its own ("Comfort and Equipment", a
    // page's section, has fewer than the car), where the text uses a smaller share of the usual
    // choice's words (a site's name on the left that the text names too, "The Hindu Business
    // Line : A new car, a new way", does not replace the headline).
    // Where the usual choice is the headline that opens a title of three parts or more, nor
    // does one with fewer of its words used ("Bahamas Local News", the site's name the page's
    // footer repeats, beside a headline of eleven words).
    const auto [usual_found, usual_share] = used_words(usual);
    const bool headline_first = parts.size() >= 3 && usual == parts.front();
    size_t best_found = headline_first && usual_found > 0 ? usual_found - 1 : 0;
    std::string best;
    for (const std::string& p : parts) {
      if (const auto [found, share] = used_words(p);
          found >= 2 && share >= 0.75 && share > usual_share && found > best_found) {
        best_found = found;
        best = p;
      }
    }
    return best;
  }

  // A byline that names a writer: not the site itself ("BBC News" on BBC News, as many sites
  // fill their author field) nor a content system's placeholder ("No Author", "admin").
  static std::string Person(const std::string& byline, const std::string& site_name) {
    const std::string folded = Lower(byline);
    for (std::string_view placeholder :
         {"no author", "unknown", "anonymous", "admin", "administrator"}) {
      if (folded == placeholder) return "";
    }
    if (!site_name.empty() && folded == Lower(site_name)) return "";
    // A web or e-mail address is no writer's name: the names before it, if any ("Lüder Hoppe
    // info@buero-hoppe.de" -> "Lüder Hoppe"; "BRIGITTE.de", "facebook.com/vegolosi" -> "").
    for (size_t start = 0; start < folded.size();) {
      size_t end = folded.find(' ', start);
      if (end == std::string::npos) end = folded.size();
      if (IsAddressWord(std::string_view(folded).substr(start, end - start))) {
        return BylineNames(std::string_view(byline).substr(0, start));
      }
      start = end + 1;
    }
    return byline;
  }

  // A word that is (part of) a web or e-mail address: "www.dw.com", "info@x.de", "cipha[at]",
  // "facebook.com/x", "CBSNews.com" (folded).
  static bool IsAddressWord(std::string_view w) {
    while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
    while (!w.empty() && (w.back() == ')' || w.back() == ',' || w.back() == ']'))
      w.remove_suffix(1);
    if (w.find('@') != std::string_view::npos || w.find("[at]") != std::string_view::npos ||
        w.find("www.") != std::string_view::npos || w.find("://") != std::string_view::npos) {
      return true;
    }
    const size_t dot = w.find('.');
    if (dot == 0 || dot == std::string_view::npos) return false;
    std::string_view tld = w.substr(dot + 1);
    tld = tld.substr(0, tld.find('/'));
    for (std::string_view t : {"com", "de", "net", "org", "fr", "at", "ch", "it", "es", "eu", "pl",
                               "co.uk", "info", "io", "nl", "be"}) {
      if (tld == t) return true;
    }
    return false;
  }

  ArticlePage Build(std::vector<bool> keep, std::vector<Role> roles) {
    ArticlePage out;
    out.title = Title(keep);
    if (site_heading_ < keep.size()) keep[site_heading_] = false;
    out.language = meta_.language;
    out.site_name = meta_.site_name;
    if (out.site_name.empty()) {
      bool beside_headline = false;
      std::string candidate = SiteNameInTitle(meta_.document_title, out.title, &beside_headline);
      // A part beside the headline the page shows (its <h1> or og:title, not the title's own
      // usual part) is the site's, as is one the page confirms.
      if ((beside_headline && headline_shown_) || SiteConfirmed(candidate)) {
        out.site_name = std::move(candidate);
      }
    }
    // The metadata's date, else the one the article's address files it under, else one the
    // page shows (which may be a masthead's "today").
    // Where the page shows the address's day, its own form stands (it may hold the time).
    std::string date = meta_.published;
    if (date.empty()) {
      const std::string filed = DateInUrl(meta_.url);
      // A date line at the top of the kept article before one the page shows anywhere (a
      // site header's "Monday, January 14, 2008" over the story's "Posted on Mon, Jan. 07,
      // 2008").
      date = DateLineAtTop(keep);
      if (date.empty()) date = FindShownDate(tree_);
      if (!filed.empty() && NormalizePageDate(date).substr(0, 10) != filed) date = filed;
    }
    out.date = NormalizePageDate(date);
    // The metadata's writer; where it is written as a byline ("By Glen Owen And Brendan Carlin
    // For The Mail On Sunday"), the names in it. Other values stay as written (a company's
    // name such as "FinanceScout24" or "Bündnis 90/Die Grünen" is no byline's text).
    const std::string folded_author = Lower(meta_.author);
    const bool written_as_byline =
        folded_author.starts_with("by ") || folded_author.starts_with("von ") ||
        folded_author.starts_with("par ") || folded_author.starts_with("por ");
    const std::string meta_names = written_as_byline ? BylineNames(meta_.author) : std::string();
    out.byline = Person(meta_names.empty() ? meta_.author : meta_names, meta_.site_name);
    out.charset = tree_.charset();

    // The headline is the title, not part of the body: drop it when it opens the text.
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!keep[b]) continue;
      if (roles[b] == Role::kBody && blocks_[b].chars >= 60) break;
      if (roles[b] == Role::kHeading && TitleSimilarity(BlockText(b), out.title) >= 0.8) {
        keep[b] = false;
        break;
      }
    }
    // A headline run into the standfirst in the article's first block: the body starts after it.
    size_t first_block = blocks_.size();
    size_t first_skip = 0;
    size_t leading_byline = 0;  // "By Aaron Humes: " opening the first paragraph
    std::string leading_names;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      // (Past a standfirst or subheading set as a heading before the first paragraph.)
      if (!keep[b] || roles[b] == Role::kDateline || roles[b] == Role::kByline ||
          roles[b] == Role::kHeading) {
        continue;
      }
      if (roles[b] == Role::kBody) {
        first_block = b;
        first_skip = AfterTitle(BlockText(b), out.title);
        if (const size_t dated = AfterLeadingDate(BlockText(b).substr(first_skip)); dated > 0) {
          if (out.date.empty()) out.date = ReadDate(BlockText(b).substr(first_skip, dated));
          first_skip += dated;
        }
        leading_byline = AfterLeadingByline(BlockText(b).substr(first_skip));
        if (leading_byline > 0) {
          leading_names = BylineNames(BlockText(b).substr(first_skip, leading_byline));
          first_skip += leading_byline;
        }
      }
      break;
    }
    size_t body_chars = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      // (A recipe's steps and ingredients are its text though they are a list.)
      if (keep[b] && (IsSummarizable(roles[b]) || (roles[b] == Role::kListItem &&
                                                   HintedUp<kRecipeWords>(blocks_[b].node, 3)))) {
        body_chars += blocks_[b].chars;
      }
    }
    size_t visible_chars = 0;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!blocks_[b].excluded) visible_chars += blocks_[b].chars;
    }
    // A short region is an article (a two-sentence post) only if it is a fair part of what the
    // page shows outside menus and boxes, or the page marks it as its post; else the page's text
    // was not in paragraphs we scored.
    if (body_chars < kMinArticleChars ||
        (body_chars < kShortArticleChars && body_chars * 4 < visible_chars && !top_in_entry_)) {
      // No article recognised: the visible text outside menus and boxes, else all of it.
      out.found_article = false;
      for (size_t b = 0; b < blocks_.size(); ++b) keep[b] = !blocks_[b].excluded;
      // Hints that hid nearly everything were wrong about this page: nothing is dropped then.
      if (visible_chars < kMinArticleChars) std::fill(keep.begin(), keep.end(), true);
      CutAtCommentsHeading(&keep);  // nor are the readers' comments under it
      std::vector<Role> fallback = Roles(keep);
      roles.swap(fallback);
    }
    // A page whose metadata names no writer (only the site) is not read for one in its text's
    // lines (they give the site's name or a date line there), only in its byline elements below.
    if (meta_.author.empty()) {
      for (size_t b = 0; b < blocks_.size(); ++b) {
        if (keep[b] && roles[b] == Role::kByline && b != boilerplate_byline_) {
          // The names in it ("by David Hinkle on Nov 1st 2012 7:30PM" -> "David Hinkle"),
          // else the line as written.
          std::string_view t = BlockText(b);
          const std::string names = BylineNames(t);
          if (t.starts_with("By ") || t.starts_with("by ")) t.remove_prefix(3);
          out.byline = Person(names, meta_.site_name);
          if (out.byline.empty()) continue;
          // Its date too, where the page gave none ("By Ben Grossman -- Broadcasting & Cable,
          // 1/21/2008").
          if (out.date.empty()) out.date = ReadDate(BlockText(b));
          break;
        }
      }
    }
    // Else the writer named at the start of the first paragraph.
    if (out.byline.empty() && !leading_names.empty())
      out.byline = Person(leading_names, meta_.site_name);
    // Else the byline the page shows by the article (rel="author", a "byline" element…).
    if (out.byline.empty()) out.byline = Person(FindByline(tree_), meta_.site_name);
    if (out.byline.empty() && meta_.author.empty() && boilerplate_byline_ < blocks_.size() &&
        keep[boilerplate_byline_] && roles[boilerplate_byline_] == Role::kByline) {
      out.byline = Person(BylineNames(BlockText(boilerplate_byline_)), meta_.site_name);
    }
    // Else a byline line left out of the article with the headline's box ("Posted by: Jonathan
    // Nettler", "<h3>By Ben Grossman -- Broadcasting & Cable, 1/21/2008</h3>"): among the few
    // blocks just above the first kept one, back to a headline, or just below the headline.
    // Its date too, where the page gave none ("Posted: January 06, 2008, 4:30 PM by …").
    if (out.byline.empty() && meta_.author.empty()) {
      const std::string_view line = BylineLineOutside(keep, out.title);
      out.byline = Person(BylineNames(line), meta_.site_name);
      if (out.date.empty() && !out.byline.empty()) out.date = ReadDate(line);
    }
    // Else a date line at the article's top, before its second paragraph ("April 21, 2022" over
    // the story), where the page gives no date in its metadata or elements.
    if (out.date.empty() && out.found_article) {
      size_t paragraphs = 0;
      for (size_t b = 0; b < blocks_.size() && paragraphs < 2 && out.date.empty(); ++b) {
        if (!keep[b]) continue;
        if (roles[b] == Role::kBody) ++paragraphs;
        if (roles[b] == Role::kDateline) out.date = ReadDate(BlockText(b));
      }
    }
    // Else a date line right under the article's last paragraph, as some newspapers' templates
    // stamp their stories ("2:18pm Tuesday 1st January 2008").
    if (out.date.empty() && out.found_article) {
      size_t last_body = blocks_.size();
      for (size_t b = blocks_.size(); b-- > 0 && last_body == blocks_.size();) {
        if (keep[b] && roles[b] == Role::kBody) last_body = b;
      }
      size_t seen = 0;
      for (size_t b = last_body + 1; b < blocks_.size() && seen < 3 && out.date.empty(); ++b) {
        if (!keep[b]) continue;
        ++seen;
        if (roles[b] == Role::kDateline) out.date = ReadDate(BlockText(b));
      }
    }
    // Else a date line just before the article, under its headline ("16:10, Jan 8 2008",
    // "14 Jan 2008, 0000 hrs IST" in a header table the region leaves out).
    if (out.date.empty() && out.found_article) out.date = DateLineBefore(keep, out.title);
    // A lead-in whose list was links, cleaned away ("You may also be interested in:", "More
    // games news:"), introduces nothing: two links or more went, or one before a heading or the
    // end (one link alone may be a source's before the text it introduces: "Via Prestige").
    for (size_t b = 0; b + 1 < blocks_.size(); ++b) {
      const std::string_view text = BlockText(b);
      if (!keep[b] || !text.ends_with(':') || std::count(text.begin(), text.end(), ' ') >= 12 ||
          text.find(". ") != std::string_view::npos) {
        continue;
      }
      size_t next = b + 1;
      while (next < blocks_.size() && !keep[next] && blocks_[next].LinkDensity() > 0.5) ++next;
      const size_t links = next - b - 1;
      while (next < blocks_.size() && !keep[next]) ++next;
      const bool ends = next == blocks_.size() || roles[next] == Role::kHeading;
      if (links >= 2 || (links == 1 && ends)) keep[b] = false;
    }
    // A heading that ends the article introduces nothing: a related-links box's "DW
    // recommends" or "Related Posts" whose links were cleaned away.
    // Only after the article's text: a page of headings alone keeps them.
    std::vector<size_t> trailing;
    for (size_t b = blocks_.size(); b-- > 0;) {
      if (!keep[b] || roles[b] == Role::kBoilerplate || roles[b] == Role::kByline ||
          roles[b] == Role::kDateline) {
        continue;
      }
      if (roles[b] != Role::kHeading) {
        for (size_t h : trailing) keep[h] = false;
        break;
      }
      trailing.push_back(b);
    }
    out.text.input_size = page_.input_size;
    out.text.title = page_.title;
    for (size_t b = 0; b < blocks_.size(); ++b) {
      if (!keep[b]) continue;
      const TextBlock& t = page_.blocks[b];
      const size_t from = t.start + (b == first_block && out.found_article ? first_skip : 0);
      if (!out.text.text.empty()) {
        const size_t at = page_.OriginalStart(from);
        out.text.Append("\n\n", at, at, false);
      }
      const size_t start = out.text.text.size();
      out.text.AppendFrom(page_, from, t.end - EditLinkBytes(b));
      out.text.blocks.push_back({t.node, start, out.text.text.size(), t.link_bytes});
      out.blocks.push_back({start, out.text.text.size(), roles[b]});
    }
    return out;
  }

  HtmlTree tree_;
  HtmlText page_;
  PageMeta meta_;
  std::vector<std::string> body_words_;  // of the JSON-LD articleBody, lowercase
  std::vector<BlockInfo> blocks_;
  std::unordered_map<uint32_t, std::string> hints_;  // of elements with attributes, once asked
  std::unordered_map<uint32_t, size_t> block_of_;    // an element's first text block
  // Sums over a node's subtree: text (characters) and what Readability's cleaning counts.
  struct Counts {
    uint32_t chars = 0, link_chars = 0, good = 0, commas = 0;  // inputs are under 4 GB
    uint32_t paragraphs = 0, items = 0, headings = 0, images = 0, inputs = 0, embeds = 0;
  };
  // Only nodes above some text or image get counts: a page of millions of empty elements
  // costs 4 bytes each here, not a Counts.
  std::vector<uint32_t> count_slot_;
  std::vector<Counts> counts_;
  const Counts& CountsOf(uint32_t n) const {
    static const Counts kZero;
    return count_slot_[n] == kNoNode ? kZero : counts_[count_slot_[n]];
  }
  Counts& MutableCounts(uint32_t n) {
    if (count_slot_[n] == kNoNode) {
      count_slot_[n] = static_cast<uint32_t>(counts_.size());
      counts_.emplace_back();
    }
    return counts_[count_slot_[n]];
  }
  size_t total_good_ = 0;
  std::vector<bool> excluded_;
  std::vector<bool> holds_main_;
  size_t boilerplate_byline_ = SIZE_MAX;  // a byline line the line rules called boilerplate
  size_t site_heading_ = SIZE_MAX;        // a blog's name over the post, matched as its title
  bool headline_shown_ = false;           // the title is a heading the page shows or its og:title
  bool top_in_entry_ = false;  // the chosen region sits in an element marked as a post
  std::vector<float> score_;  // 4 bytes a node: pages can have millions
  std::vector<bool> scored_;
};

}  // namespace

ArticlePage ReadArticle(std::string_view html) { return Reader(html).Run(); }

}  // namespace precis::text
