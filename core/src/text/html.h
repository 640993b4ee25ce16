// The text a browser shows for an HTML page, as blocks: character references decoded, white
// space collapsed as CSS does (kept in <pre>), <br> as a line break, and one block per run of
// text inside its innermost block element (p, li, h1…h6, td, div…). Invisible content (head,
// scripts, styles, templates, forms' controls, [hidden], display:none) is left out. Every output
// byte knows the input bytes it came from, so results computed on the text point back into the
// original HTML.
//
//   HtmlTree tree = HtmlTree::Parse(html);
//   HtmlText page = RenderText(tree);                 // every visible block
//   for (const TextBlock& b : page.blocks) Use(page.text.substr(b.start, b.end - b.start));
//   size_t at = page.OriginalStart(i);                // byte i of the text, in the HTML
#ifndef PRECIS_TEXT_HTML_H_
#define PRECIS_TEXT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/html_tree.h"

namespace precis::text {

struct TextBlock {
  uint32_t node = kNoNode;  // the block element the text sits in
  size_t start = 0;         // range in HtmlText::text
  size_t end = 0;
  size_t link_bytes = 0;    // bytes of text inside links (<a>)
};

struct HtmlText {
  std::string text;
  std::string title;  // <title>, if any
  std::vector<TextBlock> blocks;

  // Maps a half-open output range [start, end) to the input range it came from.
  size_t OriginalStart(size_t start) const;
  size_t OriginalEnd(size_t end) const;

  // Output bytes [out, next piece's out) came from input [in_start, in_end): byte for byte when
  // `verbatim`, else as a whole (a decoded reference, a collapsed space, a separator).
  struct Piece {
    uint32_t out = 0;
    uint32_t in_start = 0;
    uint32_t in_end = 0;
    bool verbatim = false;
  };
  std::vector<Piece> pieces;
  size_t input_size = 0;

  // Appends output bytes and where they came from (merging runs copied byte for byte).
  void Append(std::string_view bytes, size_t in_start, size_t in_end, bool verbatim);
  // Appends bytes [start, end) of `other` (same input) with their origins.
  void AppendFrom(const HtmlText& other, size_t start, size_t end);
};

// True when the input contains real HTML markup (a known tag), not just "a < b" comparisons.
bool LooksLikeHtml(std::string_view input);

// Whether a browser would show nothing of `node` and what it holds.
bool IsHidden(const HtmlTree& tree, uint32_t node);
// Whether a class attribute's value names text only screen readers get ("sr-only",
// "visually-hidden", "hidden"…), not shown on any screen size.
bool ScreenReaderOnlyClass(std::string_view class_value);
// Whether the element starts a new block of text (CSS display other than inline by default).
bool IsBlockElement(Tag tag);

// Every visible block of the page, in document order, separated by blank lines.
HtmlText RenderText(const HtmlTree& tree);

// RenderText of a freshly parsed page.
HtmlText HtmlToText(std::string_view html);

}  // namespace precis::text

#endif  // PRECIS_TEXT_HTML_H_
