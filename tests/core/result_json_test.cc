#include <gtest/gtest.h>

#include "precis/result.h"

namespace precis {
namespace {

Result Example() {
  Result r;
  r.language = "en";
  r.title = "T";
  r.stats.words = 5;
  r.stats.sentences = 1;
  r.paragraphs.push_back({0, 10});
  Sentence s;
  s.start = 0;
  s.end = 10;
  s.text = "Hello Ana.";
  s.score = 0.5;
  s.rank = 1;
  s.selected = true;
  r.sentences.push_back(s);
  r.summary = {0};
  r.entities.push_back({6, 9, "Ana", EntityType::kPerson, 0});
  r.groups.push_back({"Ana", EntityType::kPerson, 1, 1.0});
  r.keyphrases.push_back({"hello", 1.0});
  r.warnings.push_back("w");
  return r;
}

TEST(ResultJsonTest, RoundTrips) {
  const std::string json = ResultToJson(Example());
  const auto back = ResultFromJson(json);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(ResultToJson(back.value()), json);
  EXPECT_EQ(back.value().entities[0].type, EntityType::kPerson);
  Result given = Example();
  given.language_source = "given";
  EXPECT_EQ(ResultFromJson(ResultToJson(given)).value().language_source, "given");
}

TEST(ResultJsonTest, UsesTheContractFieldNamesInOrder) {
  const std::string json = ResultToJson(Example());
  EXPECT_EQ(json.rfind("{\"version\":1,\"offsets\":\"utf8\",\"language\":\"en\","
                       "\"languageSource\":\"detected\"", 0), 0u) << json;
  EXPECT_NE(json.find("\"readingMinutes\""), std::string::npos);
  EXPECT_NE(json.find("\"summaryWords\""), std::string::npos);
  EXPECT_NE(json.find("\"type\":\"PERSON\""), std::string::npos);
}

TEST(ResultJsonTest, InvalidUtf8BecomesReplacementCharacter) {
  Result r = Example();
  r.sentences[0].text = "bad \xFF byte";
  const std::string json = ResultToJson(r);
  EXPECT_NE(json.find("bad \xEF\xBF\xBD byte"), std::string::npos);
}

TEST(ResultJsonTest, UnicodeLineSeparatorsAreEscapedSoALineStaysOneLine) {
  // U+2028 and U+2029 are valid raw in JSON, but a JSONL reader that splits on every Unicode
  // line break (Python's str.splitlines) would cut the line there.
  Result r = Example();
  r.sentences[0].text = "one\xE2\x80\xA8two\xE2\x80\xA9three \xE2\x80\x94 dash";
  const std::string json = ResultToJson(r);
  EXPECT_EQ(json.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(json.find("\xE2\x80\xA9"), std::string::npos);
  EXPECT_NE(json.find("one\\u2028two\\u2029three \xE2\x80\x94 dash"), std::string::npos) << json;
  EXPECT_EQ(ResultFromJson(json).value().sentences[0].text, r.sentences[0].text);
}

TEST(ResultJsonTest, MalformedJsonIsAnErrorNotACrash) {
  EXPECT_FALSE(ResultFromJson("{").ok());
  EXPECT_FALSE(ResultFromJson(R"({"sentences": 5})").ok());
  EXPECT_FALSE(ResultFromJson(R"({"entities": [{"type": "ALIEN"}]})").ok());
}

}  // namespace
}  // namespace precis
