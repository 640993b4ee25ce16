// The JSON writer must write what nlohmann_json's dump() wrote before it (the Result JSON is a
// contract that outside measurements read): nlohmann is the oracle here.
#include "json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

#include "json_text.h"
#include "precis/precis.h"

namespace precis {
namespace {

std::string Nlohmann(double x) {
  return nlohmann::json(x).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(double x, int decimals) {
  JsonWriter w;
  w.Rounded(x, decimals);
  return w.Take();
}

TEST(JsonWriterTest, RoundedNumbersAreWrittenAsNlohmannWritesTheRoundedDouble) {
  for (long long n = -300000; n <= 300000; ++n) {
    const double rounded = static_cast<double>(n) / 10000.0;  // what Round(x, 4) gives
    ASSERT_EQ(Written(rounded, 4), Nlohmann(rounded)) << n;
  }
  for (long long n = -100000; n <= 100000; ++n) {
    const double rounded = static_cast<double>(n) / 10.0;
    ASSERT_EQ(Written(rounded, 1), Nlohmann(rounded)) << n;
  }
  EXPECT_EQ(Written(0.123456, 4), "0.1235");
  EXPECT_EQ(Written(3.0, 4), "3.0");
  EXPECT_EQ(Written(-0.00001, 4), Nlohmann(-0.0));  // "-0.0"
  EXPECT_EQ(Written(std::numeric_limits<double>::quiet_NaN(), 4), "null");
  EXPECT_EQ(Written(std::numeric_limits<double>::infinity(), 1), "null");
}

std::string NlohmannString(const std::string& text) {
  return JsonText(nlohmann::json(text));
}

std::string WrittenString(const std::string& text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

TEST(JsonWriterTest, StringsAreEscapedAndRepairedAsNlohmannDid) {
  const std::string cases[] = {
      "", "plain", "quote \" backslash \\ slash /", "\b\f\n\r\t \x01\x1f\x7f",
      "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80", "line\xE2\x80\xA8sep\xE2\x80\xA9para",
      "bad \xFF\xFE byte", "cut \xE2\x80", "cut at end \xF0\x9F", "overlong \xC0\xAF \xE0\x80\xAF",
      "surrogate \xED\xA0\x80", "past \xF4\x90\x80\x80", "lone \x80\xBF continuation",
      "\xE2\x80 then a", "\xF0\x9F\x98 then \xF0\x9F\x98\x80"};
  for (const std::string& text : cases) EXPECT_EQ(WrittenString(text), NlohmannString(text)) << text;
  // Random bytes, biased towards UTF-8's lead and continuation bytes.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = byte(random) % 12;
    for (int k = 0; k < length; ++k) {
      const int b = byte(random);
      text += static_cast<char>(b < 96 ? 0x80 + b % 64 : b < 160 ? 0xC0 + b % 64 : b % 128);
    }
    ASSERT_EQ(WrittenString(text), NlohmannString(text)) << round;
  }
}

TEST(JsonWriterTest, AResultIsWrittenAsNlohmannWouldReformatIt) {
  // Parsing the writer's output with nlohmann and dumping it again (order kept) must give the
  // same bytes, one line and indented: same layout, escapes and numbers.
  Options options;
  options.sentences = 2;
  const std::string text =
      "Dr. Ana Reyes met \"Mr. Li\" in Paris on 3 March.\tShe said: \xE2\x80\x9CIt went well.\xE2\x80\x9D\n\n"
      "The talks cost $5 billion, officials said\xE2\x80\xA8on Friday. Weather was fine.";
  const auto result = Summarize(text, options);
  ASSERT_TRUE(result.ok()) << result.status().message();
  for (int indent : {-1, 2}) {
    const std::string written = ResultToJson(result.value(), indent);
    const auto parsed = nlohmann::ordered_json::parse(written);
    EXPECT_EQ(JsonText(parsed, indent), written) << indent;
  }
  Result empty;
  for (int indent : {-1, 2}) {
    const std::string written = ResultToJson(empty, indent);
    EXPECT_EQ(JsonText(nlohmann::ordered_json::parse(written), indent), written) << indent;
  }
}

}  // namespace
}  // namespace precis
