#include "text/html.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/charset.h"
#include "text/html_entities.h"
#include "text/utf8.h"

namespace precis::text {
namespace {

// Tags that mark a text as HTML when found.
constexpr std::array<std::string_view, 30> kMarkers = {
    "a",  "article", "b",       "body", "br",     "div",   "em",    "h1",   "h2",    "h3",
    "h4", "head",    "html",    "i",    "img",    "li",    "main",  "meta", "nav",   "ol",
    "p",  "script",  "section", "span", "strong", "style", "table", "td",   "title", "ul"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Calls `f` with each token of a lowercased class value; stops where `f` returns true.
template <typename F>
bool AnyClassToken(std::string_view lower, F f) {
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && IsHtmlSpace(lower[i])) ++i;
    size_t j = i;
    while (j < lower.size() && !IsHtmlSpace(lower[j])) ++j;
    if (j > i && f(lower.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// Whether a class token names an icon ("icon", "external-link-icon", "material-icons"): its
// last part after a hyphen or underscore is "icon" or "icons" ("list-icon-text" is the text
// beside one).
bool IconToken(std::string_view token) {
  const size_t cut = token.find_last_of("-_");
  const std::string_view last = cut == token.npos ? token : token.substr(cut + 1);
  return last == "icon" || last == "icons";
}

// ScreenReaderOnlyClass of a lowercased class value.
bool ScreenReaderOnly(std::string_view lower) {
  static constexpr std::string_view kTokens[] = {"sr-only",
                                                 "visually-hidden",
                                                 "visuallyhidden",
                                                 "screen-reader-text",
                                                 "screenreader-only",
                                                 "hidden",
                                                 "hide",
                                                 "is-hidden",
                                                 "d-none",
                                                 "invisible",
                                                 "offscreen",
                                                 "u-hidden",
                                                 "a11y-hidden",
                                                 "element-invisible",
                                                 "accessibility"};
  // A responsive variant shows it on some screens ("hidden md:inline").
  if (AnyClassToken(lower, [](std::string_view t) { return t.find(':') != t.npos; })) return false;
  return AnyClassToken(lower, [](std::string_view t) {
    return std::find(std::begin(kTokens), std::end(kTokens), t) != std::end(kTokens);
  });
}

// "display:none" / "visibility: hidden" in an inline style.
bool StyleHides(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (!IsHtmlSpace(c)) compact.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

class Renderer {
 public:
  explicit Renderer(const HtmlTree& tree)
      : tree_(tree),
        s_(tree.input()),
        charset_(tree.charset()),
        latin_(tree.charset() != Charset::kUtf8) {
    out_.input_size = s_.size();
    out_.title = tree.Title();
  }

  HtmlText Run() && {
    const uint32_t root = tree_.root();
    uint32_t n = root;
    while (true) {
      const bool descend = Enter(n);
      if (descend && tree_.node(n).first_child != kNoNode) {
        n = tree_.node(n).first_child;
        continue;
      }
      Leave(n, descend);
      while (n != root && tree_.node(n).next == kNoNode) {
        n = tree_.node(n).parent;
        Leave(n, true);
      }
      if (n == root) break;
      n = tree_.node(n).next;
    }
    EndBlock();
    return std::move(out_);
  }

 private:
  // A footnote's mark in the text ("points<a href=#fn-1><sup>1</sup></a> than", Wikipedia's
  // "<sup><a href=#cite_note-3>[3]</a></sup>"): a superscript of a few digits or signs, or one
  // letter, in or around a link to a place on the page. The reader's eye skips it; as text it glues
  // to the word before ("points1 than"). Exponents and units ("m<sup>2</sup>") link nowhere.
  bool IsFootnoteMark(uint32_t sup) const {
    const auto in_page_link = [&](uint32_t n) {
      if (tree_.tag(n) != Tag::kA) return false;
      const auto href = tree_.Attr(n, "href");
      return href && !href->empty() && (*href)[0] == '#';
    };
    bool linked = false;
    for (uint32_t a = tree_.node(sup).parent, k = 0; a != kNoNode && k < 2 && !linked;
         a = tree_.node(a).parent, ++k) {
      linked = in_page_link(a);
    }
    size_t marks = 0;
    size_t letters = 0;  // a footnote is numbered, or lettered with one letter ("a", "[b]")
    bool only_marks = true;
    const auto visit = [&](auto&& self, uint32_t n, int depth) -> void {
      for (uint32_t c = tree_.node(n).first_child; c != kNoNode && only_marks;
           c = tree_.node(c).next) {
        if (tree_.tag(c) == Tag::kText) {
          for (size_t i = tree_.node(c).start; i < tree_.node(c).end && only_marks; ++i) {
            const char ch = s_[i];
            if (IsHtmlSpace(ch)) continue;
            letters += std::isalpha(static_cast<unsigned char>(ch)) ? 1 : 0;
            only_marks = ++marks <= 6 && letters <= 1 &&
                         (std::isalnum(static_cast<unsigned char>(ch)) || ch == '[' || ch == ']' ||
                          ch == '*' || ch == ',' || ch == '-');
          }
        } else if (depth < 3) {
          linked = linked || in_page_link(c);
          self(self, c, depth + 1);
        } else {
          only_marks = false;
        }
      }
    };
    visit(visit, sup, 0);
    return linked && only_marks && marks > 0;
  }

  // Returns whether to go into the node's children.
  bool Enter(uint32_t n) {
    const HtmlNode& node = tree_.node(n);
    if (node.tag == Tag::kText) {
      if (node.raw_text) return false;  // only inside hidden elements (script, style…)
      if (pre_depth_ > 0) {
        PreText(node.start, node.end);
      } else {
        FlowText(node.start, node.end);
      }
      return false;
    }
    if (node.tag == Tag::kDocument) return true;
    if (IsHidden(tree_, n)) return false;
    // An inline element's class, read once: it may hide the element or set it as a block.
    std::string inline_class;
    if (node.attribute_count > 0 && !IsBlockElement(node.tag)) {
      inline_class = LowerAscii(tree_.Attr(n, "class").value_or(""));
    }
    // Words a style sheet hides inside a line: a screen reader's label, or an icon's in a <span>
    // or <i> ("said<span class=\"external-link-icon\">Opens a new window</span> that…" read
    // "saidOpens a new window that"; a link an icon class marks as external keeps its words).
    // Not in a heading, where a screen reader's words part a kicker from its headline
    // ("Klimaschutz<span class=sr-only>: </span>Bohren, bis es heiß wird", set on two lines).
    // Blocks with such classes are the article reader's to judge.
    if (!inline_class.empty() && !InHeading() &&
        (ScreenReaderOnly(inline_class) || ((node.tag == Tag::kSpan || node.tag == Tag::kI) &&
                                            AnyClassToken(inline_class, IconToken)))) {
      Space(node.start, node.start);  // what it stood between stays apart
      return false;
    }
    if (node.tag == Tag::kSup && IsFootnoteMark(n)) return false;
    if (node.tag == Tag::kBr) {
      LineBreak(node.start);
      return false;
    }
    // A block element, or an inline one whose class says it is an image's caption: pages style
    // those as blocks, and inside a paragraph ("<p><span class=\"caption\">© Provided by …
    // </span> Nintendo and Apple shocked…</p>") the caption must not take the paragraph's text
    // with it.
    if (IsBlockElement(node.tag) ||
        (node.tag != Tag::kA && inline_class.find("caption") != std::string::npos)) {
      EndBlock();
      block_nodes_.push_back(n);
    }
    if (node.tag == Tag::kA) ++link_depth_;
    if (node.tag == Tag::kPre || node.tag == Tag::kListing || node.tag == Tag::kPlaintext ||
        node.tag == Tag::kXmp) {
      ++pre_depth_;
    }
    return true;
  }

  void Leave(uint32_t n, bool entered) {
    const HtmlNode& node = tree_.node(n);
    if (!entered || node.tag == Tag::kText || node.tag == Tag::kDocument) return;
    if (node.tag == Tag::kA) --link_depth_;
    if (node.tag == Tag::kPre || node.tag == Tag::kListing || node.tag == Tag::kPlaintext ||
        node.tag == Tag::kXmp) {
      --pre_depth_;
    }
    if (!block_nodes_.empty() && block_nodes_.back() == n) {  // it started a block
      EndBlock();
      block_nodes_.pop_back();
    }
  }

  bool InHeading() const {
    switch (tree_.tag(BlockNode())) {
      case Tag::kH1:
      case Tag::kH2:
      case Tag::kH3:
      case Tag::kH4:
      case Tag::kH5:
      case Tag::kH6:
        return true;
      default:
        return false;
    }
  }

  uint32_t BlockNode() const { return block_nodes_.empty() ? tree_.root() : block_nodes_.back(); }

  // Starts a block at the first visible character after a block boundary.
  void BeginContent(size_t at) {
    if (block_open_) return;
    if (!out_.text.empty()) out_.Append("\n\n", at, at, false);
    out_.blocks.push_back({BlockNode(), out_.text.size(), out_.text.size()});
    block_open_ = true;
    block_in_end_ = at;
    pending_space_ = false;
    line_breaks_ = 0;
  }

  void EndBlock() {
    if (block_open_) {
      // Trailing line breaks are not content.
      TextBlock& b = out_.blocks.back();
      b.end = out_.text.size();
      while (b.end > b.start && out_.text[b.end - 1] == '\n') --b.end;
      out_.text.resize(b.end);
      while (!out_.pieces.empty() && out_.pieces.back().out >= b.end) out_.pieces.pop_back();
      drop_cap_end_ = kNoDropCap;
      if (b.end > b.start) {
        const CodePoint first = DecodeAt(out_.text, b.start);
        if (b.start + static_cast<size_t>(first.length) == b.end && IsUpper(first.value)) {
          drop_cap_end_ = block_in_end_;
        }
      }
    }
    block_open_ = false;
    pending_space_ = false;
    line_breaks_ = 0;
  }

  // The tree can hold text in another order than the page's bytes (a table's stray text is
  // put before the table, as browsers do): a block's text must come from the bytes in order,
  // so that every range of it maps back to one range of the page, and such text starts anew.
  void EndBlockIfBefore(size_t at) {
    if (block_open_ && at < block_in_end_) EndBlock();
  }

  void LineBreak(size_t at) {
    EndBlockIfBefore(at);
    if (!block_open_) return;  // a <br> before any text of the block adds nothing
    pending_space_ = false;
    if (++line_breaks_ >= 2) {  // "<br><br>": a paragraph break in old-style pages
      EndBlock();
      return;
    }
    out_.Append("\n", at, at, false);
    block_in_end_ = std::max(block_in_end_, at);
  }

  // A drop cap: a block of one capital letter ("<span class=dropcap>T</span><p>urkey, Poland…"),
  // then, with no space between them in the page, text starting in lowercase. The page shows
  // one word; the letter's block goes on with the paragraph.
  bool ContinuesDropCap(std::string_view bytes, size_t in_start) const {
    if (block_open_ || drop_cap_end_ == kNoDropCap || bytes.empty() || in_start < drop_cap_end_ ||
        in_start - drop_cap_end_ > kMaxDropCapGap || !IsLower(DecodeAt(bytes, 0).value)) {
      return false;
    }
    // The letter sits inline in an element that holds the paragraph ("<div><span>T</span><p>"),
    // never in a cell or item of its own beside the next one ("<td>A</td><td>yes</td>").
    bool inside = false;
    const uint32_t letter_block = out_.blocks.back().node;
    for (uint32_t n = BlockNode(); n != kNoNode && !inside; n = tree_.node(n).parent) {
      inside = n != letter_block && tree_.node(n).parent == letter_block;
    }
    if (!inside) return false;
    bool in_tag = false;
    for (size_t i = drop_cap_end_; i < in_start; ++i) {
      if (s_[i] == '<') in_tag = true;
      if (s_[i] == '>') in_tag = false;
      if (!in_tag && s_[i] != '>' && s_[i] != '<') return false;  // a space or text between them
    }
    return true;
  }

  void Emit(std::string_view bytes, size_t in_start, size_t in_end, bool verbatim) {
    if (ContinuesDropCap(bytes, in_start)) {
      block_open_ = true;
      out_.blocks.back().node = BlockNode();  // the paragraph the letter begins
    }
    drop_cap_end_ = kNoDropCap;
    EndBlockIfBefore(pending_space_ ? std::min(space_start_, in_start) : in_start);
    BeginContent(in_start);
    block_in_end_ = std::max(block_in_end_, in_end);
    if (pending_space_) {
      out_.Append(" ", space_start_, space_end_, false);
      if (link_depth_ > 0 && space_link_) ++out_.blocks.back().link_bytes;
      pending_space_ = false;
    }
    line_breaks_ = 0;
    out_.Append(bytes, in_start, in_end, verbatim);
    if (link_depth_ > 0) out_.blocks.back().link_bytes += bytes.size();
  }

  void Space(size_t start, size_t end) {
    if (!block_open_ || line_breaks_ > 0) return;
    if (!pending_space_) {
      space_start_ = start;
      space_link_ = link_depth_ > 0;  // a space between two words of one link is link text
    }
    space_end_ = end;
    pending_space_ = true;
  }

  // One byte of a single-byte page (windows-1252, -1250, KOI8-R…), as UTF-8 (NBSP reads as a
  // space).
  void EmitLatin(size_t i) {
    const char32_t c = DecodeByte(charset_, static_cast<unsigned char>(s_[i]));
    if (c == 0xA0 && pre_depth_ == 0) {
      Space(i, i + 1);
      return;
    }
    std::string bytes;
    AppendUtf8(bytes, c);
    Emit(bytes, i, i + 1, false);
  }

  // A soft hyphen (U+00AD, "&shy;") only says where a word may break at a line's end: the
  // page shows none mid-line, so flowing text drops it and "Mit&shy;tel&shy;al&shy;ter" reads
  // as the one word people see ("Mittelalter"), for words, names and matching alike.
  static constexpr char32_t kSoftHyphen = 0xAD;
  bool IsSoftHyphenAt(size_t i, size_t end) const {
    return !latin_ && i + 1 < end && static_cast<unsigned char>(s_[i]) == 0xC2 &&
           static_cast<unsigned char>(s_[i + 1]) == 0xAD;
  }

  // Text under normal white-space rules: runs of spaces become one, references are decoded.
  void FlowText(size_t start, size_t end) {
    size_t i = start;
    while (i < end) {
      const char c = s_[i];
      if (IsHtmlSpace(c)) {
        size_t j = i;
        while (j < end && IsHtmlSpace(s_[j])) ++j;
        Space(i, j);
        i = j;
        continue;
      }
      if (c == '&') {
        const CharRef r = DecodeCharRef(s_.substr(0, end), i, false);
        if (r.length > 0) {
          // &nbsp; reads as a space; "&Tab;" and "&NewLine;" are white space like any other
          if (r.value == 0xA0 || r.value == U'\t' || r.value == U'\n') {
            Space(i, i + r.length);
          } else if (r.value == kSoftHyphen) {
            // dropped, see kSoftHyphen
          } else {
            std::string bytes;
            AppendUtf8(bytes, r.value);
            if (r.second != 0) AppendUtf8(bytes, r.second);
            Emit(bytes, i, i + r.length, false);
          }
          i += r.length;
          continue;
        }
      }
      if (c == '\0') {  // a browser drops NUL characters from text
        ++i;
        continue;
      }
      if (latin_ && static_cast<unsigned char>(c) >= 0x80) {
        if (static_cast<unsigned char>(c) != 0xAD) EmitLatin(i);
        ++i;
        continue;
      }
      if (IsSoftHyphenAt(i, end)) {
        i += 2;
        continue;
      }
      size_t j = i + 1;
      while (j < end && !IsHtmlSpace(s_[j]) && s_[j] != '&' && s_[j] != '\0' &&
             !(latin_ && static_cast<unsigned char>(s_[j]) >= 0x80) && !IsSoftHyphenAt(j, end)) {
        ++j;
      }
      Emit(s_.substr(i, j - i), i, j, true);
      i = j;
    }
  }

  // Text inside <pre>: white space and line breaks kept (CRLF read as one break).
  void PreText(size_t start, size_t end) {
    size_t i = start;
    while (i < end) {
      const char c = s_[i];
      if (c == '\n' || c == '\r') {
        const size_t len = (c == '\r' && i + 1 < end && s_[i + 1] == '\n') ? 2 : 1;
        EndBlockIfBefore(i);
        if (block_open_) out_.Append("\n", i, i + len, len == 1 && c == '\n');
        i += len;
        continue;
      }
      if (c == '&') {
        const CharRef r = DecodeCharRef(s_.substr(0, end), i, false);
        if (r.length > 0) {
          std::string bytes;
          AppendUtf8(bytes, r.value == 0xA0 ? U' ' : r.value);
          if (r.second != 0) AppendUtf8(bytes, r.second);
          Emit(bytes, i, i + r.length, false);
          i += r.length;
          continue;
        }
      }
      if (!block_open_ && IsHtmlSpace(c)) {  // leading blanks of a block are not content
        ++i;
        continue;
      }
      if (latin_ && static_cast<unsigned char>(c) >= 0x80) {
        EmitLatin(i);
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < end && s_[j] != '\n' && s_[j] != '\r' && s_[j] != '&' &&
             !(latin_ && static_cast<unsigned char>(s_[j]) >= 0x80)) {
        ++j;
      }
      Emit(s_.substr(i, j - i), i, j, true);
      i = j;
    }
  }

  const HtmlTree& tree_;
  std::string_view s_;
  const Charset charset_;
  const bool latin_;  // a single-byte charset: each byte >= 0x80 is one character
  HtmlText out_;
  std::vector<uint32_t> block_nodes_;
  int pre_depth_ = 0;
  int link_depth_ = 0;
  bool block_open_ = false;
  size_t block_in_end_ = 0;  // where the open block's text ends in the page
  // Where the last block ended in the page when it was one capital letter (a drop cap).
  static constexpr size_t kNoDropCap = static_cast<size_t>(-1);
  static constexpr size_t kMaxDropCapGap = 1024;  // bytes of markup between letter and word
  size_t drop_cap_end_ = kNoDropCap;
  bool pending_space_ = false;
  size_t space_start_ = 0;
  size_t space_end_ = 0;
  bool space_link_ = false;
  int line_breaks_ = 0;
};

}  // namespace

size_t HtmlText::OriginalStart(size_t start) const {
  if (start >= text.size() || pieces.empty()) return input_size;
  const auto it = std::upper_bound(pieces.begin(), pieces.end(), start,
                                   [](size_t v, const Piece& p) { return v < p.out; });
  const Piece& p = *(it - 1);
  return p.verbatim ? p.in_start + (start - p.out) : p.in_start;
}

size_t HtmlText::OriginalEnd(size_t end) const {
  if (end == 0 || pieces.empty()) return 0;
  const size_t last = std::min(end, text.size()) - 1;
  const auto it = std::upper_bound(pieces.begin(), pieces.end(), last,
                                   [](size_t v, const Piece& p) { return v < p.out; });
  const Piece& p = *(it - 1);
  return p.verbatim ? p.in_start + (last - p.out) + 1 : p.in_end;
}

void HtmlText::Append(std::string_view bytes, size_t in_start, size_t in_end, bool verbatim) {
  if (bytes.empty()) return;
  const auto out = static_cast<uint32_t>(text.size());
  text.append(bytes);
  if (verbatim && !pieces.empty()) {
    Piece& last = pieces.back();
    if (last.verbatim && last.in_end == in_start && last.in_start + (out - last.out) == in_start) {
      last.in_end = static_cast<uint32_t>(in_end);
      return;
    }
  }
  pieces.push_back({out, static_cast<uint32_t>(in_start), static_cast<uint32_t>(in_end), verbatim});
}

void HtmlText::AppendFrom(const HtmlText& other, size_t start, size_t end) {
  if (end <= start) return;
  auto it = std::upper_bound(other.pieces.begin(), other.pieces.end(), start,
                             [](size_t v, const Piece& p) { return v < p.out; }) - 1;
  for (size_t at = start; at < end; ++it) {
    const size_t piece_end = it + 1 == other.pieces.end() ? other.text.size() : (it + 1)->out;
    const size_t stop = std::min(end, piece_end);
    const std::string_view bytes = std::string_view(other.text).substr(at, stop - at);
    if (it->verbatim) {
      const size_t in = it->in_start + (at - it->out);
      Append(bytes, in, in + bytes.size(), true);
    } else {
      Append(bytes, it->in_start, it->in_end, false);
    }
    at = stop;
  }
}

bool ScreenReaderOnlyClass(std::string_view value) { return ScreenReaderOnly(LowerAscii(value)); }

bool IsBlockElement(Tag tag) {
  switch (tag) {
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote:
    case Tag::kBody: case Tag::kCenter: case Tag::kDd: case Tag::kDetails: case Tag::kDialog:
    case Tag::kDir: case Tag::kDiv: case Tag::kDl: case Tag::kDt: case Tag::kFieldset:
    case Tag::kFigcaption: case Tag::kFigure: case Tag::kFooter: case Tag::kForm: case Tag::kH1:
    case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kHeader:
    case Tag::kHgroup: case Tag::kHr: case Tag::kHtml: case Tag::kLegend: case Tag::kLi:
    case Tag::kListing: case Tag::kMain: case Tag::kMenu: case Tag::kNav: case Tag::kOl:
    case Tag::kP: case Tag::kPlaintext: case Tag::kPre: case Tag::kSearch: case Tag::kSection:
    case Tag::kSummary: case Tag::kUl: case Tag::kXmp: case Tag::kTable: case Tag::kCaption:
    case Tag::kThead: case Tag::kTbody: case Tag::kTfoot: case Tag::kTr: case Tag::kTd:
    case Tag::kTh: case Tag::kOptgroup: case Tag::kOption: case Tag::kFrameset:
      return true;
    default:
      return false;
  }
}

namespace {

// Whether a <noscript> read as markup holds prose: paragraphs of at least kNoscriptProse bytes
// of text in all (an article kept for readers without JavaScript), not a tracking pixel, a
// lazy image's fallback or an "enable JavaScript" note. Reads at most kNoscriptScan nodes.
constexpr size_t kNoscriptProse = 400;
constexpr size_t kNoscriptScan = 4096;
constexpr size_t kSiblingScan = 512;  // nodes read beside a <noscript> before giving up
bool NoscriptHoldsProse(const HtmlTree& tree, uint32_t n) {
  size_t prose = 0;
  size_t in_p = 0;  // <p> elements open around the current node
  size_t seen = 0;
  for (uint32_t c = tree.node(n).first_child; c != kNoNode && seen < kNoscriptScan; ++seen) {
    const HtmlNode& node = tree.node(c);
    if (node.tag == Tag::kText && !node.raw_text && in_p > 0) {
      prose += node.end - node.start;
      if (prose >= kNoscriptProse) return true;
    }
    if (node.first_child != kNoNode) {
      in_p += node.tag == Tag::kP ? 1 : 0;
      c = node.first_child;
      continue;
    }
    // Up past the last children, leaving their <p> elements.
    while (c != n && tree.node(c).next == kNoNode) {
      c = tree.node(c).parent;
      if (c != n && tree.node(c).tag == Tag::kP) --in_p;
    }
    if (c == n) break;
    c = tree.node(c).next;
  }
  return false;
}

// Whether the <noscript>'s parent shows text of its own beside it: then the <noscript> is the
// fallback copy of what scripts already put on the page (a saved or live page of a blog whose
// post was rendered from a template), and showing it would give the article twice.
bool SiblingsShowText(const HtmlTree& tree, uint32_t n) {
  const uint32_t parent = tree.node(n).parent;
  if (parent == kNoNode) return false;
  size_t seen = 0;
  for (uint32_t s = tree.node(parent).first_child; s != kNoNode && seen < kSiblingScan;
       s = tree.node(s).next) {
    ++seen;  // every sibling counts, so a page of 60,000 <noscript> boxes stays linear
    if (s == n) continue;
    const Tag t = tree.tag(s);
    if (t == Tag::kNoscript || t == Tag::kScript || t == Tag::kStyle || t == Tag::kTemplate) continue;
    bool found = false;
    tree.Walk(
        s,
        [&](uint32_t c) {
          ++seen;
          const HtmlNode& node = tree.node(c);
          if (found || node.tag != Tag::kText || node.raw_text) return;
          for (char ch : tree.RawText(c)) {
            if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') {
              found = true;
              return;
            }
          }
        },
        [&](uint32_t c) {
          const Tag ct = tree.tag(c);
          return found || seen >= kSiblingScan || ct == Tag::kNoscript || ct == Tag::kScript ||
                 ct == Tag::kStyle || ct == Tag::kTemplate;
        });
    if (found) return true;
    if (seen >= kSiblingScan) return false;
  }
  return false;
}

}  // namespace

bool IsHidden(const HtmlTree& tree, uint32_t n) {
  const HtmlNode& node = tree.node(n);
  switch (node.tag) {
    case Tag::kNoscript:
      return !NoscriptHoldsProse(tree, n) || SiblingsShowText(tree, n);
    case Tag::kHead: case Tag::kTitle: case Tag::kScript: case Tag::kStyle:
    case Tag::kTemplate: case Tag::kIframe: case Tag::kObject: case Tag::kEmbed: case Tag::kSvg:
    case Tag::kCanvas: case Tag::kVideo: case Tag::kAudio: case Tag::kSelect:
    case Tag::kTextarea: case Tag::kInput: case Tag::kMap: case Tag::kFrame: case Tag::kNoembed:
    case Tag::kNoframes: case Tag::kMeta: case Tag::kLink: case Tag::kBase: case Tag::kParam:
    case Tag::kSource: case Tag::kTrack: case Tag::kApplet: case Tag::kKeygen:
      return true;
    case Tag::kDialog:
      if (!tree.HasAttr(n, "open")) return true;
      break;
    case Tag::kText: case Tag::kDocument:
      return false;
    default:
      break;
  }
  if (node.attribute_count == 0) return false;
  if (tree.HasAttr(n, "hidden")) return true;
  const std::optional<std::string> style = tree.Attr(n, "style");
  return style && StyleHides(*style);
}

HtmlText RenderText(const HtmlTree& tree) { return Renderer(tree).Run(); }

HtmlText HtmlToText(std::string_view html) { return RenderText(HtmlTree::Parse(html)); }

bool LooksLikeHtml(std::string_view s) {
  for (size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    size_t p = i + 1;
    if (p < s.size() && s[p] == '/') ++p;
    if (s.size() - p >= 9 && LowerAscii(s.substr(p, 9)) == "!doctype ") return true;
    size_t e = p;
    while (e < s.size() && e - p < 16 && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z') ||
                                          (s[e] >= '0' && s[e] <= '9'))) {
      ++e;
    }
    const std::string name = LowerAscii(s.substr(p, e - p));
    if (!name.empty() && std::find(kMarkers.begin(), kMarkers.end(), name) != kMarkers.end() &&
        e < s.size() && (s[e] == '>' || IsHtmlSpace(s[e]) || s[e] == '/')) {
      return true;
    }
  }
  return false;
}

}  // namespace precis::text
