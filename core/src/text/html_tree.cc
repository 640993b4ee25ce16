#include "text/html_tree.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/html_entities.h"

namespace precis::text {
namespace {

struct NamedTag {
  std::string_view name;
  Tag tag;
};

// Sorted by name for binary search.
constexpr NamedTag kTagNames[] = {
    {"a", Tag::kA},
    {"abbr", Tag::kAbbr},
    {"address", Tag::kAddress},
    {"applet", Tag::kApplet},
    {"area", Tag::kArea},
    {"article", Tag::kArticle},
    {"aside", Tag::kAside},
    {"audio", Tag::kAudio},
    {"b", Tag::kB},
    {"base", Tag::kBase},
    {"big", Tag::kBig},
    {"blockquote", Tag::kBlockquote},
    {"body", Tag::kBody},
    {"br", Tag::kBr},
    {"button", Tag::kButton},
    {"canvas", Tag::kCanvas},
    {"caption", Tag::kCaption},
    {"center", Tag::kCenter},
    {"cite", Tag::kCite},
    {"code", Tag::kCode},
    {"col", Tag::kCol},
    {"colgroup", Tag::kColgroup},
    {"dd", Tag::kDd},
    {"details", Tag::kDetails},
    {"dialog", Tag::kDialog},
    {"dir", Tag::kDir},
    {"div", Tag::kDiv},
    {"dl", Tag::kDl},
    {"dt", Tag::kDt},
    {"em", Tag::kEm},
    {"embed", Tag::kEmbed},
    {"fieldset", Tag::kFieldset},
    {"figcaption", Tag::kFigcaption},
    {"figure", Tag::kFigure},
    {"font", Tag::kFont},
    {"footer", Tag::kFooter},
    {"form", Tag::kForm},
    {"frame", Tag::kFrame},
    {"frameset", Tag::kFrameset},
    {"h1", Tag::kH1},
    {"h2", Tag::kH2},
    {"h3", Tag::kH3},
    {"h4", Tag::kH4},
    {"h5", Tag::kH5},
    {"h6", Tag::kH6},
    {"head", Tag::kHead},
    {"header", Tag::kHeader},
    {"hgroup", Tag::kHgroup},
    {"hr", Tag::kHr},
    {"html", Tag::kHtml},
    {"i", Tag::kI},
    {"iframe", Tag::kIframe},
    {"image", Tag::kImg},  // the parser renames it
    {"img", Tag::kImg},
    {"input", Tag::kInput},
    {"keygen", Tag::kKeygen},
    {"label", Tag::kLabel},
    {"legend", Tag::kLegend},
    {"li", Tag::kLi},
    {"link", Tag::kLink},
    {"listing", Tag::kListing},
    {"main", Tag::kMain},
    {"map", Tag::kMap},
    {"marquee", Tag::kMarquee},
    {"math", Tag::kMath},
    {"menu", Tag::kMenu},
    {"meta", Tag::kMeta},
    {"nav", Tag::kNav},
    {"nobr", Tag::kNobr},
    {"noembed", Tag::kNoembed},
    {"noframes", Tag::kNoframes},
    {"noscript", Tag::kNoscript},
    {"object", Tag::kObject},
    {"ol", Tag::kOl},
    {"optgroup", Tag::kOptgroup},
    {"option", Tag::kOption},
    {"p", Tag::kP},
    {"param", Tag::kParam},
    {"picture", Tag::kPicture},
    {"plaintext", Tag::kPlaintext},
    {"pre", Tag::kPre},
    {"q", Tag::kQ},
    {"s", Tag::kS},
    {"script", Tag::kScript},
    {"search", Tag::kSearch},
    {"section", Tag::kSection},
    {"select", Tag::kSelect},
    {"small", Tag::kSmall},
    {"source", Tag::kSource},
    {"span", Tag::kSpan},
    {"strike", Tag::kStrike},
    {"strong", Tag::kStrong},
    {"style", Tag::kStyle},
    {"sub", Tag::kSub},
    {"summary", Tag::kSummary},
    {"sup", Tag::kSup},
    {"svg", Tag::kSvg},
    {"table", Tag::kTable},
    {"tbody", Tag::kTbody},
    {"td", Tag::kTd},
    {"template", Tag::kTemplate},
    {"textarea", Tag::kTextarea},
    {"tfoot", Tag::kTfoot},
    {"th", Tag::kTh},
    {"thead", Tag::kThead},
    {"time", Tag::kTime},
    {"title", Tag::kTitle},
    {"tr", Tag::kTr},
    {"track", Tag::kTrack},
    {"tt", Tag::kTt},
    {"u", Tag::kU},
    {"ul", Tag::kUl},
    {"video", Tag::kVideo},
    {"wbr", Tag::kWbr},
    {"xmp", Tag::kXmp},
};

constexpr size_t kTagCount = static_cast<size_t>(Tag::kXmp) + 1;
// Chromium's parser stops nesting here (kMaximumHTMLParserDOMTreeDepth); deeper elements are
// added to the deepest open one instead.
constexpr size_t kMaxDepth = 512;
// An end tag of an element the reader does not know looks this far down the open elements.
constexpr size_t kMaxUnknownEndTagSearch = 64;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

template <size_t N>
constexpr std::array<bool, kTagCount> TagSet(const Tag (&tags)[N]) {
  std::array<bool, kTagCount> set{};
  for (Tag t : tags) set[static_cast<size_t>(t)] = true;
  return set;
}

constexpr Tag kVoidTags[] = {Tag::kArea, Tag::kBase,  Tag::kBr,     Tag::kCol,   Tag::kEmbed,
                             Tag::kHr,   Tag::kImg,   Tag::kInput,  Tag::kKeygen, Tag::kLink,
                             Tag::kMeta, Tag::kParam, Tag::kSource, Tag::kTrack, Tag::kWbr,
                             Tag::kFrame};
constexpr auto kVoid = TagSet(kVoidTags);

// Raw text: no markup and no character references inside, up to the matching end tag.
constexpr Tag kRawTags[] = {Tag::kScript,  Tag::kStyle,    Tag::kXmp,     Tag::kIframe,
                            Tag::kNoembed, Tag::kNoframes, Tag::kNoscript};
constexpr auto kRaw = TagSet(kRawTags);

// Start tags that close an open <p> (HTML5 "in body" insertion mode).
constexpr Tag kClosesPTags[] = {
    Tag::kAddress,  Tag::kArticle,    Tag::kAside,  Tag::kBlockquote, Tag::kCenter, Tag::kDetails,
    Tag::kDialog,   Tag::kDir,        Tag::kDiv,    Tag::kDl,         Tag::kFieldset,
    Tag::kFigcaption, Tag::kFigure,   Tag::kFooter, Tag::kHeader,     Tag::kHgroup, Tag::kMain,
    Tag::kMenu,     Tag::kNav,        Tag::kOl,     Tag::kP,          Tag::kSearch, Tag::kSection,
    Tag::kSummary,  Tag::kUl,         Tag::kH1,     Tag::kH2,         Tag::kH3,     Tag::kH4,
    Tag::kH5,       Tag::kH6,         Tag::kPre,    Tag::kListing,    Tag::kForm,   Tag::kLi,
    Tag::kDd,       Tag::kDt,         Tag::kPlaintext, Tag::kTable,   Tag::kHr,     Tag::kXmp};
constexpr auto kClosesP = TagSet(kClosesPTags);

// HTML5's "special" category: an unknown end tag does not close past one of these.
constexpr Tag kSpecialTags[] = {
    Tag::kAddress, Tag::kApplet,   Tag::kArea,     Tag::kArticle,  Tag::kAside,    Tag::kBase,
    Tag::kBlockquote, Tag::kBody,  Tag::kBr,       Tag::kButton,   Tag::kCaption,  Tag::kCenter,
    Tag::kCol,     Tag::kColgroup, Tag::kDd,       Tag::kDetails,  Tag::kDir,      Tag::kDiv,
    Tag::kDl,      Tag::kDt,       Tag::kEmbed,    Tag::kFieldset, Tag::kFigcaption, Tag::kFigure,
    Tag::kFooter,  Tag::kForm,     Tag::kFrame,    Tag::kFrameset, Tag::kH1,       Tag::kH2,
    Tag::kH3,      Tag::kH4,       Tag::kH5,       Tag::kH6,       Tag::kHead,     Tag::kHeader,
    Tag::kHgroup,  Tag::kHr,       Tag::kHtml,     Tag::kIframe,   Tag::kImg,      Tag::kInput,
    Tag::kKeygen,  Tag::kLi,       Tag::kLink,     Tag::kListing,  Tag::kMain,     Tag::kMarquee,
    Tag::kMenu,    Tag::kMeta,     Tag::kNav,      Tag::kNoembed,  Tag::kNoframes, Tag::kNoscript,
    Tag::kObject,  Tag::kOl,       Tag::kP,        Tag::kParam,    Tag::kPlaintext, Tag::kPre,
    Tag::kScript,  Tag::kSearch,   Tag::kSection,  Tag::kSelect,   Tag::kSource,   Tag::kStyle,
    Tag::kSummary, Tag::kTable,    Tag::kTbody,    Tag::kTd,       Tag::kTemplate, Tag::kTextarea,
    Tag::kTfoot,   Tag::kTh,       Tag::kThead,    Tag::kTitle,    Tag::kTr,       Tag::kTrack,
    Tag::kUl,      Tag::kWbr,      Tag::kXmp,      Tag::kDocument};
constexpr auto kSpecial = TagSet(kSpecialTags);

constexpr Tag kFormattingTags[] = {Tag::kA,     Tag::kB,      Tag::kBig,    Tag::kCode,
                                   Tag::kEm,    Tag::kFont,   Tag::kI,      Tag::kNobr,
                                   Tag::kS,     Tag::kSmall,  Tag::kStrike, Tag::kStrong,
                                   Tag::kTt,    Tag::kU};
constexpr auto kFormatting = TagSet(kFormattingTags);

// Elements that bound "has an element in scope".
constexpr Tag kScopeTags[] = {Tag::kApplet, Tag::kCaption, Tag::kHtml,     Tag::kTable,
                              Tag::kTd,     Tag::kTh,      Tag::kMarquee,  Tag::kObject,
                              Tag::kTemplate, Tag::kDocument};
constexpr auto kScope = TagSet(kScopeTags);

// HTML start tags that end foreign content (<svg>, <math>) early.
constexpr Tag kBreakoutTags[] = {
    Tag::kB,  Tag::kBig, Tag::kBlockquote, Tag::kBody, Tag::kBr,   Tag::kCenter, Tag::kCode,
    Tag::kDd, Tag::kDiv, Tag::kDl,         Tag::kDt,   Tag::kEm,   Tag::kEmbed,  Tag::kH1,
    Tag::kH2, Tag::kH3,  Tag::kH4,         Tag::kH5,   Tag::kH6,   Tag::kHead,   Tag::kHr,
    Tag::kI,  Tag::kImg, Tag::kLi,         Tag::kListing, Tag::kMenu, Tag::kMeta, Tag::kNobr,
    Tag::kOl, Tag::kP,   Tag::kPre,        Tag::kS,    Tag::kSmall, Tag::kSpan,  Tag::kStrong,
    Tag::kStrike, Tag::kSub, Tag::kSup,    Tag::kTable, Tag::kTt,  Tag::kU,      Tag::kUl};
constexpr auto kBreakout = TagSet(kBreakoutTags);

constexpr Tag kHeadingTags[] = {Tag::kH1, Tag::kH2, Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6};
constexpr auto kHeading = TagSet(kHeadingTags);

// Tags that only mean something inside a table; outside one they are ignored.
constexpr Tag kTablePartTags[] = {Tag::kCaption, Tag::kCol, Tag::kColgroup, Tag::kTbody,
                                  Tag::kTd,      Tag::kTfoot, Tag::kTh,     Tag::kThead, Tag::kTr};
constexpr auto kTablePart = TagSet(kTablePartTags);

bool In(const std::array<bool, kTagCount>& set, Tag t) { return set[static_cast<size_t>(t)]; }

}  // namespace

Tag TagOf(std::string_view name) {
  const auto* it = std::lower_bound(std::begin(kTagNames), std::end(kTagNames), name,
                                    [](const NamedTag& t, std::string_view n) { return t.name < n; });
  return it != std::end(kTagNames) && it->name == name ? it->tag : Tag::kUnknown;
}

class HtmlTreeBuilder {
 public:
  explicit HtmlTreeBuilder(std::string_view html) {
    tree_.input_ = html;
    s_ = html;
    // About one node per '<' (an element, or the text after a tag): reserving avoids the
    // doubling copies that otherwise make the peak memory twice the tree's.
    const size_t tags = static_cast<size_t>(std::count(html.begin(), html.end(), '<'));
    tree_.nodes_.reserve(tags + 2);
    prev_.reserve(tags + 2);
    tree_.nodes_.emplace_back();
    tree_.nodes_.back().tag = Tag::kDocument;
    prev_.push_back(kNoNode);
    open_count_.fill(0);
  }

  HtmlTree Build() && {
    size_t i = 0;
    while (i < s_.size()) {
      const size_t lt = s_.find('<', i);
      const size_t text_end = lt == std::string_view::npos ? s_.size() : lt;
      if (text_end > i) Text(i, text_end);
      if (lt == std::string_view::npos) break;
      i = Markup(lt);
    }
    return std::move(tree_);
  }

 private:
  struct StartTag {
    Tag tag = Tag::kUnknown;
    uint32_t start = 0, end = 0, name_start = 0, name_end = 0;  // name: for raw-text end tags
    uint32_t first_attribute = 0, attribute_count = 0;
    bool self_closing = false;
  };

  HtmlNode& N(uint32_t i) { return tree_.nodes_[i]; }
  uint32_t Current() const { return open_.empty() ? 0 : open_.back(); }
  Tag CurrentTag() const { return tree_.nodes_[Current()].tag; }
  std::string_view NameOf(uint32_t n) const { return tree_.RawName(n); }

  // --- Tree edits -------------------------------------------------------------------------

  uint32_t NewNode(const HtmlNode& proto) {
    const auto id = static_cast<uint32_t>(tree_.nodes_.size());
    tree_.nodes_.push_back(proto);
    prev_.push_back(kNoNode);
    return id;
  }

  void AppendChild(uint32_t parent, uint32_t child) {
    HtmlNode& p = N(parent);
    N(child).parent = parent;
    if (p.last_child == kNoNode) {
      p.first_child = child;
    } else {
      N(p.last_child).next = child;
      prev_[child] = p.last_child;
    }
    N(parent).last_child = child;
  }

  void InsertBefore(uint32_t sibling, uint32_t child) {
    const uint32_t parent = N(sibling).parent;
    const uint32_t before = prev_[sibling];
    N(child).parent = parent;
    N(child).next = sibling;
    prev_[child] = before;
    prev_[sibling] = child;
    if (before == kNoNode) {
      N(parent).first_child = child;
    } else {
      N(before).next = child;
    }
  }

  // Where new content goes: the current node, or before the table when the current node is a
  // table part that cannot hold it (HTML5 "foster parenting").
  void Insert(uint32_t node, bool table_content) {
    const Tag t = CurrentTag();
    if (!table_content && (t == Tag::kTable || t == Tag::kTbody || t == Tag::kThead ||
                           t == Tag::kTfoot || t == Tag::kTr)) {
      for (size_t k = open_.size(); k-- > 0;) {
        if (tree_.nodes_[open_[k]].tag == Tag::kTable) {
          if (N(open_[k]).parent != kNoNode) {
            InsertBefore(open_[k], node);
            return;
          }
          break;
        }
      }
    }
    AppendChild(Current(), node);
  }

  void Push(uint32_t node) {
    if (open_.size() >= kMaxDepth) return;
    open_.push_back(node);
    ++open_count_[static_cast<size_t>(N(node).tag)];
  }

  void Pop() {
    --open_count_[static_cast<size_t>(N(open_.back()).tag)];
    open_.pop_back();
  }

  void PopUntil(size_t index) {  // pops open_[index] and everything above it
    while (open_.size() > index) Pop();
  }

  void Remove(size_t index) {
    --open_count_[static_cast<size_t>(N(open_[index]).tag)];
    open_.erase(open_.begin() + static_cast<long>(index));
  }

  // Index in open_ of the topmost `tag` reachable before a scope boundary; -1 if none.
  long InScope(Tag tag, Tag extra_boundary_1 = Tag::kDocument,
               Tag extra_boundary_2 = Tag::kDocument) const {
    if (open_count_[static_cast<size_t>(tag)] == 0) return -1;
    for (size_t k = open_.size(); k-- > 0;) {
      const Tag t = tree_.nodes_[open_[k]].tag;
      if (t == tag) return static_cast<long>(k);
      if (In(kScope, t) || t == extra_boundary_1 || t == extra_boundary_2) return -1;
    }
    return -1;
  }

  long HeadingInScope() const {
    size_t open_headings = 0;
    for (Tag h : kHeadingTags) open_headings += open_count_[static_cast<size_t>(h)];
    if (open_headings == 0) return -1;
    for (size_t k = open_.size(); k-- > 0;) {
      const Tag t = tree_.nodes_[open_[k]].tag;
      if (In(kHeading, t)) return static_cast<long>(k);
      if (In(kScope, t)) return -1;
    }
    return -1;
  }

  long InTableScope(Tag tag) const {
    if (open_count_[static_cast<size_t>(tag)] == 0) return -1;
    for (size_t k = open_.size(); k-- > 0;) {
      const Tag t = tree_.nodes_[open_[k]].tag;
      if (t == tag) return static_cast<long>(k);
      if (t == Tag::kTable || t == Tag::kTemplate || t == Tag::kHtml) return -1;
    }
    return -1;
  }

  void CloseP() {
    const long p = InScope(Tag::kP, Tag::kButton);
    if (p >= 0) PopUntil(static_cast<size_t>(p));
  }

  bool InForeignContent() const {
    return open_count_[static_cast<size_t>(Tag::kSvg)] + open_count_[static_cast<size_t>(Tag::kMath)] >
           0;
  }

  // --- Tokens -----------------------------------------------------------------------------

  void Text(size_t start, size_t end) {
    if (skip_newline_ && start < end && s_[start] == '\n') ++start;
    skip_newline_ = false;
    if (start >= end) return;
    bool blank = true;
    for (size_t k = start; k < end && blank; ++k) blank = IsHtmlSpace(s_[k]);
    if (!blank) LeaveHead();
    const uint32_t cur = Current();
    const uint32_t last = N(cur).last_child;
    if (last != kNoNode && N(last).tag == Tag::kText && N(last).end == start) {
      N(last).end = static_cast<uint32_t>(end);
      return;
    }
    HtmlNode text;
    text.tag = Tag::kText;
    text.start = static_cast<uint32_t>(start);
    text.end = static_cast<uint32_t>(end);
    Insert(NewNode(text), blank);
  }

  // At a '<': a tag, a comment, a declaration, or a literal '<'. Returns where to continue.
  size_t Markup(size_t lt) {
    const size_t n = s_.size();
    if (lt + 1 >= n) {
      Text(lt, n);
      return n;
    }
    const char c = s_[lt + 1];
    if (c == '!') {
      if (s_.substr(lt, 4) == "<!--") return Comment(lt);
      const size_t gt = s_.find('>', lt + 2);
      return gt == std::string_view::npos ? n : gt + 1;  // doctype, CDATA outside foreign: bogus
    }
    if (c == '?') {
      const size_t gt = s_.find('>', lt + 2);
      return gt == std::string_view::npos ? n : gt + 1;
    }
    if (c == '/') {
      if (lt + 2 < n && IsAsciiAlpha(s_[lt + 2])) return EndTagToken(lt);
      if (lt + 2 < n && s_[lt + 2] == '>') return lt + 3;  // "</>" is nothing
      if (lt + 2 >= n) {
        Text(lt, n);
        return n;
      }
      const size_t gt = s_.find('>', lt + 2);
      return gt == std::string_view::npos ? n : gt + 1;  // bogus comment
    }
    if (IsAsciiAlpha(c)) return StartTagToken(lt);
    Text(lt, lt + 1);  // "a < b"
    return lt + 1;
  }

  size_t Comment(size_t lt) {
    size_t i = lt + 4;
    if (s_.substr(i, 1) == ">") return i + 1;   // "<!-->"
    if (s_.substr(i, 2) == "->") return i + 2;  // "<!--->"
    for (size_t k = s_.find("--", i); k != std::string_view::npos; k = s_.find("--", k + 1)) {
      if (s_.substr(k + 2, 1) == ">") return k + 3;
      if (s_.substr(k + 2, 2) == "!>") return k + 4;
    }
    return s_.size();
  }

  // Tag name from `i` to whitespace, '/' or '>'; returns its end.
  size_t NameEnd(size_t i) const {
    while (i < s_.size() && !IsHtmlSpace(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
    return i;
  }

  static Tag Lookup(std::string_view raw_name) {
    char buffer[16];
    if (raw_name.size() > sizeof buffer) return Tag::kUnknown;
    for (size_t k = 0; k < raw_name.size(); ++k) buffer[k] = Lower(raw_name[k]);
    return TagOf(std::string_view(buffer, raw_name.size()));
  }

  // Attributes from `i` to the tag's '>'. Returns the position after '>', or npos at the end of
  // the input (a browser drops a tag the input ends in). Records attributes when `record`.
  size_t Attributes(size_t i, bool record, bool* self_closing) {
    const size_t n = s_.size();
    *self_closing = false;
    while (true) {
      while (i < n && IsHtmlSpace(s_[i])) ++i;
      if (i >= n) return std::string_view::npos;
      if (s_[i] == '>') return i + 1;
      if (s_[i] == '/') {
        if (i + 1 < n && s_[i + 1] == '>') {
          *self_closing = true;
          return i + 2;
        }
        ++i;
        continue;
      }
      const size_t name_start = i;
      ++i;  // the first character may be '='
      while (i < n && !IsHtmlSpace(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
      const size_t name_end = i;
      while (i < n && IsHtmlSpace(s_[i])) ++i;
      size_t value_start = i;
      size_t value_end = i;
      if (i < n && s_[i] == '=') {
        ++i;
        while (i < n && IsHtmlSpace(s_[i])) ++i;
        if (i >= n) return std::string_view::npos;
        if (s_[i] == '"' || s_[i] == '\'') {
          const size_t close = s_.find(s_[i], i + 1);
          if (close == std::string_view::npos) return std::string_view::npos;
          value_start = i + 1;
          value_end = close;
          i = close + 1;
        } else {
          value_start = i;
          while (i < n && !IsHtmlSpace(s_[i]) && s_[i] != '>') ++i;
          value_end = i;
        }
      }
      if (record) {
        tree_.attributes_.push_back({static_cast<uint32_t>(name_start),
                                     static_cast<uint32_t>(name_end),
                                     static_cast<uint32_t>(value_start),
                                     static_cast<uint32_t>(value_end)});
      }
    }
  }

  size_t EndTagToken(size_t lt) {
    const size_t name_start = lt + 2;
    const size_t name_end = NameEnd(name_start);
    bool self_closing = false;
    const size_t after = Attributes(name_end, false, &self_closing);
    if (after == std::string_view::npos) return s_.size();
    EndTag(Lookup(s_.substr(name_start, name_end - name_start)),
           s_.substr(name_start, name_end - name_start), lt);
    return after;
  }

  size_t StartTagToken(size_t lt) {
    StartTag t;
    t.start = static_cast<uint32_t>(lt);
    t.name_start = static_cast<uint32_t>(lt + 1);
    const size_t name_end = NameEnd(lt + 1);
    t.name_end = static_cast<uint32_t>(name_end);
    t.tag = Lookup(s_.substr(lt + 1, name_end - lt - 1));
    t.first_attribute = static_cast<uint32_t>(tree_.attributes_.size());
    const size_t after = Attributes(name_end, true, &t.self_closing);
    if (after == std::string_view::npos) {
      tree_.attributes_.resize(t.first_attribute);
      return s_.size();
    }
    t.end = static_cast<uint32_t>(after);
    t.attribute_count = static_cast<uint32_t>(tree_.attributes_.size()) - t.first_attribute;
    return StartTagProcessed(t);
  }

  // --- Tree construction (a reduction of HTML5's "in body" and table insertion modes) -----

  uint32_t Element(const StartTag& t, bool table_content = false) {
    HtmlNode e;
    e.tag = t.tag;
    e.start = t.start;
    e.end = t.end;
    e.first_attribute = t.first_attribute;
    e.attribute_count = static_cast<uint16_t>(std::min<uint32_t>(t.attribute_count, UINT16_MAX));
    const uint32_t id = NewNode(e);
    Insert(id, table_content);
    return id;
  }

  // An element whose content is raw text up to its end tag; returns where parsing resumes.
  size_t RawTextElement(const StartTag& t) {
    const uint32_t id = Element(t, t.tag == Tag::kScript || t.tag == Tag::kStyle);
    const std::string_view name = s_.substr(t.name_start, t.name_end - t.name_start);
    size_t close = t.end;
    while (true) {
      close = s_.find("</", close);
      if (close == std::string_view::npos) break;
      const size_t after = close + 2 + name.size();
      if (EqualsIgnoreCase(s_.substr(close + 2, name.size()), name) &&
          (after >= s_.size() || IsHtmlSpace(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        break;
      }
      close += 2;
    }
    // A <title> never closed swallows the rest of the page, which a browser then shows blank;
    // pages cut or stored broken do this (a crawl's "<title>BBC SPORTi library-->"). Reading
    // the title up to the next tag keeps the page's text instead of giving nothing.
    size_t resume = std::string_view::npos;
    if (close == std::string_view::npos && t.tag == Tag::kTitle) resume = s_.find('<', t.end);
    const size_t text_end = close != std::string_view::npos ? close
                            : resume != std::string_view::npos ? resume
                                                               : s_.size();
    if (text_end > t.end) {
      HtmlNode text;
    text.tag = Tag::kText;
      text.start = t.end;
      text.end = static_cast<uint32_t>(text_end);
      text.raw_text = t.tag != Tag::kTitle && t.tag != Tag::kTextarea;  // RCDATA decodes refs
      AppendChild(id, NewNode(text));
    }
    if (close == std::string_view::npos) return resume != std::string_view::npos ? resume : s_.size();
    bool self_closing = false;
    const size_t after = Attributes(close + 2 + name.size(), false, &self_closing);
    return after == std::string_view::npos ? s_.size() : after;
  }

  // Text or body content while <head> is open ends the head, as "in head" mode does.
  void LeaveHead() {
    if (open_count_[static_cast<size_t>(Tag::kHead)] == 0) return;
    for (size_t k = open_.size(); k-- > 0;) {
      if (tree_.nodes_[open_[k]].tag == Tag::kHead) {
        PopUntil(k);
        return;
      }
    }
  }

  size_t StartTagProcessed(const StartTag& t) {
    const Tag tag = t.tag;
    switch (tag) {
      case Tag::kBase: case Tag::kLink: case Tag::kMeta: case Tag::kNoframes: case Tag::kScript:
      case Tag::kStyle: case Tag::kTemplate: case Tag::kTitle: case Tag::kNoscript: case Tag::kHead:
      case Tag::kHtml:
        break;
      default:
        LeaveHead();
    }
    if (InForeignContent()) {
      const bool breakout =
          In(kBreakout, tag) ||
          (tag == Tag::kFont && (HasAttr(t, "color") || HasAttr(t, "face") || HasAttr(t, "size")));
      if (!breakout) {
        const uint32_t id = Element(t);
        if (!t.self_closing) Push(id);
        return t.end;
      }
      while (InForeignContent()) Pop();
    }
    // <noscript> in the body is read as markup, as a parser without scripting reads it (the
    // way DOMParser and extractors see a saved page): some pages keep their whole article
    // there for readers without JavaScript (Blogger's posts). text/html decides whether it shows.
    const bool noscript_markup =
        tag == Tag::kNoscript && open_count_[static_cast<size_t>(Tag::kHead)] == 0 &&
        (seen_body_ || open_count_[static_cast<size_t>(Tag::kBody)] > 0);
    if ((In(kRaw, tag) && !noscript_markup) || tag == Tag::kTitle || tag == Tag::kTextarea) {
      if (tag == Tag::kXmp) CloseP();
      return RawTextElement(t);
    }
    if (tag == Tag::kPlaintext) {
      CloseP();
      const uint32_t id = Element(t);
      HtmlNode text;
    text.tag = Tag::kText;
      text.start = t.end;
      text.end = static_cast<uint32_t>(s_.size());
      text.raw_text = true;
      if (text.end > text.start) AppendChild(id, NewNode(text));
      return s_.size();
    }
    switch (tag) {
      case Tag::kHtml:
      case Tag::kBody:
        if (open_count_[static_cast<size_t>(tag)] > 0 || seen_body_) return t.end;  // merged
        if (tag == Tag::kBody) {
          const long head = InScope(Tag::kHead);
          if (head >= 0) PopUntil(static_cast<size_t>(head));
          seen_body_ = true;
        }
        Push(Element(t));
        return t.end;
      case Tag::kHead:
        if (seen_head_ || seen_body_) return t.end;
        seen_head_ = true;
        Push(Element(t));
        return t.end;
      case Tag::kLi:
      case Tag::kDd:
      case Tag::kDt:
        for (size_t k = open_.size(); k-- > 0;) {
          const Tag open = tree_.nodes_[open_[k]].tag;
          const bool same = tag == Tag::kLi ? open == Tag::kLi
                                            : (open == Tag::kDd || open == Tag::kDt);
          if (same) {
            PopUntil(k);
            break;
          }
          if (In(kSpecial, open) && open != Tag::kAddress && open != Tag::kDiv &&
              open != Tag::kP) {
            break;
          }
        }
        CloseP();
        Push(Element(t));
        return t.end;
      case Tag::kForm:
        if (form_open_) return t.end;  // a form inside a form is ignored
        form_open_ = true;
        if (InTableContext()) {  // a form in a table holds nothing (HTML5 "in table")
          Element(t, true);
          return t.end;
        }
        CloseP();
        Push(Element(t));
        return t.end;
      case Tag::kButton: {
        const long b = InScope(Tag::kButton);
        if (b >= 0) PopUntil(static_cast<size_t>(b));
        Push(Element(t));
        return t.end;
      }
      case Tag::kA:
        // An open <a> is closed first: links do not nest.
        if (open_count_[static_cast<size_t>(Tag::kA)] > 0) FormattingEnd(Tag::kA);
        Push(Element(t));
        return t.end;
      case Tag::kNobr:
        if (InScope(Tag::kNobr) >= 0) FormattingEnd(Tag::kNobr);
        Push(Element(t));
        return t.end;
      case Tag::kOption:
      case Tag::kOptgroup:
        if (CurrentTag() == Tag::kOption) Pop();
        Push(Element(t));
        return t.end;
      case Tag::kTable: {
        if (InTableContext()) {  // a table directly inside a table ends the first one
          const long table = InTableScope(Tag::kTable);
          if (table >= 0) PopUntil(static_cast<size_t>(table));
        }
        CloseP();
        Push(Element(t));
        return t.end;
      }
      default:
        break;
    }
    if (In(kTablePart, tag)) {
      if (InTableScope(Tag::kTable) < 0) return t.end;  // outside a table: ignored
      TablePart(t);
      return t.end;
    }
    if (In(kHeading, tag)) {
      CloseP();
      if (In(kHeading, CurrentTag())) Pop();
      Push(Element(t));
      return t.end;
    }
    if (In(kClosesP, tag)) CloseP();
    if (tag == Tag::kPre || tag == Tag::kListing) skip_newline_ = true;
    const uint32_t id = Element(t, tag == Tag::kInput);
    if (!In(kVoid, tag)) Push(id);
    return t.end;
  }

  // True when the current node is a table or one of its row groups or rows (not a cell).
  bool InTableContext() const {
    const Tag t = CurrentTag();
    return t == Tag::kTable || t == Tag::kTbody || t == Tag::kThead || t == Tag::kTfoot ||
           t == Tag::kTr;
  }

  // Pops to the nearest table-structure ancestor of one of `kinds` (not past the table).
  void PopToTable(std::initializer_list<Tag> kinds) {
    for (size_t k = open_.size(); k-- > 0;) {
      const Tag t = tree_.nodes_[open_[k]].tag;
      if (std::find(kinds.begin(), kinds.end(), t) != kinds.end()) {
        PopUntil(k + 1);
        return;
      }
      if (t == Tag::kTable) {
        PopUntil(k + 1);
        return;
      }
    }
  }

  void TablePart(const StartTag& t) {
    switch (t.tag) {
      case Tag::kCaption:
      case Tag::kColgroup:
      case Tag::kTbody:
      case Tag::kThead:
      case Tag::kTfoot:
        PopToTable({});
        Push(Element(t, true));
        return;
      case Tag::kCol:
        PopToTable({Tag::kColgroup});
        Element(t, true);
        return;
      case Tag::kTr:
        PopToTable({Tag::kTbody, Tag::kThead, Tag::kTfoot});
        Push(Element(t, true));
        return;
      case Tag::kTd:
      case Tag::kTh: {
        PopToTable({Tag::kTr, Tag::kTbody, Tag::kThead, Tag::kTfoot});
        if (CurrentTag() != Tag::kTr) {  // a cell without a row gets one, as in a browser
          HtmlNode row;
    row.tag = Tag::kTr;
          const uint32_t id = NewNode(row);
          AppendChild(Current(), id);
          Push(id);
        }
        Push(Element(t, true));
        return;
      }
      default:
        return;
    }
  }

  bool HasAttr(const StartTag& t, std::string_view name) const {
    for (uint32_t k = 0; k < t.attribute_count; ++k) {
      const HtmlAttribute& a = tree_.attributes_[t.first_attribute + k];
      if (EqualsIgnoreCase(s_.substr(a.name_start, a.name_end - a.name_start), name)) return true;
    }
    return false;
  }

  // The end tag of a formatting element: closes it if only inline elements are above it; with a
  // block above it (misnested "<b><p>x</b>y</p>"), the block stays open, as HTML5's adoption
  // agency leaves "y" inside the paragraph.
  void FormattingEnd(Tag tag) {
    for (size_t k = open_.size(); k-- > 0;) {
      const Tag t = tree_.nodes_[open_[k]].tag;
      if (t == tag) {
        bool block_above = false;
        for (size_t j = k + 1; j < open_.size(); ++j) {
          block_above = block_above || In(kSpecial, tree_.nodes_[open_[j]].tag);
        }
        if (block_above) {
          Remove(k);
        } else {
          PopUntil(k);
        }
        return;
      }
      if (In(kScope, t)) return;
    }
  }

  void EndTag(Tag tag, std::string_view name, size_t lt) {
    if (InForeignContent()) {
      for (size_t k = open_.size(); k-- > 0;) {
        const uint32_t node = open_[k];
        const Tag t = tree_.nodes_[node].tag;
        if (EqualsIgnoreCase(NameOf(node), name)) {
          PopUntil(k);
          return;
        }
        if (t == Tag::kSvg || t == Tag::kMath) break;  // not inside: an HTML end tag
      }
      if (tree_.nodes_[Current()].tag != Tag::kSvg && tree_.nodes_[Current()].tag != Tag::kMath &&
          !In(kBreakout, tag)) {
        return;  // an unmatched end tag inside foreign content is ignored
      }
    }
    switch (tag) {
      case Tag::kP: {
        const long p = InScope(Tag::kP, Tag::kButton);
        if (p >= 0) {
          PopUntil(static_cast<size_t>(p));
        } else {  // "</p>" without <p>: a browser inserts an empty paragraph
          HtmlNode e;
    e.tag = Tag::kP;
          e.start = e.end = static_cast<uint32_t>(lt);
          Insert(NewNode(e), false);
        }
        return;
      }
      case Tag::kBr: {
        HtmlNode e;
    e.tag = Tag::kBr;
        e.start = e.end = static_cast<uint32_t>(lt);
        Insert(NewNode(e), false);
        return;
      }
      case Tag::kBody:
      case Tag::kHtml:
        return;  // content after </body> still belongs to the body
      case Tag::kHead: {
        const long head = InScope(Tag::kHead);
        if (head >= 0) PopUntil(static_cast<size_t>(head));
        return;
      }
      case Tag::kForm:
        form_open_ = false;
        for (size_t k = open_.size(); k-- > 0;) {
          if (tree_.nodes_[open_[k]].tag == Tag::kForm) {
            Remove(k);  // HTML5 removes the form from the stack, leaving what it holds open
            return;
          }
        }
        return;
      case Tag::kLi: {
        const long li = InScope(Tag::kLi, Tag::kOl, Tag::kUl);
        if (li >= 0) PopUntil(static_cast<size_t>(li));
        return;
      }
      case Tag::kTable:
      case Tag::kTbody:
      case Tag::kThead:
      case Tag::kTfoot:
      case Tag::kTr:
      case Tag::kTd:
      case Tag::kTh:
      case Tag::kCaption:
      case Tag::kColgroup: {
        const long at = InTableScope(tag);
        if (at >= 0) PopUntil(static_cast<size_t>(at));
        return;
      }
      default:
        break;
    }
    if (In(kHeading, tag)) {
      const long h = HeadingInScope();
      if (h >= 0) PopUntil(static_cast<size_t>(h));
      return;
    }
    if (In(kFormatting, tag)) {
      FormattingEnd(tag);
      return;
    }
    if (tag != Tag::kUnknown && In(kSpecial, tag)) {
      const long at = InScope(tag);
      if (at >= 0) PopUntil(static_cast<size_t>(at));
      return;
    }
    // Any other end tag: the nearest open element of that name, unless a special one is closer.
    if (tag != Tag::kUnknown && open_count_[static_cast<size_t>(tag)] == 0) return;
    const size_t floor = tag == Tag::kUnknown && open_.size() > kMaxUnknownEndTagSearch
                             ? open_.size() - kMaxUnknownEndTagSearch
                             : 0;
    for (size_t k = open_.size(); k-- > floor;) {
      const uint32_t node = open_[k];
      const Tag t = tree_.nodes_[node].tag;
      if (t == tag && (tag != Tag::kUnknown || EqualsIgnoreCase(NameOf(node), name))) {
        PopUntil(k);
        return;
      }
      if (In(kSpecial, t)) return;
    }
  }

  std::string_view s_;
  HtmlTree tree_;
  std::vector<uint32_t> prev_;  // previous sibling of each node, for insertions before a table
  std::vector<uint32_t> open_;  // HTML5's stack of open elements
  std::array<uint32_t, kTagCount> open_count_{};
  bool form_open_ = false;
  bool seen_body_ = false;
  bool seen_head_ = false;
  bool skip_newline_ = false;  // a newline right after <pre> is not content
};

HtmlTree HtmlTree::Parse(std::string_view html) {
  HtmlTree tree = HtmlTreeBuilder(html).Build();
  tree.charset_ = DetectCharset(html);
  return tree;
}

std::string_view HtmlTree::RawName(uint32_t i) const {
  const HtmlNode& n = nodes_[i];
  if (n.tag == Tag::kText || n.tag == Tag::kDocument) return "";
  if (n.end == n.start) {  // an element the parser implied (a table row, "</p>" alone)
    for (const NamedTag& t : kTagNames) {
      if (t.tag == n.tag) return t.name;
    }
    return "";
  }
  size_t end = n.start + 1;
  while (end < n.end && !IsHtmlSpace(input_[end]) && input_[end] != '/' && input_[end] != '>')
    ++end;
  return input_.substr(n.start + 1, end - n.start - 1);
}

std::string HtmlTree::TagName(uint32_t i) const {
  std::string name(RawName(i));
  for (char& c : name) c = Lower(c);
  return name;
}

std::optional<std::string> HtmlTree::Attr(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t k = 0; k < n.attribute_count; ++k) {
    const HtmlAttribute& a = attributes_[n.first_attribute + k];
    if (EqualsIgnoreCase(input_.substr(a.name_start, a.name_end - a.name_start), name)) {
      return DecodeCharRefs(ToUtf8(input_.substr(a.value_start, a.value_end - a.value_start), charset_),
                            true);
    }
  }
  return std::nullopt;
}

bool HtmlTree::HasAttr(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t k = 0; k < n.attribute_count; ++k) {
    const HtmlAttribute& a = attributes_[n.first_attribute + k];
    if (EqualsIgnoreCase(input_.substr(a.name_start, a.name_end - a.name_start), name)) return true;
  }
  return false;
}

std::string_view HtmlTree::RawAttr(uint32_t i, std::string_view name) const {
  const HtmlNode& n = nodes_[i];
  for (uint32_t k = 0; k < n.attribute_count; ++k) {
    const HtmlAttribute& a = attributes_[n.first_attribute + k];
    if (EqualsIgnoreCase(input_.substr(a.name_start, a.name_end - a.name_start), name)) {
      return input_.substr(a.value_start, a.value_end - a.value_start);
    }
  }
  return {};
}

std::string_view HtmlTree::RawText(uint32_t i) const {
  const HtmlNode& n = nodes_[i];
  return input_.substr(n.start, n.end - n.start);
}

std::string HtmlTree::Title() const {
  std::string title;
  uint32_t found = kNoNode;
  Walk(
      root(),
      [&](uint32_t n) {
        if (found == kNoNode && nodes_[n].tag == Tag::kTitle) found = n;
      },
      [&](uint32_t n) { return found != kNoNode || nodes_[n].tag == Tag::kSvg; });
  if (found == kNoNode || nodes_[found].first_child == kNoNode) return title;
  const std::string decoded =
      DecodeCharRefs(ToUtf8(RawText(nodes_[found].first_child), charset_), false);
  for (char c : decoded) {
    if (IsHtmlSpace(c)) {
      if (!title.empty() && title.back() != ' ') title.push_back(' ');
    } else {
      title.push_back(c);
    }
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return title;
}

}  // namespace precis::text
