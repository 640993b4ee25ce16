// The document-level pass after tagging (entities/name_consistency): titles, common words where
// capitals say nothing, one type per name, lone parts of a full name, missed mentions.
#include "entities/name_consistency.h"

#include <gtest/gtest.h>

namespace precis::entities {
namespace {

constexpr int PER = 0, ORG = 1, LOC = 2;

// "hello", "questioning", "phase", "senior", "officials" and "de" are usually lowercase inside sentences ("new" often is
// not); "new zealand" is a listed country.
NerLexicon Lexicon() {
  auto lex = NerLexicon::FromTables("New Zealand\tC\n",
                                    "hello\t100\t2\t1\t1\t1\t1\t1\t1\nquestioning\t50\t1\t1\t1\t1\t1\t1\t1\n"
                                    "phase\t80\t5\t1\t1\t1\t1\t1\t1\nnew\t900\t30\t1\t1\t1\t1\t1\t1\n"
                                    "senior\t300\t6\t1\t1\t1\t1\t1\t1\nofficials\t400\t8\t1\t1\t1\t1\t1\t1\n"
                                    "de\t500\t5\t1\t1\t1\t1\t1\t1\n");
  EXPECT_TRUE(lex.ok());
  return lex.ok() ? std::move(lex).value() : NerLexicon();
}

using Spans = std::vector<std::vector<LabeledSpan>>;
using Line = std::vector<LabeledSpan>;

Spans Consistent(const NerDocument& doc, Spans spans, const std::vector<bool>& headings = {}) {
  const NerLexicon lexicon = Lexicon();
  MakeNamesConsistent(NerFeatures(doc, &lexicon), headings, lexicon, &spans);
  return spans;
}

TEST(NameConsistencyTest, TitlesAreCutAndSplitOff) {
  const NerDocument doc = {{"Mayor", "Elena", "Marsh", "spoke", "."},
                           {"European", "Union", "Ambassador", "Gordon", "Sondland", "left", "."}};
  const Spans out = Consistent(doc, {{{0, 3, PER}}, {{0, 5, ORG}}});
  EXPECT_EQ(out[0], (Line{{1, 3, PER}}));
  EXPECT_EQ(out[1], (Line{{0, 2, ORG}, {3, 5, PER}}));
}

TEST(NameConsistencyTest, CommonWordsWhereCapitalsSayNothingAreNotNames) {
  const NerDocument doc = {{"Hello", "and", "welcome", "."},
                           {"4.", "Questioning", "Vindman", "'s", "judgment"},
                           {"Phase", "two", "starts", "."},
                           {"New", "Zealand", "won", "."},
                           {"Officials", "met", "Vindman", "."}};
  const Spans out = Consistent(doc, {{{0, 1, LOC}}, {{1, 3, PER}}, {{0, 1, ORG}}, {{0, 2, LOC}}, {{2, 3, PER}}},
                        {false, true, false, false, false});
  EXPECT_TRUE(out[0].empty());                  // a common first word alone
  EXPECT_EQ(out[1], (Line{{2, 3, PER}}));       // a heading's common word cut off the name
  EXPECT_TRUE(out[2].empty());
  EXPECT_EQ(out[3], (Line{{0, 2, LOC}}));       // a listed name stays whole
}

TEST(NameConsistencyTest, ACommonWordUsedAsANameInRunningTextStays) {
  const NerDocument doc = {{"Hello", "sang", "well", "."}, {"Fans", "of", "Hello", "cheered", "."}};
  const Spans out = Consistent(doc, {{{0, 1, ORG}}, {{2, 3, ORG}}});
  EXPECT_EQ(out[0], (Line{{0, 1, ORG}}));
}

TEST(NameConsistencyTest, ALowercaseCommonWordAtANamesEdgeIsCutWhereCapitalsMeanSomething) {
  const NerDocument doc = {{"Kemble", "told", "senior", "Rugby", "League", "officials", "."},
                           {"President", "de", "Klerk", "spoke", "."},
                           {"kemble", "told", "senior", "rugby", "league", "officials", "."}};
  const Spans out = Consistent(doc, {{{2, 6, ORG}}, {{1, 3, PER}}, {{2, 5, ORG}}});
  EXPECT_EQ(out[0], (Line{{3, 5, ORG}}));
  EXPECT_EQ(out[1], (Line{{1, 3, PER}}));  // a name particle stays
  EXPECT_EQ(out[2], (Line{{2, 5, ORG}}));  // a line in lowercase: capitals say nothing
}

TEST(NameConsistencyTest, OneTypePerNameByVote) {
  const NerDocument doc = {{"Evidence", "Beta", "tests", "ideas", "."},
                           {"Staff", "at", "Evidence", "Beta", "agreed", "."},
                           {"Donors", "gave", "to", "Evidence", "Beta", "."}};
  const Spans out = Consistent(doc, {{{0, 2, PER}}, {{2, 4, ORG}}, {{3, 5, ORG}}});
  EXPECT_EQ(out[0], (Line{{0, 2, ORG}}));  // in running text twice as ORG: ORG
  EXPECT_EQ(out[1], (Line{{2, 4, ORG}}));
}

TEST(NameConsistencyTest, ALonePartOfAFullNameIsThatPersonAndMissedMentionsAreFound) {
  const NerDocument doc = {{"Julian", "Assange", "lost", "."},
                           {"Supporters", "of", "Assange", "waited", "."},
                           {"Lawyers", "said", "Assange", "would", "appeal", "."},
                           {"Officials", "on", "Assange", "Street", "waved", "."}};
  const Spans out = Consistent(doc, {{{0, 2, PER}}, {{2, 3, LOC}}, {}, {}});
  EXPECT_EQ(out[1], (Line{{2, 3, PER}}));
  EXPECT_EQ(out[2], (Line{{2, 3, PER}}));  // found again in running text
  EXPECT_TRUE(out[3].empty());             // part of a longer capitalised run: left alone
}

}  // namespace
}  // namespace precis::entities
