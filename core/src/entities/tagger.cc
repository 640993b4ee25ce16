#include "entities/tagger.h"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>

#include "entities/name_consistency.h"
#include "entities/ner_labels.h"
#include "entities/ner_tokens.h"
#include "text/stopwords.h"
#include "text/utf8.h"

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
  constexpr auto L = static_cast<size_t>(kNerLabels);
  const NerFeatures features(words, &model.lexicon());
  // Most of a token's keys depend on the word alone, and most tokens repeat a word already seen:
  // each form's own scores are summed once, when first met (on the 1 MB bench text a token has
  // 29.5 keys, of which 14.4 are now looked up).
  std::vector<float> form_scores(features.form_count() * L);
  std::vector<bool> form_done(features.form_count(), false);
  SentenceFeatures context, form_keys;
  std::vector<float> scores;
  std::vector<std::vector<LabeledSpan>> spans(words.size());
  for (size_t s = 0; s < words.size(); ++s) {
    features.Extract(s, &context, NerFeatures::Part::kContext);
    const auto n = static_cast<size_t>(context.size());
    scores.assign(n * L, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      const uint32_t form = features.FormOf(s, i);
      float* own = &form_scores[form * L];
      if (!form_done[form]) {
        features.FormKeys(form, &form_keys);
        model.AddWeights(form_keys.keys, own);
        form_done[form] = true;
      }
      float* row = &scores[i * L];
      std::copy(own, own + L, row);
      model.AddWeights(context.Of(static_cast<int>(i)), row);
    }
    spans[s] = SpansFromLabels(model.Decode(scores, static_cast<int>(n)));
  }
  MakeNamesConsistent(features, headings, model.lexicon(), &spans);
  return spans;
}

namespace {
constexpr uint16_t kPlaceLists =
    NerLexicon::ListBit('C') | NerLexicon::ListBit('T') | NerLexicon::ListBit('P');
}  // namespace

namespace {

// An editor's square brackets inside a name ("[Todd] Akin", "Jason [Levien]") are taken whole,
// so the name never shows one half ("Todd] Akin").
void BalanceBrackets(std::string_view text, Mention* m) {
  const std::string_view name = text.substr(m->start, m->end - m->start);
  const size_t open = name.find('[');
  const size_t close = name.find(']');
  if (close != std::string_view::npos && (open == std::string_view::npos || open > close) &&
      m->start > 0 && text[m->start - 1] == '[') {
    --m->start;
  }
  if (name.rfind('[') != std::string_view::npos &&
      name.find(']', name.rfind('[')) == std::string_view::npos && m->end < text.size() &&
      text[m->end] == ']') {
    ++m->end;
  }
}

// A photographer's credit glues the agency to the name ("James Martin/CNET", "Chris Ford /
// Reuters"): the person is the part before a slash that one capitalised word follows.
void CutAgency(std::string_view text, Mention* m) {
  const std::string_view name = text.substr(m->start, m->end - m->start);
  const size_t slash = name.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return;
  std::string_view agency = name.substr(slash + 1);
  while (!agency.empty() && agency.front() == ' ') agency.remove_prefix(1);
  if (agency.empty() || agency.find(' ') != std::string_view::npos ||
      !std::isupper(static_cast<unsigned char>(agency.front()))) {
    return;
  }
  size_t end = slash;
  while (end > 0 && (name[end - 1] == ' ' || name[end - 1] == '/')) --end;  // "Jo Roe // Harp"
  // At least a first name and a surname before it ("AC/DC" is a name of its own).
  if (name.substr(0, end).find(' ') == std::string_view::npos) return;
  m->end = m->start + end;
}

// Whether a name's text is a party and its state after a politician's name ("D-Ariz",
// "R-Texas", "D-N.Y."): a label, no person or organisation of its own.
bool IsPartyAndState(std::string_view name) {
  if (name.size() < 4 || name.size() > 12 || name[1] != '-' ||
      (name[0] != 'D' && name[0] != 'R' && name[0] != 'I') ||
      !std::isupper(static_cast<unsigned char>(name[2]))) {
    return false;
  }
  return std::all_of(name.begin() + 2, name.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '.';
  });
}

// Labels beside a name that the tagger takes for names: a generational suffix alone (after a
// comma it ends the name before it: "William F. Buckley, Jr.", grouped as "William F. Buckley",
// with "Buckley") and a politician's party and state in brackets or after a comma ("D-Day"
// is an event's name).
void DropNameLabels(std::string_view text, std::vector<Mention>* line) {
  std::erase_if(*line, [&](const Mention& m) {
    const std::string_view name = text.substr(m.start, m.end - m.start);
    const std::string_view before = text.substr(0, m.start);
    return name == "Jr." || name == "Jr" || name == "Sr." || name == "Sr" ||
           ((before.ends_with("(") || before.ends_with(", ")) && IsPartyAndState(name));
  });
}

}  // namespace

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
    const auto word = [&](int i) -> const std::string& { return words[s][static_cast<size_t>(i)]; };
    for (const LabeledSpan& whole : spans[s]) {
      // A name never runs over a line break ("Paula Broadwell" / "A.J. Daulerio" on two lines
      // of a list the segmenter kept as one sentence): each line's part is a name of its own. A
      // letter's salutation is no part of a name ("Dear George," → "George").
      int begin = whole.begin;
      if (whole.end - begin > 1 && EntityTypeOfNerType(whole.type) == EntityType::kPerson &&
          NerLexicon::FoldWord(word(begin)) == "dear") {
        ++begin;
      }
      for (int end = begin + 1; end <= whole.end; ++end) {
        const bool last = end == whole.end;
        if (!last) {
          const std::string_view gap = text.substr(tokens[s][static_cast<size_t>(end - 1)].end,
                                                   tokens[s][static_cast<size_t>(end)].start -
                                                       tokens[s][static_cast<size_t>(end - 1)].end);
          if (gap.find('\n') == std::string_view::npos) continue;
        }
        const LabeledSpan span{begin, end, whole.type};
        begin = end;
        const bool split = span.end - span.begin < whole.end - whole.begin;
        if (split && span.end - span.begin == 1 &&
            text::IsStopword(text::FoldCase(words[s][static_cast<size_t>(span.begin)]))) {
          continue;  // a line's lone function word ("Mark" / "You")
        }
        Mention m;
        m.start = tokens[s][static_cast<size_t>(span.begin)].start;
        m.end = tokens[s][static_cast<size_t>(span.end - 1)].end;
        BalanceBrackets(text, &m);
        m.type = EntityTypeOfNerType(span.type);
        if (m.type == EntityType::kPerson) CutAgency(text, &m);
        uint64_t key = NerLexicon::Start();
        for (int i = span.begin; i < span.end; ++i) {
          key = NerLexicon::Extend(key, NerLexicon::FoldWord(words[s][static_cast<size_t>(i)]));
        }
        m.listed_place = (model.lexicon().Find(key).lists & kPlaceLists) != 0;
        names[s].push_back(m);
      }
    }
  }
  for (std::vector<Mention>& line : names) DropNameLabels(text, &line);
  return names;
}

}  // namespace precis::entities
