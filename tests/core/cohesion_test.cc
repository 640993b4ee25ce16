#include "text/cohesion.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::text {
namespace {

bool Dependent(const std::string& sentence, std::string_view language = "en") {
  return OpensDependent(Tokenize(sentence, {0, sentence.size()}), language);
}

TEST(CohesionTest, PronounsDemonstrativesAndConnectivesReferBack) {
  EXPECT_TRUE(Dependent("He had found a strange-looking cell."));
  EXPECT_TRUE(Dependent("But it is not merely that Beijing wants more."));
  EXPECT_TRUE(Dependent("Then there's the fact that nobody asked."));
  EXPECT_TRUE(Dependent("These neo-banks have been trying to grow."));
  EXPECT_TRUE(Dependent("\"They never called,\" she said."));  // inside a quotation too
  EXPECT_TRUE(Dependent("As a result, the bridge closed."));
  EXPECT_TRUE(Dependent("In addition, two roads were shut."));
  EXPECT_TRUE(Dependent("Because of this, prices rose."));
}

TEST(CohesionTest, StatementsAndPresentTimeDoNot) {
  EXPECT_FALSE(Dependent("The council approved the flood barrier on Monday."));
  EXPECT_FALSE(Dependent("This year the festival moved to the harbour."));
  EXPECT_FALSE(Dependent("These days few people write letters."));
  EXPECT_FALSE(Dependent("Those who stayed were rescued."));
  EXPECT_FALSE(Dependent("So far nobody has been charged."));
  EXPECT_FALSE(Dependent("Because of the storm, flights were cancelled."));
  EXPECT_FALSE(Dependent("Heather Knight scored a century."));  // "he" is not a prefix match
  EXPECT_FALSE(Dependent(""));
}

TEST(CohesionTest, OnlyEnglishIsMarked) {
  EXPECT_FALSE(Dependent("But the house stands.", "de"));
  EXPECT_TRUE(Dependent("But the house stands.", "und"));
}

}  // namespace
}  // namespace precis::text
