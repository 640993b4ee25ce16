#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace precis::text {
namespace {

// Every line of the project's labelled fixture (tests/data/boilerplate.tsv) gets its label.
TEST(BoilerplateTest, LabelsTheFixtureSet) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/boilerplate.tsv");
  ASSERT_TRUE(in) << "missing fixture";
  std::string row;
  int boilerplate = 0;
  int content = 0;
  while (std::getline(in, row)) {
    if (row.empty() || row[0] == '#') continue;
    const size_t tab = row.find('\t');
    ASSERT_NE(tab, std::string::npos) << row;
    const bool expected = row.substr(0, tab) == "B";
    const std::string line = row.substr(tab + 1);
    EXPECT_EQ(IsBoilerplate(line), expected) << line;
    (expected ? boilerplate : content)++;
  }
  EXPECT_GE(boilerplate, 40);
  EXPECT_GE(content, 20);
}

TEST(BoilerplateTest, LongParagraphsAreNeverBoilerplate) {
  std::string long_line = "Read more about it: ";
  for (int i = 0; i < 60; ++i) long_line += "the council discussed the plan again ";
  EXPECT_FALSE(IsBoilerplate(long_line));
}

TEST(BoilerplateTest, HeadingsThatOpenReadersComments) {
  for (const char* heading :
       {"19 Responses", "46 Comments",
        "13 comments:", "One thought on \u201cThe harbour tunnel\u201d",
        "2 Responses to \"Tunnel tolls\"", "Comments (12)", "Leave a Reply", "Leave a comment",
        "Post a Comment", "3 Kommentare", "Ein Kommentar", "2 Gedanken zu \u201eHafentunnel\u201c",
        "Kommentar schreiben", "Schreibe einen Kommentar", "Laisser un commentaire",
        "5 commentaires", "Deja un comentario", "Dodaj komentarz"}) {
    EXPECT_TRUE(IsCommentsHeading(heading)) << heading;
  }
  for (const char* line :
       {"Comments", "Responses to the flood", "19 responses were received by the council.",
        "Three comments stood out in the survey", "Leaving a reply to the council was easy.",
        "Kommentare der Leser zum Hafentunnel und zur Maut", "The 46 comments", "12 replies a day",
        "2 Responses about tolls"}) {
    EXPECT_FALSE(IsCommentsHeading(line)) << line;
  }
}

}  // namespace
TEST(BoilerplateTest, ADividerIsBoilerplateANumberOrAMarkAloneIsNot) {
  for (const char* divider :
       {"* * *", "___", "-----", "# # #", "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94"}) {
    EXPECT_TRUE(IsBoilerplate(divider)) << divider;
  }
  // A helper's check: a table's counts, a nutrition value and inline code's "+" set apart by
  // the page's markup are content.
  for (const char* content : {"68", "200", "+", ",", "1."}) {
    EXPECT_FALSE(IsBoilerplate(content)) << content;
  }
}

}  // namespace precis::text
