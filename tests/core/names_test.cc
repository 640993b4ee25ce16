#include "entities/names.h"

#include <gtest/gtest.h>

#include "entity_test_util.h"

namespace precis::entities {
namespace {

Found FindIn(const std::string& s, std::unordered_set<std::string> lowercase = {}) {
  return Describe(s, FindNames(s, text::Tokenize(s, {0, s.size()}), lowercase));
}

TEST(NamesTest, TitlesIntroducePeople) {
  EXPECT_EQ(FindIn("Russian President Vladimir Putin spoke."),
            (Found{{"Vladimir Putin", "PERSON"}, {"Russian", "MISC"}}));
  EXPECT_EQ(FindIn("The talks, said Mayor Elena Marsh, went well."),
            (Found{{"Elena Marsh", "PERSON"}}));
}

TEST(NamesTest, GazetteerAndSuffixesGiveTypes) {
  // A capitalised first word is only a tentative name; grouping drops it unless confirmed.
  EXPECT_EQ(FindIn("Troops gathered near the Black Sea and Kyiv."),
            (Found{{"Troops", "PERSON?"}, {"Black Sea", "LOCATION"}, {"Kyiv", "LOCATION"}}));
  EXPECT_EQ(FindIn("The Northern Rivers Authority Council met NATO officials."),
            (Found{{"Northern Rivers Authority Council", "ORG"}, {"NATO", "ORG"}}));
  EXPECT_EQ(FindIn("Diplomats from the U.S. arrived.", {"diplomats"}),
            (Found{{"U.S.", "LOCATION"}}));
}

TEST(NamesTest, TwoCapitalisedWordsAreAPersonAndOneIsOnlyTentative) {
  EXPECT_EQ(FindIn("On Monday Maria Okafor reopened her shop."),
            (Found{{"Maria Okafor", "PERSON"}}));
  EXPECT_EQ(FindIn("Then Okafor smiled."), (Found{{"Okafor", "PERSON?"}}));
}

TEST(NamesTest, SentenceInitialCommonWordIsNotAName) {
  EXPECT_EQ(FindIn("Veteran diplomats met.", {"veteran"}), Found{});
  // Regression: dropping "Residents" once left "of Eastbank" typed as a person.
  EXPECT_EQ(FindIn("Residents of Eastbank cheered.", {"residents"}),
            (Found{{"Eastbank", "PERSON?"}}));
  EXPECT_EQ(FindIn("The council met."), Found{});
}

TEST(NamesTest, HeadlineCapitalsOnlyTrustTheGazetteer) {
  EXPECT_EQ(FindIn("STORM HITS FRANCE AND SPAIN OVERNIGHT"),
            (Found{{"FRANCE", "LOCATION"}, {"SPAIN", "LOCATION"}}));
  EXPECT_EQ(FindIn("Allies Set For Talks With Russia As Threat Looms"),
            (Found{{"Russia", "LOCATION"}}));
}

TEST(NamesTest, LongRunsOfTitlesStayBounded) {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "President ";
  s += "Smith.";
  EXPECT_NO_FATAL_FAILURE(FindIn(s));
}

}  // namespace
}  // namespace precis::entities
