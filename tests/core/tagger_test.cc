// The built-in name model on texts written for these tests: types, spans, and robustness to
// possessives, lists, quotes, capitals, lowercase and other languages.
#include "entities/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "entity_test_util.h"
#include "precis/precis.h"
#include "text/segmenter.h"

namespace precis::entities {
namespace {

// Names of a text split into sentences by the real segmenter.
Found NamesIn(const std::string& text) {
  const NerModel* model = BuiltInNerModel();
  EXPECT_NE(model, nullptr);
  if (model == nullptr) return {};
  const std::vector<text::Span> sentences = text::SegmentParagraph(text, {0, text.size()});
  Found out;
  for (const auto& found : FindNames(text, sentences, *model)) {
    for (const auto& e : Describe(text, found)) out.push_back(e);
  }
  return out;
}

bool Has(const Found& found, const std::string& name, const std::string& type) {
  return std::find(found.begin(), found.end(), std::make_pair(name, type)) != found.end();
}

constexpr const char* kStory =
    "The Riverton council voted on Tuesday to build a bridge across the Wend River, Mayor Elena "
    "Marsh said. Marsh told reporters in Riverton that people in Eastbank would gain most. Tom "
    "Berger, who heads the Northern Rivers Authority, said engineers from Siemens and a Dutch "
    "firm had studied the plan. Berger's agency will pay a fifth of the cost.";

TEST(TaggerTest, BuiltInModelIsPresent) {
  const NerModel* model = BuiltInNerModel();
  ASSERT_NE(model, nullptr);
  EXPECT_GT(model->feature_count(), 10000u);
}

TEST(TaggerTest, FindsPeopleOrganisationsPlacesAndMisc) {
  const Found found = NamesIn(kStory);
  EXPECT_TRUE(Has(found, "Elena Marsh", "PERSON"));  // the title "Mayor" is left out
  EXPECT_TRUE(Has(found, "Marsh", "PERSON"));
  EXPECT_TRUE(Has(found, "Tom Berger", "PERSON"));
  EXPECT_TRUE(Has(found, "Northern Rivers Authority", "ORG"));
  EXPECT_TRUE(Has(found, "Siemens", "ORG"));
  EXPECT_TRUE(Has(found, "Eastbank", "LOCATION"));
  EXPECT_TRUE(Has(found, "Dutch", "MISC"));
  EXPECT_TRUE(Has(found, "Berger", "PERSON"));  // possessive "'s" split off
  EXPECT_FALSE(Has(found, "Tuesday", "PERSON"));
}

TEST(TaggerTest, ListsQuotesAndPossessivesKeepNamesApart) {
  const Found found = NamesIn(
      "Officials in Paris, France, and Berlin, Germany, met on Friday. \"Angela Merkel will "
      "speak first,\" a spokesman said. Russia's envoy disagreed.");
  EXPECT_TRUE(Has(found, "Paris", "LOCATION"));
  EXPECT_TRUE(Has(found, "France", "LOCATION"));
  EXPECT_TRUE(Has(found, "Berlin", "LOCATION"));
  EXPECT_TRUE(Has(found, "Germany", "LOCATION"));
  EXPECT_TRUE(Has(found, "Angela Merkel", "PERSON"));
  EXPECT_TRUE(Has(found, "Russia", "LOCATION"));
}

std::string Recased(std::string s, bool upper) {
  for (char& c : s) c = static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
  return s;
}

TEST(TaggerTest, CapitalsStillGiveNames) {
  const Found found = NamesIn(Recased(kStory, true));
  EXPECT_TRUE(Has(found, "TOM BERGER", "PERSON"));
  EXPECT_TRUE(Has(found, "ELENA MARSH", "PERSON"));
  EXPECT_TRUE(Has(found, "RIVERTON", "LOCATION"));
}

TEST(TaggerTest, LowercaseFindsPeopleAndNoCommonWords) {
  // Fewer names without capitals, but each one contains a word that is a name in the cased text.
  const Found cased = NamesIn(kStory);
  const Found lower = NamesIn(Recased(kStory, false));
  std::set<std::string> name_words;
  for (const auto& e : cased) {
    std::istringstream words(Recased(e.first, false));
    for (std::string w; words >> w;) name_words.insert(w);
  }
  for (const auto& e : lower) {
    std::istringstream words(e.first);
    bool known = false;
    for (std::string w; words >> w;) known = known || name_words.count(w) > 0;
    EXPECT_TRUE(known) << e.first << " " << e.second;
  }
  EXPECT_TRUE(Has(lower, "tom berger", "PERSON"));
}

TEST(TaggerTest, OtherLanguagesGetNoNames) {
  auto r = Summarize(
      "Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel "
      "Macron. Die beiden Politiker sprachen über die Lage in der Ukraine und die Energiepreise in "
      "Europa. Danach reiste Macron zurück nach Paris, wo er am Abend eine Rede hielt.",
      Options());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().language, "de");
  for (const Entity& e : r.value().entities) {
    EXPECT_TRUE(e.type != EntityType::kPerson && e.type != EntityType::kOrg &&
                e.type != EntityType::kLocation && e.type != EntityType::kMisc)
        << e.text;
  }
}

TEST(TaggerTest, EmptyAndPunctuationOnlySentences) {
  const NerModel* model = BuiltInNerModel();
  ASSERT_NE(model, nullptr);
  const std::string text = "... !!! \"\"";
  const auto names = FindNames(text, {{0, 0}, {0, text.size()}}, *model);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_TRUE(names[0].empty());
  EXPECT_TRUE(names[1].empty());
}

// The page's wasm starts without a model and loads it at run time: LoadNameModel swaps the model
// every later summary uses, and a damaged file changes nothing.
TEST(TaggerTest, LoadNameModelReplacesTheModelAndKeepsItOnErrors) {
  auto people = [] {
    auto r = Summarize(kStory, Options());
    EXPECT_TRUE(r.ok());
    return std::count_if(r.value().entities.begin(), r.value().entities.end(),
                         [](const Entity& e) { return e.type == EntityType::kPerson; });
  };
  ASSERT_GT(people(), 0);
  const Status bad = LoadNameModel("not a model");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("damaged"), std::string::npos) << bad.message();
  EXPECT_TRUE(HasNameModel());
  EXPECT_GT(people(), 0);

  Transitions outside{};  // no features; every transition into "outside" wins
  for (int row = 0; row < kNerLabels + 2; ++row) TransitionAt(outside, row, kOutside) = 10.0f;
  ASSERT_TRUE(LoadNameModel(NerModel::FromWeights({}, {}, outside, 1.0f).Serialize()).ok());
  EXPECT_EQ(people(), 0);

  ASSERT_TRUE(LoadNameModel(BuiltInNerModel()->Serialize()).ok());  // for the other tests
  EXPECT_GT(people(), 0);
}

TEST(TaggerTest, APhotographersCreditLosesItsAgency) {
  // A trial's pages: "James Martin/CNET" and "Josh Miller/CNET" were people's names.
  const Found found = NamesIn(
      "The new phone ships in May, Apple said on Tuesday. Photo by James Martin/CNET shows it.");
  EXPECT_TRUE(Has(found, "James Martin", "PERSON")) << ::testing::PrintToString(found);
  EXPECT_FALSE(Has(found, "James Martin/CNET", "PERSON"));
  const Found doubled = NamesIn("The dress was made by Margaret Elizabeth // Harp for the show.");
  for (const auto& [name, type] : doubled) EXPECT_EQ(name.find('/'), std::string::npos) << name;
}

TEST(TaggerTest, AGenerationalSuffixIsNoPerson) {
  // A trial's page: "William F. Buckley, Jr." gave the person "Jr.".
  const Found found = NamesIn("The book by William F. Buckley, Jr. sold well in London.");
  EXPECT_TRUE(Has(found, "William F. Buckley", "PERSON")) << ::testing::PrintToString(found);
  EXPECT_FALSE(Has(found, "Jr.", "PERSON"));
}

TEST(TaggerTest, APoliticiansPartyAndStateIsNoName) {
  // A trial's page: "D-Ariz" and "D-N.Y." were people.
  const Found found = NamesIn(
      "Rep. Gabrielle Giffords, D-Ariz., met Senator Chuck Schumer (D-N.Y.) and Rep. Ron Paul, "
      "R-Texas, on Monday.");
  for (const auto& [name, type] : found) {
    EXPECT_TRUE(name.find("D-") == std::string::npos && name.find("R-") == std::string::npos)
        << name << " " << type;
  }
  EXPECT_TRUE(Has(found, "Chuck Schumer", "PERSON"));
}

TEST(TaggerTest, ANameNeverRunsOverALineBreak) {
  // A real page's list kept as one sentence gave the person "Paula Broadwell\nA.J. Daulerio".
  const NerModel* model = BuiltInNerModel();
  ASSERT_NE(model, nullptr);
  const std::string text = "The reporter who wrote the story is Paula Broadwell\nA.J. Daulerio";
  const auto names = FindNames(text, {{0, text.size()}}, *model);
  ASSERT_EQ(names.size(), 1u);
  ASSERT_FALSE(names[0].empty());
  for (const Mention& m : names[0]) {
    EXPECT_EQ(text.substr(m.start, m.end - m.start).find('\n'), std::string::npos)
        << text.substr(m.start, m.end - m.start);
  }
}

}  // namespace
}  // namespace precis::entities
