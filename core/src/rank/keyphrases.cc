#include "rank/keyphrases.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "text/abbreviations.h"
#include "text/utf8.h"
#include "text/word_classes.h"

namespace precis::rank {
namespace {

constexpr size_t kMaxWords = 4;

// How many capitalised words of `phrase` are no word of `other` (case aside): 0 or 1 where the
// phrase adds common words to it (or a capital at a sentence's start), 2 or more where it adds a
// name ("New England" to "Medical Center").
size_t CapitalsAdded(std::string_view phrase, std::string_view other) {
  // Words split at spaces, each with whether it is capitalised as written.
  const auto words = [](std::string_view s) {
    std::vector<std::pair<std::string, bool>> out;
    for (size_t from = 0; from < s.size();) {
      const size_t space = std::min(s.find(' ', from), s.size());
      const std::string_view w = s.substr(from, space - from);
      if (!w.empty())
        out.emplace_back(text::FoldCase(w), std::isupper(static_cast<unsigned char>(w[0])));
      from = space + 1;
    }
    return out;
  };
  const auto theirs = words(other);
  size_t added = 0;
  // (No structured binding: clang 14, the wasm compiler, cannot capture one in a lambda.)
  for (const auto& w : words(phrase)) {
    added += w.second && std::none_of(theirs.begin(), theirs.end(),
                                      [&](const auto& t) { return t.first == w.first; });
  }
  return added;
}

constexpr double kDamping = 0.85;
constexpr int kMaxIterations = 50;
// Weight of the log of a phrase's occurrences (chosen on the DUC-2001 train split: 0, 0.5, 1).
constexpr double kRepeatWeight = 0.5;

struct Phrase {
  std::vector<int> words;  // word ids (stems), in order
  bool generic = false;    // only generic nouns ("people", "year")
  std::string surface;     // as first written (a sentence-initial capital lowered, see below)
  bool capital_inside = false;    // a capital first inside a sentence in sentence case somewhere
  bool second_lowercase = false;  // its second word written in lowercase
  int count = 0;
  size_t first = 0;  // order of first occurrence, for deterministic ties
};

// Where a token ends with the last dot of a dotted abbreviation ("U.S." of "U.S. Army", "T.J."
// of "T.J. Ford"), which the tokenizer leaves outside it: that dot is the word's own.
size_t EndWithDot(std::string_view text, const text::Token& t) {
  const bool dotted = text.substr(t.start, t.end - t.start).find('.') != std::string_view::npos ||
                      t.folded == "st" || t.folded == "mt" || t.folded == "ft";
  return dotted && t.end < text.size() && text[t.end] == '.' ? t.end + 1 : t.end;
}

// Words are adjacent in a phrase only if nothing but spaces separates them (hyphenated words
// are one token already).
bool Adjacent(std::string_view text, const text::Token& a, const text::Token& b) {
  for (size_t i = std::min(EndWithDot(text, a), b.start); i < b.start; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

bool HasLetter(std::string_view word) {
  for (char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

// Words after which a lowercase word is a verb ("to favor", "will disclose", "can't use").
bool BeforeVerb(std::string_view folded) {
  for (std::string_view w : {"to", "will", "would", "shall", "should", "can", "could", "may",
                             "might", "must", "won't", "can't", "couldn't", "wouldn't",
                             "shouldn't", "didn't", "doesn't", "don't", "did", "does", "do"}) {
    if (w == folded) return true;
  }
  return false;
}

// A subject pronoun as written before a lowercase word, which is then its verb ("we hope",
// "he woke", "you start", "I address"): "I" in its capital, the others in lowercase or opening
// the sentence ("We hope…"), not the capitals of "IT services".
bool SubjectPronoun(std::string_view text, const text::Token& t) {
  const std::string_view written = text.substr(t.start, t.end - t.start);
  if (written == "I") return true;
  for (std::string_view w : {"you", "he", "she", "we", "they", "it"}) {
    if (t.folded != w) continue;
    return written.size() == 1 || written.substr(1) == w.substr(1);
  }
  return false;
}

// Words that open the object of a verb and do not follow a noun directly: a definite
// determiner or an object pronoun ("hopes the", "loves him"). Not "a", "this" or "that", which
// follow nouns in time phrases ("prices this year", "lessons a week") and relative clauses.
bool OpensAnObject(std::string_view folded) {
  for (std::string_view w :
       {"the", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "me"}) {
    if (w == folded) return true;
  }
  return false;
}

// Whether a clause starts at token `k`, so that its first noun phrase is a subject: the
// sentence's start, after punctuation ("…, the board hopes the…"), or after a conjunction or
// "said" ("said the bank hopes the…").
bool ClauseStartsAt(std::string_view text, const std::vector<text::Token>& toks, size_t k) {
  if (k == 0) return true;
  const std::string_view gap = text.substr(toks[k - 1].end, toks[k].start - toks[k - 1].end);
  if (gap.find_first_of(",;:\"(-") != std::string_view::npos ||
      gap.find("\xE2\x80") != std::string_view::npos) {  // a typographic quote or dash
    return true;
  }
  for (std::string_view w : {"and", "but", "or", "while", "because", "when", "although", "though",
                             "whereas", "so", "that", "said", "says"}) {
    if (w == toks[k - 1].folded) return true;
  }
  return false;
}

// A present-tense verb between its subject and its object, written like a plural noun:
// lowercase, ending in "-s", right after a noun phrase that opens a clause and right before a
// determiner or pronoun ("Associated Press reports the…", "the Commission hopes the…",
// "international law permits them"), which a table of word classes cannot tell from the nouns
// "reports", "hopes", "permits". Not after a preposition or a verb ("In recent years the…",
// "give developing nations the…"), where a plural noun is followed by the next phrase.
bool VerbBeforeItsObject(std::string_view text, const std::vector<text::Token>& toks, size_t k) {
  const text::Token& t = toks[k];
  if (t.capitalized || k == 0 || k + 1 >= toks.size() || t.folded.size() < 4 ||
      t.folded.back() != 's' || t.folded.ends_with("ss") || t.folded.ends_with("us") ||
      t.folded.ends_with("is") || t.folded.find('\'') != std::string::npos ||
      !Adjacent(text, t, toks[k + 1]) || !OpensAnObject(toks[k + 1].folded)) {
    return false;
  }
  // The subject: content words (a name, a noun and its modifiers), perhaps after "the" or a
  // possessive, opening the sentence or a clause.
  size_t begin = k;
  while (begin > 0 && toks[begin - 1].content && !toks[begin - 1].number &&
         Adjacent(text, toks[begin - 1], toks[begin])) {
    --begin;
  }
  if (begin == k) return false;
  if (begin > 0 && (toks[begin - 1].folded == "the" || toks[begin - 1].folded == "a" ||
                    toks[begin - 1].folded == "his" || toks[begin - 1].folded == "her" ||
                    toks[begin - 1].folded == "their" || toks[begin - 1].folded == "its")) {
    --begin;
  }
  return ClauseStartsAt(text, toks, begin);
}

// A preposition and a noun that make an adverb together: "in advance", "in fact", "at least".
bool IsIdiomNoun(std::string_view preposition, std::string_view noun) {
  static constexpr std::pair<std::string_view, std::string_view> kIdioms[] = {
      {"in", "advance"},  {"in", "fact"},   {"in", "general"}, {"in", "particular"},
      {"in", "addition"}, {"in", "turn"},   {"in", "part"},    {"in", "detail"},
      {"in", "case"},     {"in", "order"},  {"in", "time"},    {"on", "time"},
      {"on", "purpose"},  {"at", "least"},  {"at", "last"},    {"at", "once"},
      {"by", "far"},      {"of", "course"}, {"in", "person"},  {"in", "touch"},
      {"in", "mind"},     {"in", "common"}, {"in", "charge"},  {"on", "board"},
      {"in", "place"},    {"in", "return"}, {"in", "response"}};
  for (const auto& [p, n] : kIdioms) {
    if (p == preposition && n == noun) return true;
  }
  return false;
}

// Lowercase words inside a name ("Osama bin Laden", "Ludwig van Beethoven").
bool IsNameParticle(std::string_view folded) {
  for (std::string_view w : {"bin", "ibn", "al", "el", "van", "von", "der", "den", "de", "da",
                             "del", "della", "di", "du", "la", "le", "y", "ben", "bint"}) {
    if (w == folded) return true;
  }
  return false;
}

// Words that begin place names and are otherwise a stopword or a title: "New York", "St. Louis
// Park", "Mt. Kenya", "Ft. Worth". Before a capitalised word they are the name's own.
bool BeginsPlaceName(std::string_view folded) {
  return folded == "new" || folded == "st" || folded == "mt" || folded == "ft";
}

// Whether a capitalised token continues a name: the word right before it is capitalised too,
// in a sentence written in sentence case (a Title Case headline capitalises every word).
bool ContinuesName(std::string_view text, const std::vector<text::Token>& toks, size_t k,
                   bool sentence_case) {
  return sentence_case && k > 0 && toks[k].capitalized && toks[k - 1].capitalized &&
         !toks[k - 1].number && Adjacent(text, toks[k - 1], toks[k]) &&
         toks[k].folded.find('\'') == std::string::npos;  // "Can't" stays a verb
}

// Sentence case: at least half of the sentence's words start lowercase.
bool SentenceCase(const std::vector<text::Token>& toks) {
  size_t words = 0;
  size_t lower = 0;
  for (const text::Token& t : toks) {
    if (t.number || !HasLetter(t.folded)) continue;
    ++words;
    lower += t.capitalized ? 0 : 1;
  }
  return 2 * lower >= words;
}

// Where a news dateline opening the sentence ends ("LOS ANGELES (Reuters) - The film…", "London
// (CNN)It was…",
// "AUSTIN (KXAN) — Voters…", "HOWELL, Mich. - ", "HOUSTON, Texas (KTRK) -- "): a first word in
// capitals, at most eight words, then a dash. Its place and agency lead every article of the wire,
// not its topic. Returns the byte after the dash, or the sentence's start when it opens with no
// dateline.
size_t DatelineEnd(std::string_view text, const std::vector<text::Token>& toks) {
  if (toks.empty()) return 0;
  const text::Token& first = toks[0];
  // "London (CNN)It was the interview…", "Washington (Reuters) The bill…": a place of up to
  // three capitalised words, then a news agency in brackets (not "Apple (AAPL) rose…").
  {
    // Looked for within the sentence's first 60 bytes only: one search per sentence over the
    // rest of the document would make long texts quadratic.
    constexpr size_t kReach = 60;
    const std::string_view window = text.substr(first.start, kReach);
    const size_t open_at = window.find(" (");
    const size_t close_at = open_at == std::string_view::npos ? open_at : window.find(')', open_at);
    const size_t open = open_at == std::string_view::npos ? open_at : first.start + open_at;
    const size_t close = close_at == std::string_view::npos ? close_at : first.start + close_at;
    size_t words = 0;
    bool capitalised = true;
    for (const text::Token& t : toks) {
      if (open == std::string_view::npos || t.start > open) break;
      ++words;
      capitalised = capitalised && t.capitalized;
    }
    static constexpr std::string_view kAgencies[] = {
        "cnn", "reuters", "ap",  "afp", "upi", "bloomberg", "dpa", "xinhua", "ians",
        "pti", "ansa",    "efe", "cbs", "nbc", "abc",       "bbc", "cnbc",   "cnn business"};
    const auto agency = [&] {
      if (close == std::string_view::npos || close <= open + 2) return false;
      const std::string name = text::FoldCase(text.substr(open + 2, close - open - 2));
      return std::find(std::begin(kAgencies), std::end(kAgencies), name) != std::end(kAgencies);
    };
    if (close != std::string_view::npos && words >= 1 && words <= 3 &&
        capitalised && agency()) {
      size_t after = close + 1;
      while (after < text.size() && (text[after] == ' ' || text[after] == '-')) ++after;
      return after;
    }
  }
  const std::string_view word = text.substr(first.start, first.end - first.start);
  const bool capitals =
      word.size() >= 2 &&
      std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
      std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!capitals) return first.start;
  const size_t reach = std::min(text.size(), first.start + 80);
  size_t words = 1;
  for (size_t i = first.end; i < reach; ++i) {
    if (text[i] == ' ' && i + 1 < reach && text[i + 1] != ' ') ++words;
    if (words > 8) break;
    for (std::string_view dash :
         {" -- ", " - ", " \xE2\x80\x94", " \xE2\x80\x93", "\xE2\x80\x94 "}) {
      if (text.substr(i, dash.size()) == dash) return i + dash.size();
    }
  }
  return first.start;
}

// German writes every noun with a capital, so its keyphrases are its capitalised words: a
// lowercase word is a verb, adjective or adverb ("Bundespräsident würdigte", "aktuellen Test",
// "meist"), and a capital opening a sentence makes a noun only of a word the text also
// capitalises inside a sentence or that a name follows ("Obwohl…", "Kontaktieren Sie…" are no
// nouns). The folded words capitalised after a sentence's first word:
std::unordered_set<std::string> CapitalisedInside(
    const std::vector<std::vector<text::Token>>& tokens, const std::vector<bool>& excluded) {
  std::unordered_set<std::string> out;
  for (size_t s = 0; s < tokens.size(); ++s) {
    if (excluded[s]) continue;
    for (size_t k = 1; k < tokens[s].size(); ++k) {
      if (tokens[s][k].capitalized) out.insert(tokens[s][k].folded);
    }
  }
  return out;
}

// One key for a German noun's forms, where tokens of other languages than English keep the
// folded word: without its plural or case ending ("Winterspiele", "Winterspielen";
// "Zukunftsforum", "Zukunftsforums"; "Grenze", "Grenzen"; "Regel", "Regeln"), so one word is
// ranked once and listed once. At least four bytes stay ("Rate" is not "Rat"); "-ss", "-is",
// "-us", "-os" are no endings ("Prozess", "Preis", "Kurs").
std::string GermanWordKey(std::string_view folded) {
  const auto strip = [&](std::string_view ending) {
    return folded.size() >= ending.size() + 4 && folded.ends_with(ending);
  };
  for (std::string_view ending : {"ens", "en", "es", "e"}) {  // "Unternehmens", "Unternehmen"
    if (strip(ending)) return std::string(folded.substr(0, folded.size() - ending.size()));
  }
  if (strip("s") && !folded.ends_with("ss") && !folded.ends_with("is") && !folded.ends_with("us") &&
      !folded.ends_with("os")) {
    return std::string(folded.substr(0, folded.size() - 1));
  }
  if (strip("n") && (folded.ends_with("ln") || folded.ends_with("rn"))) {
    return std::string(folded.substr(0, folded.size() - 1));
  }
  return std::string(folded);
}

// What a token can be in a keyphrase (without a word-class table, any content word is a noun;
// German: see CapitalisedInside, given as `german_nouns`, null for other languages).
// `k`: the token's index in its sentence `toks`.
text::WordClass PhraseClass(std::string_view text, const std::vector<text::Token>& toks, size_t k,
                            bool english, bool sentence_case,
                            const std::unordered_set<std::string>* german_nouns) {
  const text::Token& t = toks[k];
  const text::Token* previous = k > 0 ? &toks[k - 1] : nullptr;
  if (english && BeginsPlaceName(t.folded) && t.capitalized && k + 1 < toks.size() &&
      toks[k + 1].capitalized && toks[k + 1].content && Adjacent(text, t, toks[k + 1])) {
    return text::WordClass::kAdjective;  // part of the name, never its end
  }
  if (!t.content || t.number || t.stem.size() <= 1 || !HasLetter(t.folded) ||
      text::InAddress(text, t)) {
    return text::WordClass::kOther;
  }
  if (german_nouns != nullptr) {
    // A sentence's first word is a noun also before a capitalised content word: the title of
    // a name ("Bürgermeisterin Anna Berger lobte…"); "Kontaktieren Sie…" has a stopword there.
    // Prepositions the stopword list lacks open sentences before names too ("Laut Scheuer…").
    const bool preposition = t.folded == "laut" || t.folded == "trotz" || t.folded == "gemäß" ||
                             t.folded == "angesichts" || t.folded == "mittels" ||
                             t.folded == "seitens" || t.folded == "inklusive";
    const bool first_of_name = !preposition && k + 1 < toks.size() && toks[k + 1].capitalized &&
                               toks[k + 1].content && Adjacent(text, t, toks[k + 1]);
    const bool noun =
        t.capitalized && (previous != nullptr || first_of_name || german_nouns->contains(t.folded));
    return noun ? text::WordClass::kNoun : text::WordClass::kOther;
  }
  if (!english) return text::WordClass::kNoun;
  if (!t.capitalized && previous != nullptr &&
      (BeforeVerb(previous->folded) ||
       (SubjectPronoun(text, *previous) && Adjacent(text, *previous, t)))) {
    return text::WordClass::kOther;
  }
  // A noun in a fixed phrase with its preposition says nothing of the topic ("apologize in
  // advance", "in fact", "on purpose"; a trial's top keyphrase was "advance").
  if (!t.capitalized && previous != nullptr && IsIdiomNoun(previous->folded, t.folded) &&
      (k + 1 >= toks.size() || !toks[k + 1].content || !Adjacent(text, t, toks[k + 1]))) {
    return text::WordClass::kOther;
  }
  if (VerbBeforeItsObject(text, toks, k)) return text::WordClass::kOther;
  if (text::IsHonorific(t.folded) ||
      text::ClassifyAbbreviation(t.folded, "en") == text::AbbreviationKind::kTitle) {
    return text::WordClass::kOther;
  }
  // A capital at the start of a sentence says nothing about a name ("Restoring the bridge…").
  const text::WordClass word_class =
      text::EnglishWordClass(t.folded, t.capitalized && previous != nullptr);
  // After a name's first word, a verb of the tables is the name's word ("Red Cross").
  if (word_class == text::WordClass::kOther && ContinuesName(text, toks, k, sentence_case)) {
    return text::WordClass::kNoun;
  }
  return word_class;
}

}  // namespace

std::vector<KeyphraseCandidate> ExtractKeyphrases(
    std::string_view text, const std::vector<std::vector<text::Token>>& tokens,
    const std::vector<bool>& excluded, size_t max_phrases, std::string_view language) {
  const bool english = language == "en" || language == "und";
  const std::unordered_set<std::string> german_nouns =
      language == "de" ? CapitalisedInside(tokens, excluded) : std::unordered_set<std::string>();
  const std::unordered_set<std::string>* german = language == "de" ? &german_nouns : nullptr;
  std::unordered_map<std::string, int> word_ids;
  std::vector<double> position_weight;  // per word id: sum of 1 / (1 + word position)
  std::vector<bool> seen_lowercase;     // per word id: ever written without a capital
  std::vector<std::vector<int>> neighbours;
  std::unordered_map<std::string, Phrase> phrases;  // key: word ids joined
  size_t order = 0;
  size_t position = 0;  // words of the article so far
  int previous_word = -1;  // the last phrase word, for the co-occurrence graph (window 2)

  const auto word_id = [&](const text::Token& t) {
    auto [it, inserted] = word_ids.emplace(german != nullptr ? GermanWordKey(t.folded) : t.stem,
                                           static_cast<int>(word_ids.size()));
    if (inserted) {
      position_weight.push_back(0.0);
      seen_lowercase.push_back(false);
      neighbours.emplace_back();
    }
    return it->second;
  };
  std::unordered_set<uint64_t> edges;  // (smaller id, larger id): each edge once
  const auto link = [&](int a, int b) {
    if (a == b) return;
    const auto lo = static_cast<uint64_t>(std::min(a, b));
    const auto hi = static_cast<uint64_t>(std::max(a, b));
    if (edges.insert(lo << 32 | hi).second) {
      neighbours[static_cast<size_t>(a)].push_back(b);
      neighbours[static_cast<size_t>(b)].push_back(a);
    }
  };

  for (size_t s = 0; s < tokens.size(); ++s) {
    if (excluded[s]) continue;
    const auto& toks = tokens[s];
    const bool sentence_case = SentenceCase(toks);
    const size_t dateline_end = english ? DatelineEnd(text, toks) : 0;
    size_t run_start = 0;
    std::vector<int> run;  // word ids of the current run, toks[run_start, run_start + size)
    std::vector<text::WordClass> classes;
    const auto flush = [&]() {
      // A noun phrase ends in a noun: trailing adjectives are dropped ("oil spill" in "the
      // oil spill alone"), and so is a run of adjectives only.
      size_t size = run.size();
      while (size > 0 && classes[size - 1] != text::WordClass::kNoun) --size;
      // German runs of capitals join nouns of different phrases after a general one ("im Fall
      // Wahlbenachrichtigungen", "im Bereich Risikomanagement"): the general noun goes.
      while (german != nullptr && size > 1 && text::IsGenericNoun(toks[run_start].folded, "de")) {
        ++run_start;
        run.erase(run.begin());
        classes.erase(classes.begin());
        --size;
      }
      // A longer run keeps its last words: English noun phrases end in their head, so
      // "Russian Defense Minister Sergei Shoigu" gives "Defense Minister Sergei Shoigu", never
      // a name cut in two ("… Minister Sergei").
      // But where a name of capitals opens the run, only lowercase words follow it and the last
      // words would cut it ("United States Tennis Association competitions" → "States Tennis
      // Association competitions"), the name alone stands.
      size_t opening_name = 0;
      while (opening_name < size && toks[run_start + opening_name].capitalized) ++opening_name;
      bool lowercase_after = opening_name < size;
      for (size_t k = opening_name; k < size; ++k) {
        lowercase_after = lowercase_after && !toks[run_start + k].capitalized;
      }
      if (size > kMaxWords && opening_name >= 2 && opening_name <= kMaxWords && lowercase_after &&
          size - kMaxWords < opening_name) {
        size = opening_name;
      }
      if (size > kMaxWords) {
        run_start += size - kMaxWords;
        run.erase(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(size - kMaxWords));
        size = kMaxWords;
      }
      if (size > 0) {
        run.resize(size);
        std::string key;
        for (int id : run) key += std::to_string(id) + ' ';
        Phrase& p = phrases[key];
        if (sentence_case && run_start > 0 && toks[run_start].capitalized) p.capital_inside = true;
        if (p.count++ == 0) {
          p.second_lowercase = size > 1 && !toks[run_start + 1].capitalized;
          p.words = run;
          p.first = order++;
          p.generic = true;
          for (size_t k = run_start; k < run_start + size; ++k) {
            const std::string_view w = toks[k].folded;
            // German nouns also in their genitive ("Unternehmens", "Jahrs").
            p.generic = p.generic && (text::IsGenericNoun(w, language) ||
                                      (german != nullptr && w.ends_with('s') &&
                                       text::IsGenericNoun(w.substr(0, w.size() - 1), language)));
          }
          const text::Token& head = toks[run_start];
          const size_t end = EndWithDot(text, toks[run_start + size - 1]);  // "U.S.", not "U.S"
          p.surface = std::string(text.substr(head.start, end - head.start));
        }
      }
      run.clear();
      classes.clear();
    };
    for (size_t k = 0; k < toks.size(); ++k) {
      const text::Token& t = toks[k];
      ++position;
      const text::WordClass word_class =
          t.start < dateline_end ? text::WordClass::kOther
                                 : PhraseClass(text, toks, k, english, sentence_case, german);
      if (word_class == text::WordClass::kOther) {
        flush();
        continue;
      }
      if (!run.empty() && !Adjacent(text, toks[k - 1], t)) flush();
      // A name after the lowercase words that describe its bearer is the phrase, without them
      // ("budget minister Cristóbal Montoro" -> "Cristóbal Montoro", "Anglo-Dutch oil giant
      // Shell" -> "Shell"): where the name ends the phrase, in a sentence written in sentence
      // case. Not a capitalised modifier of a noun after it ("favorable Obama news", "first
      // American woman"), an abbreviation in capitals ("March quarter GDP") or a name's own
      // particle ("Osama bin Laden").
      const std::string_view written = text.substr(t.start, t.end - t.start);
      const bool in_capitals = written.size() >= 2 && written.find('.') == std::string_view::npos &&
                               std::none_of(written.begin(), written.end(), [](char c) {
                                 return c >= 'a' && c <= 'z';
                               });  // an initial "T.J." is a name's
      if (english && sentence_case && !run.empty() && t.capitalized && !in_capitals &&
          !toks[k - 1].capitalized && !IsNameParticle(toks[k - 1].folded)) {
        size_t end = k + 1;
        while (end < toks.size() && Adjacent(text, toks[end - 1], toks[end]) &&
               (toks[end].capitalized || IsNameParticle(toks[end].folded))) {
          ++end;
        }
        const bool name_ends_phrase =
            end >= toks.size() || !Adjacent(text, toks[end - 1], toks[end]) ||
            PhraseClass(text, toks, end, english, sentence_case, german) == text::WordClass::kOther;
        if (name_ends_phrase) {
          run.clear();  // the description goes: the name is the keyphrase
          classes.clear();
        }
      }
      const int id = word_id(t);
      if (run.empty()) run_start = k;
      run.push_back(id);
      classes.push_back(word_class);
      position_weight[static_cast<size_t>(id)] += 1.0 / static_cast<double>(position);
      if (!t.capitalized) seen_lowercase[static_cast<size_t>(id)] = true;
      if (previous_word >= 0) link(previous_word, id);
      previous_word = id;
    }
    flush();
  }
  if (phrases.empty()) return {};

  // PositionRank (Florescu & Caragea 2017): PageRank over the co-occurrence graph, jumping to
  // a word in proportion to how early and how often it appears.
  const size_t n = word_ids.size();
  double total = 0.0;
  for (double w : position_weight) total += w;
  std::vector<double> jump(n);
  for (size_t i = 0; i < n; ++i) jump[i] = position_weight[i] / total;
  std::vector<double> rank = jump;
  std::vector<double> next(n);
  std::vector<double> share(n);  // what each word passes to every neighbour: rank / degree
  for (int it = 0; it < kMaxIterations; ++it) {
    for (size_t u = 0; u < n; ++u) {
      share[u] = neighbours[u].empty() ? 0.0 : rank[u] / static_cast<double>(neighbours[u].size());
    }
    double delta = 0.0;
    for (size_t i = 0; i < n; ++i) {
      double sum = 0.0;
      for (int u : neighbours[i]) sum += share[static_cast<size_t>(u)];
      next[i] = (1.0 - kDamping) * jump[i] + kDamping * sum;
      delta += std::abs(next[i] - rank[i]);
    }
    rank.swap(next);
    if (delta < 1e-9) break;
  }

  // A phrase scores the sum of its words' ranks, more if repeated. Generic nouns alone are no
  // keyphrase.
  std::vector<std::pair<double, const Phrase*>> scored;
  for (const auto& [key, p] : phrases) {
    if (p.generic) continue;
    double score = 0.0;
    for (int id : p.words) score += rank[static_cast<size_t>(id)];
    // A phrase the article repeats is a topic, not a passing mention.
    score *= 1.0 + kRepeatWeight * std::log(static_cast<double>(p.count));
    scored.emplace_back(score, &p);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second->first < b.second->first;
  });

  // Each word's parts, for comparing phrases: a hyphenated word is its parts ("DGA deal",
  // "DGA-AMPTP deal" and "AMPTP-DGA deal" are one topic).
  std::vector<std::vector<std::string>> parts_of(word_ids.size());
  for (const auto& [key, id] : word_ids) {
    std::vector<std::string>& parts = parts_of[static_cast<size_t>(id)];
    for (size_t from = 0; from <= key.size();) {
      const size_t dash = std::min(key.find('-', from), key.size());
      if (dash > from) parts.push_back(key.substr(from, dash - from));
      from = dash + 1;
    }
  }
  const auto part_set = [&](const Phrase* p) {
    std::vector<std::string> all;
    for (int id : p->words) {
      const auto& parts = parts_of[static_cast<size_t>(id)];
      all.insert(all.end(), parts.begin(), parts.end());
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  };
  std::vector<KeyphraseCandidate> out;
  std::vector<const Phrase*> kept;
  std::vector<std::vector<std::string>> kept_parts;
  for (const auto& entry : scored) {
    const double score = entry.first;
    const Phrase* p = entry.second;  // named, not bound: lambdas below capture it
    if (out.size() >= max_phrases) break;
    // Skip a phrase whose words are all inside a kept phrase, or that contains a kept phrase:
    // keep whichever ranked higher.
    const auto contains = [](const std::vector<int>& big, const std::vector<int>& small) {
      return std::all_of(small.begin(), small.end(), [&](int w) {
        return std::find(big.begin(), big.end(), w) != big.end();
      });
    };
    if (std::any_of(kept.begin(), kept.end(), [&](const Phrase* k) {
          return contains(k->words, p->words) || contains(p->words, k->words);
        })) {
      continue;
    }
    // Nor one that says a kept phrase again with other modifiers: the same head and another
    // word of it ("adorable family costumes" after "Halloween family costumes"), or the same
    // parts in another order or fewer of them ("DGA deal" after "DGA-AMPTP deal").
    const std::vector<std::string> parts = part_set(p);
    const auto subset = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
      return std::includes(b.begin(), b.end(), a.begin(), a.end());
    };
    bool again = false;
    for (size_t k = 0; k < kept.size() && !again; ++k) {
      const std::vector<std::string>& other = kept_parts[k];
      again = subset(parts, other) || subset(other, parts);
      // (Not where the other modifiers are a name: "Baystate Medical Center" and "New England
      // Medical Center" are two hospitals.)
      if (!again && p->words.back() == kept[k]->words.back() &&
          CapitalsAdded(p->surface, kept[k]->surface) <= 1) {
        size_t shared = 0;
        for (const std::string& w : parts)
          shared += std::binary_search(other.begin(), other.end(), w);
        again = shared >= 2;
      }
    }
    if (again) continue;
    kept.push_back(p);
    kept_parts.push_back(parts);
    std::string surface = p->surface;
    // "Crude oil" at a sentence start is "crude oil" where the article writes the word in
    // lowercase, and so is "Team doctor Tommie Smook"; a name stays as written where a sentence
    // has it with its capital inside ("Bill Nelson": "bill" is lowercase elsewhere) or its second
    // word is capitalised ("Old Town", "North Carolina").
    if (seen_lowercase[static_cast<size_t>(p->words[0])] &&
        (p->words.size() == 1 || (!p->capital_inside && p->second_lowercase)) && !surface.empty() &&
        surface[0] >= 'A' && surface[0] <= 'Z' &&
        (surface.size() < 2 || !std::isupper(static_cast<unsigned char>(surface[1])))) {
      surface[0] = static_cast<char>(surface[0] - 'A' + 'a');
    }
    out.push_back({surface, score});
  }
  if (!out.empty()) {
    const double top = out.front().score;
    for (auto& k : out) k.score = std::round(k.score / top * 1000.0) / 1000.0;
  }
  return out;
}

}  // namespace precis::rank
