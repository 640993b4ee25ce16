#include "text/document.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

std::string_view At(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

TEST(DocumentTest, RecognisesAggregatorHeader) {
  const std::string text =
      "Council Approves Budget\n20240105\nhttps://example.org/news/1\n"
      "The council approved the budget.\nIt takes effect in May.\n";
  const Document doc = ParseDocument(text);
  EXPECT_EQ(doc.title, "Council Approves Budget");
  EXPECT_EQ(doc.date, "20240105");
  EXPECT_EQ(doc.url, "https://example.org/news/1");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(At(text, doc.paragraphs[0]), "The council approved the budget.");
}

TEST(DocumentTest, BlankLinesSeparateParagraphsAndSingleBreaksStayInside) {
  const std::string text = "First line\ncontinues here.\n\n\nSecond paragraph.\n";
  const Document doc = ParseDocument(text);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(At(text, doc.paragraphs[0]), "First line\ncontinues here.");
  EXPECT_EQ(At(text, doc.paragraphs[1]), "Second paragraph.");
}

TEST(DocumentTest, TrailingBlankLineDoesNotMergeLineParagraphs) {
  const std::string text = "One sentence here.\nAnother one here.\n\n";
  EXPECT_EQ(ParseDocument(text).paragraphs.size(), 2u);
}

TEST(DocumentTest, HandlesCrLfAndLoneCr) {
  const std::string text = "Alpha one.\r\n\r\nBeta two.\rGamma three.";
  const Document doc = ParseDocument(text);
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(At(text, doc.paragraphs[0]), "Alpha one.");
  EXPECT_EQ(At(text, doc.paragraphs[1]), "Beta two.\rGamma three.");
}

TEST(DocumentTest, ShortFirstLineWithoutPeriodIsTheHeadline) {
  const std::string text =
      "Storm closes the harbour\n\nThe harbour closed on Monday. Boats stayed in.";
  const Document doc = ParseDocument(text);
  EXPECT_EQ(doc.title, "Storm closes the harbour");
  ASSERT_EQ(doc.paragraphs.size(), 1u);
}

TEST(DocumentTest, EmptyAndWhitespaceOnlyGiveNoParagraphs) {
  EXPECT_TRUE(ParseDocument("").paragraphs.empty());
  EXPECT_TRUE(ParseDocument(" \n\t\r\n \xC2\xA0 ").paragraphs.empty());
}

TEST(DocumentTest, TrimRemovesUnicodeSpaces) {
  const std::string text = "\xC2\xA0 word\xE2\x80\x8B ";
  const Span s = Trim(text, {0, text.size()});
  EXPECT_EQ(At(text, s), "word");
}

}  // namespace
}  // namespace precis::text
