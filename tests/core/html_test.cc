#include "text/html.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(HtmlTest, RecognisesMarkupButNotComparisons) {
  EXPECT_TRUE(LooksLikeHtml("<p>Hello</p>"));
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("Line one<br/>line two"));
  EXPECT_FALSE(LooksLikeHtml("We find that a < b works. But c > x."));
  EXPECT_FALSE(LooksLikeHtml("Use <T> in templates"));
}

TEST(HtmlTest, BlocksBecomeParagraphsAndInlineTagsDisappear) {
  const HtmlText h = HtmlToText("<p>One <b>bold</b> word.</p><div>Two\n   lines</div><br>Three");
  EXPECT_EQ(h.text, "One bold word.\n\nTwo lines\n\nThree");
}

TEST(HtmlTest, DecodesEntities) {
  const HtmlText h =
      HtmlToText("<p>Fish &amp; chips &#8211; &#x20AC;5 &hellip; &bogus; &lt;b&gt;</p>");
  EXPECT_EQ(h.text,
            "Fish & chips \xE2\x80\x93 \xE2\x82\xAC"
            "5 \xE2\x80\xA6 &bogus; <b>");
}

TEST(HtmlTest, DropsScriptsStylesNavigationAndFooters) {
  const HtmlText h = HtmlToText(
      "<html><head><title>The Title</title><style>p{color:red}</style></head><body>"
      "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
      "<script>var s = '</p><p>fake';</script>"
      "<article><p>Real text.</p></article>"
      "<aside><p>Related story</p></aside><footer>Copyright</footer></body></html>");
  EXPECT_EQ(h.title, "The Title");
  EXPECT_EQ(h.text, "Real text.");
}

TEST(HtmlTest, EveryOutputByteMapsBackToItsSource) {
  const std::string html = "<p>Caf&eacute; <i>open</i></p>";
  const HtmlText h = HtmlToText(html);
  ASSERT_EQ(h.text, "Caf\xC3\xA9 open");
  const size_t open = h.text.find("open");
  EXPECT_EQ(html.substr(h.OriginalStart(open), h.OriginalEnd(open + 4) - h.OriginalStart(open)),
            "open");
  // The two bytes of "é" both map to the whole entity.
  EXPECT_EQ(html.substr(h.OriginalStart(3), h.OriginalEnd(5) - h.OriginalStart(3)), "&eacute;");
}

TEST(HtmlTest, DeepNestingAndUnclosedTagsAreLinear) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div><span>";
  html += "Deep text.";
  html += "<script>";  // never closed
  html += std::string(100000, 'x');
  const HtmlText h = HtmlToText(html);
  EXPECT_EQ(h.text, "Deep text.");
  EXPECT_EQ(HtmlToText("a <b").text, "a <b");
}

}  // namespace
}  // namespace precis::text
