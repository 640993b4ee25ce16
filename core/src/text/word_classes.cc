#include "text/word_classes.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_set>

#include "text/front_coding.h"

namespace precis::text {
namespace {

#include "text/generated/english_word_classes.inc"

// Nouns that say little on their own in news: time spans, people in general, quantities,
// report-speak. A keyphrase may contain them ("police officers"), never be only them.
constexpr std::string_view kGenericNouns[] = {
    "people",    "person",   "persons",  "man",       "men",       "woman",     "women",
    "child",     "children", "thing",    "things",    "way",       "ways",      "lot",
    "lots",      "part",     "parts",    "number",    "numbers",   "percent",   "per cent",
    "year",      "years",    "month",    "months",    "week",      "weeks",     "day",
    "days",      "hour",     "hours",    "minute",    "minutes",   "time",      "times",
    "today",     "yesterday", "tomorrow", "morning",  "afternoon", "evening",   "night",
    "thousands", "millions", "billions", "hundreds",  "dozens",    "tens",      "scores",
    "world",     "life",     "fact",     "case",      "cases",     "kind",      "sort",
    "type",      "side",     "sides",    "end",       "place",     "area",      "areas",
    "group",     "groups",   "member",   "members",   "official",  "officials", "statement",
    "spokesman", "spokeswoman", "spokesperson", "report", "reports", "reporters", "news",
    "home",      "half",     "result",   "results",   "issue",     "issues",    "problem",
    "problems",  "question", "questions", "reason",   "reasons",   "example",   "use",
    "level",     "levels",   "point",    "points",    "story",     "stories",
    "something", "anything", "everything", "nothing", "someone",   "everyone",  "anyone",
    "university", "company", "government", "city",   "state",     "country",   "team"};

// German nouns as general as those above ("Jahr", "Menschen", "Beispiel"), folded.
constexpr std::string_view kGermanGenericNouns[] = {
    "mensch",      "menschen",   "leute",     "person",        "personen",    "mann",
    "männer",      "frau",       "frauen",    "kind",          "kinder",      "sache",
    "sachen",      "ding",       "dinge",     "weg",           "wege",        "teil",
    "teile",       "zahl",       "zahlen",    "prozent",       "jahr",        "jahre",
    "jahren",      "jahres",     "monat",     "monate",        "monaten",     "woche",
    "wochen",      "tag",        "tage",      "tagen",         "stunde",      "stunden",
    "minute",      "minuten",    "zeit",      "mal",           "heute",       "morgen",
    "abend",       "nacht",      "tausende",  "millionen",     "mio",         "milliarden",
    "mrd",         "hunderte",   "dutzende",  "welt",          "leben",       "fall",
    "fälle",       "art",        "seite",     "seiten",        "ende",        "anfang",
    "beginn",      "ort",        "bereich",   "bereiche",      "gruppe",      "gruppen",
    "mitglied",    "mitglieder", "thema",     "themen",        "frage",       "fragen",
    "problem",     "probleme",   "grund",     "gründe",        "beispiel",    "beispiele",
    "punkt",       "punkte",     "ziel",      "ziele",         "möglichkeit", "möglichkeiten",
    "folge",       "stelle",     "hälfte",    "mehrheit",      "ergebnis",    "ergebnisse",
    "euro",        "dollar",     "uhr",       "informationen", "info",        "infos",
    "hilfe",       "nähe",       "rahmen",    "sinn",          "stadt",       "land",
    "unternehmen", "firma",      "regierung", "staat",         "montag",      "lage",        "min",       "std",         "dienstag",
    "mittwoch",    "donnerstag", "freitag",   "samstag",       "sonnabend",   "sonntag"};

bool IsGermanGenericNoun(std::string_view folded) {
  return std::find(std::begin(kGermanGenericNouns), std::end(kGermanGenericNouns), folded) !=
         std::end(kGermanGenericNouns);
}

// Nouns that are never part of a keyphrase: when something happened, and round quantities
// ("worth millions", "traditions today").
constexpr std::string_view kNeverInPhrase[] = {
    "today",    "yesterday", "tomorrow", "tonight",   "monday",   "tuesday", "wednesday",
    "thursday", "friday",    "saturday", "sunday",    "ago",      "worth",   "thousands",
    "millions", "billions",  "hundreds", "dozens",    "tens",     "etc"};

// Forms of address written before a name, with or without a period ("Mr", "Sir", "Miss").
constexpr std::string_view kHonorifics[] = {
    "mr",   "mrs",  "ms",   "miss", "mx",    "dr",   "prof", "sir",  "dame", "lord", "lady",
    "madam", "mme", "mlle", "rev",  "revd",  "fr",   "sr",   "jr",   "hon",  "messrs", "mssrs",
    "sen",  "rep",  "gov",  "gen",  "col",   "capt", "cpt",  "lt",   "sgt",  "cpl",  "pvt",
    "maj",  "adm",  "cmdr", "supt", "insp",  "det",  "pres"};

// A generated list (front-coded) and a set of views into it.
class WordSet {
 public:
  explicit WordSet(std::string_view coded) {
    DecodeFrontCoded(coded, list_);
    set_.insert(list_.words().begin(), list_.words().end());
  }
  size_t count(std::string_view word) const { return set_.count(word); }

 private:
  WordList list_;
  std::unordered_set<std::string_view> set_;
};

}  // namespace

WordClass EnglishWordClass(std::string_view folded, bool capitalized) {
  static const WordSet non_nominal(kNonNominalWords);
  static const WordSet nominal_suffixed(kNominalSuffixedWords);
  static const WordSet adjectives(kAdjectiveWords);
  if (non_nominal.count(folded) > 0) return WordClass::kOther;
  for (std::string_view w : kNeverInPhrase) {
    if (w == folded) return WordClass::kOther;
  }
  if (adjectives.count(folded) > 0) return WordClass::kAdjective;
  // A third-person verb the table has only in its base form ("proves", "succeeds", "happens"):
  // the base is mostly a verb in news. And verbs the table never saw that are nothing else
  // (WordNet's: "lurks", "borrows", "delve"), written in lowercase ("Perish", "Sue" may be names).
  static const WordSet wordnet_verbs(kWordNetVerbs);
  const auto base_in = [&](const WordSet& verbs) {  // "pushes" -> "push", "lurks" -> "lurk"
    if (!folded.ends_with('s') || folded.ends_with("ss")) return false;
    const std::string_view base = folded.substr(0, folded.size() - 1);
    return verbs.count(base) > 0 ||
           (base.ends_with('e') && verbs.count(base.substr(0, base.size() - 1)) > 0);
  };
  if (!capitalized && folded.size() > 3 &&
      (base_in(non_nominal) || wordnet_verbs.count(folded) > 0 || base_in(wordnet_verbs))) {
    return WordClass::kOther;
  }
  // Contractions: "I'm", "you're", "can't", "we'll".
  if (const size_t apostrophe = folded.find('\''); apostrophe != std::string_view::npos) {
    const std::string_view tail = folded.substr(apostrophe);
    if (tail == "'m" || tail == "'re" || tail == "'ve" || tail == "'ll" || tail == "'d" ||
        folded.ends_with("n't")) {
      return WordClass::kOther;
    }
  }
  // Unseen words by their ending, but not names ("Kelly", "Ahmed", "Golding").
  if (!capitalized && folded.size() > 4 &&
      (folded.ends_with("ly") || folded.ends_with("ed") || folded.ends_with("ing"))) {
    return nominal_suffixed.count(folded) > 0 ? WordClass::kNoun : WordClass::kOther;
  }
  // Unseen adjectives by their ending ("mountainous", "hopeful", "affordable").
  if (!capitalized && folded.size() > 5 &&
      (folded.ends_with("ous") || folded.ends_with("ful") || folded.ends_with("less") ||
       folded.ends_with("able") || folded.ends_with("ible"))) {
    return WordClass::kAdjective;
  }
  return WordClass::kNoun;
}

bool IsHonorific(std::string_view folded) {
  for (std::string_view h : kHonorifics) {
    if (h == folded) return true;
  }
  return false;
}

bool IsGenericNoun(std::string_view folded, std::string_view language) {
  if (language == "de") return IsGermanGenericNoun(folded);
  if (language != "en" && language != "und") return false;
  for (std::string_view g : kGenericNouns) {
    if (g == folded) return true;
  }
  return false;
}

}  // namespace precis::text
