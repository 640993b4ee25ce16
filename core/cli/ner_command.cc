#include "ner_command.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "entities/ner_corpus.h"
#include "entities/ner_lexicon.h"
#include "entities/ner_tokens.h"
#include "entities/ner_train.h"
#include "entities/tagger.h"
#include "entities/word_clusters.h"
#include "text/utf8.h"

namespace {

using precis::entities::IobDocument;
using precis::entities::NerModel;

constexpr const char* kNerUsage = R"(usage:
  precis ner train --train FILE[,FILE...] [--dev FILE] --out MODEL [--epochs N] [--min-count N]
                   [--min-weight W] [--case-copies N] [--identity-dropout P] [--runs R]
                   [--gazetteer TSV] [--clusters TSV]
                   averaged perceptron (the mean of R learnt in different document orders);
                   keeps the best epoch on --dev (the last without one);
                   every Nth document is also learned in capitals and in lowercase; the
                   gazetteer and clusters tables become the model's lexicon
  precis ner train ... --folds K [--fold N]
                   cross-validation instead: K models, each tested on one K-th of the
                   --train documents; prints the mean F1 per epoch (writes no model);
                   --fold N runs only the Nth (to run folds in parallel)
  precis ner clusters FILE[,FILE...] --embeddings VECTORS --out TSV [--classes 32,128,512]
                   [--vector-classes 32,128,1024] [--min-count N] [--iterations N]
                   [--cluster-words N] [--add-words N]
                   word classes (exchange algorithm) and capitalised shares from unlabeled
                   text (one sentence per line), and word classes by k-means of word vectors
                   ("word v1 v2 ..." per line)
  precis ner eval FILE|- [--model MODEL] [--json] [--case upper|lower]
                   exact-span precision/recall/F1 per type and micro-averaged (CoNLL)
  precis ner tag FILE|- [--model MODEL] [--case upper|lower]
                   the IOB file with the predicted IOB2 tag appended to each line
Without --model the built-in model is used.
)";

int Fail(const std::string& message, int code) {
  std::cerr << "precis ner: " << message << "\n";
  if (code == 2) std::cerr << kNerUsage;
  return code;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
    *out = buffer.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

bool LoadIob(const std::string& path, std::vector<IobDocument>* docs, std::string* error) {
  std::string text;
  if (!ReadFile(path, &text)) {
    *error = "cannot read " + path;
    return false;
  }
  auto parsed = precis::entities::ParseIob(text);
  if (!parsed.ok()) {
    *error = path + ": " + parsed.status().message();
    return false;
  }
  *docs = std::move(parsed).value();
  return true;
}

// --case upper|lower: the file's words recased, to measure robustness to shouting or lowercase.
bool Recase(const std::map<std::string, std::string>& values, std::vector<IobDocument>* docs,
            std::string* error) {
  auto it = values.find("--case");
  if (it == values.end()) return true;
  if (it->second != "upper" && it->second != "lower") {
    *error = "--case takes upper or lower";
    return false;
  }
  for (IobDocument& d : *docs) d = precis::entities::ChangeCase(d, it->second == "upper");
  return true;
}

struct Flags {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
  bool json = false;
};

bool ParseFlags(int argc, char** argv, Flags* f, std::string* error) {
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json") {
      f->json = true;
    } else if (a.rfind("--", 0) == 0 && a != "-") {
      if (i + 1 >= argc) {
        *error = a + " needs a value";
        return false;
      }
      f->values[a] = argv[++i];
    } else {
      f->positional.push_back(a);
    }
  }
  return true;
}

// The model named by --model, else the built-in one.
bool LoadModel(const Flags& f, NerModel* model, std::string* error) {
  auto it = f.values.find("--model");
  if (it == f.values.end()) {
    const NerModel* built_in = precis::entities::BuiltInNerModel();
    if (built_in == nullptr) {
      *error = "this build has no name model (core/models/ner_en.model is empty or damaged)";
      return false;
    }
    *model = *built_in;
    return true;
  }
  std::string bytes;
  if (!ReadFile(it->second, &bytes)) {
    *error = "cannot read " + it->second;
    return false;
  }
  auto parsed = NerModel::Parse(bytes);
  if (!parsed.ok()) {
    *error = it->second + ": " + parsed.status().message();
    return false;
  }
  *model = std::move(parsed).value();
  return true;
}

// The IOB file (recased if asked) and the model that eval and tag work on.
bool LoadInputs(const Flags& f, std::vector<IobDocument>* docs, NerModel* model,
                std::string* error) {
  return LoadIob(f.positional[0], docs, error) && LoadModel(f, model, error) &&
         Recase(f.values, docs, error);
}

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// The documents of one or more IOB files (comma-separated paths), in order.
bool LoadIobList(const std::string& paths, std::vector<IobDocument>* docs, std::string* error) {
  for (const std::string& path : SplitList(paths)) {
    std::vector<IobDocument> more;
    if (!LoadIob(path, &more, error)) return false;
    docs->insert(docs->end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  return true;
}

int Train(const Flags& f) {
  const bool cross_validate = f.values.count("--folds") > 0;
  for (const char* required : {"--train", "--out"}) {
    if (!f.values.count(required) && !(cross_validate && std::string(required) == "--out")) {
      return Fail(std::string("missing ") + required, 2);
    }
  }
  precis::entities::NerTrainOptions options;
  int folds = 0, only_fold = 0;
  try {
    if (f.values.count("--epochs")) options.epochs = std::stoi(f.values.at("--epochs"));
    if (f.values.count("--min-count")) options.min_count = std::stoi(f.values.at("--min-count"));
    if (f.values.count("--min-weight")) options.min_weight = std::stof(f.values.at("--min-weight"));
    if (f.values.count("--case-copies")) {
      options.case_copies_every = std::stoi(f.values.at("--case-copies"));
    }
    if (f.values.count("--identity-dropout")) {
      options.identity_dropout = std::stof(f.values.at("--identity-dropout"));
    }
    if (f.values.count("--runs")) options.runs = std::stoi(f.values.at("--runs"));
    if (cross_validate) folds = std::stoi(f.values.at("--folds"));
    if (f.values.count("--fold")) only_fold = std::stoi(f.values.at("--fold"));
  } catch (const std::exception&) {
    return Fail("--epochs, --min-count, --min-weight, --case-copies, --identity-dropout, --runs and --folds take numbers", 2);
  }
  if (cross_validate && folds < 2) return Fail("--folds takes 2 or more", 2);
  std::vector<IobDocument> train, dev;
  std::string error;
  if (!LoadIobList(f.values.at("--train"), &train, &error) ||
      (f.values.count("--dev") && !LoadIob(f.values.at("--dev"), &dev, &error))) {
    return Fail(error, 1);
  }
  std::string gazetteer, clusters;
  for (auto [flag, text] : {std::pair{"--gazetteer", &gazetteer}, std::pair{"--clusters", &clusters}}) {
    if (f.values.count(flag) && !ReadFile(f.values.at(flag), text)) {
      return Fail("cannot read " + f.values.at(flag), 1);
    }
  }
  auto lexicon = precis::entities::NerLexicon::FromTables(gazetteer, clusters);
  if (!lexicon.ok()) return Fail(lexicon.status().message(), 1);
  std::cerr << "lexicon: " << lexicon.value().size() << " words and names, "
            << lexicon.value().Serialize().size() << " bytes\n";
  const auto log = [](const std::string& line) { std::cerr << line << "\n"; };
  const auto start = std::chrono::steady_clock::now();
  if (cross_validate) {
    // Fold k holds every document whose index is k modulo K: each fold mixes the whole set.
    std::vector<double> sum;
    for (int k = 0; k < folds; ++k) {
      if (only_fold > 0 && k + 1 != only_fold) continue;
      std::vector<IobDocument> fit, held;
      for (size_t d = 0; d < train.size(); ++d) {
        (static_cast<int>(d % static_cast<size_t>(folds)) == k ? held : fit).push_back(train[d]);
      }
      std::vector<double> f1;
      precis::entities::TrainNer(fit, held, lexicon.value(), options,
                                 [&](const std::string& line) { std::cerr << "fold " << k + 1 << ": " << line << "\n"; },
                                 &f1);
      sum.resize(std::max(sum.size(), f1.size()), 0.0);
      for (size_t e = 0; e < f1.size(); ++e) sum[e] += f1[e];
    }
    const int ran = only_fold > 0 ? 1 : folds;
    size_t best = 0;
    for (size_t e = 0; e < sum.size(); ++e) {
      std::printf("epoch %zu: mean F1 over %d fold(s) %.2f\n", e + 1, ran, sum[e] / ran);
      if (sum[e] > sum[best]) best = e;
    }
    std::printf("best epoch %zu: %.2f\n", best + 1, sum.empty() ? 0.0 : sum[best] / ran);
    return 0;
  }
  const NerModel model = precis::entities::TrainNer(train, dev, lexicon.value(), options, log);
  const std::string bytes = model.Serialize();
  std::ofstream out(f.values.at("--out"), std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return Fail("cannot write " + f.values.at("--out"), 1);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "wrote " << f.values.at("--out") << ": " << model.feature_count() << " features, "
            << bytes.size() << " bytes, trained in " << static_cast<int>(seconds) << " s\n";
  return 0;
}

// The first `limit` vectors of a text file "word v1 v2 ..." (GloVe's format), row after row.
bool ReadVectors(const std::string& path, size_t limit, std::vector<std::string>* words,
                 std::vector<float>* vectors, size_t* dims, std::string* error) {
  std::string text;
  if (!ReadFile(path, &text)) {
    *error = "cannot read " + path;
    return false;
  }
  for (size_t start = 0; start < text.size() && words->size() < limit;) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::istringstream line(text.substr(start, end - start));
    std::string word;
    line >> word;
    std::vector<float> row;
    for (float v; line >> v;) row.push_back(v);
    if (!word.empty()) {
      if (*dims == 0) *dims = row.size();
      if (row.size() != *dims || *dims == 0) {
        *error = path + ": vector " + std::to_string(words->size() + 1) + " (" + word + ") has " +
                 std::to_string(row.size()) + " numbers, expected " + std::to_string(*dims);
        return false;
      }
      words->push_back(word);
      vectors->insert(vectors->end(), row.begin(), row.end());
    }
    start = end + 1;
  }
  return true;
}

// Word classes and capitalised shares from unlabeled text (one sentence per line), tokenized and
// folded exactly as the tagger does, and word classes from word vectors (a text file "word v1 v2
// ...", most frequent words first, as GloVe ships them). Rows: the text's words seen --min-count
// times, then the vectors' first --add-words words not among them. A text word without a vector
// gets the vector class of the words in its places; a vector word not in the text has no text
// classes (-1).
int Clusters(const Flags& f) {
  if (f.positional.size() != 1 || !f.values.count("--out") || !f.values.count("--embeddings")) {
    return Fail("clusters takes FILE[,FILE...], --embeddings VECTORS and --out", 2);
  }
  std::vector<int> classes = {32, 128, 512}, vector_classes = {32, 128, 1024};
  int min_count = 5, iterations = 20;
  size_t cluster_words = 150000, add_words = 75000;
  try {
    for (auto [flag, list] :
         {std::pair{"--classes", &classes}, std::pair{"--vector-classes", &vector_classes}}) {
      if (!f.values.count(flag)) continue;
      list->clear();
      for (const std::string& c : SplitList(f.values.at(flag))) list->push_back(std::stoi(c));
    }
    if (f.values.count("--min-count")) min_count = std::stoi(f.values.at("--min-count"));
    if (f.values.count("--iterations")) iterations = std::stoi(f.values.at("--iterations"));
    if (f.values.count("--cluster-words")) {
      cluster_words = std::stoul(f.values.at("--cluster-words"));
    }
    if (f.values.count("--add-words")) add_words = std::stoul(f.values.at("--add-words"));
  } catch (const std::exception&) {
    return Fail(
        "--classes, --vector-classes, --min-count, --iterations, --cluster-words and --add-words "
        "take numbers",
        2);
  }
  for (const auto* c : {&classes, &vector_classes}) {
    if (c->size() != 3 || (*c)[0] < 2 || (*c)[0] > 255 || (*c)[1] < (*c)[0] || (*c)[1] > 1023 ||
        (*c)[2] < (*c)[1] || (*c)[2] > 4095) {
      return Fail(
          "--classes and --vector-classes take three growing counts: coarse <= 255, medium <= "
          "1023, fine <= 4095",
          2);
    }
  }
  precis::entities::ClusterCorpus corpus;
  std::map<std::string, std::pair<int64_t, int64_t>> inside;  // word -> capitalised, all mid-sentence
  size_t sentences = 0, tokens = 0;
  for (const std::string& path : SplitList(f.positional[0])) {
    std::string text;
    if (!ReadFile(path, &text)) return Fail("cannot read " + path, 1);
    for (size_t start = 0; start < text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::vector<std::string> words;
      std::vector<bool> capitalised;
      size_t upper = 0, lower = 0;
      for (const auto& t : precis::entities::NerTokens(text, {start, end})) {
        words.push_back(precis::entities::NerLexicon::FoldWord(t.text));
        for (char c : t.text) {
          upper += c >= 'A' && c <= 'Z';
          lower += c >= 'a' && c <= 'z';
        }
        capitalised.push_back(t.text[0] >= 'A' && t.text[0] <= 'Z');
      }
      if (upper <= lower) {  // a line in capitals tells nothing about case
        for (size_t i = 1; i < words.size(); ++i) {
          auto& counts = inside[words[i]];
          counts.first += capitalised[i] ? 1 : 0;
          counts.second += 1;
        }
      }
      if (!words.empty()) {
        corpus.AddSentence(words);
        ++sentences;
        tokens += words.size();
      }
      start = end + 1;
    }
  }
  corpus.Finish(min_count);
  std::cerr << sentences << " sentences, " << tokens << " tokens, " << corpus.words().size()
            << " words seen " << min_count << "+ times\n";
  const auto log = [](const std::string& line) { std::cerr << line << "\n"; };
  std::vector<std::vector<int>> by_size;
  for (int c : classes) by_size.push_back(corpus.Cluster(c, iterations, log));
  std::vector<std::string> vector_words;
  std::vector<float> vectors;
  size_t dims = 0;
  if (std::string error; !ReadVectors(f.values.at("--embeddings"), cluster_words, &vector_words,
                                      &vectors, &dims, &error)) {
    return Fail(error, 1);
  }
  const precis::entities::WordClasses wc = precis::entities::ClassesFromVectors(
      std::move(vectors), dims, {vector_classes[0], vector_classes[1], vector_classes[2]}, 25, log);
  // A word with a digit is folded to zeros by the tagger ("1990" -> "0000"): its vector would
  // speak for every number of its shape, so such words keep only the text's classes.
  std::map<std::string, size_t> vector_of;
  for (size_t i = 0; i < vector_words.size(); ++i) {
    const std::string folded = precis::entities::NerLexicon::FoldWord(vector_words[i]);
    if (folded.find('0') == std::string::npos) vector_of.emplace(folded, i);
  }
  // The text's frequent words without a vector (GloVe's package leaves out stopwords and
  // contractions: "i", "yes", "i'm") join the vector class of words in the same places.
  std::map<std::string, size_t> text_row;
  std::vector<int> fine_of(corpus.words().size(), -2);  // per text word: class, -1 to place
  for (size_t w = 0; w < corpus.words().size(); ++w) {
    const std::string& word = corpus.words()[w];
    text_row.emplace(word, w);
    if (word == "<rare>") continue;
    const auto v = vector_of.find(word);
    fine_of[w] = v == vector_of.end() ? -1 : wc.fine[v->second];
  }
  fine_of = corpus.PlaceByNeighbours(std::move(fine_of), vector_classes[2]);
  std::map<int, std::pair<int, int>> upper_of;  // fine vector class -> medium, coarse
  for (size_t i = 0; i < wc.fine.size(); ++i) {
    upper_of.emplace(wc.fine[i], std::pair{wc.medium[i], wc.coarse[i]});
  }
  std::ofstream out(f.values.at("--out"), std::ios::binary);
  out << "# precis ner clusters: " << sentences << " sentences, " << tokens
      << " tokens; words seen " << min_count << "+ times; exchange classes " << classes[0] << ", "
      << classes[1] << ", " << classes[2] << "; k-means classes " << vector_classes[0] << ", "
      << vector_classes[1] << ", " << vector_classes[2] << " of the first " << vector_words.size()
      << " vectors (" << dims << " dimensions), rows for the first " << add_words
      << "; words without a vector placed by their neighbours\n# word<TAB>count<TAB>capitalised % "
         "inside sentences (-1: under 3 uses)"
      << "<TAB>coarse<TAB>medium<TAB>fine class in the text<TAB>coarse<TAB>medium<TAB>fine class of"
      << " the vector (-1: none)\n";
  auto put = [&](const std::string& word, int64_t count) {
    const auto it = inside.find(word);
    const int share = it == inside.end() || it->second.second < 3
                          ? -1
                          : static_cast<int>(100 * it->second.first / it->second.second);
    out << word << '\t' << count << '\t' << share;
    if (const auto t = text_row.find(word); t != text_row.end()) {
      out << '\t' << by_size[0][t->second] << '\t' << by_size[1][t->second] << '\t'
          << by_size[2][t->second];
    } else {
      out << "\t-1\t-1\t-1";
    }
    int fine = -1;
    if (const auto v = vector_of.find(word); v != vector_of.end()) {
      fine = wc.fine[v->second];
    } else if (const auto t = text_row.find(word); t != text_row.end()) {
      fine = fine_of[t->second];
    }
    if (const auto upper = upper_of.find(fine); upper != upper_of.end()) {
      out << '\t' << upper->second.second << '\t' << upper->second.first << '\t' << fine << '\n';
    } else {
      out << "\t-1\t-1\t-1\n";
    }
  };
  for (size_t w = 0; w < corpus.words().size(); ++w) {
    if (corpus.words()[w] != "<rare>") put(corpus.words()[w], corpus.counts()[w]);
  }
  for (size_t i = 0; i < vector_words.size() && i < add_words; ++i) {
    const std::string folded = precis::entities::NerLexicon::FoldWord(vector_words[i]);
    const auto v = vector_of.find(folded);
    if (v == vector_of.end() || v->second != i || text_row.count(folded)) continue;
    put(folded, 0);
  }
  if (!out) return Fail("cannot write " + f.values.at("--out"), 1);
  return 0;
}

int Eval(const Flags& f) {
  if (f.positional.size() != 1) return Fail("eval takes one IOB file", 2);
  std::vector<IobDocument> docs;
  NerModel model;
  if (std::string error; !LoadInputs(f, &docs, &model, &error)) return Fail(error, 1);
  const auto score = precis::entities::EvaluateNer(model, docs);
  static const char* kNames[] = {"PER", "ORG", "LOC", "MISC"};
  if (f.json) {
    std::cout << "{";
    for (int t = 0; t <= precis::entities::kNerTypes; ++t) {
      const auto p = t < precis::entities::kNerTypes ? score.OfType(t) : score.Micro();
      std::printf("%s\"%s\": {\"precision\": %.2f, \"recall\": %.2f, \"f1\": %.2f, \"gold\": %zu}",
                  t ? ", " : "", t < precis::entities::kNerTypes ? kNames[t] : "micro",
                  p.precision, p.recall, p.f1, p.gold);
    }
    std::printf("}\n");
    return 0;
  }
  std::printf("%-6s %9s %9s %9s %7s\n", "type", "precision", "recall", "F1", "gold");
  for (int t = 0; t <= precis::entities::kNerTypes; ++t) {
    const auto p = t < precis::entities::kNerTypes ? score.OfType(t) : score.Micro();
    std::printf("%-6s %9.2f %9.2f %9.2f %7zu\n", t < precis::entities::kNerTypes ? kNames[t] : "micro",
                p.precision, p.recall, p.f1, p.gold);
  }
  return 0;
}

int Tag(const Flags& f) {
  if (f.positional.size() != 1) return Fail("tag takes one IOB file", 2);
  std::vector<IobDocument> docs;
  NerModel model;
  if (std::string error; !LoadInputs(f, &docs, &model, &error)) return Fail(error, 1);
  for (const IobDocument& d : docs) {
    std::cout << "-DOCSTART- O\n\n";
    const auto found = precis::entities::TagDocument(d.Words(), {}, model);
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      const auto& sentence = d.sentences[s];
      const auto gold = precis::entities::LabelsFromSpans(sentence.names,
                                                          static_cast<int>(sentence.words.size()));
      const auto predicted =
          precis::entities::LabelsFromSpans(found[s], static_cast<int>(sentence.words.size()));
      auto iob2 = [](int label) {  // BILOU -> IOB2
        std::string name = precis::entities::LabelName(label);
        if (name[0] == 'L') name[0] = 'I';
        if (name[0] == 'U') name[0] = 'B';
        return name;
      };
      for (size_t i = 0; i < sentence.words.size(); ++i) {
        std::cout << sentence.words[i] << ' ' << iob2(gold[i]) << ' ' << iob2(predicted[i]) << '\n';
      }
      std::cout << '\n';
    }
  }
  return 0;
}

}  // namespace

int NerCommand(int argc, char** argv) {
  if (argc < 3) return Fail("missing subcommand", 2);
  const std::string sub = argv[2];
  Flags flags;
  std::string error;
  if (!ParseFlags(argc - 1, argv + 1, &flags, &error)) return Fail(error, 2);
  if (sub == "train") return Train(flags);
  if (sub == "eval") return Eval(flags);
  if (sub == "tag") return Tag(flags);
  if (sub == "clusters") return Clusters(flags);
  return Fail("unknown subcommand " + sub, 2);
}
