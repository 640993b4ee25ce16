#include "text/boilerplate.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

TEST(BoilerplateTest, MarksNavigationLegalAndPromotionLines) {
  for (const char* line : {
           "SEE ALSO: Talks resume as tensions rise",
           "Read more: the full report",
           "Related: Five things to know",
           "Copyright (c) 2021 Example Media. All rights reserved.",
           "Copyright c 2018. RFERL, Inc. Republished with the permission of RFE/RL",
           "\xC2\xA9 2020 The Daily Example",
           "Advertisement",
           "Sign up for our morning newsletter",
           "We use cookies to improve your experience.",
           "By Jane Doe and John Roe",
           "Photo: Reuters",
       }) {
    EXPECT_TRUE(IsBoilerplate(line)) << line;
  }
}

TEST(BoilerplateTest, KeepsArticleSentences) {
  for (const char* line : {
           "Subscribers to the service rose 8% last year.",
           "Copyright law was changed by parliament on Tuesday.",
           "By the end of the month the bridge will reopen.",
           "Related companies also reported losses.",
           "The 30 members of NATO are united against Russian military action in Ukraine.",
       }) {
    EXPECT_FALSE(IsBoilerplate(line)) << line;
  }
}

}  // namespace
}  // namespace precis::text
