// An HTML page parsed into a tree the way a browser's parser builds it, as far as text and block
// structure go: HTML5 tokenization (quoted attributes, comments, raw-text and RCDATA elements),
// void elements, implied end tags (<p>, <li>, <dd>/<dt>, table cells and rows, options),
// misnested formatting end tags that leave the block they cross open, foreign content (<svg>,
// <math>) with self-closing tags and its HTML break-out tags, and Chromium's nesting limit (512),
// beyond which elements are added flat. Text nodes keep their raw byte range of the input
// (character references undecoded), so every output can point back into the original bytes.
// Nothing is recursive: a 10,000-deep page costs what a flat one does.
//
//   HtmlTree tree = HtmlTree::Parse(html);
//   for (uint32_t c = tree.node(tree.root()).first_child; c != kNoNode; c = tree.node(c).next) ...
//   std::string cls = tree.Attr(node, "class");
#ifndef PRECIS_TEXT_HTML_TREE_H_
#define PRECIS_TEXT_HTML_TREE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/charset.h"

namespace precis::text {

inline constexpr uint32_t kNoNode = UINT32_MAX;

// HTML's ASCII whitespace (space, tab, LF, CR, FF): what separates attributes and what a page's
// text collapses.
inline constexpr bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The elements the reader treats specially; every other element is kUnknown (its name is kept).
enum class Tag : uint8_t {
  kDocument, kText, kUnknown,
  kA, kAbbr, kAddress, kApplet, kArea, kArticle, kAside, kAudio, kB, kBase, kBig, kBlockquote,
  kBody, kBr, kButton, kCanvas, kCaption, kCenter, kCite, kCode, kCol, kColgroup, kDd, kDetails,
  kDialog, kDir, kDiv, kDl, kDt, kEm, kEmbed, kFieldset, kFigcaption, kFigure, kFont, kFooter,
  kForm, kFrame, kFrameset, kH1, kH2, kH3, kH4, kH5, kH6, kHead, kHeader, kHgroup, kHr, kHtml,
  kI, kIframe, kImg, kInput, kKeygen, kLabel, kLegend, kLi, kLink, kListing, kMain, kMap,
  kMarquee, kMath, kMenu, kMeta, kNav, kNobr, kNoembed, kNoframes, kNoscript, kObject, kOl,
  kOptgroup, kOption, kP, kParam, kPicture, kPlaintext, kPre, kQ, kS, kScript, kSearch, kSection,
  kSelect, kSmall, kSource, kSpan, kStrike, kStrong, kStyle, kSub, kSummary, kSup, kSvg, kTable,
  kTbody, kTd, kTemplate, kTextarea, kTfoot, kTh, kThead, kTime, kTitle, kTr, kTrack, kTt, kU,
  kUl, kVideo, kWbr, kXmp,
};

// 32 bytes: a page of 50 MB of "<b>" is 17 million of them.
struct HtmlNode {
  uint32_t parent = kNoNode;
  uint32_t first_child = kNoNode;
  uint32_t last_child = kNoNode;
  uint32_t next = kNoNode;  // next sibling
  // Text: its raw bytes. Element: its start tag, "<" to ">" (its name follows the "<"); empty for
  // elements the parser implied.
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t first_attribute = 0;  // into the tree's attribute list
  uint16_t attribute_count = 0;  // a tag's first 65,535 attributes are kept
  Tag tag = Tag::kUnknown;
  bool raw_text = false;  // text of <script>/<style>/<textarea>/<title>…: no markup inside
};

struct HtmlAttribute {
  uint32_t name_start = 0;
  uint32_t name_end = 0;
  uint32_t value_start = 0;  // raw value, quotes excluded, character references undecoded
  uint32_t value_end = 0;
};

class HtmlTree {
 public:
  static HtmlTree Parse(std::string_view html);

  std::string_view input() const { return input_; }
  // How the page's bytes are read (UTF-8 unless it is windows-1252 text; see text/charset.h).
  Charset charset() const { return charset_; }
  size_t size() const { return nodes_.size(); }
  uint32_t root() const { return 0; }
  const HtmlNode& node(uint32_t i) const { return nodes_[i]; }
  Tag tag(uint32_t i) const { return nodes_[i].tag; }

  // Lowercase tag name ("div", "amp-img"); empty for text and the document.
  std::string TagName(uint32_t i) const;
  // The tag name as written in the input (implied elements: their lowercase name).
  std::string_view RawName(uint32_t i) const;
  // The attribute's value with character references decoded; nullopt when absent.
  std::optional<std::string> Attr(uint32_t i, std::string_view name) const;
  bool HasAttr(uint32_t i, std::string_view name) const;
  // The attribute's value as written (character references undecoded, the page's bytes); empty
  // when absent. For quick looks at ASCII words in class or id without decoding.
  std::string_view RawAttr(uint32_t i, std::string_view name) const;
  // The raw bytes of a text node (character references undecoded).
  std::string_view RawText(uint32_t i) const;
  // The decoded, whitespace-collapsed text of the first <title> outside <svg>.
  std::string Title() const;

  // Nodes in document order (pre-order), each once; `skip` subtrees are not entered.
  template <typename Visit, typename Skip>
  void Walk(uint32_t from, Visit visit, Skip skip) const {
    for (uint32_t n = from; n != kNoNode;) {
      visit(n);
      if (nodes_[n].first_child != kNoNode && !skip(n)) {
        n = nodes_[n].first_child;
        continue;
      }
      while (n != from && nodes_[n].next == kNoNode) n = nodes_[n].parent;
      if (n == from) break;
      n = nodes_[n].next;
    }
  }

 private:
  friend class HtmlTreeBuilder;
  std::string_view input_;
  Charset charset_ = Charset::kUtf8;
  std::vector<HtmlNode> nodes_;
  std::vector<HtmlAttribute> attributes_;
};

// Tag of a lowercase element name (kUnknown if it is not one the reader knows).
Tag TagOf(std::string_view lowercase_name);

}  // namespace precis::text

#endif  // PRECIS_TEXT_HTML_TREE_H_
