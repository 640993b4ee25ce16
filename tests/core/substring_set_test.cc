// SubstringSet must answer exactly what one std::string_view::find per pattern answered (the
// article reader's and the boilerplate rules' decisions depend on it): find is the oracle.
#include "text/substring_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace precis::text {
namespace {

bool AnyFound(std::string_view s, const std::vector<std::string_view>& patterns) {
  for (std::string_view p : patterns) {
    if (!p.empty() && s.find(p) != std::string_view::npos) return true;
  }
  return false;
}

TEST(SubstringSetTest, FindsPatternsAnywhereAndOnlyWhole) {
  constexpr std::string_view kWords[] = {"comment", "com-", "-ad-", "share", "\xC2\xA9", "s"};
  const SubstringSet set(kWords);
  EXPECT_TRUE(set.FoundIn("comment"));             // the whole string
  EXPECT_TRUE(set.FoundIn("post-comments wide"));  // inside
  EXPECT_TRUE(set.FoundIn("x com-"));              // at the very end
  EXPECT_TRUE(set.FoundIn("top-ad-slot"));
  EXPECT_TRUE(set.FoundIn("\xC2\xA9 2024"));  // bytes above 0x7F
  EXPECT_TRUE(set.FoundIn("bus"));            // a one-byte pattern
  EXPECT_FALSE(set.FoundIn("commen"));        // a pattern cut at the string's end
  EXPECT_FALSE(set.FoundIn("COMMENT"));       // case-sensitive, as find is
  EXPECT_FALSE(set.FoundIn("article-body"));
  EXPECT_FALSE(set.FoundIn(""));
}

TEST(SubstringSetTest, AnEmptyPatternMatchesNothing) {
  constexpr std::string_view kWords[] = {"", "main"};
  const SubstringSet set(kWords);
  EXPECT_FALSE(set.FoundIn("article"));
  EXPECT_TRUE(set.FoundIn("domain"));
  const SubstringSet none(std::span<const std::string_view>{});
  EXPECT_FALSE(none.FoundIn("anything"));
}

TEST(SubstringSetTest, AgreesWithFindOnRandomStrings) {
  std::mt19937 rng(7);
  // A small alphabet with a high byte makes overlaps, shared first bytes and near misses common.
  const std::string alphabet = "abc-\xC3";
  auto random_string = [&](size_t max_len) {
    std::string s(rng() % (max_len + 1), ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> owned;
    for (int k = rng() % 12; k > 0; --k) owned.push_back(random_string(5));
    const std::vector<std::string_view> patterns(owned.begin(), owned.end());
    const SubstringSet set(patterns);
    for (int t = 0; t < 200; ++t) {
      const std::string s = random_string(20);
      ASSERT_EQ(set.FoundIn(s), AnyFound(s, patterns)) << "round " << round << " text " << s;
    }
  }
}

}  // namespace
}  // namespace precis::text
