#include "text/byline.h"

#include <gtest/gtest.h>

#include <string>

#include "text/article.h"
#include "text/date_text.h"

namespace precis::text {
namespace {

std::string Find(const std::string& body) {
  return FindByline(HtmlTree::Parse("<html><body>" + body + "</body></html>"));
}

TEST(BylineTest, ABylinesTextGivesTheNames) {
  EXPECT_EQ(BylineNames("By Ana Sandoiu"), "Ana Sandoiu");
  EXPECT_EQ(BylineNames("  By\n\t\tScott Cunningham  "), "Scott Cunningham");
  EXPECT_EQ(BylineNames("By Nathan Willis\n March 25, 2015"), "Nathan Willis");
  // The word that introduces the date goes with it; an outlet after " -- " is no name.
  EXPECT_EQ(BylineNames("Par Matthieu Hy le 07 Mai 2020"), "Matthieu Hy");
  EXPECT_EQ(BylineNames("By Ben Grossman -- Broadcasting & Cable, 1/21/2008"), "Ben Grossman");
  // An outlet after the names is none of them; a date further on does not cut at an "on".
  EXPECT_EQ(BylineNames("By: Jim Macdonald, THE CANADIAN PRESS"), "Jim Macdonald");
  EXPECT_EQ(BylineNames("by Ann Roe and Jo Marsh, The Associated Press"), "Ann Roe and Jo Marsh");
  EXPECT_NE(BylineNames("by White on Rice Couple on November 12, 2012"), "White");
  EXPECT_EQ(BylineNames("by Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
  EXPECT_EQ(BylineNames("Written by: Jo Marsh | 5 min read"), "Jo Marsh");
  // The names end where a date begins, however it is written.
  EXPECT_EQ(BylineNames("by David Hinkle on Nov 1st 2012 7:30PM"), "David Hinkle");
  EXPECT_EQ(BylineNames("Jeff Latzke Dec. 31, 2007 11:14 AM"), "Jeff Latzke");
  EXPECT_EQ(BylineNames("Jan 4, 2008"), "");
  EXPECT_EQ(BylineNames("Par Sébastien Farcis"), "Sébastien Farcis");
  EXPECT_EQ(BylineNames("Tariq Panja, Josh Max and Shira Ovide"),
            "Tariq Panja, Josh Max and Shira Ovide");
  EXPECT_EQ(BylineNames("Richard (R.J.) Eskow"), "Richard Eskow");
  EXPECT_EQ(BylineNames("Ludwig van Beethoven"), "Ludwig van Beethoven");
  EXPECT_EQ(BylineNames("Jane Roe in Washington"), "Jane Roe");
  EXPECT_EQ(BylineNames("Jane Roe on March 3"), "Jane Roe");
  EXPECT_EQ(BylineNames("Author:\nJane Roe"), "Jane Roe");
  // What follows the names is no name: a job, an employer, a month.
  EXPECT_EQ(BylineNames("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Project"),
            "Daniel Kahn Gillmor");
  EXPECT_EQ(BylineNames("Andrew Grush, August 5"), "Andrew Grush");
  // A section's or a box's name, a job, a handle, a date: no byline.
  for (const char* none : {"About Us", "Follow Author", "Games Editor", "From the Forum",
                           "CRUISING THE STREETS OF NEW YORK", "White on Rice Couple", "@jroe",
                           "April 28, 2019 at 6:01 am", "Sign In|", "Staff Writer", "Donnerstag"}) {
    EXPECT_EQ(BylineNames(none), "") << none;
  }
  EXPECT_EQ(BylineNames("Kristen LeeKristen Lee"), "Kristen Lee");
  EXPECT_EQ(BylineNames("Posted on September 21, 2020 by Adi Tzlil"), "Adi Tzlil");
  EXPECT_EQ(BylineNames("By Glen Owen And Brendan Carlin For The Mail On Sunday"),
            "Glen Owen And Brendan Carlin");
}

TEST(BylineTest, TheFirstElementMarkedAsTheBylineThatNamesSomeone) {
  EXPECT_EQ(Find("<h1>Storm</h1><span class='pb-byline'>By <a href='/p/ec'>Erin Cunningham</a>"
                 "</span><p>Text.</p>"),
            "Erin Cunningham");
  // schema.org microdata: the author's name, not the whole box.
  EXPECT_EQ(Find("<p class='byline' itemprop='author creator' itemscope><a rel='author' "
                 "href='/a/dg'><span itemprop='name'>Dan Goodin</span></a> - <time>Apr 16, 2015 "
                 "8:02 pm UTC</time></p>"),
            "Dan Goodin");
  // "by" on a line of its own before the name, after the section's name.
  EXPECT_EQ(Find("<div class='authorInfo'><div>Tech Industry</div><div>by</div><div><a "
                 "rel='author' href='/s'>Steven Musil</a></div><time>January 18, 2017</time>"
                 "</div>"),
            "Steven Musil");
  // The writer's job title and an account page are no byline; the name beside them is.
  EXPECT_EQ(Find("<div id='authorization'>Sign In</div><div class='author'><a "
                 "class='author-link' href='/b'>Ben Silverman</a><div class='author-title'>Games "
                 "Editor</div></div>"),
            "Ben Silverman");
  EXPECT_EQ(Find("<p>No one signed this.</p>"), "");
}

TEST(BylineTest, ALinkToTheWritersArchiveThatABylineIntroduces) {
  // Blog engines: no class says author, the link to the writer's archive does.
  EXPECT_EQ(Find("<h1>Tolls</h1><p>The tunnel opens.</p><p>Written by: <a "
                 "href='http://example.org/author/dylan/'>Dylan Bailey</a></p>"),
            "Dylan Bailey");
  EXPECT_EQ(Find("<p class='post-info'>2012-10-16 by <a href='/author/herbs/'>Herb Sutter</a></p>"),
            "Herb Sutter");
  EXPECT_EQ(Find("<p>Published <a href='/author/unni/' title='Posts by Jo Marsh'>Jo Marsh</a></p>"),
            "Jo Marsh");
  // An archive link no "by" introduces is as often a list of other writers, or a pointer.
  EXPECT_EQ(Find("<p>Read his <a href='/author/clark'>other articles here</a></p>"), "");
  EXPECT_EQ(Find("<ul><li><a href='/author/ann/'>Ann Lee</a></li><li><a href='/author/bo/'>Bo "
                 "Lind</a></li></ul>"),
            "");
  // A class that says author comes first.
  EXPECT_EQ(Find("<p>by <a href='/author/ann/'>Ann Lee</a></p><span class='byline'>Bo Lind</span>"),
            "Bo Lind");
}

TEST(BylineTest, CommentsAndOtherStoriesAreNotLookedIn) {
  // A commenter, a related story's writer, a side column's: none is the article's.
  EXPECT_EQ(Find("<p>Text.</p><div class='comments'><span class='comment-author'>Ann Lee</span>"
                 "</div><ul class='related-stories'><li><span class='byline'>By Bo Ray</span>"
                 "</li></ul><div class='right-sidebar'><span class='author'>Cy Day</span></div>"),
            "");
  // A layout that has a side column is not one ("panel-two-col-sidebar-right-mix"), nor is the
  // page's <body>, whatever its classes say.
  EXPECT_EQ(FindByline(HtmlTree::Parse(
                "<html><body class='sidebar-primary'><div class='panel-two-col-sidebar-right-mix'>"
                "<div class='blog-author'>By <a href='/bio/dkg'>Daniel Kahn Gillmor</a>, Senior "
                "Staff Technologist</div></div></body></html>")),
            "Daniel Kahn Gillmor");
  // Hidden elements are not read.
  EXPECT_EQ(Find("<span class='byline' style='display:none'>By Ann Lee</span>"), "");
  // Nor words for screen readers, which themes write right against the name.
  EXPECT_EQ(Find("<span class='byline'><span class='screen-reader-text'>By</span><span "
                 "class='author vcard'><a class='url fn n' href='/author/jo/'>Jo Marsh</a>"
                 "</span></span>"),
            "Jo Marsh");
}

TEST(BylineTest, ADateShownOnlyAsTextIsRead) {
  auto date = [](const std::string& body) {
    return FindShownDate(HtmlTree::Parse("<html><body>" + body + "</body></html>"));
  };
  // Older pages write the date only as text, in an element that says so.
  EXPECT_EQ(date("<h1>Storm</h1><div class='entry-meta'>Posted on December 29th 2019 by Jo"
                 "</div>"),
            "2019-12-29");
  EXPECT_EQ(date("<span class='datum'>Janic Cathomen, 01.12.2021</span>"), "");  // no hint
  EXPECT_EQ(date("<p class='post-date'>Janic Cathomen, 01.12.2021</p>"), "2021-12-01");
  // Not the date it was changed on, nor one in a comment or another story's box.
  EXPECT_EQ(date("<p class='date-updated'>Updated: January 7, 2025</p><p class='pubdate'>10 "
                 "July 2020</p>"),
            "2020-07-10");
  EXPECT_EQ(date("<div class='comments'><span class='date'>May 3, 2012</span></div>"), "");
  // A trial's blog post took the date of a "More recent posts" box under it.
  EXPECT_EQ(date("<table><tr><td class='MoreRecentPostsDate'>January 14, 2008, 6:40 PM</td>"
                 "</tr></table>"),
            "");
  EXPECT_EQ(date("<span class='date'>5 April 2013 Last updated at 11:09</span>"), "2013-04-05");
  EXPECT_EQ(date("<span class='date'>Last updated: 7 January 2025</span>"), "");
  // A <time> with a calendar date comes first.
  EXPECT_EQ(date("<span class='date'>May 3, 2012</span><time datetime='2012-05-04'>4 May</time>"),
            "2012-05-04");
  // Else a line that says in words when it was published, in an element no class marks.
  EXPECT_EQ(date("<h1>Storm</h1><p>Posted on <b>September 30th, 2008</b> in News | 19 "
                 "Responses</p>"),
            "2008-09-30");
  EXPECT_EQ(date("<div>Veröffentlicht am 16.08.2019 Dauer: 1 Stunde</div>"), "2019-08-16");
  EXPECT_EQ(date("<p>Published: Sunday, December 30, 2007 NEW YORK (Reuters) - The Portland "
                 "Trail Blazers won.</p>"),
            "2007-12-30");
  // Not in a comment, not a date the post was changed on, not a date the line does not open.
  EXPECT_EQ(date("<div class='comments'><p>Posted on May 3, 2012 by Ann</p></div>"), "");
  EXPECT_EQ(date("<p>Posted on <i>News</i>, updated May 3, 2012</p>"), "");
  EXPECT_EQ(date("<p>The storm was posted on the board on May 3, 2012.</p>"), "");
  // A trial's pages: a masthead's "today" is no article's date; the label alone in its element.
  EXPECT_EQ(date("<div id='headerdate'><span>Tuesday, 15th January 2008</span></div><ul><li>"
                 "<strong>Published Date: </strong> 09 January 2008</li></ul>"),
            "2008-01-09");
}

TEST(DateTextTest, ReadsTheWaysPagesWriteADate) {
  EXPECT_EQ(ReadDate("Posted on December 29th 2019 by Jo"), "2019-12-29");
  EXPECT_EQ(ReadDate("Sunday, Feb 1, 2015 11:57 AM UTC"), "2015-02-01");
  EXPECT_EQ(ReadDate("Dec. 29, 2019"), "2019-12-29");
  EXPECT_EQ(ReadDate("1st of March, 2015"), "2015-03-01");
  EXPECT_EQ(ReadDate("1:18AM Wednesday 16 January, 2008"), "2008-01-16");
  EXPECT_EQ(ReadDate("03.10.2021 | 14:05"), "2021-10-03");
  EXPECT_EQ(ReadDate("3. Oktober 2021"), "2021-10-03");
  EXPECT_EQ(ReadDate("3 de marzo de 2015"), "2015-03-03");
  EXPECT_EQ(ReadDate("24 août 2019"), "2019-08-24");
  EXPECT_EQ(ReadDate("12 września 2020"), "2020-09-12");
  EXPECT_EQ(ReadDate("2015-03-03 10:00"), "2015-03-03");
  EXPECT_EQ(ReadDate("2015/03/03"), "2015-03-03");
  EXPECT_EQ(ReadDate("14/03/2015"), "2015-03-14");
  EXPECT_EQ(ReadDate("03/14/2015"), "2015-03-14");
  // A trial's pages: day-month-year with hyphens; a weekday decides an order that reads both
  // ways ("Tuesday, 11.06.2012" on a US page is 6 November, a Tuesday; 11 June was a Monday).
  EXPECT_EQ(ReadDate("Posted on: 17-01-2008"), "2008-01-17");
  EXPECT_EQ(ReadDate("Tuesday, 11.06.2012"), "2012-11-06");
  EXPECT_EQ(ReadDate("Monday, 11.06.2012"), "2012-06-11");
  EXPECT_EQ(ReadDate("Tue 08/01/2008"), "2008-01-08");
  EXPECT_EQ(ReadDate("Sonntag, 03.10.2021"), "2021-10-03");
  // No day, no year, a year out of range, or an order that reads both ways: no date.
  for (const char* none :
       {"March 2015", "© 2015 The Courier", "May 3", "08/01/2008 11:13", "5 min read",
        "3 March 1850", "31.02", "Section 3 May Street 2015", "12-11-2015"}) {
    EXPECT_EQ(ReadDate(none), "") << none;
  }
}

TEST(DateTextTest, APageDateInIsoFormKeepsItsTimeAndZone) {
  EXPECT_EQ(NormalizePageDate("2019-10-19T19:08:22+02:00"), "2019-10-19T19:08:22+02:00");
  EXPECT_EQ(NormalizePageDate("2022-1-26 14:32"), "2022-01-26T14:32:00");
  EXPECT_EQ(NormalizePageDate("2021-11-22T18:42:22.455+0100"), "2021-11-22T18:42:22+01:00");
  EXPECT_EQ(NormalizePageDate("2022-01-27T12:45:36.270+01"), "2022-01-27T12:45:36+01:00");
  EXPECT_EQ(NormalizePageDate(" 2022-05-04T03:00:00 UTC"), "2022-05-04T03:00:00Z");
  EXPECT_EQ(NormalizePageDate("2019-10-19"), "2019-10-19");
  // A time or zone that does not read: the day, and the local time where it reads.
  EXPECT_EQ(NormalizePageDate("2018-11-28CET11:59:00+0100"), "2018-11-28");
  EXPECT_EQ(NormalizePageDate("2018-11-28T11:59:00 CET"), "2018-11-28T11:59:00");
  // Written otherwise: the day; not a date at all, or either order: as written.
  EXPECT_EQ(NormalizePageDate("July 31, 2012, 2:38 pm"), "2012-07-31");
  EXPECT_EQ(NormalizePageDate("11.11.2021"), "2021-11-11");
  EXPECT_EQ(NormalizePageDate("11/01/2023 12:43:42"), "11/01/2023 12:43:42");
  EXPECT_EQ(NormalizePageDate("Fri Feb 18 10:27:24 2022"), "2022-02-18");
  EXPECT_EQ(NormalizePageDate("Tue Jan 28 15:28:56 CET 2020"), "2020-01-28");
  EXPECT_EQ(NormalizePageDate("Aug 09, 2:31 PM"), "Aug 09, 2:31 PM");
  EXPECT_EQ(NormalizePageDate("2019-13-01"), "2019-13-01");
  // Metadata's compact YYYYMMDD.
  EXPECT_EQ(NormalizePageDate("20080114"), "2008-01-14");
  EXPECT_EQ(NormalizePageDate("20081314"), "20081314");
}

TEST(BylineTest, ABylineLineGivesItsNamesAndDateOrNothing) {
  // A line the reader gives the byline role: its names, and the date in it where the page has
  // no other; a line with no name in it ("Dec 29, 2007", "5 days ago") is no byline.
  const std::string story =
      "<p>The river rose two metres overnight and the old bridge was closed to traffic until "
      "engineers could inspect it.</p><p>Officials said the repairs would take weeks.</p>";
  ArticlePage a = ReadArticle(
      "<html><body><article><h1>Storm</h1><p class='byline'>by David "
      "Hinkle on Nov 1st 2012 7:30PM</p>" +
      story + "</article></body></html>");
  EXPECT_EQ(a.byline, "David Hinkle");
  EXPECT_EQ(a.date, "2012-11-01");
  a = ReadArticle("<html><body><article><h1>Storm</h1><p class='byline'>5 days ago</p>" + story +
                  "</article></body></html>");
  EXPECT_EQ(a.byline, "");
}

TEST(BylineTest, TheDateIsTheFirstTimeElementsCalendarDate) {
  auto date = [](const std::string& body) {
    return FindShownDate(HtmlTree::Parse("<html><body>" + body + "</body></html>"));
  };
  EXPECT_EQ(date("<h1>Storm</h1><time datetime='2019-10-19T14:37:24+02:00'>19 Oct</time>"),
            "2019-10-19T14:37:24+02:00");
  // A recipe's duration, opening hours and an impossible month are no dates.
  EXPECT_EQ(date("<time datetime='PT15M'>15 min</time><time datetime='Mo-Su 08:00-20:00'>daily"
                 "</time><time datetime='2014-13-02'>x</time><time datetime='2014-11-02'>"
                 "2 Nov</time>"),
            "2014-11-02");
  // A comment's or a related story's date is not the article's.
  EXPECT_EQ(date("<ul class='related-posts'><li><time datetime='2011-01-01'>1 Jan</time></li>"
                 "</ul><div class='comments'><time datetime='2012-02-02'>2 Feb</time></div>"),
            "");
  const ArticlePage a = ReadArticle(
      "<html><body><h1>Storm</h1><p class='meta'><time datetime='2024-03-14'>14 March</time>"
      "</p><p>The harbour reopened on Monday, three days after the storm tore two cranes from "
      "their rails and sank a barge at its moorings.</p></body></html>");
  EXPECT_EQ(a.date, "2024-03-14");
  // Blogger's published date, and Dublin Core's.
  EXPECT_EQ(
      ReadArticle("<html><body><h2 class='date-header'>Wednesday, October 16, 2019</h2><p>"
                  "The harbour reopened on Monday, three days after the storm.</p><abbr "
                  "class='published' itemprop='datePublished' title='2019-10-16T14:33:00-07:00'"
                  ">2:33 PM</abbr></body></html>")
          .date,
      "2019-10-16T14:33:00-07:00");
  EXPECT_EQ(ReadArticle("<html><head><meta name='dc.Date' content='2020-03-03'></head><body><p>The "
                        "harbour reopened on Monday, three days after the storm.</p></body></html>")
                .date,
            "2020-03-03");
  // The metadata's date stands first.
  const ArticlePage b = ReadArticle(
      "<html><head><meta property='article:published_time' content='2024-03-13T09:00:00Z'>"
      "</head><body><time datetime='2024-03-14'>14 March</time><p>The harbour reopened on "
      "Monday, three days after the storm tore two cranes from their rails.</p></body></html>");
  EXPECT_EQ(b.date, "2024-03-13T09:00:00Z");
}

TEST(BylineTest, TheArticleReaderFallsBackToThePagesByline) {
  const ArticlePage a = ReadArticle(
      "<html><head><meta property='og:site_name' content='Harbour News'></head><body><h1>Storm"
      "</h1><div class='meta'><span class='byline'>By Jo Marsh</span></div><div "
      "class='story'><p>The harbour reopened on Monday, three days after the storm tore two "
      "cranes from their rails and sank a barge at its moorings.</p></div></body></html>");
  EXPECT_EQ(a.byline, "Jo Marsh");
  // The metadata's writer stands first; the site's own name is none.
  const ArticlePage b = ReadArticle(
      "<html><head><meta name='author' content='Ann Lee'></head><body><span class='byline'>By "
      "Jo Marsh</span><p>The harbour reopened on Monday, three days after the storm tore two "
      "cranes from their rails.</p></body></html>");
  EXPECT_EQ(b.byline, "Ann Lee");
  // The metadata's writer as a byline reads, where it is written as one.
  EXPECT_EQ(
      ReadArticle("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                  "\"author\": {\"@type\": \"Person\", \"name\": \"By Glen Owen For The Mail "
                  "On Sunday\"}}</script></head><body><p>The harbour reopened on Monday, three "
                  "days after the storm.</p></body></html>")
          .byline,
      "Glen Owen");
  const ArticlePage c = ReadArticle(
      "<html><head><meta property='og:site_name' content='Harbour News'></head><body><span "
      "class='author'>Harbour News</span><p>The harbour reopened on Monday, three days after "
      "the storm tore two cranes from their rails.</p></body></html>");
  EXPECT_EQ(c.byline, "");
}

}  // namespace
}  // namespace precis::text
