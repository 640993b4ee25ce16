#include "text/article.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "text/page_meta.h"

namespace precis::text {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t Occurrences(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

std::string BlockText(const ArticlePage& a, const ArticleBlock& b) {
  return a.text.text.substr(b.start, b.end - b.start);
}

// The role of the first block that starts with `start`, or "missing".
std::string_view RoleOf(const ArticlePage& a, std::string_view start) {
  for (const ArticleBlock& b : a.blocks) {
    if (BlockText(a, b).starts_with(start)) return RoleName(b.role);
  }
  return "missing";
}

TEST(ArticleTest, ReadsTheArticleOfAClutteredPageAndNothingElse) {
  const std::string html = Fixture("saved-news-page.html");
  const ArticlePage a = ReadArticle(html);
  EXPECT_TRUE(a.found_article);
  EXPECT_EQ(a.title, "Harbour town votes to rebuild its flooded sea wall");
  EXPECT_EQ(a.byline, "Maria Lindqvist");
  EXPECT_EQ(a.date, "2024-03-14T09:30:00Z");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.site_name, "The Coastal Courier");
  // The whole page sits inside a <form>, as ASP.NET pages do: the article is still found.
  EXPECT_NE(a.text.text.find("Councillors in Kestrel Bay voted on Tuesday"), std::string::npos);
  EXPECT_NE(a.text.text.find("two summer seasons."), std::string::npos);
  for (const char* junk : {"cookies", "Sport", "Search the Courier", "Related stories", "Share on",
                           "newsletter", "harbourlad", "Privacy policy", "All rights reserved",
                           "Tags:", "Home"}) {
    EXPECT_EQ(a.text.text.find(junk), std::string::npos) << junk;
  }
  // The headline is the title, not the first block.
  ASSERT_FALSE(a.blocks.empty());
  EXPECT_NE(BlockText(a, a.blocks.front()), a.title);
}

TEST(ArticleTest, BlocksKeepTheirRoles) {
  const ArticlePage a = ReadArticle(Fixture("saved-news-page.html"));
  EXPECT_EQ(RoleOf(a, "Why did the old wall fail?"), "heading");
  EXPECT_EQ(RoleOf(a, "We cannot keep patching"), "quote");
  EXPECT_EQ(RoleOf(a, "building a new wall on the old line, or"), "list-item");
  EXPECT_EQ(RoleOf(a, "Engineers who inspected"), "body");
}

TEST(ArticleTest, AShortParagraphAllInBoldIsASubheading) {
  // A trial's "Five things we learned" story set its parts as "<p><strong>1. The GOP has a
  // Latino problem</strong></p>": body sentences, and its summary took three from part one.
  const ArticlePage a = ReadArticle(
      "<html><body><div class='story'><p><strong>The harbour reopened on Monday after three "
      "days.</strong></p><p>Here are three things we learned from the storm.</p><p><strong>1. "
      "The old wall was too low</strong></p><p>Engineers had warned for years that the wall "
      "was a metre short of what a storm of this size needs, and the council knew it.</p><p><b>"
      "<span>2. Who pays for the new one?</span></b></p><p>The port authority says it will "
      "pay half, and the government is expected to pay the rest by the end of the year.</p>"
      "<p>Fishermen said <strong>the wall</strong> should have been raised long ago.</p></div>"
      "</body></html>");
  EXPECT_EQ(RoleOf(a, "1. The old wall was too low"), "heading");
  EXPECT_EQ(RoleOf(a, "2. Who pays for the new one?"), "heading");
  // A lead set in bold ends with its full stop; bold inside a sentence makes no heading.
  EXPECT_EQ(RoleOf(a, "The harbour reopened on Monday"), "body");
  EXPECT_EQ(RoleOf(a, "Fishermen said the wall"), "body");
}

TEST(ArticleTest, OffsetsPointIntoTheOriginalHtml) {
  const std::string html = Fixture("saved-news-page.html");
  const ArticlePage a = ReadArticle(html);
  for (const ArticleBlock& b : a.blocks) {
    const std::string text = BlockText(a, b);
    if (text.find_first_of("&\xE2\xC2") != std::string::npos) continue;  // decoded references
    const size_t start = a.text.OriginalStart(b.start);
    const size_t end = a.text.OriginalEnd(b.end);
    EXPECT_EQ(html.substr(start, end - start), text);
  }
}

TEST(ArticleTest, ThePagesArticleBodyDecidesWhereTheArticleEnds) {
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "Paragraph " + std::to_string(i) +
            " of the report explains how the river authority measured the flood, which streets "
            "were worst hit and what the engineers now recommend for the embankment. ";
  }
  std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"River report\",\"articleBody\":\"" + body +
      "\"}</script></head><body><div class=\"content\">";
  for (int i = 0; i < 6; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " of the report explains how the river authority measured the flood, which streets "
            "were worst hit and what the engineers now recommend for the embankment.</p>";
  }
  html += "<p>Readers of this report also enjoyed our long guide to the best riverside walks, "
          "with maps, pub stops and a printable checklist for families with children.</p>"
          "</div></body></html>";
  const ArticlePage a = ReadArticle(html);
  EXPECT_NE(a.text.text.find("Paragraph 5 of the report"), std::string::npos);
  EXPECT_EQ(a.text.text.find("riverside walks"), std::string::npos);
  EXPECT_EQ(a.title, "River report");
}

TEST(ArticleTest, APageWithoutAnArticleGivesItsVisibleText) {
  const ArticlePage a = ReadArticle(
      "<html><body><nav><a href=/>Home</a> <a href=/a>About</a></nav>"
      "<div><a href=/1>Story one</a></div><div><a href=/2>Story two</a></div></body></html>");
  EXPECT_FALSE(a.found_article);
  EXPECT_FALSE(a.blocks.empty());
  EXPECT_NE(a.text.text.find("Story one"), std::string::npos);
}

TEST(ArticleTest, ATwoSentencePostIsAnArticle) {
  const ArticlePage a = ReadArticle(
      "<html><body><nav><a href=/>Home</a> <a href=/a>About us</a> <a href=/c>Contact</a></nav>"
      "<article><h1>Costume day</h1><p>The cat wore a general's coat to the parade. "
      "Nobody saluted.</p></article>"
      "<footer><p>Copyright the Daily Paws, all rights reserved since 1999.</p></footer>"
      "</body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("Nobody saluted."), std::string::npos);
  EXPECT_EQ(a.text.text.find("Contact"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Copyright"), std::string::npos);
}

// A blog platform ships the post as a script template and, for readers without JavaScript, in
// <noscript>; a lazy image's <noscript> fallback and a tracking pixel show nothing.
TEST(ArticleTest, AnArticleKeptInNoscriptIsRead) {
  std::string post;
  for (int i = 0; i < 4; ++i) {
    post += "<p>The lighthouse keeper logged every ship that passed the point, and in forty "
            "years he missed only the night of the great storm of 1952.</p>";
  }
  const ArticlePage a = ReadArticle(
      "<html><head><noscript><link rel=stylesheet href=x.css></noscript></head><body>"
      "<noscript><img src=pixel.gif></noscript>"
      "<div class=header>Harbour Notes, a blog about the coast</div>"
      "<div class=post><h2>Forty years of ships</h2><div class=post-body>"
      "<script type='text/template'>" + post + "</script><noscript>" + post +
      "</noscript></div></div><div class=sidebar><noscript><img src=a.jpg></noscript>"
      "<a href=/1>Older posts</a></div></body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("great storm of 1952"), std::string::npos) << a.text.text;
  // The four paragraphs once: the script's copy stays hidden.
  EXPECT_EQ(Occurrences(a.text.text, "great storm"), 4u);

  // The same page saved after its script rendered the post: the <noscript> copy stays hidden.
  const ArticlePage rendered = ReadArticle(
      "<html><body><div class=post><h2>Forty years of ships</h2><div class=post-body>" + post +
      "<noscript>" + post + "</noscript></div></div></body></html>");
  EXPECT_EQ(Occurrences(rendered.text.text, "great storm"), 4u);
}

// News sites file opinion pieces under "commentary": that is the article, not the readers'
// comments, even when the comments under it run longer.
TEST(ArticleTest, ACommentaryIsAnArticleNotComments) {
  std::string comments;
  for (int i = 0; i < 12; ++i) {
    comments += "<li class=comment><p>I read this twice and I still think the council has the "
                "numbers wrong, because nobody has counted the boats that moor there in winter.</p></li>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><div class='full news commentary'><h1>The pier deserves better</h1>"
      "<p>The council wants to sell the old pier to the highest bidder, and that would be a "
      "mistake the town pays for over decades to come.</p><p>A pier is not a car park: it "
      "brings visitors, fishermen and the lifeboat crew together, and it cannot be bought "
      "back once it has been sold.</p><p>There is a better plan, and the harbour trust has "
      "already offered to run it at no cost to the town.</p></div>"
      "<div class=comments><ul>" + comments + "</ul></div></body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("highest bidder"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("I read this twice"), std::string::npos) << a.text.text;
}

// A page that shows only a teaser (a paywall) or whose scripts fill in the story keeps the
// whole text in its JSON-LD articleBody: that is the article, mapped to the <script> holding it.
TEST(ArticleTest, AnArticleOnlyInJsonLdIsRead) {
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body += "Paragraph " + std::to_string(i) + " tells how the harbour trust rebuilt the pier "
            "with timber from the old railway sheds and volunteers from the rowing club.\\n";
  }
  const std::string page =
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": \"The pier rebuilt\", \"articleBody\": \"" + body + "\"}</script></head>"
      "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><h1>The pier rebuilt</h1>"
      "<p>Subscribe to read the whole story.</p><div id=app></div></body></html>";
  const ArticlePage a = ReadArticle(page);
  EXPECT_TRUE(a.found_article);
  ASSERT_GE(a.blocks.size(), 8u);
  EXPECT_NE(a.text.text.find("Paragraph 7 tells how"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("Subscribe"), std::string::npos);
  const size_t script = page.find("{\"@type");
  for (const ArticleBlock& b : a.blocks) {
    EXPECT_GE(a.text.OriginalStart(b.start), script);
    EXPECT_LE(a.text.OriginalEnd(b.end), page.find("</script>"));
  }
}

TEST(ArticleTest, NamesInJsonLdAreReadAsText) {
  // Some sites HTML-escape the names in their JSON-LD once more.
  const ArticlePage a = ReadArticle(
      "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"author\": {\"@type\": \"Person\", \"name\": \"Lindsay O&#039;Dowd\"}, "
      "\"publisher\": {\"name\": \"Field &amp; Stream Weekly\"}}</script></head><body><p>The "
      "river rose two metres overnight and the town's old bridge was closed to traffic until "
      "engineers could inspect it in the morning.</p></body></html>");
  EXPECT_EQ(a.byline, "Lindsay O'Dowd");
  EXPECT_EQ(a.site_name, "Field & Stream Weekly");
}

TEST(ArticleTest, JsonLdInsideCdataOrACommentIsRead) {
  // Written for XHTML or old browsers: the JSON wrapped in CDATA (perhaps behind "//") or in
  // an HTML comment.
  const std::string body =
      "<body><p>The river rose two metres overnight and the town's old bridge was closed to "
      "traffic until engineers could inspect it in the morning.</p></body></html>";
  const std::string json =
      "{\"@type\": \"BlogPosting\", \"datePublished\": \"2024-06-25\", "
      "\"author\": {\"@type\": \"Person\", \"name\": \"Dave Steer\"}}";
  for (const std::string& wrapped :
       {"\n  <![CDATA[\n  " + json + "\n  ]]>\n", "//<![CDATA[\n" + json + "\n//]]>",
        "/*<![CDATA[*/" + json + "/*]]>*/", "<!--\n" + json + "\n-->"}) {
    const ArticlePage a = ReadArticle("<html><head><script type=\"application/ld+json\">" +
                                      wrapped + "</script></head>" + body);
    EXPECT_EQ(a.date, "2024-06-25") << wrapped;
    EXPECT_EQ(a.byline, "Dave Steer") << wrapped;
  }
}

// Metadata dates come in many forms ("05/29/2007 09:49:00", "Wed, 04 May 2022 02:41:00 GMT",
// "2021-04-20T14:00:00+0200"): the reader gives ISO 8601.
TEST(ArticleTest, TheMetadataDateIsGivenInIsoForm) {
  const std::string body =
      "<body><p>The river rose two metres overnight and the town's old bridge was closed to "
      "traffic until engineers could inspect it in the morning.</p></body></html>";
  const auto date = [&](const std::string& value) {
    return ReadArticle("<html><head><meta property='article:published_time' content='" + value +
                       "'></head>" + body)
        .date;
  };
  EXPECT_EQ(date("05/29/2007 09:49:00"), "2007-05-29");
  EXPECT_EQ(date("Wed, 04 May 2022 02:41:00 GMT"), "2022-05-04");
  EXPECT_EQ(date("2021-04-20T14:00:00+0200"), "2021-04-20T14:00:00+02:00");
  EXPECT_EQ(date("2019-10-19T19:08:22+02:00"), "2019-10-19T19:08:22+02:00");
}

TEST(ArticleTest, ADateRunIntoTheFirstParagraphIsNoBody) {
  // A trial's page: "30 December 2007 9:00 GMT - The month started…" opened the summary, past a
  // standfirst set as a heading.
  const ArticlePage page = ReadArticle(
      "<html><body><article><h1>A year in review</h1><h3>Apple hogs the headlines with the "
      "iPhone, and the harbour fleet grows again</h3><p><i>30 December 2007 9:00 GMT</i> - The "
      "month started off with two major announcements from Apple for iPod fans.</p><p>Apple "
      "renamed its flagship iPod and then launched a newer model with a larger drive.</p>"
      "</article></body></html>");
  EXPECT_EQ(page.date, "2007-12-30");
  EXPECT_EQ(page.text.text.find("9:00 GMT"), std::string::npos) << page.text.text;
  EXPECT_NE(page.text.text.find("The month started off"), std::string::npos);
}

TEST(ArticleTest, OlderNewsSystemsDatesAndADateLineOverTheArticle) {
  const std::string body =
      "<div class='story'><p>The river rose two metres overnight and the town's old bridge was "
      "closed to traffic until engineers could inspect it in the morning.</p><p>Engineers said "
      "the bridge would reopen on Friday if the water fell, and the council agreed.</p></div>";
  // A trial's pages: news systems of the 2000s name their date in their own way, and a usual
  // key stands before them.
  EXPECT_EQ(ReadArticle("<html><head><meta name='OriginalPublicationDate' content='2007/12/31'>"
                        "</head><body>" +
                        body + "</body></html>")
                .date,
            "2007-12-31");
  EXPECT_EQ(ReadArticle("<html><head><meta name='pdate' content='20170113'><meta "
                        "property='article:published_time' content='2017-01-13T00:00:04-05:00'>"
                        "</head><body>" +
                        body + "</body></html>")
                .date,
            "2017-01-13T00:00:04-05:00");
  // A date line before the article where the page sets no headline element (old BBC pages'
  // "Last Updated: …" over the story).
  EXPECT_EQ(ReadArticle("<html><body><div class='nav'><a href='/'>Home</a></div><p class='ds'>"
                        "Last Updated: Saturday, 12 January 2008, 14:28 GMT</p>" +
                        body + "</body></html>")
                .date,
            "2008-01-12");
  // A date line under the headline, in a header table the article's region leaves out.
  EXPECT_EQ(ReadArticle("<html><body><div class='nav'><a href='/'>Home</a></div><table><tr><td>"
                        "<h1>Bridge closed</h1></td></tr><tr><td><p class='headtypea'>16:10, "
                        "Jan 8 2008</p></td></tr></table>" +
                        body + "</body></html>")
                .date,
            "2008-01-08");
}

TEST(ArticleTest, AnAddressFilingThePostByDayGivesItsDate) {
  EXPECT_EQ(DateInUrl("https://www.bundesfeuerwehrverband.at/2021/10/20/zentrum-am-berg/"),
            "2021-10-20");
  EXPECT_EQ(DateInUrl("http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm"),
            "2012-06-04");
  EXPECT_EQ(DateInUrl("https://web.archive.org/web/20140226054445/http://www.time4talks.com/"
                      "2013/08/07/kinos/"),
            "2013-08-07");
  // A month only, a forum's post number, a day out of range, numbers in the host: no date.
  for (const char* none :
       {"https://site.example/2021/10/story", "http://schleifen.ucoz.de/blog/briefe/2010-10-26-18",
        "https://site.example/2021/13/01/x", "https://2021.example/10/20/x", ""}) {
    EXPECT_EQ(DateInUrl(none), "") << none;
  }
}

// Without a metadata date, a masthead's "today" shown on the page lost to the day the article's
// address files it under (dev pages of one site all dated the day they were saved).
TEST(ArticleTest, TheCanonicalAddressDateStandsBeforeADateThePageShows) {
  const std::string story =
      "<p>The river rose two metres overnight and the town's old bridge was closed to traffic "
      "until engineers could inspect it in the morning.</p>";
  const auto page = [&](const std::string& canonical, const std::string& shown) {
    return ReadArticle("<html><head><link rel='canonical' href='" + canonical +
                       "'></head><body><div class='date'>" + shown + "</div><article>" + story +
                       "</article></body></html>")
        .date;
  };
  EXPECT_EQ(page("https://news.example/2012/11/04/bridge-closed/", "Wednesday, November 7, 2012"),
            "2012-11-04");
  // The same day: the page's own form, which may hold the time.
  EXPECT_EQ(page("https://news.example/2012/11/04/bridge-closed/",
                 "<time datetime='2012-11-04T09:30:00Z'>Nov 4</time>"),
            "2012-11-04T09:30:00Z");
  EXPECT_EQ(page("https://news.example/bridge-closed", "Wednesday, November 7, 2012"),
            "2012-11-07");
}

// A property and an itemprop on one <meta>: the microdata's datePublished counts.
TEST(ArticleTest, AnItempropBesideAPropertyIsRead) {
  const ArticlePage a = ReadArticle(
      "<html><head><meta property='article:published' itemprop='datePublished' "
      "content='2016-07-29T16:42:34-04:00'></head><body><p>The river rose two metres overnight "
      "and the town's old bridge was closed to traffic until engineers could inspect it.</p>"
      "<time itemprop='dateModified' datetime='2016-08-01T01:30:24-04:00'>Aug 1</time>"
      "</body></html>");
  EXPECT_EQ(a.date, "2016-07-29T16:42:34-04:00");
}

// Page builders call every text block a "widget"; sidebars do too. Big widgets are content.
TEST(ArticleTest, AnArticleBuiltOfWidgetsIsRead) {
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body += "<div class='builder-widget builder-widget-text'><p>Section " + std::to_string(i) +
            " of the report explains, in plain words and at some length, how the network "
            "grew from a small publication into a forum where analysts meet, argue and write "
            "recommendations that ministries actually read.</p></div>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><main><article>" + body +
      "</article></main><aside class='widget-area'><div class='widget'><p>Follow us on the "
      "networks you like best.</p></div></aside></body></html>");
  EXPECT_NE(a.text.text.find("Section 0 of the report"), std::string::npos);
  EXPECT_NE(a.text.text.find("Section 2 of the report"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Follow us"), std::string::npos);
}

// A short list inside the article is part of it: a list's own low starting score (lists of
// links start below zero) is no reason to drop one item of prose.
TEST(ArticleTest, AOneItemListOfProseStays) {
  std::string paragraphs;
  for (int i = 0; i < 4; ++i) {
    paragraphs += "<p>Paragraph " + std::to_string(i) +
                  " of the guide explains, with care and in some detail, why the lock must be "
                  "oiled before winter, and what happens to the spring when it is not.</p>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><nav><a href=/>Home</a> <a href=/b>Blog</a></nav><div class='post'>" +
      paragraphs +
      "<ul><li>The spring of a <a href=/lock>frozen lock</a> snaps at the first hard turn.</li></ul>"
      "<p>That is the whole guide; the rest is practice and patience with the key.</p>"
      "</div></body></html>");
  EXPECT_NE(a.text.text.find("Paragraph 3 of the guide"), std::string::npos);
  EXPECT_NE(a.text.text.find("The spring of a frozen lock snaps"), std::string::npos);
}

// Documentation tools and wikis give a section the id of its heading; a word in it ("sharing")
// is the author's, not a share bar's. A box whose id is not its heading's keeps its hint.
TEST(ArticleTest, ASectionNamedAfterItsHeadingIsNoBox) {
  auto section = [](const std::string& id, const std::string& heading, const std::string& what) {
    return "<div class='section' id='" + id + "'><h2>" + heading + "</h2><p>" + what +
           " is explained here in full sentences, with examples, caveats and the reasons why "
           "a team would choose it over the alternatives it had before.</p></div>";
  };
  const ArticlePage a = ReadArticle(
      "<html><body><div class='document'>" +
      section("working-alone-on-a-branch", "Working alone on a branch", "Working alone") +
      section("sharing-with-a-single-developer", "Sharing with a single developer",
              "Sharing with one other developer") +
      section("publishing-to-a-server", "Publishing to a server", "Publishing") +
      "<div id='share-this-page'><h2>Tell your friends</h2><p>Post this page to your favourite "
      "network, send it by mail to a colleague, or print it out for the office wall.</p></div>"
      "</div></body></html>");
  EXPECT_NE(a.text.text.find("Sharing with one other developer is explained"), std::string::npos);
  EXPECT_NE(a.text.text.find("Publishing is explained"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Post this page"), std::string::npos);
}

// Old table layouts put the story and a long line of other headlines in one cell: the cell is
// no link list to clean away, it holds the article.
TEST(ArticleTest, ALayoutTableHoldingTheStoryAndALinkLineIsKept) {
  std::string links;
  for (int i = 0; i < 12; ++i) {
    links += "<a href='/news/" + std::to_string(i) + "'>Another headline of the day number " +
             std::to_string(i) + "</a> | ";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><table><tr><td><table><tr><td>"
      "<p>The ferry to the island ran late again on Monday, the third time this week. "
      "Commuters waited on the pier for an hour.</p>"
      "<p>The operator blamed a faulty engine and said a spare part would arrive by Friday.</p>"
      "<p>Councillors asked for a second boat to be kept ready for such days.</p>"
      "<span>" + links + "</span></td></tr></table></td></tr></table></body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("The ferry to the island ran late"), std::string::npos);
  EXPECT_NE(a.text.text.find("a second boat"), std::string::npos);
}

// A news page's inline gallery of fifty slides, each with a heading and a paragraph, sat inside
// the story's schema.org articleBody and outweighed it: the reader gave the slides, not the story.
TEST(ArticleTest, AGalleryInsideTheArticleBodyIsNotTheArticle) {
  std::string slides;
  for (int i = 1; i <= 30; ++i) {
    slides += "<li><h3>" + std::to_string(i) + "/30 Company number " + std::to_string(i) +
              " reports</h3><p>The firm said its revenues rose by a few per cent in the year to "
              "June, as sales abroad made up for a weaker market at home, and it expects more "
              "of the same.</p></li>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><article itemscope itemtype='http://schema.org/NewsArticle'>"
      "<h1>What hotel owners do not tell you</h1>"
      "<div class='text-wrapper' itemprop='articleBody'>"
      "<p>Most guests expect clean sheets and fresh towels, but hotel bosses say the rooms are "
      "not always as clean as they look.</p>"
      "<p>Two managers who run hotel start-ups answered questions from readers online, and "
      "described what cleaners skip when a room must be ready in twenty minutes.</p>"
      "<div class='widget-wrapper type-gallery'><div class='full-gallery'><ul>" + slides +
      "</ul></div></div>"
      "<p>The glasses in the bathroom are rarely washed, one of them said, and the kettle is "
      "never cleaned at all.</p></div></article></body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("Most guests expect clean sheets"), std::string::npos);
  EXPECT_NE(a.text.text.find("the kettle is never cleaned"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Company number"), std::string::npos);
}

TEST(ArticleTest, ReadersCommentsAfterThePagesCommentsMarkerAreNotTheArticle) {
  // A newspaper template of the 2000s: the story's paragraphs, then <a name="comments"> and the
  // comments in plain boxes of the same cell, no class naming them.
  std::string comments;
  for (const char* said :
       {"Why not take the rest of the team along, they have been acting for long enough anyway "
        "and nobody would notice the difference on the pitch.",
        "For once I completely agree with the last poster, this is the best news the club has "
        "had in years and the fans should be glad of it.",
        "Give it a rest, all of you, he has done more for the town than any of the people who "
        "write here every single day of the week."}) {
    comments += "<div class='b_box'>Posted by: reader, Bolton on <span>9:06pm Tue 1 Jan 08</span>"
                "</div><div class='entry'>" + std::string(said) + "</div><div class='b_box'>"
                "<a href='#'>Quote</a> | <a href='#'>Report this post</a></div>";
  }
  const std::string story =
      "<p>England bowling ace Sajid Mahmood will soon be turning his hand to acting, as one of "
      "a host of cricketers who take roles as extras in a film.</p>"
      "<p>The former pupil of a local school said he was looking forward to the shoot, which "
      "starts in Mumbai next month and lasts three weeks.</p>";
  const ArticlePage a = ReadArticle("<html><body><table><tr><td class='main'>" + story +
                                    "<a name='comments'></a>" + comments +
                                    "</td></tr></table></body></html>");
  EXPECT_NE(a.text.text.find("Sajid Mahmood"), std::string::npos);
  EXPECT_NE(a.text.text.find("lasts three weeks"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Why not take the rest"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("Posted by"), std::string::npos);
  // A marker above the story ("jump to the comments" target) cuts nothing.
  const ArticlePage top = ReadArticle("<html><body><div id='post'><a id='comments'></a>" + story +
                                      "</div></body></html>");
  EXPECT_NE(top.text.text.find("lasts three weeks"), std::string::npos);
}

TEST(ArticleTest, ReadersCommentsUnderTheirHeadingAreNotTheArticle) {
  // A blog template: the post, then "2 Responses" and the thread in the post's own container,
  // no class or anchor naming it; then a "Leave a Reply" form.
  const std::string story =
      "<h1>Tunnel tolls start in May</h1>"
      "<p>The harbour tunnel will charge drivers a toll from May, the city council decided on "
      "Monday after a long debate about the cost of the work and its route.</p>"
      "<p>Residents had asked for the tunnel for more than ten years, and the mayor said the "
      "tolls would repay the city's loans within twenty years.</p>";
  const std::string thread =
      "<h3>2 Responses</h3><p>Ann says: I drive through the old town every day and I would "
      "gladly pay to avoid it, whatever the council says about the cost.</p>"
      "<p>Bob says: The tolls are too high for people who work nights and have no other way "
      "to get home after the last bus has left the harbour.</p><h3>Leave a Reply</h3>";
  const ArticlePage a =
      ReadArticle("<html><body><div class='post'>" + story + thread + "</div></body></html>");
  EXPECT_NE(a.text.text.find("repay the city's loans"), std::string::npos);
  EXPECT_EQ(a.text.text.find("2 Responses"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("I drive through the old town"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Leave a Reply"), std::string::npos);
  // A comment count under each teaser of a listing, as a paragraph, cuts nothing.
  std::string listing;
  for (const char* teaser :
       {"The harbour tunnel will charge drivers a toll from May, the city council decided.",
        "Residents had asked for the tunnel for more than ten years before the vote.",
        "The mayor said the tolls would repay the city's loans within twenty years."}) {
    listing += "<h2>Story</h2><p>" + std::string(teaser) + " More on the city pages.</p><p>" +
               "15 comments</p>";
  }
  const ArticlePage l =
      ReadArticle("<html><body><div class='list'>" + listing + "</div></body></html>");
  EXPECT_NE(l.text.text.find("repay the city's loans"), std::string::npos) << l.text.text;
}

TEST(ArticleTest, AWrapperWhoseLayoutClassNamesASidebarKeepsThePagesMain) {
  // The theme's wrapper says what the layout has beside the story ("with-sidebar"); the story's
  // <main> is inside it, and a consent box outside it has more paragraph text than the story.
  const std::string consent =
      "<div class='cli-modal'><div class='cli-privacy-overview'><p>This website uses small "
      "files to improve your experience while you navigate through the website, and out of "
      "these the ones that are categorized as necessary are stored in your browser.</p><p>We "
      "also use third-party files that help us analyze and understand how you use this "
      "website, and they will be stored in your browser only with your consent.</p><p>You also "
      "have the option to opt out of them, but opting out of some of them may affect your "
      "browsing experience on this website in several ways.</p></div></div>";
  const std::string page =
      "<html><body><div class='site-pagebody site-pagebody--with-sidebar'><main id='primary'>"
      "<article class='post hentry'><h1>Harbour reopens after storm</h1><div class='entry-content'>"
      "<p>The harbour reopened on Monday, three days after the storm tore two cranes from "
      "their rails and sank a fishing boat at its mooring.</p><p>Engineers worked through the "
      "weekend to clear the channel, and the first ferry left on time, the port authority "
      "said.</p></div></article></main><aside class='widget-area'><p>Popular now</p></aside>"
      "</div>" +
      consent + "</body></html>";
  const ArticlePage a = ReadArticle(page);
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("three days after the storm"), std::string::npos) << a.text.text;
  EXPECT_NE(a.text.text.find("first ferry left on time"), std::string::npos);
  EXPECT_EQ(a.text.text.find("third-party files"), std::string::npos);
  // The same wrapper without a <main> inside is still a sidebar's hint, as before.
  const ArticlePage sidebar = ReadArticle(
      "<html><body><div class='entry'><p>" + std::string(200, 'x') +
      " story, told here.</p>"
      "</div><div class='sidebar'><p>Five things to do this weekend in town, from the market "
      "to the new gallery by the river and the cinema.</p></div></body></html>");
  EXPECT_EQ(sidebar.text.text.find("Five things"), std::string::npos) << sidebar.text.text;
}

TEST(ArticleTest, APostWrittenAsLinesInItsDivIsNoGallery) {
  // A blog engine writes the post as lines with <br> between them, right in its <div>, beside
  // its photo and the footer's icons: with no <p> in it, the post's box read as a gallery (more
  // images than paragraphs; the readers' comments beside it hold more prose) and was cleaned
  // away, and a trial's page said "no article found".
  const std::string page =
      "<html><body><div class='blog-posts hfeed'><div class='post-outer'><div class='post "
      "hentry'><h3 class='post-title entry-title'>A walk in the orchard</h3><div "
      "class='post-body entry-content'><div class='separator'><a href='big.jpg'><img "
      "src='small.jpg'></a></div>Not a technology this week, but a cool product of nature. I "
      "was walking in the orchard at dawn and found a giant puffball.<br><br>As a mushroom "
      "hunter, I get calls about people eating mushrooms; this one looked able to eat people."
      "<br><br>It was bigger than a car tyre.</div><div class='post-footer'>Posted by Jo Roe "
      "<a href='mail'><img src='mail.gif'></a><a href='edit'><img src='edit.gif'></a></div>"
      "</div></div><div class='comments'><h4>2 comments:</h4><p>Lovely find! We had one in "
      "the garden last year and it grew to the size of a football before the deer ate it, "
      "which I had never seen deer do.</p><p>Are they safe to eat when they are that big? My "
      "grandmother used to slice them and fry them in butter, but only while the inside was "
      "still white all the way through.</p></div></div><div class='sidebar'><h2>Blog "
      "archive</h2><ul><li><a href='/1'>"
      "October</a></li><li><a href='/2'>September</a></li></ul></div></body></html>";
  const ArticlePage a = ReadArticle(page);
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("found a giant puffball"), std::string::npos) << a.text.text;
  EXPECT_NE(a.text.text.find("able to eat people"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("Blog archive"), std::string::npos) << a.text.text;
}

TEST(ArticleTest, AStorySplitAcrossLayoutColumnsIsReadWhole) {
  // The story's text sits in two "story-text" boxes, each inside a layout column whose class
  // says nothing about stories, in two sections of the page; readers' comments after it use
  // the same class inside their own section.
  auto column = [](const std::string& boxes) {
    return "<section class='page-row'><div class='layout'><div class='layout__row'><div "
           "class='layout__column'>" +
           boxes +
           "</div><div class='layout__column'><div "
           "class='ad-slot'></div></div></div></div></section>";
  };
  auto box = [](const std::string& paragraphs) {
    return "<div class='story-text'>" + paragraphs + "</div>";
  };
  const std::string first =
      "<p>The council voted on Tuesday to close the old library on Mill Street, after a year "
      "of debate about its leaking roof and the cost of repairs.</p>";
  const std::string rest =
      "<p>Residents who spoke at the meeting said the library was the only quiet place in the "
      "neighbourhood for children to do their homework after school.</p>";
  const std::string next =
      "<p>The council said a new branch would open in the community centre next spring, with "
      "longer opening hours and a room for study groups and reading.</p>";
  const std::string last =
      "<p>Campaigners plan to ask the mayor to keep the old building open until the new branch "
      "is ready, and have collected 2,000 signatures.</p>";
  // More comment text than story text, so that no hint may cut the comments box itself; the
  // list of comments has the story's class.
  std::string said;
  for (const char* who : {"Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal"}) {
    said += "<li><p>" + std::string(who) +
            " wrote: I used that library every week for thirty "
            "years and I think this decision is a disgrace to the whole town and its children.</p>"
            "</li>";
  }
  const std::string comments =
      "<div class='sect sect_comments'><ul class='story-text'>" + said + "</ul></div>";
  const std::string more =
      "<p>A spokesman for the mayor said she would meet the campaigners next week and listen to "
      "what they had to say about the plans.</p>";
  const ArticlePage a = ReadArticle("<html><body>" + column(box(first)) +
                                    column(box(rest + "<aside>Advertisement</aside>" + next +
                                               "<aside>Advertisement</aside>" + last + more)) +
                                    comments + "</body></html>");
  EXPECT_NE(a.text.text.find("close the old library"), std::string::npos) << a.text.text;
  EXPECT_NE(a.text.text.find("collected 2,000 signatures"), std::string::npos) << a.text.text;
  EXPECT_NE(a.text.text.find("meet the campaigners"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("disgrace"), std::string::npos) << a.text.text;
}

TEST(ArticleTest, TheNextPostsOpeningsAreNotTheArticle) {
  // A short post, and above it a strip of the site's next posts with their openings.
  std::string next;
  for (const char* opening :
       {"The choir is still doing its thing, and now it has added a weekly singalong to its "
        "streams, with a new song each week chosen by the people who watch it.",
        "A comics artist of several kinds of excellence, from her debut graphic novel to her "
        "latest series about a family of inventors, talks about drawing every day.",
        "The latest podcast from the network looks at political dynasties, and how families "
        "hold on to power for generations in towns across the whole country."}) {
    next += "<p>" + std::string(opening) + "</p>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><div id='next-post-thumbnails'><div class='nextstory'>" + next +
      "</div></div><div id='story'><p>A cartoonist got a spot on the news channel for his "
      "scathing critique of the story told about a whole generation, which has gone well "
      "beyond grumbling into plain prejudice.</p><p>Click through for the whole thing, which "
      "is worth reading to the end, and for the comic strip that started it all last year.</p>"
      "<p>He has drawn the strip every week for a decade, and says the letters he gets about "
      "it are the best part of the job, even the angry ones.</p><p>A book of the strips comes "
      "out in the spring, with an introduction by the editor who first printed them.</p></div>"
      "</body></html>");
  EXPECT_NE(a.text.text.find("scathing critique"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("weekly singalong"), std::string::npos) << a.text.text;
}

TEST(ArticleTest, AShortPostBeatsASidebarModuleOfTheSameScore) {
  // A blog engine's page (a real one: TypePad): a two-line post in "entry" > "entry-body", and
  // in the right column a module whose class says "module-content" holding a longer note.
  const ArticlePage a = ReadArticle(
      "<html><body><div id='alpha'><h2 class='date-header'>September 26, 2012</h2>"
      "<div class='entry-type-post entry'><h3 class='entry-header'>Are you in?</h3>"
      "<div class='entry-content'><div class='entry-body'><p>Download the app today and take "
      "part in a global experiment through October, it is free.</p><p>Learn.</p><p>Compare."
      "</p></div></div></div></div><div id='beta'><div class='module-typelist module'>"
      "<div class='typelist-plain module-content'><p>The opinions expressed here are my own, "
      "not my employer's. Content published here is not read or approved in advance by my "
      "employer, and does not necessarily reflect its views and opinions.</p></div></div></div>"
      "</body></html>");
  EXPECT_TRUE(a.found_article);
  EXPECT_NE(a.text.text.find("global experiment"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("opinions expressed"), std::string::npos) << a.text.text;
}

TEST(ArticleTest, AStandfirstBesideTheStorysBoxIsRead) {
  // An old table layout (a real sports site's): date, headline and standfirst in <span>s of the
  // article's box, the story's paragraphs in a <div> inside it; and a BBC-like page whose bold
  // lead sentence sits in the story's column outside its paragraphs' box.
  const std::string story =
      "<div class='text'><p>Talking of the cup tie against the county side, the club's "
      "midfielder said the first leg would decide how the season went.</p><p>The holders go "
      "into the game without four injured players, among them the captain and both of their "
      "goalkeepers, and with a new manager.</p><p>The manager said he would pick the youngest "
      "side the club had fielded in a cup tie since the war.</p></div>";
  const ArticlePage a = ReadArticle(
      "<html><head><title>Cole: Winning The Cup Would Give Us Momentum - Goal</title></head>"
      "<body><div class='menu'><a href='/'>Home</a> <a href='/n'>News</a></div><div class='box'>"
      "<span class='data'>08/01/2008 11:13</span><br><span class='titolo'><strong>Cole: "
      "Winning The Cup Would Give Us Momentum </strong></span> <span class='sommario'>Ahead of "
      "tonight's semi-final, the midfielder has spoken about the benefits of winning a "
      "competition other clubs have not always taken seriously.</span><br>" +
      story + "<span class='note'>&copy; Goal Media, 2008.</span></div></body></html>");
  EXPECT_EQ(a.title, "Cole: Winning The Cup Would Give Us Momentum");
  // The standfirst opens the body, without the headline run into it or the date line above.
  ASSERT_FALSE(a.blocks.empty());
  EXPECT_TRUE(BlockText(a, a.blocks.front()).starts_with("Ahead of tonight's semi-final"))
      << a.text.text;
  EXPECT_EQ(a.text.text.find("Momentum"), std::string::npos) << a.text.text;
  EXPECT_EQ(a.text.text.find("11:13"), std::string::npos) << a.text.text;
  // A short line of the box's own text is no paragraph (a copyright, a date).
  EXPECT_EQ(a.text.text.find("Goal Media"), std::string::npos) << a.text.text;
  // A headline that is a sentence of its own stays where the author wrote it.
  const ArticlePage b = ReadArticle(
      "<html><head><title>Version 3.6 is now available!</title></head><body><div "
      "class='post'><h3>Version 3.6 is now available!</h3><div class='post-body'>Version 3.6 "
      "is now available! Version 3.6 is the newest major release of the language, and it "
      "has many new features.<br><br>" +
      story + "</div></div></body></html>");
  EXPECT_NE(b.text.text.find("Version 3.6 is now available! Version 3.6 is the newest"),
            std::string::npos)
      << b.text.text;
}

TEST(ArticleTest, AHeadingsKickerLineIsNotPartOfTheTitle) {
  const ArticlePage a = ReadArticle(
      "<html><head><meta property='og:title' content='Why shared thinking beats lone smarts'>"
      "</head><body><h1><span>Open Progress</span><br><span>Why shared thinking beats lone "
      "smarts</span></h1><p>An interview with a professor who has studied for decades how "
      "groups of people, and of people and machines, can act more wisely together.</p></body>"
      "</html>");
  EXPECT_EQ(a.title, "Why shared thinking beats lone smarts");
}

TEST(ArticleTest, AnAddressIsNoByline) {
  // Real pages' metadata: the site's address, an e-mail or a profile link as the author.
  auto byline = [](const std::string& author) {
    return ReadArticle("<html><head><meta name='author' content='" + author +
                       "'></head><body><article><p>The river rose two metres overnight and "
                       "the old bridge was closed to traffic until engineers could inspect "
                       "it.</p></article></body></html>")
        .byline;
  };
  EXPECT_EQ(byline("BRIGITTE.de"), "");
  EXPECT_EQ(byline("facebook.com/vegolosi"), "");
  EXPECT_EQ(byline("cipha[at]cipha.net"), "");
  EXPECT_EQ(byline("mix1.de Redaktion"), "");
  EXPECT_EQ(byline("Lüder Hoppe info@buero-hoppe.de"), "Lüder Hoppe");
  EXPECT_EQ(byline("Deutsche Welle (www.dw.com)"), "Deutsche Welle");
  EXPECT_EQ(byline("Jo Marsh"), "Jo Marsh");
}

TEST(ArticleTest, TheSiteOrAPlaceholderIsNoByline) {
  auto byline = [](const std::string& author) {
    return ReadArticle(
               "<html><head><meta property='og:site_name' content='Harbour News'><meta "
               "name='author' content='" +
               author +
               "'></head><body><p>The harbour "
               "reopened on Monday, three days after the storm tore two cranes from "
               "their rails.</p><p class='byline'>By Jo Marsh</p></body></html>")
        .byline;
  };
  // The site fills its author field with its own name, or a placeholder: the writer is the one
  // the page's byline element names.
  EXPECT_EQ(byline("Harbour News"), "Jo Marsh");
  EXPECT_EQ(byline("harbour news"), "Jo Marsh");
  EXPECT_EQ(byline("admin"), "Jo Marsh");
  EXPECT_EQ(byline("No Author"), "Jo Marsh");
  EXPECT_EQ(byline("Ann Lee"), "Ann Lee");
  // Without one, no byline: not the site's name, not the placeholder.
  for (const char* author : {"Harbour News", "admin", "No Author"}) {
    EXPECT_EQ(ReadArticle("<html><head><meta property='og:site_name' content='Harbour News'><meta "
                          "name='author' content='" +
                          std::string(author) +
                          "'></head><body><p>The harbour reopened on Monday, three days after "
                          "the storm tore two cranes from their rails.</p></body></html>")
                  .byline,
              "")
        << author;
  }
}

TEST(ArticleTest, AWritersHandleTheMarkupNamesIsTheByline) {
  // A trial's blog: "By <a rel=author>jbat</a> - October 19, 2012" gave no byline (a handle
  // has no capitals). Only where the markup says so: a lowercase line in a "byline" box that
  // is no handle stays out.
  auto byline = [](const std::string& line) {
    return ReadArticle(
               "<html><body><article class='post'><h1>Time to begin again</h1><div "
               "class='meta'>" +
               line +
               "</div><p>Family, colleagues and friends knew this day was coming, and "
               "here it is: I have taken an office to finish the book at last.</p>"
               "</article></body></html>")
        .byline;
  };
  EXPECT_EQ(byline("By <a href='/about' rel='author'>jbat</a> - October 19, 2012"), "jbat");
  EXPECT_EQ(byline("By <span itemprop='author'>mike_r</span>"), "mike_r");
  EXPECT_EQ(byline("By <a href='/about' rel='author'>admin</a>"), "");
  EXPECT_EQ(byline("<span class='byline'>posted in news</span>"), "");
}

TEST(ArticleTest, TheArticlesOwnHeadlineOverASiteWideTitle) {
  // Trial pages: a sports site's every <title> was "CSTV.com: #1 in College Sports" over the
  // story's <h1>; a blog's <h1> is its name and the post's title an <h2> its class marks
  // ("asset-name entry-title"), all link, which the reader had left out with the menus.
  const std::string story =
      "<p>Sun Devil freshman Jo Harden has been named the conference player of the week, the "
      "league office said on Monday, after he scored 30 points in each of two games.</p><p>Harden "
      "leads the league in scoring and is the only player ranked in the top ten of each "
      "shooting category.</p>";
  const ArticlePage sports = ReadArticle(
      "<html><head><title>SportSite.com: #1 in College Sports</title></head><body><div "
      "class='menu'><a href='/'>Home</a> <a href='/m'>Men</a></div><div class='story'><h1>Jo "
      "Harden Named Player of the Week</h1>" +
      story + "</div></body></html>");
  EXPECT_EQ(sports.title, "Jo Harden Named Player of the Week");
  const ArticlePage blog = ReadArticle(
      "<html><head><title>Jo Harden Named Player of the Week - Hoops Blog</title></head><body>"
      "<h1 id='header-name'><a href='/'>Hoops Blog</a></h1><div class='entry'><h2 "
      "class='asset-name entry-title'><a href='/2012/jo-harden'>Jo Harden Named Player of the "
      "Week</a></h2>" +
      story + "</div></body></html>");
  EXPECT_EQ(blog.title, "Jo Harden Named Player of the Week");
  // A title the text talks about stays, whatever the <h1> says.
  const ArticlePage titled = ReadArticle(
      "<html><head><title>Harden leads the league in scoring</title></head><body><div "
      "class='story'><h1>Men's basketball notes today</h1>" +
      story + "</div></body></html>");
  EXPECT_EQ(titled.title, "Harden leads the league in scoring");
}

TEST(ArticleTest, TheArticlesDateLineBeforeTheSiteHeadersDate) {
  // A trial's page: the site's header shows the day it was crawled ("<li id=date>Monday,
  // January 14, 2008"), the story its own ("Posted on Mon, Jan. 07, 2008"), and the date was
  // the header's.
  const ArticlePage a = ReadArticle(
      "<html><body><ul class='masthead'><li id='date'>Monday, January 14, 2008</li><li><a "
      "href='/'>Home</a></li></ul><div id='storyBody'><h1>Harbour detains nine over the "
      "blockade</h1><p>Posted on Mon, Jan. 07, 2008</p><p>Authorities arrested nine people "
      "suspected of blocking the harbour mouth with fishing boats last month, officials said "
      "on Monday.</p><p>The boats were towed away by the coast guard after two days, and the "
      "ferries ran again the next morning.</p></div></body></html>");
  EXPECT_EQ(a.date, "2008-01-07");
}

TEST(ArticleTest, ATitleLosesItsPermalinkMark) {
  // Sphinx writes a permalink after every heading; it is no part of the title.
  const ArticlePage a = ReadArticle(
      "<html><head><title>Evolve: Shared Mutable History - evolve extension</title></head><body>"
      "<h1>Evolve: Shared Mutable History<a class='headerlink' href='#evolve'>\xC2\xB6</a></h1>"
      "<p>Once you have mastered the art of mutable history in a single repository, you might "
      "want to move up to the next level: shared mutable history.</p></body></html>");
  EXPECT_EQ(a.title, "Evolve: Shared Mutable History");
}

// A trial's pages had no byline where the byline line sat with the headline, outside the
// chosen article: "<h3>By Ben Grossman -- Broadcasting & Cable, 1/21/2008</h3>" under the <h1>
// (a sidebar between it and the story), "Posted by: Jonathan Nettler" just above the story.
TEST(ArticleTest, ABylineLineBesideTheHeadlineOutsideTheArticle) {
  std::string story;
  for (int i = 0; i < 4; ++i) {
    story +=
        "<p>If you want to know when the strike is going to end, it is starting to look "
        "pretty simple, and the studios and the writers both say so in public now.</p>";
  }
  std::string sidebar = "<div class='sidebar'><ul>";
  for (int i = 0; i < 10; ++i)
    sidebar += "<li><a href='/x'>Newsletter " + std::to_string(i) + "</a></li>";
  sidebar += "</ul></div>";
  ArticlePage a = ReadArticle(
      "<html><head><title>The Final Chapter?</title></head><body><h1>The Final Chapter?</h1>"
      "<h3>By Ben Grossman -- Broadcasting &amp; Cable, 1/21/2008</h3>" +
      sidebar + "<div class='story'>" + story + "</div></body></html>");
  EXPECT_EQ(a.byline, "Ben Grossman");
  EXPECT_EQ(a.date, "2008-01-21");  // the line's date, where the page gives none
  a = ReadArticle(
      "<html><head><title>Why the streetcar</title></head><body><h1>Why the streetcar</h1>"
      "<div class='tags'><a href='/a'>California</a> <a href='/b'>Downtown</a></div>"
      "<div class='submitted'>Posted by: <a href='/user/1'>Jonathan Nettler</a></div>"
      "<div class='content'>" +
      story + "</div></body></html>");
  EXPECT_EQ(a.byline, "Jonathan Nettler");
  // Under a headline set in a <div>, a line that says when and by whom.
  a = ReadArticle(
      "<html><head><title>Leafs notebook: Colaiacovo to miss ten days</title></head><body>"
      "<div class='PostTitle'>Leafs notebook: Colaiacovo to miss ten days</div>"
      "<div class='footer'><span>Posted: </span>January 06, 2008, 4:30 PM by Michael Traikos"
      "</div>" +
      sidebar + "<div class='content'>" + story + "</div></body></html>");
  EXPECT_EQ(a.byline, "Michael Traikos");
  EXPECT_EQ(a.date, "2008-01-06");
  // A German heading that opens "Von" is no byline, in the article or beside it.
  a = ReadArticle(
      "<html><head><title>Sprache</title></head><body><article><h1>Sprache</h1>"
      "<h2>Von Sprachregeln, Gender-Politik und ganz normalem Deutsch</h2>" +
      story + "</article></body></html>");
  EXPECT_EQ(a.byline, "");
}

// WordPress themes name the writer in the post's own class ("hentry post author-admin"): its
// short paragraphs are no bylines (a trial's changelog lost its headings "CALL HANDLING",
// "EMAIL" and lists, and its byline read "NEW FUNCTIONALITIES").
TEST(ArticleTest, APostWhoseClassNamesItsWriterIsNoBylineBox) {
  const ArticlePage a = ReadArticle(
      "<html><body><div class='hentry post publish author-admin'><h2>Phone update</h2>"
      "<div class='entry-content'><p>The phone is getting a new software update for European "
      "versions, and the biggest changes are in the office programs and the store.</p>"
      "<p><strong>NEW FUNCTIONALITIES:</strong></p><p>- Quick Office 5.3<br>- Ovi Store 1.5</p>"
      "<p><strong>CALL HANDLING</strong></p><p>- Fix for making emergency calls when the phone "
      "is locked.</p></div></div></body></html>");
  EXPECT_EQ(a.byline, "");
  for (const ArticleBlock& b : a.blocks) {
    EXPECT_NE(b.role, Role::kByline) << BlockText(a, b);
  }
}

TEST(ArticleTest, ABylineLineAtTheTopIsTheBylineNotAListsWriters) {
  const std::string story =
      "<p>Wir spüren sie meist nur, wenn sie überschritten werden: unsere Grenzen. Verläuft "
      "alles in geordneten Bahnen, besteht kein Bedarf, eine klare Trennlinie zu ziehen.</p>"
      "<p>Wut ist eines der ersten Anzeichen dafür, dass eine Grenze überschritten wurde, und "
      "sie zeigt, was uns wichtig ist.</p>";
  ArticlePage a = ReadArticle(
      "<html><body><article><h1>Grenzen setzen</h1><p><i>von Daniela "
      "Obers</i></p>" +
      story + "</article></body></html>");
  EXPECT_EQ(a.byline, "Daniela Obers");
  bool as_byline = false;
  for (const ArticleBlock& b : a.blocks) {
    if (BlockText(a, b) == "von Daniela Obers") as_byline = b.role == Role::kByline;
  }
  EXPECT_TRUE(as_byline);
  // In English too, where the line rules call "By …" boilerplate (a trial's Bloomberg page).
  a = ReadArticle("<html><body><article><h1>Grenzen setzen</h1><p>By Heather Smith</p>" + story +
                  "</article></body></html>");
  EXPECT_EQ(a.byline, "Heather Smith");
  // A list of stories, each under its writer: none of them is the article's byline.
  std::string list;
  for (const char* writer : {"Josh Max", "Shira Ovide", "Rachel Strugatz"}) {
    list += std::string("<p>Another story about the city and its long summer.</p><p>Por ") +
            writer + "</p>";
  }
  a = ReadArticle("<html><body><article>" + story + list + "</article></body></html>");
  EXPECT_EQ(a.byline, "");
}

TEST(ArticleTest, AnOgTitleThatIsASlugIsNoTitle) {
  // A real page's og:title was its address's slug.
  const ArticlePage a = ReadArticle(
      "<html><head><title>ADAC Kindersitz-Test 2018 | ADAC</title><meta property='og:title' "
      "content='adac-kindersitztest-herbst-2018'></head><body><h1>18 Kindersitze im Test</h1><p>"
      "Im aktuellen Test wurden 18 verschiedene Kindersitze in punkto Sicherheit, Bedienung und "
      "Schadstoffe geprüft, vier davon fallen durch.</p></body></html>");
  EXPECT_EQ(a.title, "ADAC Kindersitz-Test 2018");
}

// A trial's blog post was titled with the blog's name ("Schneier on Security") where the page
// title was "Schneier on Security: Micromorts" and the post's <h3> "Micromorts".
TEST(ArticleTest, ABlogsNameAboveThePostIsNotItsTitle) {
  const std::string story =
      "<p>Here is a great concept: a unit of risk equal to a one in a million chance of death, "
      "which makes small risks easy to compare with each other.</p><p>There is a related term "
      "for the things that shorten a life by half an hour at a time.</p>";
  ArticlePage a = ReadArticle(
      "<html><head><title>Harbour Notes: Micromorts</title></head><body><div id='content'>"
      "<h1>Harbour Notes</h1><h2>November 8, 2012</h2><h3>Micromorts</h3>" +
      story + "</div></body></html>");
  EXPECT_EQ(a.title, "Micromorts");
  EXPECT_EQ(a.text.text.find("Harbour Notes"), std::string::npos);  // nor the article's first line
  // A subheading after the article's first paragraphs is no title, whatever its words.
  a = ReadArticle(
      "<html><head><title>Storm hits the east coast: what we know</title></head><body>"
      "<article><h1>Storm hits the east coast</h1>" +
      story + "<h3>What we know</h3><p>Little, so far.</p></article></body></html>");
  EXPECT_EQ(a.title, "Storm hits the east coast");
}

// A trial's page ran a title and its subtitle together: "Writing a Mechanism Description
// Analyzing the Function…", set on two lines of one heading.
TEST(ArticleTest, ATitleAndItsSubtitleOnTwoLinesAreJoinedByAColon) {
  const ArticlePage a = ReadArticle(
      "<html><head><title>Mechanism Description: Analyzing the Function of an Object</title>"
      "</head><body><h2>Writing a Mechanism Description<br>Analyzing the Function of an "
      "Object</h2><p>This document describes how to write a mechanism description, a short "
      "report that conveys how a particular object works and what it looks like.</p>"
      "</body></html>");
  EXPECT_EQ(a.title, "Writing a Mechanism Description: Analyzing the Function of an Object");
  EXPECT_EQ(a.text.text.find("Writing a"), std::string::npos);
}

TEST(ArticleTest, TitlesLoseTheSiteName) {
  EXPECT_EQ(CleanTitle("Storm hits coast - BBC News", "BBC News"), "Storm hits coast");
  EXPECT_EQ(CleanTitle("BBC News | Storm hits the coast again", ""), "Storm hits the coast again");
  EXPECT_EQ(CleanTitle("Storm hits coast", "BBC News"), "Storm hits coast");
  // A title whose parts are all long is left whole (a colon in a headline is not a site name).
  EXPECT_EQ(CleanTitle("Ukraine war: what we know about the talks in Geneva so far", ""),
            "Ukraine war: what we know about the talks in Geneva so far");
  // Headline, site, tagline: a trial's page was titled with its site's name.
  EXPECT_EQ(CleanTitle("Slow Start Cost the Majors in Ottawa - OurSports Central - Independent "
                       "and Minor League Sports News",
                       ""),
            "Slow Start Cost the Majors in Ottawa");
  // Two long parts stay whole.
  EXPECT_EQ(CleanTitle("Storm hits the east coast - what we know about the damage so far", ""),
            "Storm hits the east coast - what we know about the damage so far");
}

TEST(ArticleTest, ThePagesTitleNamesTheSiteWhereNoMetadataDoes) {
  // A trial found the site's name empty on 17 of 30 pages whose titles carry it.
  EXPECT_EQ(SiteNameInTitle("Storm hits coast - BBC News"), "BBC News");
  EXPECT_EQ(SiteNameInTitle("icHarrow - Skrtel close to Reds switch"), "icHarrow");
  // A site with its section or tagline: the web address's name, else the farthest part.
  EXPECT_EQ(SiteNameInTitle("Mahalak makes 36 saves as Whalers defeat Spirit - NHL.com - News"),
            "NHL.com");
  EXPECT_EQ(SiteNameInTitle("2007: A year in review, September - Pocket-lint.co.uk - gadget "
                            "news and reviews"),
            "Pocket-lint.co.uk");
  EXPECT_EQ(SiteNameInTitle("Alexa Posny exits the department - Politics K-12 - Education Week"),
            "Education Week");
  // No parts, or parts of a headline's length: no site.
  // A newspaper group's pages name the site in brackets ("Aidy Recalls Big Guns (from Harrow
  // Times)", four dev pages).
  EXPECT_EQ(SiteNameInTitle("Storm hits coast (from The Harbour Gazette)"), "The Harbour Gazette");
  EXPECT_EQ(CleanTitle("Storm hits coast (from The Harbour Gazette)", ""), "Storm hits coast");
  EXPECT_EQ(CleanTitle("Storm hits coast (from Monday)", ""), "Storm hits coast (from Monday)");
  // A template that writes the site's name twice in a row (a trial's blog: "Time To Begin,
  // Again | John Battelle's Search BlogJohn Battelle's Search Blog" gave the doubled name as
  // the title).
  EXPECT_EQ(CleanTitle("Time To Start, Anew | Jo Smith's Harbour BlogJo Smith's Harbour Blog", ""),
            "Time To Start, Anew");
  EXPECT_EQ(SiteNameInTitle("Time To Start, Anew | Jo Smith's Harbour BlogJo Smith's Harbour Blog"),
            "Jo Smith's Harbour Blog");
  EXPECT_EQ(SiteNameInTitle("Storm hits coast"), "");
  EXPECT_EQ(SiteNameInTitle("Storm hits the east coast - what we know about the damage so far"),
            "");
  // A date, a page's number or a byline names no site (a helper's check of the first cut).
  EXPECT_EQ(SiteNameInTitle("Storm hits the coast tonight - 24 October 2003"), "");
  EXPECT_EQ(SiteNameInTitle("Storm hits the coast tonight - Page 1"), "");
  EXPECT_EQ(SiteNameInTitle("Storm hits the coast tonight - By linksc"), "");
  // The part beside the headline the page shows, whichever end it is at.
  EXPECT_EQ(
      SiteNameInTitle("Joy the Baker - Chai-Spiced Cinnamon Rolls", "Chai-Spiced Cinnamon Rolls"),
      "Joy the Baker");
  const std::string story =
      "<p>A storm hit the coast on Monday night, flooding the harbour and closing roads for a "
      "day.</p>";
  EXPECT_EQ(ReadArticle("<html><head><title>Storm hits coast | The Harbour Gazette</title></head>"
                        "<body><article><h1>Storm hits coast</h1>" +
                        story + "</article></body></html>")
                .site_name,
            "The Harbour Gazette");
  // With no headline on the page, only a page that confirms it: a copyright line, its address.
  EXPECT_EQ(ReadArticle("<html><head><title>Storm hits the coast tonight - Bundesliga</title>"
                        "</head><body><article>" +
                        story + "</article></body></html>")
                .site_name,
            "");
  EXPECT_EQ(ReadArticle("<html><head><title>Storm hits the coast tonight - Harbour Works</title>"
                        "</head><body><article>" +
                        story +
                        "</article><footer><p>\xC2\xA9 2024 "
                        "Harbour Works</p></footer></body></html>")
                .site_name,
            "Harbour Works");
  // Or the page's feed has it in its title (not a post's comment feed); a colon after it goes.
  EXPECT_EQ(ReadArticle("<html><head><title>Storm hits the coast tonight - Harbour Notes</title>"
                        "<link rel='alternate' type='application/rss+xml' title='Harbour Notes'>"
                        "</head><body><article>" +
                        story + "</article></body></html>")
                .site_name,
            "Harbour Notes");
  EXPECT_EQ(SiteNameInTitle("Storm hits the coast tonight | Star-Telegram.com:"),
            "Star-Telegram.com");
  // Or a publication's word names it.
  EXPECT_EQ(ReadArticle("<html><head><title>Storm hits the coast tonight - World - Harbour "
                        "Gazette</title></head><body><article>" +
                        story + "</article></body></html>")
                .site_name,
            "Harbour Gazette");
}

TEST(ArticleTest, OpenGraphsTitleOverTwitters) {
  // A real page's Twitter title, first in its head, was the search-engine title, not the
  // headline that its og:title and <h1> give.
  const ArticlePage page = ReadArticle(
      "<html><head><meta name='twitter:title' content='Euro-Zone ESM Direct Injections Of "
      "Capital To Banks May Not Happen Soon - WSJ'><meta property='og:title' content='ESM and "
      "Banks: Not So Soon'><title>Euro-Zone ESM Direct Injections Of Capital To Banks May Not "
      "Happen Soon - WSJ</title></head><body><article><h1>ESM and Banks: Not So Soon</h1><p>The "
      "euro zone's new fund will not inject capital into banks any time soon, officials said on "
      "Tuesday.</p></article></body></html>");
  EXPECT_EQ(page.title, "ESM and Banks: Not So Soon");
}

TEST(ArticleTest, ATitleInPartsKeepsThePartTheArticleTalksAbout) {
  // Real pages with no headline element: a site named on the left ("The Modern Word"), and a
  // review's page named after the car, the series and the page's section.
  auto title = [](const std::string& head) {
    return ReadArticle("<html><head><title>" + head +
                       "</title></head><body><div class='nav'>Home Reviews</div><p>David "
                       "Lynch's Mulholland Drive is a dream of Hollywood, and this review reads "
                       "it twice. Watching Mulholland Drive again shows how the film folds.</p>"
                       "<p>The Citroen C3 Pluriel has a roof that folds away, and the comfort "
                       "of its seats and the equipment on board are those of the C3.</p></body>"
                       "</html>")
        .title;
  };
  EXPECT_EQ(title("The Modern Word - &quot;Mulholland Drive&quot; Review"),
            "\"Mulholland Drive\" Review");
  EXPECT_EQ(title("Citroen C3 Pluriel (2003-) - 4Car Road Test from Channel 4 - Comfort and "
                  "Equipment"),
            "Citroen C3 Pluriel (2003-)");
  // The usual choice stands where no part is the text's own.
  EXPECT_EQ(title("Harbour news | Storm hits the coast again"), "Storm hits the coast again");
  // A headline opening a title in three parts stands before a site's name the text also uses
  // (a real page: "ATLANTIS … DONATES MEDICAL SUPPLIES TO BAARK | Nassau | Bahamas Local News").
  EXPECT_EQ(title("Mulholland Drive folds Hollywood into a dream nobody wakes from | Film | "
                  "Mulholland Drive Review"),
            "Mulholland Drive folds Hollywood into a dream nobody wakes from");
}

// A trial's recipe lost its ingredients: each names a linked product, so the list read as links.
TEST(ArticleTest, ARecipesIngredientsStay) {
  std::string steps;
  for (int i = 0; i < 4; ++i) {
    steps += "<p>Step " + std::to_string(i + 1) +
             ": add the filling to a food processor and blend for a couple of seconds until "
             "it is smooth, then roll it into balls and chill them in the freezer.</p>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><article><h1>Peanut Butter Truffles</h1>" + steps +
      "<ul class='wprm-recipe-ingredients'>"
      "<li class='wprm-recipe-ingredient'>2/3 cup <a href='/pb'>creamy peanut butter</a></li>"
      "<li class='wprm-recipe-ingredient'>3 tbsp <a href='/ms'>maple syrup</a></li>"
      "<li class='wprm-recipe-ingredient'>4 tbsp <a href='/cf'>coconut flour</a></li></ul>" +
      steps +
      "</article><ul class='menu'><li><a href='/a'>Recipes for dinner</a></li>"
      "<li><a href='/b'>Recipes for lunch</a></li></ul></body></html>");
  EXPECT_NE(a.text.text.find("creamy peanut butter"), std::string::npos);
  EXPECT_NE(a.text.text.find("coconut flour"), std::string::npos);
  EXPECT_EQ(a.text.text.find("Recipes for lunch"), std::string::npos);
}

// A byline line inside the article gives the date where the page gives none ("by Jennifer Dancy
// on May 3, 2012"); the date of metadata stays first.
TEST(ArticleTest, AKeptBylineLineGivesItsDate) {
  std::string story;
  for (int i = 0; i < 4; ++i) {
    story +=
        "<p>The council voted on Tuesday to rebuild the sea wall, and the harbour master "
        "said the work would start in the spring and last for two years.</p>";
  }
  const std::string page =
      "<div class='post'><h1>Sea wall</h1><p>by Jennifer Dancy on May 3, "
      "2012</p>" +
      story + "</div></body></html>";
  ArticlePage a = ReadArticle("<html><head><title>Sea wall</title></head><body>" + page);
  EXPECT_EQ(a.byline, "Jennifer Dancy");
  EXPECT_EQ(a.date, "2012-05-03");
  a = ReadArticle(
      "<html><head><title>Sea wall</title><meta property='article:published_time' "
      "content='2012-05-04'></head><body>" +
      page);
  EXPECT_EQ(a.date, "2012-05-04");
}

// A trial's page opened its text with "Posted: Thursday, April 21, 2022. 10:11 pm CST." as a
// paragraph and its first sentence with "By Aaron Humes:", which also led the summary.
TEST(ArticleTest, ADateLineAndAWriterRunIntoTheFirstParagraphAreNoBody) {
  std::string story;
  for (int i = 0; i < 4; ++i) {
    story +=
        "<p>Cases are surging in Europe and East Asia, and while overall new cases have "
        "declined in the region, the director warned against complacency.</p>";
  }
  const ArticlePage a = ReadArticle(
      "<html><head><title>Americas at risk</title></head><body><div class='entry'>"
      "<p>Posted: Thursday, April 21, 2022. 10:11 pm CST.</p><p>By Aaron Humes: The Americas "
      "cannot ignore the risk of further surges, warns the Pan American Health Organization.</p>" +
      story + "</div></body></html>");
  ASSERT_GE(a.blocks.size(), 2u);
  EXPECT_EQ(a.blocks[0].role, Role::kDateline);
  EXPECT_EQ(a.byline, "Aaron Humes");
  EXPECT_TRUE(BlockText(a, a.blocks[1]).starts_with("The Americas cannot ignore"));
  // A date line at the top gives the page's date where nothing else does; "Created:" opens one.
  const ArticlePage created = ReadArticle(
      "<html><head><title>Roommate</title></head><body><div class='entry'><p>Created: "
      "April 21, 2022 4:09:14 PM</p>" +
      story + "</div></body></html>");
  ASSERT_FALSE(created.blocks.empty());
  EXPECT_EQ(created.blocks[0].role, Role::kDateline);
  EXPECT_EQ(created.date, "2022-04-21");
  // A date line that names its writer is a byline line, and gives both.
  const ArticlePage posted = ReadArticle(
      "<html><head><title>Memos</title></head><body><div class='entry'><p>Posted on 12/20/2004 "
      "12:19:30 PM PST by Jim Robinson</p>" +
      story + "</div></body></html>");
  EXPECT_EQ(posted.byline, "Jim Robinson");
  EXPECT_EQ(posted.date, "2004-12-20");
  // A sentence that opens with "By" and a capitalised word is no byline.
  const ArticlePage b = ReadArticle(
      "<html><head><title>Flood</title></head><body><div class='entry'><p>By Friday the river "
      "had risen two metres, and the council closed the bridge to all traffic.</p>" +
      story + "</div></body></html>");
  EXPECT_EQ(b.byline, "");
  EXPECT_TRUE(BlockText(b, b.blocks[0]).starts_with("By Friday the river"));
}

// A trial's recipe pages lost their steps: each step shows photos, so the list read as a gallery.
TEST(ArticleTest, ARecipesStepsWithPhotosStay) {
  std::string intro, steps;
  for (int i = 0; i < 4; ++i) {
    intro += "<p>Paragraph " + std::to_string(i) +
             ": once in a while I like to go vegan, and this time it is a stir fry of flat rice "
             "noodles with tofu and beansprouts that the whole family enjoyed.</p>";
    steps += "<li class='direction-step'>Step " + std::to_string(i) +
             ": heat the oil in the wok and fry the tofu until the edges are golden brown."
             "<img src='/a.jpg'><img src='/b.jpg'></li>";
  }
  const ArticlePage a = ReadArticle(
      "<html><body><article><h1>Char Kway Teow</h1>" + intro +
      "<div class='recipe-card-directions'><h3>Directions</h3><ul class='directions-list'>" +
      steps + "</ul></div></article></body></html>");
  EXPECT_EQ(Occurrences(a.text.text, "fry the tofu until the edges are golden brown"), 4u);
  // Steps set in <div>s inside the list are list items too: a summary describes the dish, it
  // does not pick its third step.
  const ArticlePage b = ReadArticle(
      "<html><body><article><h1>Pineapple Cake</h1>" + intro +
      "<ul class='recipePartStepsList'><li class='recipePartStep'><div class='recipeStepText' "
      "itemprop='recipeInstructions'><div class='recipePartStepDescription'>Heat oven to 350 "
      "degrees and melt the butter in the pan while it heats.</div></div></li></ul>"
      "</article></body></html>");
  bool found = false;
  for (const ArticleBlock& block : b.blocks) {
    if (!BlockText(b, block).starts_with("Heat oven")) continue;
    found = true;
    EXPECT_EQ(block.role, Role::kListItem);
  }
  EXPECT_TRUE(found);
}

// A heading that ends the article introduces nothing (a trial's "DW recommends" over links that
// were cleaned away).
TEST(ArticleTest, AHeadingThatEndsTheArticleIsLeftOut) {
  std::string story;
  for (int i = 0; i < 4; ++i) {
    story +=
        "<p>The city has launched a five-year project to mark its part in colonialism, and "
        "streets named after its leaders will be renamed.</p>";
  }
  const ArticlePage a = ReadArticle("<html><body><div class='story'>" + story +
                                    "<h4>DW recommends</h4></div></body></html>");
  EXPECT_EQ(Occurrences(a.text.text, "DW recommends"), 0u);
  ASSERT_FALSE(a.blocks.empty());
  EXPECT_EQ(a.blocks.back().role, Role::kBody);
  // A page of headings alone keeps them: a page with visible text never reads as empty.
  const ArticlePage headings = ReadArticle(
      "<html><body><h3>prepping for a new week.</h3><h4>13 comments:</h4></body></html>");
  EXPECT_EQ(Occurrences(headings.text.text, "prepping for a new week."), 1u);
}

// A trial's CNN page lost its first paragraph and its first subheading: the story's rest sits in
// its own container after a "Read More" button, the lead in a <div> whose class says "media",
// the subheading in a <div> of its own.
TEST(ArticleTest, ALeadInAWrapperAndASubheadingBeforeTheRestStay) {
  std::string rest;
  for (int i = 0; i < 12; ++i) {
    rest += "<div class='zn-body__paragraph'>Paragraph " + std::to_string(i) +
            " of the rest says that the two of them spoke about their life in the family, and "
            "about what they would do next, at some length.</div>";
  }
  const ArticlePage a = ReadArticle(
      "<html><head><title>What we learned</title></head><body><h1>What we learned</h1>"
      "<div class='l-container'><div class='el__leafmedia el__leafmedia--sourced-paragraph'>"
      "<p class='zn-body__paragraph'><cite>London (CNN)</cite>It was the interview that some "
      "within the palace must have feared, and it was more revealing than many could have "
      "imagined.</p></div><div class='zn-body__paragraph'>Allegations within the family itself "
      "have been splashed across newspapers in the United Kingdom this week.</div>"
      "<div class='ad ad--epic'><div></div></div>"
      "<div class='zn-body__paragraph'><h3>She had dark thoughts</h3></div>"
      "<div class='zn-body__read-more'><div class='read-more-link'>Read More</div></div>"
      "<div class='zn-body__read-all'>" +
      rest + "</div></div></body></html>");
  ASSERT_GE(a.blocks.size(), 4u);
  EXPECT_TRUE(BlockText(a, a.blocks[0])
                  .ends_with("It was the interview that some within the palace "
                             "must have feared, and it was more revealing "
                             "than many could have imagined."));
  EXPECT_EQ(BlockText(a, a.blocks[2]), "She had dark thoughts");
  EXPECT_EQ(a.blocks[2].role, Role::kHeading);
  EXPECT_EQ(Occurrences(a.text.text, "Read More"), 0u);
}

TEST(ArticleTest, AListsLinkedItemNamesStay) {
  // A trial's pages: a listicle's item headings link to the items ("<h3><a>Rez Infinite</a>"),
  // and a list of films links each title in its table; both were dropped as link text, leaving
  // paragraphs and years without the names they describe.
  const std::string item =
      " is a quiet puzzle game about a lighthouse keeper, with a score that changes with the "
      "tides and a story told in letters left in bottles along the shore, one for every day of "
      "the long winter that the keeper spends alone on the rock.";
  const ArticlePage page = ReadArticle(
      "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/games'>Games</a></li>"
      "</ul></nav><article><h1>The five best harbour games</h1><p>We played every game set in a "
      "harbour this year, and these five are the ones worth your evenings and your money.</p>"
      "<h3><a href='/g/1'>Tidewatch ($20)</a></h3><p>Tidewatch" +
      item +
      "</p>"
      "<h3><a href='/g/2'>Quay Street ($15)</a></h3><p>Quay Street" +
      item +
      "</p>"
      "<table><tr><th>Game</th><th>Year</th><th>Notes</th></tr><tr><td><a href='/g/1'>"
      "Tidewatch</a></td><td>2019</td><td>A keeper alone on a rock all winter.</td></tr></table>"
      "<p>Which one did we like best? Tidewatch, by a long way, for its letters and its tides.</p>"
      "</article><footer><h3><a href='/more'>More games news</a></h3><ul><li><a href='/x'>A "
      "review of another game</a></li></ul></footer></body></html>");
  const std::string& text = page.text.text;
  EXPECT_NE(text.find("Tidewatch ($20)"), std::string::npos) << text;
  EXPECT_NE(text.find("Quay Street ($15)"), std::string::npos) << text;
  EXPECT_NE(text.find("Tidewatch\n\n2019"), std::string::npos) << text;
  EXPECT_EQ(text.find("More games news"), std::string::npos) << text;
  EXPECT_EQ(text.find("Home"), std::string::npos) << text;
}

TEST(ArticleTest, ALeadInWithoutItsLinksAndAWikisEditLinkGo) {
  // A trial's pages: "More games news:" and "You may also be interested in:" stayed once their
  // lists of links were cleaned away, and a wiki's headings kept their "[edit]" link.
  const std::string para =
      "<p>The harbour board met on Tuesday and agreed to dredge the eastern channel before the "
      "winter storms, at a cost the council will share with the port's owners.</p>";
  const ArticlePage page = ReadArticle(
      "<html><body><article><h1>Dredging the channel</h1>" + para +
      "<h2><span class='mw-headline'>Costs</span><span class='mw-editsection'>[<a "
      "href='/edit'>edit</a>]</span></h2>" +
      para +
      "<p>Here is what the harbour master said:</p><p><a href='/src'>Via the Gazette</a></p>" +
      para +
      "<p>More harbour news:</p><p><a href='/a'>Ferry fares rise again</a></p><p><a "
      "href='/b'>New lifeboat named</a></p><p>Jane Roe is on the harbour board.</p>"
      "</article></body></html>");
  const std::string& text = page.text.text;
  EXPECT_NE(text.find("Costs"), std::string::npos) << text;
  EXPECT_EQ(text.find("[edit]"), std::string::npos) << text;
  EXPECT_EQ(text.find("More harbour news"), std::string::npos) << text;
  EXPECT_NE(text.find("Here is what the harbour master said:"), std::string::npos) << text;
  EXPECT_NE(text.find("Jane Roe is on the harbour board."), std::string::npos) << text;
}

TEST(ArticleTest, TheArticlesOwnHeaderGivesItsStandfirst) {
  // A trial's CNET page: the standfirst under the headline, in the post's <header>, was left out
  // with the site's header, and it is the story's best line. The lead picture's caption there is
  // no text of the article.
  const std::string para =
      "<p>The harbour board met on Tuesday and agreed to dredge the eastern channel before the "
      "winter storms, at a cost the council will share with the port's owners.</p>";
  const ArticlePage page = ReadArticle(
      "<html><head><title>The harbour will be dredged - Harbour Daily</title></head><body><header>"
      "<a href='/'>Harbour Daily</a><nav><a href='/news'>News</a></nav></header><div "
      "class='post'><header><h1>The harbour will be dredged</h1><p>The eastern channel is "
      "silting up, and the board says the ferries cannot wait another winter.</p><figure><img "
      "src='a.jpg'><figcaption>Tugs in the eastern channel. Photo: Jane Roe</figcaption></figure>"
      "</header><div class='postBody'>" +
      para + para + para + "</div></div></body></html>");
  const std::string& text = page.text.text;
  EXPECT_EQ(text.find("The eastern channel is silting up"), 0U) << text;
  EXPECT_EQ(text.find("Tugs in the eastern channel"), std::string::npos) << text;
  EXPECT_EQ(text.find("News"), std::string::npos) << text;
  EXPECT_EQ(page.title, "The harbour will be dredged");
}

TEST(ArticleTest, ADateLineUnderTheArticlesLastParagraph) {
  // Two dev pages of a newspaper group stamp the story under its text ("2:18pm Tuesday 1st
  // January 2008") and give no date anywhere else; the comment box's closing line is none of it.
  std::string paragraphs;
  for (int i = 0; i < 8; ++i) {
    paragraphs += "<p>Paragraph " + std::to_string(i) +
                  ": councillors voted on Tuesday to rebuild the harbour wall, six weeks after a "
                  "storm flooded the front.</p>";
  }
  const ArticlePage page =
      ReadArticle("<html><body><div class='story'><h1>Harbour wall approved</h1>" + paragraphs +
                  "<p>2:18pm Tuesday 1st January 2008</p><p>Thanks for your comments - this "
                  "feedback is now closed</p></div></body></html>");
  EXPECT_EQ(page.date, "2008-01-01");
  ASSERT_FALSE(page.blocks.empty());
  EXPECT_EQ(page.blocks.back().role, Role::kBoilerplate);
}

TEST(ArticleTest, HostilePagesStayBounded) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div class=\"c\">";
  deep += "<p>Some text in the depths of the page that is long enough to be a paragraph.</p>";
  EXPECT_NE(ReadArticle(deep).text.text.find("depths"), std::string::npos);
  std::string script = "<p>Visible text before a script that never ends.</p><script>";
  script += std::string(2'000'000, 'x');
  EXPECT_NE(ReadArticle(script).text.text.find("Visible text"), std::string::npos);
  // Visible text is never lost, even when it is all the page has.
  const ArticlePage odd = ReadArticle("<<<>>><p");
  EXPECT_FALSE(odd.found_article);
  EXPECT_EQ(odd.text.text, "<<<>>>");
}

}  // namespace
}  // namespace precis::text
