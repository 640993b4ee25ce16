#include "text/utf8.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(Utf8Test, DecodesMultiByteCharacters) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
  EXPECT_EQ(DecodeAt(s, 0).value, U'a');
  EXPECT_EQ(DecodeAt(s, 1).value, U'\u00E9');
  EXPECT_EQ(DecodeAt(s, 1).length, 2);
  EXPECT_EQ(DecodeAt(s, 3).value, U'\u20AC');
  EXPECT_EQ(DecodeAt(s, 6).value, U'\U0001F600');
  EXPECT_EQ(DecodeAt(s, 6).length, 4);
  EXPECT_EQ(CountCodePoints(s), 4u);
}

TEST(Utf8Test, InvalidBytesBecomeReplacementOfLengthOne) {
  for (const std::string bad : {"\xFF", "\xC3", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80"}) {
    const CodePoint c = DecodeAt(bad, 0);
    EXPECT_EQ(c.value, kReplacement) << bad.size();
    EXPECT_EQ(c.length, 1);
  }
}

TEST(Utf8Test, DecodeBeforeStepsBackOverWholeCharacter) {
  const std::string s = "x\xE2\x82\xAC";
  size_t start = 0;
  EXPECT_EQ(DecodeBefore(s, s.size(), &start).value, U'\u20AC');
  EXPECT_EQ(start, 1u);
}

TEST(Utf8Test, ClassifiesUnicodeSpacesAndLetters) {
  EXPECT_TRUE(IsSpace(0xA0));
  EXPECT_TRUE(IsSpace(0x200B));
  EXPECT_TRUE(IsSpace(0x3000));
  EXPECT_TRUE(IsLetter(U'\u00E9'));
  EXPECT_TRUE(IsLetter(U'\u0416'));   // Cyrillic Zhe
  EXPECT_TRUE(IsLetter(U'\u4E2D'));   // Han
  EXPECT_FALSE(IsLetter(U'\u3002'));  // ideographic full stop
  EXPECT_FALSE(IsLetter(U'\u2019'));
  EXPECT_TRUE(IsCjk(U'\u4E2D'));
}

TEST(Utf8Test, FoldCaseUnifiesQuotesDashesAndCase) {
  EXPECT_EQ(FoldCase("\xE2\x80\x9CIt\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x93 \xC3\x89t\xC3\xA9"),
            "\"it's\" - \xC3\xA9t\xC3\xA9");
  EXPECT_EQ(FoldCase("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90"),
            "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");  // МОСКВА -> москва
}

}  // namespace
}  // namespace precis::text
