// The pipeline, in order: structure -> sentences -> tokens -> scores -> selection -> entities ->
// keyphrases -> Result. Every span is a byte offset into the caller's original text.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "analysis.h"
#include "entities/groups.h"
#include "entities/rules.h"
#include "entities/tagger.h"
#include "precis/precis.h"
#include "rank/budget.h"
#include "rank/keyphrases.h"
#include "rank/rankers.h"
#include "rank/select.h"
#include "text/roles.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace precis {
namespace {

constexpr double kWordsPerMinute = 230.0;
constexpr size_t kMaxKeyphrases = 8;

// A product, event, organisation or road named with a number at its end: "Euro 96", "FTSE 100",
// "Flight 150", "Xbox 360", "Interstate 95". The number is a bare one standing as the name's last
// word, after words only (not "Zealand.[16" of a citation mark, not a web address).
bool EndsInItsNumber(std::string_view text, const entities::Mention& name,
                     const entities::Mention& number) {
  if (name.type == EntityType::kPerson) return false;
  // The count may go on past the name with what it counts ("the Super 14 teams").
  const bool counts_on =
      number.type == EntityType::kQuantity && number.end > name.end && text[name.end] == ' ';
  if ((number.end != name.end && !counts_on) || number.start <= name.start + 1 ||
      number.start >= name.end || text[number.start - 1] != ' ') {
    return false;
  }
  if (!entities::AllDigits(text.substr(number.start, name.end - number.start))) return false;
  const std::string_view words = text.substr(name.start, number.start - name.start);
  return std::all_of(words.begin(), words.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalpha(u) || u >= 0x80 || c == ' ' || c == '-' || c == '&' || c == '\'';
  });
}

// A year opening an event's or a club's name: "1997 Fed Cup", "1966-76 Cultural Revolution",
// "1860 Munich". Four digits, or a span of years, before the name's words; or a century in
// capitals ("20th Century Fox", "21st Century Fund").
bool OpensWithItsYear(std::string_view text, const entities::Mention& name,
                      const entities::Mention& number) {
  if (name.type != EntityType::kMisc && name.type != EntityType::kOrg) return false;
  if (number.start != name.start || number.end + 1 >= name.end || text[number.end] != ' ') {
    return false;
  }
  const std::string_view year = text.substr(number.start, number.end - number.start);
  if (year.ends_with(" Century")) return true;
  const size_t dash = year.find('-');
  if (dash == std::string_view::npos) return year.size() == 4 && entities::AllDigits(year);
  return dash == 4 && entities::AllDigits(year.substr(0, 4)) &&
         entities::AllDigits(year.substr(5)) && year.size() - 5 <= 4 && year.size() - 5 >= 2;
}

// A weekday or a month written as a word, inside a longer name: the name's own word ("Sunday
// Times", "Million Man March", "Sheffield Wednesday"), not a date. Not a weekday after "the"
// and one name ("told the Post Wednesday": newswire's day of the event).
bool HoldsItsDayWord(std::string_view text, const entities::Mention& name,
                     const entities::Mention& number) {
  if (number.type != EntityType::kDate || number.start < name.start || number.end > name.end) {
    return false;
  }
  const std::string_view whole = text.substr(name.start, name.end - name.start);
  const std::string_view word = text.substr(number.start, number.end - number.start);
  if (whole.find(' ') == std::string_view::npos ||
      std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const bool weekday_last =
      number.end == name.end && word.size() >= 6 && word.substr(word.size() - 3) == "day";
  const std::string_view before = text.substr(0, name.start);
  const bool after_the = before.size() >= 4 && (before.substr(before.size() - 4) == "the " ||
                                                before.substr(before.size() - 4) == "The ");
  return !(weekday_last && after_the);
}

// Entities of one sentence: numeric rules first, then the tagger's names that overlap none —
// except a name whose number or day word is its own (above), which keeps it.
std::vector<entities::Mention> SentenceMentions(std::string_view text,
                                                const std::vector<text::Token>& tokens,
                                                const std::vector<entities::Mention>& names,
                                                std::string_view language) {
  std::vector<entities::Mention> numbers = entities::FindNumericEntities(text, tokens, language);
  // A currency the tagger names before an amount ("C$ 0.45", "A$ 100 million": CoNLL-2003 tags
  // "C$" MISC) stays the name's; the amount starts after it.
  for (entities::Mention& f : numbers) {
    if (f.type != EntityType::kMoney) continue;
    for (const entities::Mention& m : names) {
      if (m.start != f.start || m.end >= f.end) continue;
      const std::string_view prefix = text.substr(m.start, m.end - m.start);
      if (prefix.empty() || prefix.back() != '$') continue;
      size_t start = m.end;
      while (start < f.end && text[start] == ' ') ++start;
      if (start < f.end && text[start] >= '0' && text[start] <= '9') f.start = start;
    }
  }
  std::vector<bool> taken(numbers.size(), false);  // inside a name
  std::vector<entities::Mention> kept_names;
  for (const entities::Mention& m : names) {
    bool overlaps = false;
    bool holds = true;
    for (const entities::Mention& f : numbers) {
      if (!(m.start < f.end && f.start < m.end)) continue;
      overlaps = true;
      holds = holds && (EndsInItsNumber(text, m, f) || OpensWithItsYear(text, m, f) ||
                        HoldsItsDayWord(text, m, f));
    }
    if (overlaps && !holds) continue;
    for (size_t i = 0; i < numbers.size(); ++i) {
      if (m.start < numbers[i].end && numbers[i].start < m.end) taken[i] = true;
    }
    kept_names.push_back(m);
  }
  std::vector<entities::Mention> found;
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (!taken[i]) found.push_back(numbers[i]);
  }
  found.insert(found.end(), kept_names.begin(), kept_names.end());
  return found;
}

// Spans computed on the text of an HTML page point back into the page's bytes.
void MapToOriginal(const text::HtmlText& html, Result* r) {
  auto map = [&](auto& span) {
    const size_t start = html.OriginalStart(span.start);
    span.end = span.end > span.start ? html.OriginalEnd(span.end) : start;
    span.start = start;
  };
  for (auto& p : r->paragraphs) map(p);
  for (auto& s : r->sentences) map(s);
  for (auto& e : r->entities) map(e);
}

}  // namespace

struct Article::State {
  std::string text;  // owned; the analysis points into it, so State never moves
  std::string title_option;
  std::string language_option;
  std::string page_language_option;
  std::optional<Analysis> analysis;
  std::vector<std::vector<entities::Mention>> names;  // per sentence
};

StatusOr<Article> Article::Prepare(std::string text, const Options& options) {
  auto state = std::make_shared<State>();
  state->text = std::move(text);
  state->title_option = options.title;
  state->language_option = options.language;
  state->page_language_option = options.page_language;
  StatusOr<Analysis> analyzed = Analyze(state->text, options);
  if (!analyzed.ok()) return analyzed.status();
  state->analysis = std::move(analyzed).value();
  const Analysis& a = *state->analysis;
  // Names only in English: the model was trained on English news, and for another language no
  // name is better than a wrong one. The whole document is tagged (other occurrences of a word
  // are features); boilerplate sentences give context but no entities.
  // Headings are set in title case: their capitalised common words are not names by default.
  const std::shared_ptr<const entities::NerModel> model = entities::ActiveNerModel();
  std::vector<bool> headings(a.spans.size());
  for (size_t i = 0; i < a.spans.size(); ++i) headings[i] = a.roles[i] == text::Role::kHeading;
  state->names = a.english() && model != nullptr
                     ? entities::FindNames(a.body(), a.spans, *model, headings)
                     : std::vector<std::vector<entities::Mention>>(a.spans.size());
  return Article(std::move(state));
}

Status LoadNameModel(std::string_view bytes) { return entities::UseNerModel(bytes); }

bool HasNameModel() { return entities::ActiveNerModel() != nullptr; }

const std::string& Article::text() const { return state_->text; }
const std::string& Article::title_option() const { return state_->title_option; }
const std::string& Article::language_option() const { return state_->language_option; }
const std::string& Article::page_language_option() const { return state_->page_language_option; }

namespace {

// "By …", "Von …", "Posted by …", "… Immortality By Dan Levy": a line that names its writer as a
// byline does, with the word that introduces the writer.
bool SaysBy(std::string_view line) {
  std::string folded(line.substr(0, 200));
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  folded.insert(folded.begin(), ' ');
  for (std::string_view by : {" by ", " by:", " von ", " par ", " por ", " door "}) {
    if (folded.find(by) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

StatusOr<Result> Summarize(std::string_view input, const Options& options) {
  // Checked before the copy Prepare makes, with the same message Analyze gives.
  if (Status size = CheckInputSize(input.size()); !size.ok()) return size;
  StatusOr<Article> article = Article::Prepare(std::string(input), options);
  if (!article.ok()) return article.status();
  return article.value().Summarize(options);
}

StatusOr<Result> Article::Summarize(const Options& options) const {
  if (Status valid = ValidateOptions(options); !valid.ok()) return valid;
  const Analysis& a = *state_->analysis;
  const std::string_view body = a.body();
  const std::vector<text::Span>& spans = a.spans;
  const std::vector<bool>& boilerplate = a.boilerplate;
  const rank::SentenceTerms& terms = a.terms;

  Result result;
  result.title = a.title;
  result.language = a.language;
  result.language_source = a.language_source;
  result.warnings = a.warnings;
  for (const text::Span& p : a.doc.paragraphs) result.paragraphs.push_back({p.start, p.end});

  // Scores, ranks, selection.
  const std::vector<double> scores =
      rank::ScoreSentences(terms, options.algorithm, rank::BudgetOf(terms, options));
  result.summary = rank::SelectSentences(terms, scores, options);
  const std::vector<int> order = rank::RankOrder(terms, scores);
  result.sentences.resize(spans.size());
  for (size_t r = 0; r < order.size(); ++r) {
    result.sentences[static_cast<size_t>(order[r])].rank = static_cast<int>(r) + 1;
  }
  for (size_t i = 0; i < spans.size(); ++i) {
    Sentence& s = result.sentences[i];
    s.start = spans[i].start;
    s.end = spans[i].end;
    s.text = text::SentenceText(body, spans[i]);
    s.score = scores[i];
    s.boilerplate = boilerplate[i];
    s.role = std::string(text::RoleName(a.roles[i]));
  }
  for (int i : result.summary) {
    result.sentences[static_cast<size_t>(i)].selected = true;
    result.stats.summary_words += static_cast<size_t>(terms.words[static_cast<size_t>(i)]);
  }

  // Entities and their groups.
  const std::vector<std::vector<entities::Mention>>& names = state_->names;
  std::vector<entities::MentionInContext> mentions;
  for (size_t i = 0; i < spans.size(); ++i) {
    // Names in navigation and credits are noise, not content; a byline's writer is the
    // Result's byline, not one of the story's names (nor its "42 minutes ago" a quantity). Only
    // a line that says "By": a name and a job ("Gloria Steinem, writer and activist", one of an
    // open letter's signatories) is a byline to the line rules too.
    if (boilerplate[i] || (a.roles[i] == text::Role::kByline &&
                           SaysBy(body.substr(spans[i].start, spans[i].end - spans[i].start)))) {
      continue;
    }
    const bool running_text = text::IsSummarizable(a.roles[i]);
    for (const entities::Mention& m : SentenceMentions(body, a.tokens[i], names[i], a.language)) {
      mentions.push_back({m, i, result.sentences[i].selected, running_text});
    }
  }
  entities::GroupedEntities grouped =
      entities::GroupMentions(body, std::move(mentions), result.title, spans.size());
  result.entities = std::move(grouped.entities);
  result.groups = std::move(grouped.groups);

  for (const auto& k : rank::ExtractKeyphrases(body, a.tokens, terms.excluded, kMaxKeyphrases,
                                                     a.language)) {
    result.keyphrases.push_back({k.text, k.score});
  }

  if (a.article) MapToOriginal(a.article->text, &result);
  result.stats.characters = text::CountCodePoints(body);
  result.stats.words = a.words;
  result.stats.sentences = spans.size();
  result.stats.reading_minutes = static_cast<double>(a.words) / kWordsPerMinute;
  return result;
}

}  // namespace precis
