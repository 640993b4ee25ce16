// The name tagger's parts: labels, IOB corpus and scoring, tokens, features, Viterbi, model file
// and training.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "entities/ner_corpus.h"
#include "entities/ner_features.h"
#include "entities/ner_labels.h"
#include "entities/ner_lexicon.h"
#include "entities/ner_model.h"
#include "entities/ner_tokens.h"
#include "entities/ner_train.h"
#include "entities/ner_viterbi.h"
#include "entities/tagger.h"
#include "entities/word_clusters.h"

namespace precis::entities {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> TokenTexts(const std::string& s) {
  std::vector<std::string> out;
  for (const NerToken& t : NerTokens(s, {0, s.size()})) {
    EXPECT_LE(t.end, s.size());
    out.push_back(t.text);
  }
  return out;
}

std::vector<std::string> Names(const std::vector<int>& labels) {
  std::vector<std::string> out;
  for (int l : labels) out.push_back(LabelName(l));
  return out;
}

TEST(NerLabelsTest, SpansRoundTripThroughBilou) {
  const std::vector<LabeledSpan> spans = {{0, 2, 0}, {3, 4, 2}, {4, 7, 1}};
  const std::vector<int> labels = LabelsFromSpans(spans, 8);
  EXPECT_EQ(Names(labels), (std::vector<std::string>{"B-PER", "L-PER", "O", "U-LOC", "B-ORG",
                                                     "I-ORG", "L-ORG", "O"}));
  EXPECT_EQ(SpansFromLabels(labels), spans);
}

TEST(NerLabelsTest, ConstraintsAllowOnlyWellFormedNames) {
  const int b_per = MakeLabel(0, Part::kBegin), l_per = MakeLabel(0, Part::kLast);
  const int i_org = MakeLabel(1, Part::kInside), u_loc = MakeLabel(2, Part::kUnit);
  EXPECT_TRUE(CanFollow(b_per, l_per));
  EXPECT_FALSE(CanFollow(b_per, i_org));  // type changes inside a name
  EXPECT_FALSE(CanFollow(kOutside, i_org));
  EXPECT_FALSE(CanFollow(b_per, kOutside));  // a name left open
  EXPECT_TRUE(CanFollow(u_loc, b_per));
  EXPECT_FALSE(CanStart(l_per));
  EXPECT_FALSE(CanEnd(b_per));
  // Ill-formed sequences still read as names instead of being lost.
  EXPECT_EQ(SpansFromLabels({kOutside, i_org, i_org}), (std::vector<LabeledSpan>{{1, 3, 1}}));
}

TEST(NerViterbiTest, NeverOutputsAnIllFormedSequence) {
  // Emissions that favour "I-ORG" everywhere: the decoder must open and close the name.
  const int i_org = MakeLabel(1, Part::kInside);
  std::vector<float> emissions(3 * kNerLabels, 0.0f);
  for (int i = 0; i < 3; ++i) emissions[static_cast<size_t>(i * kNerLabels + i_org)] = 5.0f;
  Transitions t{};
  const std::vector<int> labels = Viterbi(emissions, 3, t);
  EXPECT_EQ(Names(labels), (std::vector<std::string>{"B-ORG", "I-ORG", "L-ORG"}));
  EXPECT_TRUE(Viterbi({}, 0, t).empty());
}

// The score of a label sequence, and whether the BILOU constraints allow it.
float SequenceScore(const std::vector<int>& labels, const std::vector<float>& emissions,
                    const Transitions& t, bool* valid) {
  const size_t n = labels.size();
  *valid = CanStart(labels[0]) && CanEnd(labels[n - 1]);
  float score = TransitionAt(t, kStartRow, labels[0]) + TransitionAt(t, kEndRow, labels[n - 1]);
  for (size_t i = 0; i < n; ++i) {
    score += emissions[i * kNerLabels + static_cast<size_t>(labels[i])];
    if (i > 0) {
      *valid = *valid && CanFollow(labels[i - 1], labels[i]);
      score += TransitionAt(t, RowOf(labels[i - 1]), labels[i]);
    }
  }
  return score;
}

TEST(NerViterbiTest, FindsTheBestAllowedSequence) {
  // Against every sequence of up to three tokens, on scores drawn from a few small integers so
  // that ties are common: the decoder's sequence is allowed and no allowed one scores higher.
  uint32_t seed = 12345;
  auto draw = [&] {
    seed = seed * 1103515245u + 12345u;
    return static_cast<float>((seed >> 16) % 5) - 2.0f;
  };
  for (int round = 0; round < 40; ++round) {
    const int n = 1 + round % 3;
    std::vector<float> emissions(static_cast<size_t>(n) * kNerLabels);
    for (float& e : emissions) e = draw();
    Transitions t{};
    for (float& x : t) x = draw();
    const std::vector<int> found = Viterbi(emissions, n, t);
    bool valid = false;
    const float score = SequenceScore(found, emissions, t, &valid);
    EXPECT_TRUE(valid);
    float best = -1e9f;
    std::vector<int> labels(static_cast<size_t>(n), 0);
    for (int code = 0; code < static_cast<int>(std::pow(kNerLabels, n)); ++code) {
      for (int i = 0, c = code; i < n; ++i, c /= kNerLabels) labels[static_cast<size_t>(i)] = c % kNerLabels;
      bool ok = false;
      const float s = SequenceScore(labels, emissions, t, &ok);
      if (ok) best = std::max(best, s);
    }
    EXPECT_EQ(score, best) << "round " << round;
  }
}

TEST(NerCorpusTest, ReadsIob2AndIob1Documents) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs.value().size(), 2u);
  EXPECT_EQ(docs.value()[0].sentences.size(), 2u);
  EXPECT_EQ(docs.value()[0].sentences[0].names,
            (std::vector<LabeledSpan>{{0, 3, 0}, {4, 5, 2}}));
  // IOB1: I- opens a name; B- only separates two names of one type.
  auto iob1 = ParseIob("Peter I-PER\nBlackburn I-PER\nJohn B-PER\nsaid O\nEU I-ORG\n");
  ASSERT_TRUE(iob1.ok());
  EXPECT_EQ(iob1.value()[0].sentences[0].names,
            (std::vector<LabeledSpan>{{0, 2, 0}, {2, 3, 0}, {4, 5, 1}}));
}

TEST(NerCorpusTest, BadLinesGiveTheLineNumber) {
  auto bad_tag = ParseIob("Peter B-PER\nsaid X-FOO\n");
  ASSERT_FALSE(bad_tag.ok());
  EXPECT_NE(bad_tag.status().message().find("line 2"), std::string::npos);
  EXPECT_FALSE(ParseIob("lonely\n").ok());
  auto empty = ParseIob("");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().empty());
}

TEST(NerCorpusTest, ScoresExactSpansOnly) {
  NerScore score;
  // Gold: PER [0,2), LOC [3,4). Predicted: PER [0,1) (wrong span), LOC [3,4) (right), ORG extra.
  score.Add({{0, 2, 0}, {3, 4, 2}}, {{0, 1, 0}, {3, 4, 2}, {5, 6, 1}});
  EXPECT_DOUBLE_EQ(score.OfType(2).f1, 100.0);
  EXPECT_DOUBLE_EQ(score.OfType(0).f1, 0.0);
  const Prf micro = score.Micro();
  EXPECT_EQ(micro.correct, 1u);
  EXPECT_NEAR(micro.precision, 100.0 / 3, 1e-9);
  EXPECT_NEAR(micro.recall, 50.0, 1e-9);
  EXPECT_NEAR(micro.f1, 40.0, 1e-9);
}

TEST(NerTokensTest, SplitsLikeTheTrainingData) {
  EXPECT_EQ(TokenTexts("Russia's troops (90,000) don't \u201cmove\u201d."),
            (std::vector<std::string>{"Russia", "'s", "troops", "(", "90,000", ")", "do", "n't",
                                      "\"", "move", "\"", "."}));
  EXPECT_EQ(TokenTexts("The U.S. and Acme Inc. met NATO-Russia envoys\u2014twice, for $1.13bn!"),
            (std::vector<std::string>{"The", "U.S.", "and", "Acme", "Inc.", "met", "NATO-Russia",
                                      "envoys", "-", "twice", ",", "for", "$", "1.13bn", "!"}));
  EXPECT_EQ(TokenTexts("Russia\u2019s"), (std::vector<std::string>{"Russia", "'s"}));
  // Text joined from tokens writes the clitic apart: still one token, as in training; a quoted
  // "s" is a quote and a letter.
  EXPECT_EQ(TokenTexts("Kipling 's need , Moody 'S."),
            (std::vector<std::string>{"Kipling", "'s", "need", ",", "Moody", "'S", "."}));
  EXPECT_EQ(TokenTexts("the letter 'sh' sound"),
            (std::vector<std::string>{"the", "letter", "'", "sh", "'", "sound"}));
  // A dateline glued to the first word is its own tokens; a bracket inside a word stays.
  EXPECT_EQ(TokenTexts("(CNN)President Ruiz [AP]said f(x)"),
            (std::vector<std::string>{"(", "CNN", ")", "President", "Ruiz", "[", "AP", "]", "said",
                                      "f(x", ")"}));
  // A colon glued to a name is apart from it (text run together from a page); a clock time, a
  // web address and a ticker stay whole.
  EXPECT_EQ(TokenTexts("Conn.:A.J. Price :Yulia at 10:30 http://Ab.com NASDAQ:LOGI"),
            (std::vector<std::string>{"Conn.", ":", "A.J.", "Price", ":", "Yulia", "at", "10:30",
                                      "http://Ab.com", "NASDAQ:LOGI"}));
  EXPECT_TRUE(TokenTexts("   ").empty());
}

TEST(NerTokensTest, SpansPointIntoTheText) {
  const std::string s = "Then \u201cKyiv\u2019s\u201d mayor spoke.";
  for (const NerToken& t : NerTokens(s, {0, s.size()})) {
    ASSERT_LT(t.start, t.end);
    if (t.text == "Kyiv") EXPECT_EQ(s.substr(t.start, t.end - t.start), "Kyiv");
    if (t.text == "'s") EXPECT_EQ(s.substr(t.start, t.end - t.start), "\u2019s");
  }
}

TEST(NerFeaturesTest, ShapesCollapseRuns) {
  EXPECT_EQ(WordShape("Austin"), "Xxxxxx");
  EXPECT_EQ(ShortShape(WordShape("Austin")), "Xx");
  EXPECT_EQ(WordShape("90,000"), "dd,ddd");
  EXPECT_EQ(ShortShape(WordShape("U.S.")), "X.X.");
  EXPECT_EQ(WordShape("\u00c9vian"), "Xxxxx");
  EXPECT_EQ(WordShape("averyveryverylongword").size(), 12u);  // capped
}

size_t KeyCount(const NerDocument& doc, size_t sentence, int token) {
  return ExtractNerFeatures(doc, nullptr)[sentence].Of(token).size();
}

TEST(NerFeaturesTest, GazetteerAndTitleWordsAddFeatures) {
  // Same shape and length, same neighbours: only the gazetteer tells them apart.
  EXPECT_EQ(KeyCount({{"in", "France", "today"}}, 0, 1),
            KeyCount({{"in", "Brance", "today"}}, 0, 1) + 1);
  EXPECT_EQ(KeyCount({{"said", "Secretary", "Austin"}}, 0, 2),
            KeyCount({{"said", "Tall", "Austin"}}, 0, 2) + 1);
}

TEST(NerFeaturesTest, CapitalSentencesAndOtherOccurrencesAddFeatures) {
  const NerDocument mixed = {{"Storm", "hits", "Brance", "hard"}};
  const NerDocument caps = {{"STORM", "HITS", "BRANCE", "HARD"}};
  EXPECT_EQ(KeyCount(caps, 0, 2), KeyCount(mixed, 0, 2) + 2);  // caps word + caps shape
  // A second occurrence brings its neighbours: "Secretary" before the other "Austin".
  const NerDocument once = {{"Austin", "spoke", "."}};
  const NerDocument twice = {{"Austin", "spoke", "."}, {"said", "Secretary", "Austin", "."}};
  EXPECT_GT(KeyCount(twice, 0, 0), KeyCount(once, 0, 0));
  // Features are a function of the document: same input, same keys.
  EXPECT_EQ(ExtractNerFeatures(twice, nullptr)[1].keys, ExtractNerFeatures(twice, nullptr)[1].keys);
}

TEST(NerFeaturesTest, WordAndContextPartsMakeEveryTokensKeys) {
  // The tagger weighs a form's word part once per document and adds each token's context part:
  // that is only right if the two parts together are the token's keys, wherever the form recurs.
  const NerModel* model = BuiltInNerModel();
  ASSERT_NE(model, nullptr);
  const NerDocument doc = {{"Secretary", "Austin", "met", "the", "press", "in", "Austin", "."},
                           {"AUSTIN", "WINS", "IN", "TEXAS", "AGAIN", "AND", "AGAIN"},
                           {"the", "press", "said", "Austin", "met", "United", "Nations", "staff", "."},
                           {"in", "austin", ",", "the", "press", "was", "calm", "and", "quiet", "today"}};
  const NerFeatures features(doc, &model->lexicon());
  SentenceFeatures all, context, own;
  for (size_t s = 0; s < doc.size(); ++s) {
    features.Extract(s, &all);
    features.Extract(s, &context, NerFeatures::Part::kContext);
    ASSERT_EQ(context.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
      features.FormKeys(features.FormOf(s, static_cast<size_t>(i)), &own);
      std::vector<uint32_t> parts(own.keys);
      const auto c = context.Of(i);
      parts.insert(parts.end(), c.begin(), c.end());
      const auto a = all.Of(i);
      std::vector<uint32_t> whole(a.begin(), a.end());
      std::sort(parts.begin(), parts.end());
      std::sort(whole.begin(), whole.end());
      EXPECT_EQ(parts, whole) << doc[s][static_cast<size_t>(i)] << " in sentence " << s;
    }
  }
  // A form is the word as written in a sentence of one case.
  EXPECT_EQ(features.FormOf(0, 1), features.FormOf(0, 6));  // "Austin" twice
  EXPECT_EQ(features.FormOf(0, 1), features.FormOf(2, 3));
  EXPECT_NE(features.FormOf(0, 1), features.FormOf(1, 0));  // "AUSTIN"
  EXPECT_NE(features.FormOf(0, 1), features.FormOf(3, 1));  // "austin"
  EXPECT_EQ(features.FormOf(0, 3), features.FormOf(2, 0));  // "the"
}

TEST(NerModelTest, SerializedModelTagsTheSameAndDamageIsAnError) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok());
  NerTrainOptions options;
  options.epochs = 5;
  const NerModel model = TrainNer(docs.value(), {}, NerLexicon(), options, [](const std::string&) {});
  const std::string bytes = model.Serialize();
  auto parsed = NerModel::Parse(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const auto features = ExtractNerFeatures(docs.value()[0].Words(), &model.lexicon());
  EXPECT_EQ(parsed.value().Tag(features[0]), model.Tag(features[0]));
  EXPECT_EQ(parsed.value().Serialize(), bytes);

  EXPECT_FALSE(NerModel::Parse("").ok());
  EXPECT_FALSE(NerModel::Parse(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(NerModel::Parse(bytes + "x").ok());
  std::string huge = bytes;
  huge[12] = '\xff';  // feature count far beyond the file
  huge[13] = '\xff';
  huge[14] = '\xff';
  const auto rejected = NerModel::Parse(huge);
  ASSERT_FALSE(rejected.ok());
  EXPECT_NE(rejected.status().message().find("damaged"), std::string::npos);
}

TEST(NerTrainTest, TrainingIsDeterministicAndLearnsTheFixture) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok());
  NerTrainOptions options;
  options.epochs = 8;
  options.case_copies_every = 2;
  auto train = [&] {
    return TrainNer(docs.value(), docs.value(), NerLexicon(), options, [](const std::string&) {}).Serialize();
  };
  const std::string first = train();
  EXPECT_EQ(train(), first);
  auto model = NerModel::Parse(first);
  ASSERT_TRUE(model.ok());
  // A separable toy set: after training, the tagger labels every sentence as given (the fixture
  // counts "Mayor" into the name, which the document-level pass would cut).
  for (const IobDocument& d : docs.value()) {
    const auto features = ExtractNerFeatures(d.Words(), &model.value().lexicon());
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      EXPECT_EQ(SpansFromLabels(model.value().Tag(features[s])), d.sentences[s].names);
    }
  }
}

TEST(NerTrainTest, SeveralRunsAreAveragedDeterministically) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok());
  NerTrainOptions options;
  options.epochs = 8;
  options.identity_dropout = 0.2f;  // runs differ in their order and in what they leave out
  auto train = [&](int runs) {
    options.runs = runs;
    return TrainNer(docs.value(), {}, NerLexicon(), options, [](const std::string&) {}).Serialize();
  };
  const std::string one = train(1);
  const std::string three = train(3);
  EXPECT_EQ(train(3), three);  // the same bytes again
  EXPECT_NE(three, one);        // the mean of three is not the first run alone
  EXPECT_EQ(train(1), one);
  auto model = NerModel::Parse(three);
  ASSERT_TRUE(model.ok());
  for (const IobDocument& d : docs.value()) {  // and it still learns the toy set
    const auto features = ExtractNerFeatures(d.Words(), &model.value().lexicon());
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      EXPECT_EQ(SpansFromLabels(model.value().Tag(features[s])), d.sentences[s].names);
    }
  }
}

TEST(NerTrainTest, ChangeCaseRecasesWordsNotNames) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok());
  const IobDocument upper = ChangeCase(docs.value()[0], true);
  EXPECT_EQ(upper.sentences[0].words[1], "ELENA");
  EXPECT_EQ(upper.sentences[0].names, docs.value()[0].sentences[0].names);
  EXPECT_EQ(ChangeCase(docs.value()[0], false).sentences[0].words[1], "elena");
}


constexpr const char* kGazetteer =
    "# comment\nPort Selby\tT\nPort Selby Bay\tT\nSelby\tTS\nAcme Corp.\tO\n";
constexpr const char* kClusters =
    "# word count capitalised coarse medium fine vector-coarse medium fine\n"
    "selby\t50\t99\t3\t10\t100\t2\t7\t40\nthe\t900\t0\t1\t2\t3\t-1\t-1\t-1\n";

TEST(NerLexiconTest, ListsClustersAndCapitalsByFoldedName) {
  auto lex = NerLexicon::FromTables(kGazetteer, kClusters);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const NerLexicon::Entry york = lex.value().Find(NerLexicon::KeyOf("selby"));
  EXPECT_EQ(york.lists, NerLexicon::ListBit('T') | NerLexicon::ListBit('S'));
  EXPECT_EQ(york.cluster[0], 4);  // classes + 1: 0 means unknown
  EXPECT_EQ(york.cluster[2], 101);
  EXPECT_EQ(york.vector_class[0], 3);
  EXPECT_EQ(york.vector_class[1], 8);
  EXPECT_EQ(york.vector_class[2], 41);
  EXPECT_EQ(lex.value().Find(NerLexicon::KeyOf("the")).vector_class[2], 0);
  EXPECT_EQ(york.capitalised, NerLexicon::CapitalisedBin(99));
  EXPECT_EQ(lex.value().Find(NerLexicon::KeyOf("the")).capitalised, 1);
  // "port" only starts names; "port selby" is one and starts a longer one.
  const NerLexicon::Entry first = lex.value().Find(NerLexicon::KeyOf("port"));
  EXPECT_EQ(first.lists, 0);
  EXPECT_TRUE(first.continues);
  const uint64_t new_york = NerLexicon::Extend(NerLexicon::KeyOf("port"), "selby");
  EXPECT_EQ(new_york, NerLexicon::KeyOf("port selby"));
  EXPECT_TRUE(lex.value().Find(new_york).continues);
  EXPECT_EQ(lex.value().Find(new_york).lists, NerLexicon::ListBit('T'));
  // Names are split into the tagger's tokens: "Corp." keeps its period.
  EXPECT_EQ(lex.value().Find(NerLexicon::KeyOf("acme corp.")).lists, NerLexicon::ListBit('O'));
  EXPECT_EQ(lex.value().Find(NerLexicon::KeyOf("boston")).lists, 0);

  const std::string bytes = lex.value().Serialize();
  auto parsed = NerLexicon::Parse(bytes);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value().Serialize(), bytes);
  EXPECT_EQ(parsed.value().Find(new_york).lists, NerLexicon::ListBit('T'));
  EXPECT_FALSE(NerLexicon::Parse(bytes.substr(0, bytes.size() - 1)).ok());
  EXPECT_FALSE(NerLexicon::FromTables("York\n", "").ok());        // no lists column
  EXPECT_FALSE(NerLexicon::FromTables("", "york\t5\tx\t1\t2\t3\t1\t2\t3\n").ok());
  EXPECT_FALSE(NerLexicon::FromTables("", "york\t5\t50\t1\t2\t3\n").ok());  // no vector classes
  EXPECT_FALSE(NerLexicon::FromTables("", "york\t5\t50\t1\t2\t-2\t1\t2\t3\n").ok());
  EXPECT_FALSE(NerLexicon::FromTables("", "york\t5\t50\t1\t2\t3\t-1\t2\t3\n").ok());  // all or none
  // The serialized lexicon keeps fine vector classes only, so they must nest in the coarser ones.
  EXPECT_FALSE(
      NerLexicon::FromTables("", "york\t5\t50\t1\t2\t3\t1\t2\t3\nhull\t5\t50\t1\t2\t3\t1\t4\t3\n")
          .ok());
  EXPECT_TRUE(
      NerLexicon::FromTables("", "york\t5\t50\t1\t2\t3\t1\t2\t3\nhull\t5\t50\t1\t4\t3\t1\t2\t3\n")
          .ok());
  // A word without a vector ("1990s": digits) keeps its classes in the text, and the reverse.
  auto no_vector = NerLexicon::FromTables(
      "", "1990s\t5\t0\t4\t5\t6\t-1\t-1\t-1\nkowalczyk\t0\t-1\t-1\t-1\t-1\t2\t3\t4\n");
  ASSERT_TRUE(no_vector.ok()) << no_vector.status().message();
  const NerLexicon::Entry e = no_vector.value().Find(NerLexicon::KeyOf("1990s"));
  EXPECT_EQ(e.capitalised, NerLexicon::CapitalisedBin(0));
  EXPECT_EQ(e.cluster[2], 7);
  EXPECT_EQ(e.vector_class[2], 0);
  const NerLexicon::Entry k = no_vector.value().Find(NerLexicon::KeyOf("kowalczyk"));
  EXPECT_EQ(k.cluster[2], 0);
  EXPECT_EQ(k.vector_class[2], 5);
  const auto reparsed = NerLexicon::Parse(no_vector.value().Serialize());
  ASSERT_TRUE(reparsed.ok());
  EXPECT_EQ(reparsed.value().Find(NerLexicon::KeyOf("kowalczyk")).vector_class[1], 4);
  EXPECT_EQ(NerLexicon::FoldWord("Ebru1990"), "ebru0000");
}

TEST(NerLexiconTest, ListedNamesAndClustersAddFeatures) {
  auto lex = NerLexicon::FromTables(kGazetteer, kClusters);
  ASSERT_TRUE(lex.ok());
  const NerDocument doc = {{"in", "Port", "Selby", "today"}};
  const NerDocument other = {{"in", "Pork", "Selbx", "today"}};
  const auto with = ExtractNerFeatures(doc, &lex.value());
  const auto without = ExtractNerFeatures(other, &lex.value());
  // "Port": list part B-T twice (plain and with case); "Selby": L-T and U-S twice. Both
  // documents have cluster and capitalisation features (known or unknown).
  EXPECT_EQ(with[0].Of(1).size(), without[0].Of(1).size() + 2);
  EXPECT_EQ(with[0].Of(2).size(), without[0].Of(2).size() + 4);
  // The identity features come first and are counted for the dropout.
  EXPECT_GE(with[0].identity[1], 6);
  EXPECT_LT(with[0].identity[1], with[0].Of(1).size());
}

TEST(NerModelTest, TheLexiconTravelsInTheModelFile) {
  auto docs = ParseIob(ReadFixture("ner_tiny.iob"));
  ASSERT_TRUE(docs.ok());
  auto lex = NerLexicon::FromTables(kGazetteer, kClusters);
  ASSERT_TRUE(lex.ok());
  NerTrainOptions options;
  options.epochs = 3;
  options.identity_dropout = 0.3f;
  const NerModel model = TrainNer(docs.value(), {}, lex.value(), options, [](const std::string&) {});
  auto parsed = NerModel::Parse(model.Serialize());
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value().lexicon().size(), lex.value().size());
  EXPECT_EQ(parsed.value().lexicon().Serialize(), lex.value().Serialize());
}

TEST(WordClustersTest, WordsWhoseVectorsPointAlikeShareAClass) {
  // Three groups of words along three directions, with a little of the others mixed in; the
  // lengths differ (k-means works on directions).
  const std::vector<std::vector<float>> rows = {
      {5, 0.2f, 0.1f}, {1, 0.1f, 0.0f}, {2, 0.0f, 0.3f},      // weekdays
      {0.1f, 3, 0.2f}, {0.3f, 1, 0.0f}, {0.0f, 2, 0.1f},      // towns
      {0.2f, 0.1f, 4}, {0.0f, 0.3f, 1}, {0.1f, 0.0f, 0.5f}};  // surnames
  std::vector<float> vectors;
  for (const auto& r : rows) vectors.insert(vectors.end(), r.begin(), r.end());
  const WordClasses wc = ClassesFromVectors(vectors, 3, {2, 3, 3}, 20, [](const std::string&) {});
  ASSERT_EQ(wc.fine.size(), rows.size());
  for (size_t group = 0; group < 3; ++group) {
    for (size_t i = 1; i < 3; ++i) {
      EXPECT_EQ(wc.fine[group * 3 + i], wc.fine[group * 3]) << group << " " << i;
    }
  }
  EXPECT_NE(wc.fine[0], wc.fine[3]);
  EXPECT_NE(wc.fine[0], wc.fine[6]);
  EXPECT_NE(wc.fine[3], wc.fine[6]);
  // Nested: words of one fine class share their medium and coarse classes.
  for (size_t i = 0; i < rows.size(); ++i) {
    for (size_t j = 0; j < rows.size(); ++j) {
      if (wc.fine[i] == wc.fine[j]) {
        EXPECT_EQ(wc.medium[i], wc.medium[j]);
        EXPECT_EQ(wc.coarse[i], wc.coarse[j]);
      }
    }
  }
  std::set<int> coarse(wc.coarse.begin(), wc.coarse.end());
  EXPECT_EQ(coarse.size(), 2u);
  EXPECT_EQ(ClassesFromVectors(vectors, 3, {2, 3, 3}, 20, [](const std::string&) {}).fine,
            wc.fine);  // deterministic
}

TEST(WordClustersTest, WordsInTheSameContextsShareAClass) {
  ClusterCorpus corpus;
  const std::vector<std::string> days = {"monday", "tuesday", "friday"};
  const std::vector<std::string> animals = {"cat", "dog", "horse"};
  for (int round = 0; round < 30; ++round) {
    for (const std::string& d : days) corpus.AddSentence({"we", "met", "on", d, "."});
    for (const std::string& a : animals) corpus.AddSentence({"the", a, "ran", "away", "."});
  }
  corpus.Finish(2);
  const std::vector<int> cls = corpus.Cluster(4, 20, [](const std::string&) {});
  ASSERT_EQ(cls.size(), corpus.words().size());
  auto class_of = [&](const std::string& w) {
    const auto& words = corpus.words();
    return cls[static_cast<size_t>(std::find(words.begin(), words.end(), w) - words.begin())];
  };
  EXPECT_EQ(class_of("monday"), class_of("tuesday"));
  EXPECT_EQ(class_of("monday"), class_of("friday"));
  EXPECT_EQ(class_of("cat"), class_of("dog"));
  EXPECT_EQ(class_of("cat"), class_of("horse"));
  EXPECT_NE(class_of("monday"), class_of("cat"));
  EXPECT_EQ(corpus.Cluster(4, 20, [](const std::string&) {}), cls);  // deterministic
}

TEST(WordClustersTest, WordsWithoutAVectorJoinTheClassOfWordsInTheirPlaces) {
  // "tuesday" and "horse" have no vector; "zebra" is rare (left out).
  ClusterCorpus corpus;
  for (int round = 0; round < 5; ++round) {
    for (const char* day : {"monday", "friday", "tuesday"}) {
      corpus.AddSentence({"we", "met", "on", day});
    }
    for (const char* animal : {"cat", "dog", "horse"}) corpus.AddSentence({"the", animal, "ran"});
  }
  corpus.AddSentence({"the", "zebra", "ran"});
  corpus.Finish(2);
  const std::vector<std::string>& words = corpus.words();
  auto id = [&](const std::string& w) {
    return static_cast<size_t>(std::find(words.begin(), words.end(), w) - words.begin());
  };
  std::vector<int> fine(words.size(), -2);  // "<rare>" (zebra) stays -2
  const std::vector<std::pair<std::string, int>> classes = {
      {"we", 0}, {"met", 1}, {"on", 2}, {"monday", 3}, {"friday", 3}, {"the", 4},
      {"cat", 5}, {"dog", 5}, {"ran", 6}, {"tuesday", -1}, {"horse", -1}};
  for (const auto& [w, c] : classes) fine[id(w)] = c;
  const std::vector<int> filled = corpus.PlaceByNeighbours(fine, 7);
  EXPECT_EQ(filled[id("tuesday")], 3);  // a day
  EXPECT_EQ(filled[id("horse")], 5);    // an animal
  EXPECT_EQ(filled[id("<rare>")], -2);
  fine[id("tuesday")] = fine[id("horse")] = 0;
  EXPECT_EQ(corpus.PlaceByNeighbours(fine, 7), fine);  // nothing to place
}

}  // namespace
}  // namespace precis::entities
