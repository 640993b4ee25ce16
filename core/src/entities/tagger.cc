#include "entities/tagger.h"

#include <mutex>
#include <optional>

#include "text/utf8.h"

#include "entities/name_consistency.h"
#include "entities/ner_labels.h"
#include "entities/ner_tokens.h"

// Written by core/cmake/embed.cmake from the model file.
extern const unsigned char kPrecisNerModel[];
extern const unsigned long kPrecisNerModelSize;

namespace precis::entities {

const NerModel* BuiltInNerModel() {
  static const std::optional<NerModel> model = []() -> std::optional<NerModel> {
    StatusOr<NerModel> parsed = NerModel::Parse(std::string_view(
        reinterpret_cast<const char*>(kPrecisNerModel), kPrecisNerModelSize));
    if (!parsed.ok()) return std::nullopt;
    return std::move(parsed).value();
  }();
  return model ? &*model : nullptr;
}

namespace {
std::mutex loaded_mutex;
std::shared_ptr<const NerModel> loaded;  // set by UseNerModel
}  // namespace

std::shared_ptr<const NerModel> ActiveNerModel() {
  {
    const std::lock_guard<std::mutex> lock(loaded_mutex);
    if (loaded) return loaded;
  }
  // The built-in model lives as long as the program: a pointer that owns nothing.
  return std::shared_ptr<const NerModel>(std::shared_ptr<const NerModel>(), BuiltInNerModel());
}

Status UseNerModel(std::string_view bytes) {
  StatusOr<NerModel> parsed = NerModel::Parse(bytes);
  if (!parsed.ok()) return parsed.status();
  auto model = std::make_shared<const NerModel>(std::move(parsed).value());
  const std::lock_guard<std::mutex> lock(loaded_mutex);
  loaded = std::move(model);
  return Status::Ok();
}

std::vector<std::vector<LabeledSpan>> TagDocument(const NerDocument& words,
                                                  const std::vector<bool>& headings,
                                                  const NerModel& model) {
  const NerFeatures features(words, &model.lexicon());
  SentenceFeatures sentence_features;
  std::vector<float> emissions;
  std::vector<std::vector<LabeledSpan>> spans(words.size());
  for (size_t s = 0; s < words.size(); ++s) {
    features.Extract(s, &sentence_features);
    spans[s] = SpansFromLabels(model.Tag(sentence_features, &emissions));
  }
  MakeNamesConsistent(features, headings, model.lexicon(), &spans);
  return spans;
}

std::vector<std::vector<Mention>> FindNames(std::string_view text,
                                            const std::vector<text::Span>& sentences,
                                            const NerModel& model,
                                            const std::vector<bool>& headings) {
  std::vector<std::vector<NerToken>> tokens;
  NerDocument words;
  for (const text::Span& s : sentences) {
    tokens.push_back(NerTokens(text, s));
    std::vector<std::string>& w = words.emplace_back();
    for (NerToken& t : tokens.back()) w.push_back(std::move(t.text));
  }
  const std::vector<std::vector<LabeledSpan>> spans = TagDocument(words, headings, model);
  std::vector<std::vector<Mention>> names(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (const LabeledSpan& span : spans[s]) {
      Mention m;
      m.start = tokens[s][static_cast<size_t>(span.begin)].start;
      m.end = tokens[s][static_cast<size_t>(span.end - 1)].end;
      m.type = EntityTypeOfNerType(span.type);
      names[s].push_back(m);
    }
  }
  return names;
}

}  // namespace precis::entities
