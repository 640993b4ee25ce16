#include "entities/ner_corpus.h"

#include <algorithm>

namespace precis::entities {
namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

Prf MakePrf(size_t gold, size_t predicted, size_t correct) {
  Prf p;
  p.gold = gold;
  p.predicted = predicted;
  p.correct = correct;
  p.precision = predicted ? 100.0 * static_cast<double>(correct) / static_cast<double>(predicted) : 0;
  p.recall = gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0;
  p.f1 = p.precision + p.recall > 0 ? 2 * p.precision * p.recall / (p.precision + p.recall) : 0;
  return p;
}

}  // namespace

NerDocument IobDocument::Words() const {
  NerDocument doc;
  for (const IobSentence& s : sentences) doc.push_back(s.words);
  return doc;
}

StatusOr<std::vector<IobDocument>> ParseIob(std::string_view text) {
  std::vector<IobDocument> docs(1);
  IobSentence sentence;
  int open = -1, open_type = -1;  // the name being read
  auto close_name = [&] {
    if (open >= 0) sentence.names.push_back({open, static_cast<int>(sentence.words.size()), open_type});
    open = -1;
  };
  auto end_sentence = [&] {
    close_name();
    if (!sentence.words.empty()) docs.back().sentences.push_back(std::move(sentence));
    sentence = IobSentence();
  };
  size_t line_number = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> fields = Fields(line);
    if (fields.empty()) {
      end_sentence();
      continue;
    }
    if (fields[0] == "-DOCSTART-") {
      end_sentence();
      if (!docs.back().sentences.empty()) docs.emplace_back();
      continue;
    }
    if (fields.size() < 2) {
      return Status::InvalidArgument("line " + std::to_string(line_number) +
                                     ": expected a word and a tag");
    }
    const std::string_view tag = fields.back();
    const int index = static_cast<int>(sentence.words.size());
    if (tag == "O") {
      close_name();
    } else {
      const int type = tag.size() > 2 && tag[1] == '-' ? NerTypeFromConll(tag.substr(2)) : -1;
      if (type < 0 || (tag[0] != 'B' && tag[0] != 'I')) {
        return Status::InvalidArgument("line " + std::to_string(line_number) + ": unknown tag \"" +
                                       std::string(tag) + "\"");
      }
      // IOB2 opens on B; IOB1 only where the type changes or B separates two names.
      if (tag[0] == 'B' || open < 0 || open_type != type) {
        close_name();
        open = index;
        open_type = type;
      }
    }
    sentence.words.emplace_back(fields[0]);
  }
  end_sentence();
  if (docs.back().sentences.empty()) docs.pop_back();
  return docs;
}

void NerScore::Add(const std::vector<LabeledSpan>& gold, const std::vector<LabeledSpan>& predicted) {
  for (const LabeledSpan& g : gold) ++gold_[static_cast<size_t>(g.type)];
  for (const LabeledSpan& p : predicted) {
    ++predicted_[static_cast<size_t>(p.type)];
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) ++correct_[static_cast<size_t>(p.type)];
  }
}

Prf NerScore::OfType(int type) const {
  const auto t = static_cast<size_t>(type);
  return MakePrf(gold_[t], predicted_[t], correct_[t]);
}

Prf NerScore::Micro() const {
  size_t g = 0, p = 0, c = 0;
  for (size_t t = 0; t < kNerTypes; ++t) {
    g += gold_[t];
    p += predicted_[t];
    c += correct_[t];
  }
  return MakePrf(g, p, c);
}

}  // namespace precis::entities
