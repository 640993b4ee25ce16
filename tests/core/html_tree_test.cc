#include "text/html_tree.h"

#include <gtest/gtest.h>

#include <string>

#include "text/html.h"

namespace precis::text {
namespace {

// The tree as a bracketed string: "p(text)" for elements, the text for text nodes.
std::string Shape(const HtmlTree& tree, uint32_t n) {
  const HtmlNode& node = tree.node(n);
  if (node.tag == Tag::kText) return std::string(tree.RawText(n));
  std::string out = node.tag == Tag::kDocument ? "" : tree.TagName(n);
  std::string inner;
  for (uint32_t c = node.first_child; c != kNoNode; c = tree.node(c).next) {
    if (!inner.empty()) inner += ' ';
    inner += Shape(tree, c);
  }
  if (node.tag == Tag::kDocument) return inner;
  return inner.empty() ? out : out + "(" + inner + ")";
}

std::string Parsed(std::string_view html) {
  const HtmlTree tree = HtmlTree::Parse(html);
  return Shape(tree, tree.root());
}

TEST(HtmlTreeTest, ParagraphsCloseEachOtherAndBlocksCloseThem) {
  EXPECT_EQ(Parsed("<p>one<p>two<div>three</div>"), "p(one) p(two) div(three)");
  EXPECT_EQ(Parsed("<p>one<h2>head</h2>"), "p(one) h2(head)");
  EXPECT_EQ(Parsed("<p>one<span>two</span>"), "p(one span(two))");
}

TEST(HtmlTreeTest, ListItemsAndDefinitionsCloseTheirSiblings) {
  EXPECT_EQ(Parsed("<ul><li>a<li>b</ul>"), "ul(li(a) li(b))");
  EXPECT_EQ(Parsed("<ul><li>a<ul><li>b</ul><li>c</ul>"), "ul(li(a ul(li(b))) li(c))");
  EXPECT_EQ(Parsed("<dl><dt>t<dd>d<dt>u</dl>"), "dl(dt(t) dd(d) dt(u))");
}

TEST(HtmlTreeTest, EndTagWithoutStartIsIgnoredExceptParagraphAndBreak) {
  EXPECT_EQ(Parsed("a</div>b"), "a b");
  EXPECT_EQ(Parsed("a</p>b"), "a p b");  // a browser inserts an empty paragraph
  EXPECT_EQ(Parsed("a</br>b"), "a br b");
}

TEST(HtmlTreeTest, MisnestedFormattingLeavesTheBlockOpen) {
  // HTML5's adoption agency keeps "y" inside the paragraph.
  EXPECT_EQ(HtmlToText("<b><p>x</b>y</p>z").text, "xy\n\nz");
  EXPECT_EQ(Parsed("<p><b>bold<i>both</b>italic</i></p>"), "p(b(bold i(both)) italic)");
}

TEST(HtmlTreeTest, RawTextAndCommentsHideMarkup) {
  EXPECT_EQ(Parsed("<script>if (a<b) document.write('<p>x</p>')</script><p>y"),
            "script(if (a<b) document.write('<p>x</p>')) p(y)");
  EXPECT_EQ(Parsed("<!-- <p>hidden</p> --><p>shown"), "p(shown)");
  EXPECT_EQ(Parsed("<title>A <b>bold</b> title</title>"), "title(A <b>bold</b> title)");
  EXPECT_EQ(Parsed("<!--->x"), "x");
}

TEST(HtmlTreeTest, AttributesAreTokenizedLikeABrowser) {
  const HtmlTree tree = HtmlTree::Parse(
      "<div class='story body' data-x=\"a>b\" id=main title=it's hidden>text</div>");
  const uint32_t div = tree.node(tree.root()).first_child;
  ASSERT_EQ(tree.tag(div), Tag::kDiv);
  EXPECT_EQ(tree.Attr(div, "CLASS").value_or(""), "story body");
  EXPECT_EQ(tree.Attr(div, "data-x").value_or(""), "a>b");
  EXPECT_EQ(tree.Attr(div, "id").value_or(""), "main");
  EXPECT_EQ(tree.Attr(div, "title").value_or(""), "it's");
  EXPECT_TRUE(tree.HasAttr(div, "hidden"));
  EXPECT_FALSE(tree.Attr(div, "missing").has_value());
  EXPECT_EQ(HtmlTree::Parse("<a href='?a=1&amp;b=2&copy=3'>").Attr(1, "href").value_or(""),
            "?a=1&b=2&copy=3");
}

TEST(HtmlTreeTest, TablesGetImpliedRowsAndFosterParentedText) {
  EXPECT_EQ(Parsed("<table><td>a<td>b<tr><td>c</table>"), "table(tr(td(a) td(b)) tr(td(c)))");
  // Text in a table but outside a cell is shown before the table.
  EXPECT_EQ(HtmlToText("<table><tr>stray<td>cell</td></tr></table>").text, "stray\n\ncell");
}

TEST(HtmlTreeTest, ForeignContentHonoursSelfClosingAndBreaksOut) {
  EXPECT_EQ(Parsed("<svg><path/><g><rect/></g></svg><p>after"), "svg(path g(rect)) p(after)");
  // An HTML paragraph inside an unclosed <svg> ends it.
  EXPECT_EQ(HtmlToText("<svg><circle><p>Article text.</p>").text, "Article text.");
}

TEST(HtmlTreeTest, AFormInsideAFormIsIgnoredAndItsEndKeepsContentOpen) {
  EXPECT_EQ(Parsed("<form><div><form>x</form>y</div></form>"), "form(div(x y))");
  EXPECT_EQ(HtmlToText("<form><div>Inside. </form>Still in the div.</div>").text,
            "Inside. Still in the div.");
}

TEST(HtmlTreeTest, NestingStopsAtTheBrowsersDepth) {
  std::string html;
  for (int i = 0; i < 600; ++i) html += "<div>";
  html += "deep";
  const HtmlTree tree = HtmlTree::Parse(html);
  size_t depth = 0;
  uint32_t n = tree.root();
  while (tree.node(n).first_child != kNoNode) {
    n = tree.node(n).first_child;
    ++depth;
  }
  EXPECT_LE(depth, 513u);
  EXPECT_EQ(HtmlToText(html).text, "deep");
}

// A <title> with no end tag anywhere would swallow the page (a browser shows it blank); pages
// stored broken do this, so the title ends at the next tag and the page keeps its text.
TEST(HtmlTreeTest, ATitleNeverClosedEndsAtTheNextTag) {
  EXPECT_EQ(Parsed("<title>Harbour news--> <p>The pier reopened."),
            "title(Harbour news--> ) p(The pier reopened.)");
  EXPECT_EQ(HtmlToText("<title>Harbour news <p>The pier reopened.").text, "The pier reopened.");
  // With its end tag anywhere later, markup inside stays title text, as in a browser.
  EXPECT_EQ(Parsed("<title>A <b>bold</b> title</title>"), "title(A <b>bold</b> title)");
}

TEST(HtmlTreeTest, TitleIsTheFirstOutsideSvg) {
  EXPECT_EQ(HtmlTree::Parse("<svg><title>icon</title></svg><title> Real &amp;\n title </title>").Title(),
            "Real & title");
}

}  // namespace
}  // namespace precis::text
