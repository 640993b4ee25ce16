#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace precis::text {
namespace {

// Every line of the project's labelled fixture (tests/data/boilerplate.tsv) gets its label.
TEST(BoilerplateTest, LabelsTheFixtureSet) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/boilerplate.tsv");
  ASSERT_TRUE(in) << "missing fixture";
  std::string row;
  int boilerplate = 0;
  int content = 0;
  while (std::getline(in, row)) {
    if (row.empty() || row[0] == '#') continue;
    const size_t tab = row.find('\t');
    ASSERT_NE(tab, std::string::npos) << row;
    const bool expected = row.substr(0, tab) == "B";
    const std::string line = row.substr(tab + 1);
    EXPECT_EQ(IsBoilerplate(line), expected) << line;
    (expected ? boilerplate : content)++;
  }
  EXPECT_GE(boilerplate, 40);
  EXPECT_GE(content, 20);
}

TEST(BoilerplateTest, LongParagraphsAreNeverBoilerplate) {
  std::string long_line = "Read more about it: ";
  for (int i = 0; i < 60; ++i) long_line += "the council discussed the plan again ";
  EXPECT_FALSE(IsBoilerplate(long_line));
}

}  // namespace
}  // namespace precis::text
