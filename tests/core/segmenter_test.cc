#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::text {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (std::string_view s : SplitSentences(text)) out.emplace_back(s);
  return out;
}

using V = std::vector<std::string>;

TEST(SegmenterTest, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(Split("The rain stopped. We went out! Did you see it? Yes."),
            (V{"The rain stopped.", "We went out!", "Did you see it?", "Yes."}));
}

TEST(SegmenterTest, KeepsTitlesAndInitialsInside) {
  EXPECT_EQ(Split("Dr. Amal Reyes met Mr. Olsen at noon. They talked."),
            (V{"Dr. Amal Reyes met Mr. Olsen at noon.", "They talked."}));
  EXPECT_EQ(Split("The report by Karen T. Walsh was late."),
            (V{"The report by Karen T. Walsh was late."}));
  EXPECT_EQ(Split("Lt. Col. Brand spoke first."), (V{"Lt. Col. Brand spoke first."}));
  // A title joined by a hyphen to the word before it is still a title.
  EXPECT_EQ(
      Split("In 1998, then-Rep. Amos Haller spoke. Jo Banks, of Bay University-St. Paul, "
            "agreed. It was run by an ex-Gov. of Maine."),
      (V{"In 1998, then-Rep. Amos Haller spoke.", "Jo Banks, of Bay University-St. Paul, agreed.",
         "It was run by an ex-Gov. of Maine."}));
  // An initial after a lowercase word, then a given name and a surname.
  EXPECT_EQ(Split("\"It is a worry,\" said C. Eugene Steuerle, a fellow at the institute."),
            (V{"\"It is a worry,\" said C. Eugene Steuerle, a fellow at the institute."}));
  EXPECT_EQ(Split("The map was drawn in 1974 by D. Arno Peters for the ministry."),
            (V{"The map was drawn in 1974 by D. Arno Peters for the ministry."}));
  // After a function word or a verb, an initial and one capitalised word are a name ("to J.
  // Smith", "urges S. Korea"); not the pronoun ("you and I.") or a grade after an article.
  EXPECT_EQ(Split("N. Korea urges S. Korea to return the remains."),
            (V{"N. Korea urges S. Korea to return the remains."}));
  EXPECT_EQ(Split("The award went to J. Smith last year. He was pleased."),
            (V{"The award went to J. Smith last year.", "He was pleased."}));
  EXPECT_EQ(Split("It was written by M. Okafor in the spring."),
            (V{"It was written by M. Okafor in the spring."}));
  EXPECT_EQ(Split("The secret stays between you and I. Nobody else knows."),
            (V{"The secret stays between you and I.", "Nobody else knows."}));
  EXPECT_EQ(Split("She finally got an A. Teachers cheered."),
            (V{"She finally got an A.", "Teachers cheered."}));
  // A letter ending a sentence stays an end before one capitalised word or a single letter.
  EXPECT_EQ(Split("Part A is much smaller than part B. Part B is huge."),
            (V{"Part A is much smaller than part B.", "Part B is huge."}));
  EXPECT_EQ(Split("The virus causes hepatitis C. Patients need care."),
            (V{"The virus causes hepatitis C.", "Patients need care."}));
  // A person's two initials keep their surname, also after a long opening (a real page cut
  // "TORONTO (AP) - Raptors guard T.J." from "Ford was cleared…"); a place's letters do not.
  EXPECT_EQ(Split("TORONTO (AP) - Raptors guard T.J. Ford was cleared to play on Wednesday."),
            (V{"TORONTO (AP) - Raptors guard T.J. Ford was cleared to play on Wednesday."}));
  EXPECT_EQ(Split("The team flew home to Washington, D.C. Officials met them there."),
            (V{"The team flew home to Washington, D.C.", "Officials met them there."}));
}

TEST(SegmenterTest, DottedAbbreviationEndsSentenceOnlyBeforeASentenceStarter) {
  EXPECT_EQ(Split("She moved to the U.S. in 1999."), (V{"She moved to the U.S. in 1999."}));
  EXPECT_EQ(Split("He joined the U.S. Navy later."), (V{"He joined the U.S. Navy later."}));
  EXPECT_EQ(Split("They flew to the U.K. The trip was long."),
            (V{"They flew to the U.K.", "The trip was long."}));
  EXPECT_EQ(Split("Bring snacks, e.g. fruit or nuts."), (V{"Bring snacks, e.g. fruit or nuts."}));
}

TEST(SegmenterTest, NumbersDecimalsAndNumberAbbreviations) {
  EXPECT_EQ(Split("Prices rose 3.5 percent. Wages fell."),
            (V{"Prices rose 3.5 percent.", "Wages fell."}));
  EXPECT_EQ(Split("See No. 12 on the list."), (V{"See No. 12 on the list."}));
  // "Rs." is rupees before an amount (a real page's "An amount of Rs. 2,00,000 will be added").
  EXPECT_EQ(Split("An amount of Rs. 2,00,000 will be added. It is Rs. 5 lakh."),
            (V{"An amount of Rs. 2,00,000 will be added.", "It is Rs. 5 lakh."}));
  EXPECT_EQ(Split("It cost $12.50. That was cheap."), (V{"It cost $12.50.", "That was cheap."}));
}

TEST(SegmenterTest, QuotesAndBracketsAfterTheTerminatorStayWithTheSentence) {
  EXPECT_EQ(Split("He said, \"We are ready.\" Then he left."),
            (V{"He said, \"We are ready.\"", "Then he left."}));
  EXPECT_EQ(Split("\"We are ready.\" he said."), (V{"\"We are ready.\" he said."}));
  EXPECT_EQ(Split("The tally (it was close.) came late. Nobody minded."),
            (V{"The tally (it was close.) came late.", "Nobody minded."}));
}

TEST(SegmenterTest, AQuotedQuestionKeepsItsSpeaker) {
  EXPECT_EQ(Split("\"Why did you leave the race?\" King asked Scott. The senator smiled."),
            (V{"\"Why did you leave the race?\" King asked Scott.", "The senator smiled."}));
  EXPECT_EQ(Split("\"Are you ready?\" Senator Ann Hart asked in May. She nodded."),
            (V{"\"Are you ready?\" Senator Ann Hart asked in May.", "She nodded."}));
  // A speaker named before the quotation: what follows is a new sentence.
  EXPECT_EQ(
      Split("The judge asked: \"Where was your decency?\" Prosecutors told the court more."),
      (V{"The judge asked: \"Where was your decency?\"", "Prosecutors told the court more."}));
  EXPECT_EQ(Split("\"Help!\" The crowd ran."), (V{"\"Help!\"", "The crowd ran."}));
}

TEST(SegmenterTest, EmailsUrlsAndEllipses) {
  EXPECT_EQ(Split("Write to ana.lee@example.org today. She replies fast."),
            (V{"Write to ana.lee@example.org today.", "She replies fast."}));
  EXPECT_EQ(Split("Visit https://example.org/a.html. It is free."),
            (V{"Visit https://example.org/a.html.", "It is free."}));
  EXPECT_EQ(Split("Well... maybe not."), (V{"Well... maybe not."}));
  EXPECT_EQ(Split("It ended.... The lights went out."),
            (V{"It ended....", "The lights went out."}));
}

TEST(SegmenterTest, ListItemsOnOneLine) {
  EXPECT_EQ(Split("1. Buy bread 2. Feed the cat 3. Call home"),
            (V{"1. Buy bread", "2. Feed the cat", "3. Call home"}));
}

TEST(SegmenterTest, HeadingLinesInsideAParagraphAreSentences) {
  EXPECT_EQ(Split("Key points\nThe plan costs less.\nIt starts soon."),
            (V{"Key points", "The plan costs less.", "It starts soon."}));
}

TEST(SegmenterTest, HardWrappedLinesJoinEvenWithoutBlankLines) {
  EXPECT_EQ(Split("The committee met on Friday to review the proposal that had been\n"
                  "submitted last spring by the residents."),
            (V{"The committee met on Friday to review the proposal that had been\n"
               "submitted last spring by the residents."}));
}

TEST(SegmenterTest, InformalLowercaseStartsAfterRealWords) {
  EXPECT_EQ(Split("i am in town today. you can call me. thanks"),
            (V{"i am in town today.", "you can call me.", "thanks"}));
  EXPECT_EQ(Split("is it open? yes it is"), (V{"is it open?", "yes it is"}));
  EXPECT_EQ(Split("She works at Yahoo! in sales."), (V{"She works at Yahoo! in sales."}));
  EXPECT_EQ(Split("Bring fruit, e.g. apples, and nuts."),
            (V{"Bring fruit, e.g. apples, and nuts."}));
  EXPECT_EQ(Split("The town (pop. 25,000) is small."), (V{"The town (pop. 25,000) is small."}));
}

TEST(SegmenterTest, EverydayWordsThatLookLikeAbbreviationsEndSentences) {
  // Regression: "sat" was taken for "Sat." (Saturday) and glued two sentences.
  EXPECT_EQ(Split("The cat sat. The dog ran."), (V{"The cat sat.", "The dog ran."}));
  EXPECT_EQ(Split("They met on Sun. The talks went well."), (V{"They met on Sun.", "The talks went well."}));
}

TEST(SegmenterTest, ShortFragmentsBeforeAbbreviationsStayTogether) {
  EXPECT_EQ(Split("By 9 a.m. Mrs. Ode was home. She slept until 4 P.M. Mr. Ode cooked."),
            (V{"By 9 a.m. Mrs. Ode was home.", "She slept until 4 P.M.", "Mr. Ode cooked."}));
}

TEST(SegmenterTest, AClockTimeKeepsTheDayOrZoneAfterIt) {
  // A news lede read on a real page was cut at "6 p.m." and its summary took half a sentence.
  EXPECT_EQ(Split("Officers arrested 40 drivers between 6 p.m. Friday and 6 a.m. today. It was "
                  "calm."),
            (V{"Officers arrested 40 drivers between 6 p.m. Friday and 6 a.m. today.", "It was calm."}));
  EXPECT_EQ(Split("The vote closes at 8 p.m. Eastern time on Tuesday. Then counting starts."),
            (V{"The vote closes at 8 p.m. Eastern time on Tuesday.", "Then counting starts."}));
  EXPECT_EQ(Split("We ate at 7 p.m. Dinner was late."), (V{"We ate at 7 p.m.", "Dinner was late."}));
}

TEST(SegmenterTest, DatelinesCitationsSeparatorsAndMissingSpaces) {
  EXPECT_EQ(Split("DOVER, Del. - The bridge reopened."), (V{"DOVER, Del. - The bridge reopened."}));
  EXPECT_EQ(Split("\"We will go.\" (Ames 12). Then we left."),
            (V{"\"We will go.\" (Ames 12).", "Then we left."}));
  EXPECT_EQ(Split("NOTES ===== All fine"), (V{"NOTES =====", "All fine"}));
  EXPECT_EQ(Split("It rained all day.Then the sun came out."),
            (V{"It rained all day.", "Then the sun came out."}));
  EXPECT_EQ(Split("The shop is on W. 4th Street."), (V{"The shop is on W. 4th Street."}));
}

// A trial's page had each spoken "…" between two sentences as a "sentence" of its own.
TEST(SegmenterTest, MarksAloneCloseTheSentenceBefore) {
  EXPECT_EQ(Split("He worked for eight years with Obama. \u2026 We need somebody new, he said."),
            (V{"He worked for eight years with Obama. \u2026", "We need somebody new, he said."}));
}

TEST(SegmenterTest, ShortLinesAreTheirOwnSentences) {
  EXPECT_EQ(Split("Hi Anna,\nthe files are attached.\nBest\nTom"),
            (V{"Hi Anna,\nthe files are attached.", "Best", "Tom"}));
}

TEST(SegmenterTest, CjkAndOtherScripts) {
  EXPECT_EQ(Split("今天下雨。我们在家！"), (V{"今天下雨。", "我们在家！"}));
  EXPECT_EQ(Split("यह पहला वाक्य है। यह दूसरा है।"), (V{"यह पहला वाक्य है।", "यह दूसरा है।"}));
  EXPECT_EQ(Split("هل أنت هنا؟ نعم."), (V{"هل أنت هنا؟", "نعم."}));
}

TEST(SegmenterTest, TextWithoutPunctuationIsCutIntoBoundedPieces) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "word ";
  SegmentInfo info;
  const Document doc = ParseDocument(text);
  ASSERT_EQ(doc.paragraphs.size(), 1u);
  const std::vector<Span> spans = SegmentParagraph(text, doc.paragraphs[0], &info);
  EXPECT_GT(spans.size(), 5u);
  EXPECT_GT(info.forced_cuts, 0u);
  for (const Span& s : spans) EXPECT_LE(s.size(), kMaxSentenceBytes);
  // Nothing lost: the pieces cover every word.
  size_t words = 0;
  for (const Span& s : spans) {
    for (size_t i = s.start; i < s.end; ++i) words += text[i] == 'w';
  }
  EXPECT_EQ(words, 2000u);
}

TEST(SegmenterTest, SpansAreOffsetsIntoTheOriginal) {
  const std::string text = "  Caf\xC3\xA9 opens. It closes late.  ";
  const Document doc = ParseDocument(text);
  const std::vector<Span> spans = SegmentParagraph(text, doc.paragraphs[0]);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, 2u);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].size()), "It closes late.");
}

}  // namespace
}  // namespace precis::text
