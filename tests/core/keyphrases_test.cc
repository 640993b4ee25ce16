#include "rank/keyphrases.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace precis::rank {
namespace {

TEST(KeyphrasesTest, FindsRepeatedPhrasesWithoutDuplicates) {
  const std::string text =
      "The flood barrier will cost millions. Residents want the flood barrier soon. "
      "The council backed the flood barrier. Residents asked the council for help.";
  std::vector<std::vector<text::Token>> tokens;
  std::vector<bool> boilerplate;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      tokens.push_back(text::Tokenize(text, {start, i}));
      boilerplate.push_back(false);
      start = i + 1;
    }
  }
  const std::vector<KeyphraseCandidate> k = ExtractKeyphrases(text, tokens, boilerplate, 5);
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0].text, "flood barrier");
  EXPECT_DOUBLE_EQ(k[0].score, 1.0);
  // "flood" and "barrier" alone are inside the kept phrase, so they are not repeated.
  for (const auto& c : k) {
    EXPECT_NE(c.text, "flood");
    EXPECT_NE(c.text, "barrier");
  }
  EXPECT_TRUE(std::any_of(k.begin(), k.end(), [](const auto& c) { return c.text == "council"; }));
}

}  // namespace
}  // namespace precis::rank
