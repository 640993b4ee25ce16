#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

std::vector<Token> All(const std::string& s) { return Tokenize(s, {0, s.size()}); }

std::vector<std::string> Folded(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : All(s)) out.push_back(t.folded);
  return out;
}

TEST(TokenizerTest, WordsNumbersHyphensAndPossessives) {
  EXPECT_EQ(Folded("Post-Soviet Ukraine's 90,000 troops don't rest."),
            (std::vector<std::string>{"post-soviet", "ukraine", "s", "90,000", "troops", "don't",
                                      "rest"}));
}

TEST(TokenizerTest, DottedInitialsStayOneToken) {
  EXPECT_EQ(Folded("the U.S. and e.g. this"),
            (std::vector<std::string>{"the", "u.s", "and", "e.g", "this"}));
}

// Pages set soft hyphens (U+00AD) in long words; they show only where a line wraps, so a word
// with them is the word without them ("Mittelalter", "Moscow").
TEST(TokenizerTest, SoftHyphensStayInsideTheirWord) {
  const std::string s = "Mit\xC2\xADtel\xC2\xAD" "al\xC2\xADter in Mos\xC2\xAD" "cow";
  EXPECT_EQ(Folded(s), (std::vector<std::string>{"mittelalter", "in", "moscow"}));
  const std::vector<Token> t = All(s);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(s.substr(t[2].start, t[2].end - t[2].start), "Mos\xC2\xAD" "cow");
}

TEST(TokenizerTest, OffsetsPointIntoTheText) {
  const std::string s =
      "\xE2\x80\x9C"
      "Caf\xC3\xA9\xE2\x80\x9D opens";
  const std::vector<Token> t = All(s);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(s.substr(t[0].start, t[0].end - t[0].start), "Caf\xC3\xA9");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].folded, "opens");
}

TEST(TokenizerTest, FlagsContentWordsAndNumbers) {
  const std::vector<Token> t = All("The 30 ministers");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_FALSE(t[0].content);
  EXPECT_TRUE(t[1].number);
  EXPECT_FALSE(t[1].content);
  EXPECT_TRUE(t[2].content);
  EXPECT_EQ(t[2].stem, "minist");  // Porter2
}

TEST(TokenizerTest, CjkRunsBecomeOverlappingBigrams) {
  EXPECT_EQ(Folded("北京大学"), (std::vector<std::string>{"北京", "京大", "大学"}));
  EXPECT_EQ(Folded("雨。"), (std::vector<std::string>{"雨"}));
  EXPECT_EQ(Folded("在 Tokyo 东京"), (std::vector<std::string>{"在", "tokyo", "东京"}));
}

TEST(TokenizerTest, StemsMatchInflections) {
  const std::vector<Token> t = All("troops troop talks talking countries");
  EXPECT_EQ(t[0].stem, t[1].stem);
  EXPECT_EQ(t[2].stem, t[3].stem);
  EXPECT_EQ(t[4].stem, "countri");
}

}  // namespace
}  // namespace precis::text
