#include "entities/groups.h"

#include <gtest/gtest.h>

namespace precis::entities {
namespace {

MentionInContext M(const std::string& text, const std::string& needle, EntityType type,
                   size_t sentence, size_t from = 0) {
  const size_t start = text.find(needle, from);
  return {{start, start + needle.size(), type}, sentence, false};
}

TEST(GroupsTest, SurnameJoinsTheFullNameAndCaseDoesNotSplitAGroup) {
  const std::string text =
      "Vladimir Putin spoke. Putin left. Smith waved. Kyiv waited. KYIV slept.";
  std::vector<MentionInContext> mentions = {
      M(text, "Vladimir Putin", EntityType::kPerson, 0),
      M(text, "Putin", EntityType::kPerson, 1, 20),
      M(text, "Smith", EntityType::kPerson, 2),
      M(text, "Kyiv", EntityType::kLocation, 3),
      M(text, "KYIV", EntityType::kLocation, 4),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "Putin visits", 5);
  ASSERT_EQ(g.groups.size(), 3u);
  ASSERT_EQ(g.entities.size(), 5u);
  EXPECT_EQ(g.groups[0].name, "Vladimir Putin");  // in the title: most salient
  EXPECT_EQ(g.groups[0].mentions, 2);
  EXPECT_DOUBLE_EQ(g.groups[0].salience, 1.0);
  EXPECT_EQ(g.groups[1].name, "Kyiv");  // two mentions beat Smith's one
  EXPECT_EQ(g.groups[1].mentions, 2);
  EXPECT_EQ(g.entities[1].text, "Putin");
  EXPECT_EQ(g.entities[1].group, 0);
  EXPECT_EQ(g.entities[2].group, 2);
  EXPECT_EQ(g.entities[4].group, 1);
}

// A trial's page on MPs merged Prince Charles into the MP Charles Walker's group: a one-word
// name after a royal's title is that person's whole name, found by no first name or surname.
TEST(GroupsTest, ANameAfterARoyalTitleIsNoFirstNameOfAnother) {
  const std::string text =
      "Charles Walker spoke. Prince Charles agreed. Walker left. Pope Francis met Francis Collins.";
  std::vector<MentionInContext> mentions = {
      M(text, "Charles Walker", EntityType::kPerson, 0),
      M(text, "Charles", EntityType::kPerson, 1, 20),
      M(text, "Walker", EntityType::kPerson, 2, 30),
      M(text, "Francis", EntityType::kPerson, 3),
      M(text, "Francis Collins", EntityType::kPerson, 3, 70),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 4);
  ASSERT_EQ(g.entities.size(), 5u);
  EXPECT_NE(g.entities[1].group, g.entities[0].group);  // Prince Charles
  EXPECT_EQ(g.entities[2].group, g.entities[0].group);  // Walker
  EXPECT_NE(g.entities[3].group, g.entities[4].group);  // Pope Francis
}

// A trial's blog post listed "1" (three mentions) as its most salient group.
TEST(GroupsTest, ABareNumberDoesNotTopTheList) {
  const std::string text = "Pick 1 card. Take 1 more. Then 1 again. Schneier wrote it.";
  std::vector<MentionInContext> mentions = {
      M(text, "1", EntityType::kQuantity, 0),
      M(text, "1", EntityType::kQuantity, 1, 10),
      M(text, "1", EntityType::kQuantity, 2, 25),
      M(text, "Schneier", EntityType::kPerson, 3),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 4);
  ASSERT_EQ(g.groups.size(), 2u);
  EXPECT_EQ(g.groups[0].name, "Schneier");
  EXPECT_EQ(g.groups[1].name, "1");
}

// "Mayweather" of "Floyd Mayweather Jr.", "Etienne" of "Camille Etienne Gbedey" (a trial's
// page had the mother twice): a middle word of one full name is that person; a word that two
// full names share, or that another has first or last, is not.
TEST(GroupsTest, OneAmountWrittenTwoWaysIsOneGroup) {
  // A recipe's "161 degrees F" and "161 degrees" were two groups, as were "€440 billion" and
  // "€ 440 billion" in a report.
  const std::string text =
      "Cook to 161 degrees F. It reads 161 degrees. The fund has \u20ac440 billion. Its "
      "\u20ac 440 billion is lent. It reads 70 degrees C.";
  const GroupedEntities g = GroupMentions(text,
                                          {M(text, "161 degrees F", EntityType::kQuantity, 0),
                                           M(text, "161 degrees", EntityType::kQuantity, 1, 20),
                                           M(text, "\u20ac440 billion", EntityType::kMoney, 2),
                                           M(text, "\u20ac 440 billion", EntityType::kMoney, 3),
                                           M(text, "70 degrees C", EntityType::kQuantity, 4)},
                                          "", 5);
  ASSERT_EQ(g.entities.size(), 5u);
  EXPECT_EQ(g.groups.size(), 3u);
  EXPECT_EQ(g.entities[0].group, g.entities[1].group);
  EXPECT_EQ(g.entities[2].group, g.entities[3].group);
  EXPECT_NE(g.entities[0].group, g.entities[4].group);
}

TEST(GroupsTest, AMiddleWordOfOneFullNameJoinsIt) {
  const std::string text =
      "Floyd Mayweather Jr. won. Mayweather smiled. Camille Etienne Gbedey spoke. Etienne "
      "wept. Mekhi Gbedey played. Gbedey rested.";
  std::vector<MentionInContext> mentions = {
      M(text, "Floyd Mayweather Jr.", EntityType::kPerson, 0),
      M(text, "Mayweather", EntityType::kPerson, 1, 20),
      M(text, "Camille Etienne Gbedey", EntityType::kPerson, 2),
      M(text, "Etienne", EntityType::kPerson, 3, 70),
      M(text, "Mekhi Gbedey", EntityType::kPerson, 4),
      M(text, "Gbedey", EntityType::kPerson, 5, 110),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 6);
  ASSERT_EQ(g.groups.size(), 4u);
  for (const Group& group : g.groups) {
    if (group.name == "Floyd Mayweather Jr." || group.name == "Camille Etienne Gbedey") {
      EXPECT_EQ(group.mentions, 2) << group.name;
    }
  }
}

TEST(GroupsTest, AnEditorsBracketsDoNotSplitOrNameAGroup) {
  const std::string text = "[Todd] Akin spoke. Todd Akin left.";
  std::vector<MentionInContext> mentions = {
      M(text, "[Todd] Akin", EntityType::kPerson, 0),
      M(text, "Todd Akin", EntityType::kPerson, 1, 10),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 2);
  ASSERT_EQ(g.groups.size(), 1u);
  EXPECT_EQ(g.groups[0].name, "Todd Akin");
}

TEST(GroupsTest, AnAmpersandAndTheWordAndNameOneCompany) {
  const std::string text = "Leggett and Platt showed a bed. Leggett & Platt sells it. AT&T and AT and T.";
  std::vector<MentionInContext> mentions = {
      M(text, "Leggett and Platt", EntityType::kOrg, 0),
      M(text, "Leggett & Platt", EntityType::kOrg, 1),
      M(text, "AT&T", EntityType::kOrg, 2),
      M(text, "AT and T", EntityType::kOrg, 2),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 3);
  ASSERT_EQ(g.groups.size(), 3u);  // AT&T is not spaced: a name of its own
  EXPECT_EQ(g.entities[0].group, g.entities[1].group);
  EXPECT_NE(g.entities[2].group, g.entities[3].group);
}

TEST(GroupsTest, AliasesAndInitialsJoinTheLongName) {
  const std::string text =
      "The United States and the North Atlantic Treaty Organization met. The U.S. said NATO "
      "agreed. Nato staff and the USA left. The EU watched.";
  std::vector<MentionInContext> mentions = {
      M(text, "United States", EntityType::kLocation, 0),
      M(text, "North Atlantic Treaty Organization", EntityType::kOrg, 0),
      M(text, "U.S.", EntityType::kLocation, 1),
      M(text, "NATO", EntityType::kOrg, 1),
      M(text, "Nato", EntityType::kOrg, 2),
      M(text, "USA", EntityType::kLocation, 2),
      M(text, "EU", EntityType::kOrg, 3),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 4);
  ASSERT_EQ(g.groups.size(), 4u);  // Nato (not in capitals) is not taken for initials
  EXPECT_EQ(g.groups[0].name, "United States");
  EXPECT_EQ(g.groups[0].mentions, 3);
  EXPECT_EQ(g.groups[1].name, "North Atlantic Treaty Organization");
  EXPECT_EQ(g.groups[1].mentions, 2);
  EXPECT_EQ(g.entities[3].group, g.entities[1].group);  // NATO
  EXPECT_EQ(g.entities[2].group, g.entities[0].group);  // U.S.
  EXPECT_EQ(g.entities[5].group, g.entities[0].group);  // USA
}

// A trial's pages: "NASE", "BCCI" and "DOJ" stood apart from the names they abbreviate.
TEST(GroupsTest, InitialsWithSmallWordsOrHyphensJoinTheLongName) {
  const std::string text =
      "The National Association for the Self-Employed spoke. NASE agreed. The Board of Control "
      "for Cricket in India met. The BCCI left. The Department of Justice sued. The DOJ won.";
  std::vector<MentionInContext> mentions = {
      M(text, "National Association for the Self-Employed", EntityType::kOrg, 0),
      M(text, "NASE", EntityType::kOrg, 1),
      M(text, "Board of Control for Cricket in India", EntityType::kOrg, 2),
      M(text, "BCCI", EntityType::kOrg, 3),
      M(text, "Department of Justice", EntityType::kOrg, 4),
      M(text, "DOJ", EntityType::kOrg, 5),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 6);
  ASSERT_EQ(g.entities.size(), 6u);
  EXPECT_EQ(g.groups.size(), 3u);
  for (size_t k = 0; k < 6; k += 2) {
    EXPECT_EQ(g.entities[k + 1].group, g.entities[k].group) << g.entities[k + 1].text;
  }
}

// A trial's page had "Samsung" and "Samsung Group" apart: a company's name without the word for
// its legal form is the company, where one name of the document fits.
TEST(GroupsTest, ACompanyWithoutItsLegalFormJoinsIt) {
  const std::string text =
      "Samsung Group was raided. Samsung denied it. Nokia Corp. gained. Nokia rose. Acme Inc. "
      "and Acme Group both fell; Acme said nothing.";
  std::vector<MentionInContext> mentions = {
      M(text, "Samsung Group", EntityType::kOrg, 0), M(text, "Samsung", EntityType::kOrg, 1, 20),
      M(text, "Nokia Corp.", EntityType::kOrg, 2),   M(text, "Nokia", EntityType::kOrg, 3, 60),
      M(text, "Acme Inc.", EntityType::kOrg, 4),     M(text, "Acme Group", EntityType::kOrg, 4),
      M(text, "Acme", EntityType::kOrg, 4, 110),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "", 5);
  ASSERT_EQ(g.entities.size(), 7u);
  EXPECT_EQ(g.entities[1].group, g.entities[0].group);
  EXPECT_EQ(g.entities[3].group, g.entities[2].group);
  // Two companies fit "Acme": it joins neither.
  EXPECT_NE(g.entities[6].group, g.entities[4].group);
  EXPECT_NE(g.entities[6].group, g.entities[5].group);
  // Nor where the name is a family's: a helper's check found Wikipedia's "Mozilla" merged into
  // "Mozilla Corporation" beside "Mozilla Foundation".
  const std::string moz = "Mozilla Corporation and Mozilla Foundation split. Mozilla grew.";
  const GroupedEntities m = GroupMentions(moz,
                                          {M(moz, "Mozilla Corporation", EntityType::kOrg, 0),
                                           M(moz, "Mozilla Foundation", EntityType::kOrg, 0),
                                           M(moz, "Mozilla", EntityType::kOrg, 1, 40)},
                                          "", 2);
  EXPECT_NE(m.entities[2].group, m.entities[0].group);
}

}  // namespace
}  // namespace precis::entities
