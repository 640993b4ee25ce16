#include "text/roles.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(RolesTest, AFlattenedPageHeaderIsBylineDatelineAndSeparators) {
  // "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | ." as sentences.
  EXPECT_EQ(SentenceRole("By .", Role::kBody), Role::kByline);
  EXPECT_EQ(SentenceRole("Associated Press .", Role::kBody, "By ."), Role::kByline);
  EXPECT_EQ(SentenceRole("By Jane Doe and John Roe .", Role::kBody), Role::kByline);
  EXPECT_EQ(SentenceRole("14:11 EST, 25 October 2013 .", Role::kBody), Role::kDateline);
  EXPECT_EQ(SentenceRole("| .", Role::kBody), Role::kBoilerplate);
}

TEST(RolesTest, SentencesThatOnlyLookLikeHeadersStayBody) {
  EXPECT_EQ(SentenceRole("By the end of the week the river had fallen.", Role::kBody), Role::kBody);
  EXPECT_EQ(SentenceRole("Associated Press reported the fire first.", Role::kBody, "By ."),
            Role::kBody);
  EXPECT_EQ(SentenceRole("The vote is on 25 October 2013 in the town hall.", Role::kBody),
            Role::kBody);
  EXPECT_EQ(SentenceRole("By .", Role::kQuote), Role::kQuote);  // the paragraph's role wins
}

}  // namespace
}  // namespace precis::text
