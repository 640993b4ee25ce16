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

}  // namespace
}  // namespace precis::entities
