#include "entities/groups.h"

#include <gtest/gtest.h>

namespace precis::entities {
namespace {

MentionInContext M(const std::string& text, const std::string& needle, EntityType type,
                   size_t sentence, bool tentative = false, size_t from = 0) {
  const size_t start = text.find(needle, from);
  return {{start, start + needle.size(), type, tentative}, sentence, false};
}

TEST(GroupsTest, SurnameJoinsTheFullNameAndUnconfirmedWordsDrop) {
  const std::string text =
      "Vladimir Putin spoke. Putin left. Smith waved. Kyiv waited. Kyiv slept.";
  std::vector<MentionInContext> mentions = {
      M(text, "Vladimir Putin", EntityType::kPerson, 0),
      M(text, "Putin", EntityType::kPerson, 1, true, 20),
      M(text, "Smith", EntityType::kPerson, 2, true),
      M(text, "Kyiv", EntityType::kLocation, 3),
      M(text, "Kyiv", EntityType::kLocation, 4, false, 50),
  };
  const GroupedEntities g = GroupMentions(text, mentions, "Putin visits", 5);
  ASSERT_EQ(g.groups.size(), 2u);
  ASSERT_EQ(g.entities.size(), 4u);               // Smith is dropped
  EXPECT_EQ(g.groups[0].name, "Vladimir Putin");  // in the title: most salient
  EXPECT_EQ(g.groups[0].mentions, 2);
  EXPECT_DOUBLE_EQ(g.groups[0].salience, 1.0);
  EXPECT_EQ(g.groups[1].name, "Kyiv");
  EXPECT_EQ(g.entities[1].text, "Putin");
  EXPECT_EQ(g.entities[1].group, 0);
  EXPECT_EQ(g.entities[2].group, 1);
}

}  // namespace
}  // namespace precis::entities
