#include "text/html.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(HtmlTest, RecognisesMarkupButNotComparisons) {
  EXPECT_TRUE(LooksLikeHtml("<p>Hello</p>"));
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("<!doctype html>\n<P>x"));
  EXPECT_TRUE(LooksLikeHtml("Line one<br/>line two"));
  EXPECT_FALSE(LooksLikeHtml("We find that a < b works. But c > x."));
  EXPECT_FALSE(LooksLikeHtml("Use <T> in templates"));
}

TEST(HtmlTest, BlocksBecomeParagraphsAndInlineTagsDisappear) {
  const HtmlText h = HtmlToText("<p>One <b>bold</b> word.</p><div>Two\n   lines</div>Three");
  EXPECT_EQ(h.text, "One bold word.\n\nTwo lines\n\nThree");
  ASSERT_EQ(h.blocks.size(), 3u);
  EXPECT_EQ(h.text.substr(h.blocks[1].start, h.blocks[1].end - h.blocks[1].start), "Two lines");
}

TEST(HtmlTest, LineBreaksStayInsideTheirBlockAndTwoMakeAParagraph) {
  // "CA<br>Sept." must not glue into "CASept.".
  EXPECT_EQ(HtmlToText("<p>SAN JOSE, CA<br>Sept. 5</p>").text, "SAN JOSE, CA\nSept. 5");
  const HtmlText h = HtmlToText("<div>First part<br><br>Second part<br></div>");
  EXPECT_EQ(h.text, "First part\n\nSecond part");
  EXPECT_EQ(h.blocks.size(), 2u);
}

TEST(HtmlTest, TextDirectlyInASectionIsKeptBesideItsParagraphs) {
  const HtmlText h = HtmlToText("<section>Lead text outside any p.<p>A paragraph.</p>Tail.</section>");
  EXPECT_EQ(h.text, "Lead text outside any p.\n\nA paragraph.\n\nTail.");
}

TEST(HtmlTest, DecodesCharacterReferencesAsABrowserDoes) {
  const HtmlText h = HtmlToText(
      "<p>Fish &amp; chips &#8211; &#x20AC;5 &hellip; &bogus; &lt;b&gt; &copy 2024 &#150;"
      " it&#146;s&nbsp;&nbsp;here</p>");
  EXPECT_EQ(h.text,
            "Fish & chips \xE2\x80\x93 \xE2\x82\xAC"
            "5 \xE2\x80\xA6 &bogus; <b> \xC2\xA9 2024 \xE2\x80\x93 it\xE2\x80\x99s here");
}

TEST(HtmlTest, DecodesHtml5sNamesToo) {
  // PHP's htmlentities(ENT_HTML5) names every character it can: a real page read "400&percnt;".
  // Two code points for some names; "&NewLine;" is white space like a line break.
  const HtmlText h = HtmlToText(
      "<p>Up 400&percnt; &lpar;in May&rpar;&colon; Dvo&rcaron;&aacute;k&comma; &check; "
      "&NotEqualTilde; &fjlig;ord&period;&NewLine;Next&Tab;word &CounterClockwiseContourIntegral;"
      "</p>");
  EXPECT_EQ(h.text,
            "Up 400% (in May): Dvo\xC5\x99\xC3\xA1k, \xE2\x9C\x93 \xE2\x89\x82\xCC\xB8 fjord. "
            "Next word \xE2\x88\xB3");
}

TEST(HtmlTest, LeavesOutWhatABrowserDoesNotShow) {
  const HtmlText h = HtmlToText(
      "<html><head><title>The Title</title><style>p{color:red}</style></head><body>"
      "<script>var s = '</p><p>fake';</script><noscript>Enable JS</noscript>"
      "<p hidden>Hidden.</p><p style=\"display: none\">Also hidden.</p>"
      "<template><p>Template.</p></template><select><option>Choice</option></select>"
      "<p>Real text.</p></body></html>");
  EXPECT_EQ(h.title, "The Title");
  EXPECT_EQ(h.text, "Real text.");
}

TEST(HtmlTest, LeavesOutWordsAStyleSheetHidesInsideALine) {
  // Real pages: "saidOpens a new window that…" (an icon's label) and a "hidden" publisher name.
  const HtmlText h = HtmlToText(
      "<p>The company <a href='/x'>said<span class='external-link-icon'>Opens a new window "
      "</span></a> that sales rose. <span class='sr-only'>Skip to content</span>Read the "
      "<a class='elf-external elf-icon' href='/y'>full report</a> <i class='material-icons'>"
      "arrow_forward</i><span class='source-org vcard hidden'>TheWashingtonPost</span> "
      "<span class='hidden md:inline'>on any screen</span> today.</p>");
  // A link an icon class marks as external keeps its words; a responsive class shows its text.
  EXPECT_EQ(h.text, "The company said that sales rose. Read the full report on any screen today.");
  // What a hidden word stood between stays apart; in a heading a screen reader's words stay,
  // as they part a kicker from its headline (a real page's title read "KlimaschutzBohren").
  EXPECT_EQ(HtmlToText("<h2>Klimaschutz<span class='sr-only'>: </span>Bohren, bis es heiß wird"
                       "</h2><p>Wind<span class='sr-only'>(opens in a new tab)</span>farms</p>")
                .text,
            "Klimaschutz: Bohren, bis es heiß wird\n\nWind farms");
}

TEST(HtmlTest, AnImagesCaptionInsideAParagraphIsABlockOfItsOwn) {
  // A real page (msn): the story's lead shared its <p> with the picture's caption, and the
  // caption's "© Provided by …" took the lead out with it as boilerplate.
  const HtmlText h = HtmlToText(
      "<p><span class='storyimage'><img src='a.jpg'><span class='caption truncate'>© Provided "
      "by Business Insider</span></span> Nintendo and Apple shocked the world.</p><p>Then more."
      "</p>");
  ASSERT_EQ(h.blocks.size(), 3u);
  auto block = [&](size_t i) {
    return h.text.substr(h.blocks[i].start, h.blocks[i].end - h.blocks[i].start);
  };
  EXPECT_EQ(block(0), "© Provided by Business Insider");
  EXPECT_EQ(block(1), "Nintendo and Apple shocked the world.");
  EXPECT_EQ(block(2), "Then more.");
}

TEST(HtmlTest, PreKeepsItsWhiteSpace) {
  EXPECT_EQ(HtmlToText("<pre>\nline 1\n  line 2</pre><p>after</p>").text,
            "line 1\n  line 2\n\nafter");
}

TEST(HtmlTest, CountsLinkTextPerBlock) {
  const HtmlText h = HtmlToText("<p>See <a href=/x>this story</a> now.</p>");
  ASSERT_EQ(h.blocks.size(), 1u);
  EXPECT_EQ(h.blocks[0].link_bytes, std::string("this story").size());
}

TEST(HtmlTest, EveryOutputByteMapsBackToItsSource) {
  const std::string html = "<p>Caf&eacute; <i>open</i></p>";
  const HtmlText h = HtmlToText(html);
  ASSERT_EQ(h.text, "Caf\xC3\xA9 open");
  const size_t open = h.text.find("open");
  EXPECT_EQ(html.substr(h.OriginalStart(open), h.OriginalEnd(open + 4) - h.OriginalStart(open)),
            "open");
  // The two bytes of "é" both map to the whole reference.
  EXPECT_EQ(html.substr(h.OriginalStart(3), h.OriginalEnd(5) - h.OriginalStart(3)), "&eacute;");
}

TEST(HtmlTest, AppendFromKeepsOrigins) {
  const std::string html = "<p>Alpha beta.</p><p>Gamma &amp; delta.</p>";
  const HtmlText h = HtmlToText(html);
  HtmlText copy;
  copy.input_size = html.size();
  copy.AppendFrom(h, h.blocks[1].start, h.blocks[1].end);
  ASSERT_EQ(copy.text, "Gamma & delta.");
  EXPECT_EQ(html.substr(copy.OriginalStart(0), copy.OriginalEnd(copy.text.size()) - copy.OriginalStart(0)),
            "Gamma &amp; delta.");
}

TEST(HtmlTest, SoftHyphensLeaveFlowingTextAsThePageShowsIt) {
  // A soft hyphen only marks where a word may break at a line's end: as a reference, as UTF-8
  // and as windows-1252's byte 0xAD, it is not in the text; <pre> keeps what it holds.
  const std::string html =
      "<p>Im Mit&shy;tel\xC2\xAD"
      "al&#173;ter war Bozen bekannt.</p><pre>a\xC2\xAD"
      "b</pre>";
  const HtmlText h = HtmlToText(html);
  EXPECT_EQ(h.text,
            "Im Mittelalter war Bozen bekannt.\n\na\xC2\xAD"
            "b");
  // The word's parts still map to their own bytes of the page.
  const size_t al = h.text.find("alter");
  EXPECT_EQ(html.substr(h.OriginalStart(al), 2), "al");
  EXPECT_EQ(HtmlToText("<meta charset=windows-1252><p>Bo\xADzen</p>").text, "Bozen");
}

TEST(HtmlTest, ABlocksTextComesFromThePageInOrderWhenTheTreeMovesText) {
  // Found by fuzz_decode: the tree puts a table's stray "<" before the "d" that precedes it in
  // the page; one block of "<d" mapped back to the page's bytes [24, 21). Such text starts a
  // block of its own, so every block maps to one range of the page in order.
  const std::string html = "<table><t><math><tr>d<s><";
  const HtmlText h = HtmlToText(html);
  size_t last_end = 0;
  for (const TextBlock& b : h.blocks) {
    ASSERT_LT(b.start, b.end);
    const size_t from = h.OriginalStart(b.start);
    const size_t to = h.OriginalEnd(b.end);
    EXPECT_LE(from, to) << h.text.substr(b.start, b.end - b.start);
    EXPECT_LE(to, html.size());
    last_end = b.end;
  }
  EXPECT_EQ(last_end, h.text.size());
  EXPECT_NE(h.text.find('d'), std::string::npos);  // no text is lost
  EXPECT_NE(h.text.find('<'), std::string::npos);
}

TEST(HtmlTest, ADropCapJoinsItsWord) {
  // The page floats a big first letter beside the paragraph: one word on screen.
  const std::string html =
      "<div><span class=dropcap>T</span><p><a href=/t>urkey</a> and Poland.</p></div>";
  const HtmlText h = HtmlToText(html);
  EXPECT_EQ(h.text, "Turkey and Poland.");
  ASSERT_EQ(h.blocks.size(), 1u);
  EXPECT_EQ(html.substr(h.OriginalStart(0), 1), "T");
  // A letter of its own cell, item or paragraph, or one with a space after it, stays apart.
  EXPECT_EQ(HtmlToText("<table><tr><td>A</td><td>yes</td></tr></table>").text, "A\n\nyes");
  EXPECT_EQ(HtmlToText("<div><p>I</p><p>think so.</p></div>").text, "I\n\nthink so.");
  EXPECT_EQ(HtmlToText("<div><span>A</span> <p>man walked.</p></div>").text, "A\n\nman walked.");
}

TEST(HtmlTest, FootnoteMarksAreNotText) {
  // A superscript that links to a note on the page glued to the word before it ("points1").
  EXPECT_EQ(HtmlToText("<p>Biden has more points<a href=\"#fn-1\"><sup>1</sup></a> than the "
                       "rest.</p>")
                .text,
            "Biden has more points than the rest.");
  EXPECT_EQ(HtmlToText("<p>Paris<sup class=reference><a href=\"#cite_note-3\">[3]</a></sup> is "
                       "big.</p>")
                .text,
            "Paris is big.");
  // Exponents, ordinals and words in a superscript are text.
  EXPECT_EQ(HtmlToText("<p>It covers 5 m<sup>2</sup> of floor.</p>").text,
            "It covers 5 m2 of floor.");
  EXPECT_EQ(HtmlToText("<p>Read <a href=\"#x\">the <sup>1st</sup> part</a> now.</p>").text,
            "Read the 1st part now.");
  EXPECT_EQ(HtmlToText("<p>See <a href=\"#top\"><sup>up</sup></a> there.</p>").text,
            "See up there.");
}

TEST(HtmlTest, ReadsAWindows1252PageAsABrowserDoes) {
  // "Café – 5 €" in windows-1252, with a declared ISO-8859-1 charset.
  const std::string html =
      "<meta charset=iso-8859-1><p title=\"Caf\xE9\">Caf\xE9 \x96 5 \x80</p>";
  const HtmlTree tree = HtmlTree::Parse(html);
  EXPECT_EQ(tree.charset(), Charset::kWindows1252);
  const HtmlText h = RenderText(tree);
  EXPECT_EQ(h.text, "Caf\xC3\xA9 \xE2\x80\x93 5 \xE2\x82\xAC");
  // The two bytes of "é" map to its one byte in the page.
  const size_t e_acute = html.find("Caf\xE9 ") + 3;
  EXPECT_EQ(h.OriginalStart(3), e_acute);
  EXPECT_EQ(h.OriginalEnd(5), e_acute + 1);
  // A page that claims Latin-1 but is valid UTF-8 stays UTF-8.
  EXPECT_EQ(HtmlTree::Parse("<meta charset=iso-8859-1><p>Caf\xC3\xA9</p>").charset(), Charset::kUtf8);
}

TEST(HtmlTest, AUtf8PageWithSequencesCutShortIsUtf8) {
  // A trial's page, no charset declared: its em dashes had lost their last byte to a crawler
  // ("signs\xE2\x80\"Libra", three times as many as its whole sequences), and "you’ll" read as
  // windows-1252 became "youâ€™ll". A lone high byte is still windows-1252's ("Caf\xE9").
  std::string html = "<p>You\xE2\x80\x99ll see.";
  for (int i = 0; i < 5; ++i) html += " Sun signs\xE2\x80\"Libra\xE2\x80\"and more.";
  html += "</p>";
  const HtmlTree tree = HtmlTree::Parse(html);
  EXPECT_EQ(tree.charset(), Charset::kUtf8);
  EXPECT_NE(RenderText(tree).text.find("You\xE2\x80\x99ll"), std::string::npos);
  EXPECT_EQ(HtmlTree::Parse("<p>Caf\xE9 and th\xE9 at 5 \x80.</p>").charset(),
            Charset::kWindows1252);
}

TEST(HtmlTest, ReadsCentralEuropeanAndCyrillicSingleBytePages) {
  // "Michał, żółw" in windows-1250, declared after 2 KB of head (a real Polish page), and a
  // script's charset attribute before it does not count.
  const std::string padding = "<script src='a.js' charset='utf-8'></script><meta name=x content='" +
                              std::string(2100, 'x') + "'>";
  const std::string polish = "<html><head>" + padding +
                             "<meta http-equiv='Content-Type' content='text/html; "
                             "charset=Windows-1250'></head><body><p>Micha\xB3, \xBF\xF3\xB3w</p>";
  const HtmlTree tree = HtmlTree::Parse(polish);
  EXPECT_EQ(tree.charset(), Charset::kWindows1250);
  EXPECT_EQ(RenderText(tree).text, "Micha\xC5\x82, \xC5\xBC\xC3\xB3\xC5\x82w");
  // ISO-8859-2 puts "ł" elsewhere; KOI8-R and windows-1251 are Cyrillic.
  EXPECT_EQ(HtmlToText("<meta charset=iso-8859-2><p>Micha\xB3</p>").text, "Micha\xC5\x82");
  EXPECT_EQ(HtmlToText("<meta charset=koi8-r><p>\xED\xC9\xD2</p>").text,
            "\xD0\x9C\xD0\xB8\xD1\x80");  // "Мир"
  EXPECT_EQ(HtmlToText("<meta charset=windows-1251><p>\xCC\xE8\xF0</p>").text,
            "\xD0\x9C\xD0\xB8\xD1\x80");
}

TEST(HtmlTest, DeepNestingAndUnclosedTagsAreLinear) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div><span>";
  html += "Deep text.";
  html += "<script>";  // never closed: the rest is script, as in a browser
  html += std::string(100000, 'x');
  const HtmlText h = HtmlToText(html);
  EXPECT_EQ(h.text, "Deep text.");
  // A tag the input ends in is dropped, as a browser drops it.
  EXPECT_EQ(HtmlToText("<p>a <b").text, "a");
}

}  // namespace
}  // namespace precis::text
