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
#include "entities/ner_train.h"
#include "entities/tagger.h"

namespace {

using precis::entities::IobDocument;
using precis::entities::NerModel;

constexpr const char* kNerUsage = R"(usage:
  precis ner train --train FILE --dev FILE --out MODEL [--epochs N] [--min-count N]
                   [--min-weight W] [--case-copies N]
                   averaged perceptron; keeps the best epoch on --dev; every Nth document
                   is also learned in capitals and in lowercase
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

int Train(const Flags& f) {
  for (const char* required : {"--train", "--dev", "--out"}) {
    if (!f.values.count(required)) return Fail(std::string("missing ") + required, 2);
  }
  precis::entities::NerTrainOptions options;
  try {
    if (f.values.count("--epochs")) options.epochs = std::stoi(f.values.at("--epochs"));
    if (f.values.count("--min-count")) options.min_count = std::stoi(f.values.at("--min-count"));
    if (f.values.count("--min-weight")) options.min_weight = std::stof(f.values.at("--min-weight"));
    if (f.values.count("--case-copies")) {
      options.case_copies_every = std::stoi(f.values.at("--case-copies"));
    }
  } catch (const std::exception&) {
    return Fail("--epochs, --min-count and --min-weight take numbers", 2);
  }
  std::vector<IobDocument> train, dev;
  std::string error;
  if (!LoadIob(f.values.at("--train"), &train, &error) ||
      !LoadIob(f.values.at("--dev"), &dev, &error)) {
    return Fail(error, 1);
  }
  const auto start = std::chrono::steady_clock::now();
  const NerModel model = precis::entities::TrainNer(
      train, dev, options, [](const std::string& line) { std::cerr << line << "\n"; });
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
    const auto features = precis::entities::ExtractNerFeatures(d.Words());
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      const auto& sentence = d.sentences[s];
      const auto gold = precis::entities::LabelsFromSpans(sentence.names,
                                                          static_cast<int>(sentence.words.size()));
      const auto predicted =
          precis::entities::LabelsFromSpans(precis::entities::SpansFromLabels(model.Tag(features[s])),
                                            static_cast<int>(sentence.words.size()));
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
  return Fail("unknown subcommand " + sub, 2);
}
