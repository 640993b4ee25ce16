#include "precis/options.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(OptionsTest, ParsesEveryField) {
  const auto o = ParseOptionsJson(R"({"sentences": 4, "algorithm": "textrank", "title": "T"})");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o.value().sentences, 4);
  EXPECT_EQ(o.value().algorithm, Algorithm::kTextRank);
  EXPECT_EQ(o.value().title, "T");
  EXPECT_TRUE(ParseOptionsJson("{}").ok());
  EXPECT_TRUE(ParseOptionsJson("null").ok());
  EXPECT_DOUBLE_EQ(ParseOptionsJson(R"({"ratio": 0.25})").value().ratio, 0.25);
}

TEST(OptionsTest, RejectsBadValuesWithAClearMessage) {
  const struct {
    const char* json;
    const char* message;
  } cases[] = {
      {R"({"sentences": 0})", "sentences must be a positive whole number"},
      {R"({"sentences": 2.5})", "sentences must be a positive whole number"},
      {R"({"ratio": 1.5})", "ratio must be a number in (0, 1]"},
      {R"({"algorithm": "magic"})", "unknown algorithm 'magic'"},
      {R"({"sentences": 3, "words": 50})", "set only one of sentences, ratio and words"},
      {R"({"sentence": 3})", "unknown option 'sentence'"},
      {R"([1, 2])", "options must be a JSON object"},
      {R"({"sentences": )", "options are not valid JSON"},
  };
  for (const auto& c : cases) {
    const auto o = ParseOptionsJson(c.json);
    ASSERT_FALSE(o.ok()) << c.json;
    EXPECT_NE(o.status().message().find(c.message), std::string::npos)
        << c.json << " -> " << o.status().message();
  }
}

TEST(OptionsTest, LanguageIsAnIsoCodeOrAuto) {
  EXPECT_EQ(ParseOptionsJson(R"({"language": "de"})").value().language, "de");
  EXPECT_EQ(ParseOptionsJson(R"({"language": "DE-ch"})").value().language, "de");
  EXPECT_EQ(ParseOptionsJson(R"({"language": "pt_BR"})").value().language, "pt");
  EXPECT_EQ(ParseOptionsJson(R"({"language": "no"})").value().language, "nb");
  EXPECT_EQ(ParseOptionsJson(R"({"language": "auto"})").value().language, "");
  EXPECT_EQ(ParseOptionsJson(R"({})").value().language, "");
  const auto unknown = ParseOptionsJson(R"({"language": "xx"})");
  ASSERT_FALSE(unknown.ok());
  // The message names the code and lists every supported one.
  EXPECT_NE(unknown.status().message().find("unknown language 'xx'"), std::string::npos);
  for (const std::string& code : SupportedLanguages()) {
    EXPECT_NE(unknown.status().message().find(" " + code), std::string::npos) << code;
  }
  EXPECT_FALSE(ParseOptionsJson(R"({"language": 7})").ok());
  Options o;
  o.language = "klingon";
  EXPECT_FALSE(ValidateOptions(o).ok());
  for (const char* code : {"en", "de", "fr", "ja", "zh", "ar", "hy", "my", "am"}) {
    EXPECT_EQ(ParseLanguage(code).value(), code);
  }
}

TEST(OptionsTest, AlgorithmNamesRoundTrip) {
  for (Algorithm a : AllAlgorithms()) {
    EXPECT_EQ(ParseAlgorithm(AlgorithmName(a)).value(), a);
  }
}

}  // namespace
}  // namespace precis
