#include "text/cohesion.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/utf8.h"
#include "text/word_classes.h"

namespace precis::text {
namespace {

// One-word openings that refer back: third-person pronouns (first and second person name the
// writer and the reader, who need no antecedent), demonstratives, and connectives.
constexpr std::string_view kDependentWords[] = {
    // pronouns
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs",
    "he's", "she's", "it's", "they're", "they've", "he'd", "she'd", "they'd", "it'd", "he'll",
    "she'll", "it'll", "they'll", "himself", "herself", "themselves", "itself",
    // demonstratives and words that presuppose something named before
    "this", "that", "these", "those", "such", "that's", "another", "both",
    // connectives
    "but", "and", "or", "nor", "so", "yet", "however", "also", "still", "instead", "meanwhile",
    "moreover", "furthermore", "therefore", "thus", "hence", "nevertheless", "nonetheless",
    "besides", "otherwise", "likewise", "similarly", "consequently", "then", "indeed",
    "accordingly", "additionally", "alternatively", "conversely", "regardless", "anyway",
    "afterwards", "afterward", "later", "plus"};

// Two-word openings that refer back (the first word alone does not).
// "Among those mistakes: …", "Of these, two…" point at what the sentence before listed.
constexpr std::array<std::array<std::string_view, 2>, 20> kDependentPairs = {
    {{"in", "addition"},  {"in", "fact"},      {"in", "contrast"},  {"in", "turn"},
     {"by", "contrast"},  {"as", "such"},      {"even", "so"},      {"for", "example"},
     {"for", "instance"}, {"despite", "this"}, {"despite", "that"}, {"after", "that"},
     {"either", "way"},   {"as", "well"},      {"the", "latter"},   {"the", "former"},
     {"among", "those"},  {"among", "these"},  {"of", "these"},     {"of", "those"}}};

// "No, the former mayor's debut…", "Yes, it was…": an answer to something asked or said before;
// "After all, …" (with its comma: "After all the votes were counted" is a time clause); and a
// list's items ("First, …", "Second, …"; "Second place went to…" is no item).
bool Answers(std::string_view sentence) {
  while (!sentence.empty() &&
         (sentence.front() == '"' || sentence.front() == '\'' || sentence.front() == ' ')) {
    sentence.remove_prefix(1);
  }
  // "First, I confirm…", "Second, I show…": an item of a list a sentence before announced.
  for (std::string_view answer :
       {"No,", "Yes,", "NO,", "YES,", "After all,", "First,", "First off,", "Firstly,", "Second,",
        "Third,", "Fourth,", "Fifth,", "Secondly,", "Thirdly,", "Fourthly,", "Lastly,"}) {
    if (sentence.starts_with(answer)) return true;
  }
  return false;
}

// "The two…", "All three…", "The first is…": a number of things counted before.
constexpr std::string_view kCounted[] = {"two",   "three", "four",   "five",  "six",   "both",
                                         "first", "second", "third", "other", "same"};

// Words that take a part of a group: "One of them", "Most of these".
constexpr std::string_view kQuantifiers[] = {"one", "two",  "three", "some",    "many",   "most",
                                             "all", "each", "none",  "neither", "either", "several",
                                             "few", "half", "any",   "much"};

// Three-word openings that refer back.
// ("In the same way, talking about a 1/125,000 risk…" compares with the sentence before.)
// ("Worse than that, it was a test failure…", "On top of that…" add to what was said before.)
constexpr std::array<std::array<std::string_view, 3>, 17> kDependentTriples = {
    {{"as", "a", "result"},
     {"worse", "than", "that"},
     {"more", "than", "that"},
     {"better", "than", "that"},
     {"other", "than", "that"},
     {"apart", "from", "that"},
     {"on", "top", "of"},
     {"as", "a", "consequence"},
     {"on", "the", "other"},
     {"at", "the", "same"},
     {"in", "the", "meantime"},
     {"for", "this", "reason"},
     {"because", "of", "this"},
     {"because", "of", "that"},
     {"in", "this", "case"},
     {"in", "the", "same"},
     {"in", "that", "case"}}};

// Time nouns after "the first", "the same", "next": "The first time…" and "Next week…" are
// not counted things.
constexpr std::string_view kTimeNouns[] = {"time", "day",   "week",  "month", "year",
                                           "weekend", "morning", "night", "season", "decade"};

// Nouns after "this" that point at the time of writing, not at an earlier sentence.
constexpr std::string_view kPresentTime[] = {
    "year",   "week",   "month",  "weekend", "morning", "afternoon", "evening", "summer",
    "spring", "autumn", "fall",   "winter",  "season",  "decade",    "century", "quarter",
    "term",   "semester", "spring's", "year's", "week's", "month's"};

// "However long/much/hard…": however as a degree, not a contrast.
constexpr std::string_view kDegreeWords[] = {"long", "much", "many", "hard", "often", "far",
                                             "big", "small", "good", "bad", "large", "little"};

// Words opening a clause before its subject ("When she fell…").
constexpr std::string_view kSubordinators[] = {
    "when", "after", "before", "although", "though", "if", "as", "while", "because",
    "since", "once", "unless", "until", "whereas", "whenever"};

// Third-person subject pronouns: "he said" after a quotation names nobody.
constexpr std::string_view kSubjectPronouns[] = {"he", "she", "they", "it"};

// Verbs of saying after a quotation ("…," he said.).
constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "added", "adds", "told", "explained", "wrote", "writes", "asked", "continued",
    "noted", "insisted", "argued", "admitted", "warned", "claimed", "replied", "recalled", "joked",
    "stated", "declared", "conceded", "observed", "remarked", "concluded", "believes", "thinks"};

// Titles before a name: "Mr Tarrant" is as short a form as "Tarrant".
constexpr std::string_view kTitles[] = {
    "mr",   "mrs",  "ms",   "miss", "mx",    "dr",    "prof", "sir",  "dame",  "lord",
    "lady", "rev",  "fr",   "sen",  "rep",   "gov",   "gen",  "col",  "capt",  "lt",
    "sgt",  "det",  "insp", "supt", "cllr",  "judge", "president", "senator", "governor",
    "coach", "father", "sister", "brother", "uncle", "aunt", "st", "saint"};

// Nouns that "a"/"an" makes into quantities or times, not things introduced: "a number of",
// "a lot of", "a year ago" — "The number of…" and "The year…" do not refer back to them.
constexpr std::string_view kNotIntroduced[] = {
    "number", "lot",   "few",   "bit",    "couple", "variety", "range", "series", "total",
    "majority", "result", "way", "kind",  "sort",   "type",    "part",  "half",   "deal",
    "while",  "moment", "matter", "whole", "host",  "handful", "spokesman", "spokeswoman",
    "spokesperson", "statement", "report", "source"};

// Institutions a story names before it calls them "the company": "The company said…", "The
// center says…", "The study found…" open a sentence that leans on the one naming them.
constexpr std::string_view kInstitutionNouns[] = {
    "company", "firm", "center", "centre", "agency", "group", "study", "survey", "report",
    "ministry", "department", "bank", "retailer", "carrier", "airline", "network", "institute",
    "organization", "organisation", "charity", "union", "team", "club", "council", "court"};
// What an institution does in such an opening.
constexpr std::string_view kReportingVerbs[] = {
    "said", "says", "found", "finds", "reported", "reports", "announced", "announces",
    "estimated", "estimates", "added", "adds", "noted", "notes", "warned", "warns", "confirmed",
    "confirms", "declined", "denied", "stated", "states", "showed", "shows", "concluded"};

// Openings that refer back in the other languages the segmenter knows, chosen like the English
// lists: third-person pronouns that are never an expletive or a polite "you" (German "es" and
// "Sie", French "il" are left out: "Es gibt…", "Sie können…", "Il y a…"), demonstratives, and
// connectives ("Aber", "Doch", "Pero", "Mais", "Jednak"…). A demonstrative before a noun of
// the present time or of the page itself ("Diese Woche…", "Cette année…", "Este lunes…",
// "Dieser Artikel…") points at the time or the page, not at an earlier sentence. No word-class
// tables exist for these languages, so the inner-sentence rules stay English.
struct ForeignOpeners {
  std::string_view language;
  std::vector<std::string_view> words;                      // one-word openings
  std::vector<std::array<std::string_view, 2>> pairs;       // two-word openings
  std::vector<std::string_view> demonstratives;             // of `words`
  std::vector<std::string_view> present;                    // nouns after them
  std::vector<std::array<std::string_view, 2>> exceptions;  // first two words that do not
};

const std::vector<ForeignOpeners>& Foreign() {
  static const std::vector<ForeignOpeners> lists = {
      {"de",
       {"er",       "ihm",       "ihn",      "dieser",     "diese",     "dieses",      "diesem",
        "diesen",   "dies",      "jener",    "jene",       "jenes",     "aber",        "doch",
        "und",      "oder",      "jedoch",   "allerdings", "dennoch",   "trotzdem",    "deshalb",
        "deswegen", "daher",     "darum",    "dadurch",    "dabei",     "dazu",        "zudem",
        "außerdem", "ebenfalls", "ebenso",   "auch",       "sondern",   "stattdessen", "folglich",
        "somit",    "denn",      "hingegen", "dagegen",    "daraufhin", "danach",      "dann",
        "dort",     "also"},
       {},
       {"dieser", "diese", "dieses", "diesem", "diesen"},
       {"woche",  "wochenende", "jahr",     "jahres", "monat", "monats",    "mal",      "saison",
        "sommer", "winter",     "frühjahr", "herbst", "tage",  "zeit",      "website",  "webseite",
        "seite",  "artikel",    "beitrag",  "text",   "folge", "anleitung", "ratgeber", "podcast"},
       {{"auch", "wenn"}, {"und", "zwar"}}},
      {"fr",
       {"elle",     "ils",       "elles",     "ce",    "cet",   "cette", "ces",
        "cela",     "ceci",      "ça",        "mais",  "et",    "ou",    "cependant",
        "pourtant", "toutefois", "néanmoins", "donc",  "ainsi", "alors", "aussi",
        "puis",     "ensuite",   "or",        "sinon", "car",   "certes"},
       {{"en", "outre"},
        {"par", "ailleurs"},
        {"de", "plus"},
        {"en", "effet"},
        {"en", "revanche"},
        {"par", "conséquent"},
        {"du", "coup"},
        {"malgré", "cela"}},
       {"ce", "cet", "cette", "ces"},
       {"année",     "semaine",  "mois",    "matin", "soir",  "week-end", "été",   "hiver",
        "printemps", "automne",  "saison",  "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi",    "dimanche", "article", "site",  "texte", "guide"},
       {{"ce", "qui"}, {"ce", "que"}, {"ce", "qu"}}},
      {"es",
       {"él",     "ella",    "ellos", "ellas",    "este",     "esta",    "estos", "estas",
        "esto",   "ese",     "esa",   "esos",     "esas",     "eso",     "pero",  "y",
        "además", "también", "así",   "entonces", "asimismo", "incluso", "sino",  "luego"},
       {{"sin", "embargo"},
        {"por", "eso"},
        {"por", "ello"},
        {"por", "tanto"},
        {"no", "obstante"},
        {"de", "hecho"},
        {"en", "cambio"}},
       {"este", "esta", "estos", "estas", "ese", "esa"},
       {"año", "mes", "semana", "fin", "verano", "invierno", "otoño", "primavera", "temporada",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "artículo",
        "sitio", "texto"},
       {}},
      {"pt",
       {"ele",   "ela",     "eles",       "elas",   "este",  "esta",     "estes", "estas",
        "isto",  "esse",    "essa",       "esses",  "essas", "isso",     "mas",   "e",
        "porém", "contudo", "entretanto", "também", "assim", "portanto", "então"},
       {{"além", "disso"}, {"no", "entanto"}, {"por", "isso"}},
       {"este", "esta", "estes", "estas", "esse", "essa"},
       {"ano", "mês", "semana", "fim", "verão", "inverno", "temporada", "artigo", "site", "texto"},
       {}},
      {"it",
       {"lui",    "lei",    "loro",   "egli",   "esso",     "essa",    "questo",
        "questa", "questi", "queste", "quello", "quella",   "quelli",  "quelle",
        "ciò",    "ma",     "e",      "però",   "tuttavia", "inoltre", "quindi",
        "dunque", "anche",  "invece", "così",   "pertanto", "infatti", "poi"},
       {},
       {"questo", "questa", "questi", "queste"},
       {"anno", "mese", "settimana", "mattina", "sera", "estate", "inverno", "stagione", "articolo",
        "sito", "testo"},
       {}},
      {"nl",
       {"hij", "zij",       "ze",  "hem",       "dit",      "deze",      "die",
        "dat", "maar",      "en",  "of",        "echter",   "toch",      "daarom",
        "dus", "bovendien", "ook", "daarnaast", "daardoor", "vervolgens"},
       {},
       {"dit", "deze"},
       {"jaar", "week", "maand", "zomer", "winter", "keer", "seizoen", "artikel", "website",
        "pagina"},
       {}},
      {"pl",
       {"on",        "ona",     "oni",      "one",   "ten",    "ta",      "to",
        "te",        "tego",    "tej",      "ale",   "jednak", "i",       "a",
        "także",     "również", "dlatego",  "więc",  "zatem",  "ponadto", "natomiast",
        "tymczasem", "oraz",    "niemniej", "wtedy", "potem",  "tam"},
       {{"co", "więcej"}},
       {"ten", "ta", "te"},
       {"rok", "tydzień", "miesiąc", "weekend", "sezon", "artykuł", "tekst"},
       {}},
  };
  return lists;
}

bool In(std::string_view word, const auto& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Whether the first quotation mark in the sentence closes a quotation (it follows a letter,
// a digit or punctuation, not a space or the start): the sentence continues a quotation opened
// in the sentence before.
bool ClosesUnopenedQuote(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const bool curly_open = s.compare(i, 3, "\xE2\x80\x9C") == 0;   // “
    const bool curly_close = s.compare(i, 3, "\xE2\x80\x9D") == 0;  // ”
    if (curly_open) return false;
    if (curly_close) return i > 0;
    if (s[i] == '"') {
      if (i == 0) return false;
      const char before = s[i - 1];
      return before != ' ' && before != '\n' && before != '\t' && before != '(' && before != '[';
    }
  }
  return false;
}

// A quotation the sentence opens with (after leading spaces, which are removed from *s): where
// the text after its closing mark starts, and whether its last character is a full stop.
struct LeadingQuote {
  size_t after;
  bool ends_sentence;
};
std::optional<LeadingQuote> OpeningQuotation(std::string_view* s) {
  while (!s->empty() && (s->front() == ' ' || s->front() == '\n')) s->remove_prefix(1);
  size_t open = 0;
  if (s->starts_with('"')) {
    open = 1;
  } else if (s->starts_with("\xE2\x80\x9C")) {  // “
    open = 3;
  } else {
    return std::nullopt;
  }
  const size_t close = std::min(s->find('"', open), s->find("\xE2\x80\x9D", open));  // ”
  if (close == std::string_view::npos) return std::nullopt;
  return LeadingQuote{close + ((*s)[close] == '"' ? 1 : 3), close > open && (*s)[close - 1] == '.'};
}

// Whether the whole sentence is one quotation, with no speaker named outside it ("“We can do
// that.”"): who said it is in the sentences around it.
bool IsBareQuotation(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  const std::optional<LeadingQuote> quote = OpeningQuotation(&s);
  if (!quote) return false;
  for (size_t i = quote->after; i < s.size(); ++i) {
    if (std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80) {
      return false;
    }
  }
  return true;
}

// Whether the sentence opens with a quotation whose speaker is only a pronoun: "“We are always
// talking about fraud,” he said." — who "he" is, the sentences before say. (A described speaker,
// "the captain said", is taken to stand on its own.)
bool QuotesAPronoun(std::string_view s) {
  const std::optional<LeadingQuote> quote = OpeningQuotation(&s);
  if (!quote) return false;
  // A quotation ending in a full stop is a sentence of its own, not one with an attribution.
  if (quote->ends_sentence) return false;
  // Up to two words after the closing mark, within the sentence's attribution.
  std::vector<std::string> words;
  size_t i = quote->after;
  bool ended = false;
  while (words.size() < 2 && i < s.size() && !ended) {
    while (i < s.size() && !std::isalpha(static_cast<unsigned char>(s[i]))) {
      if (s[i] == '.' || s[i] == '"' || s[i] == ';' || (s[i] == ',' && !words.empty())) {
        ended = true;  // the attribution has ended
        break;
      }
      ++i;
    }
    if (ended) break;
    std::string w;
    while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) || s[i] == '-')) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
      ++i;
    }
    if (!w.empty()) words.push_back(std::move(w));
  }
  if (words.size() < 2) return false;
  return (In(words[0], kSubjectPronouns) && In(words[1], kSpeechVerbs)) ||
         (In(words[0], kSpeechVerbs) && In(words[1], kSubjectPronouns));
}

// The folded word without a possessive ending ("tarrant's" → "tarrant").
std::string_view NameKey(std::string_view folded) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
      return folded.substr(0, folded.size() - suffix.size());
    }
  }
  return folded;
}

// Whether token k directly follows token k - 1 (one space, no punctuation between).
bool Adjacent(const std::vector<Token>& sentence, size_t k) {
  return k > 0 && sentence[k].start == sentence[k - 1].end + 1;
}

bool TimeOrQuantity(std::string_view word) {
  return In(word, kTimeNouns) || In(word, kPresentTime) || In(word, kNotIntroduced);
}

// Words inside a sentence that point back at what an earlier one said: "such an attack", "the
// two men discussed…", "…might be forgiven for thinking so", "…before doing so". Read alone, the
// reader asks which attack, which two men, thinking what. An intensifier ("such a good idea"),
// a comparison ("such as"), a time ("the two years since") or a manner ("so far", "so much")
// is not such a word.
constexpr std::string_view kProFormVerbs[] = {"do",    "does",  "did",      "doing",   "done",
                                              "think", "thinks", "thought", "thinking", "said",
                                              "saying"};
constexpr std::string_view kSmallCounts[] = {"two", "three", "four", "five", "six", "both"};
// Words that open what follows a clause-final "so" (tokens carry no punctuation).
constexpr std::string_view kAfterProForm[] = {
    "and", "but", "though", "although", "because", "in", "at", "on", "for", "when", "after",
    "before", "without", "since", "as", "until", "if", "while", "by", "with", "from", "again",
    "or", "yet", "he", "she", "they", "we", "i", "it", "the", "a"};

bool RefersBackInside(const std::vector<Token>& tokens) {
  for (size_t k = 1; k < tokens.size(); ++k) {
    const std::string& w = tokens[k].folded;
    const std::string_view next = k + 1 < tokens.size() ? std::string_view(tokens[k + 1].folded) : "";
    const std::string_view after = k + 2 < tokens.size() ? std::string_view(tokens[k + 2].folded) : "";
    // The noun that heads the phrase at k + 2: a noun with no noun or modifier after it.
    const auto head_noun = [&](size_t at) {
      if (at >= tokens.size() || tokens[at].number) return false;
      if (EnglishWordClass(tokens[at].folded, tokens[at].capitalized) != WordClass::kNoun) {
        return false;
      }
      return at + 1 >= tokens.size() ||
             EnglishWordClass(tokens[at + 1].folded, tokens[at + 1].capitalized) == WordClass::kOther;
    };
    if (w == "such" && (next == "a" || next == "an") && head_noun(k + 2)) return true;
    if (w == "the" && In(next, kSmallCounts) && head_noun(k + 2)) {
      std::string_view noun = after;
      if (noun.ends_with('s')) noun.remove_suffix(1);
      if (!In(noun, kTimeNouns) && !In(after, kTimeNouns)) return true;  // "the two men"
    }
    // "did so", "thinking so" ending a clause, not "so far", "so that", "did so well".
    if (w == "so" && In(tokens[k - 1].folded, kProFormVerbs) &&
        (next.empty() || In(next, kAfterProForm))) {
      return true;
    }
  }
  return false;
}

// Prepositions that open an adverbial phrase before the main clause ("During…", "After a
// generation of…"), and the words that may stand before them ("Even during…").
constexpr std::string_view kOpeningPrepositions[] = {
    "during", "despite", "with",  "without", "in",     "on",         "at",
    "for",    "by",      "under", "among",   "amid",   "throughout", "following",
    "after",  "before",  "since", "until",   "over",   "within",     "through",
    "from",   "unlike",  "like",  "given",   "beyond", "across",     "against"};
constexpr std::string_view kBeforePreposition[] = {"even", "just", "only", "shortly",
                                                   "long", "well", "soon", "right"};
// Words after which a capitalised word names a place or a time, not someone a pronoun could
// stand for ("…the first debate in Denver, he…").
constexpr std::string_view kBeforePlaces[] = {"in", "at",   "from",    "to",     "near",  "across",
                                              "of", "into", "outside", "inside", "around"};
// The main clause's subject or its possessive: "he never quite pulled ahead", "his team…".
constexpr std::string_view kClauseSubjects[] = {
    "he",      "she",     "they", "his",   "her",    "their", "he's",   "she's",
    "they're", "they've", "he'd", "she'd", "they'd", "he'll", "she'll", "they'll"};

// "Even during his best period of polling, in the week after the debate in Denver, he never
// quite pulled ahead…", "After a generation of neoliberal policies, in 2014 they captured…":
// the opening phrases name nobody, so the pronoun that opens the main clause stands for someone
// an earlier sentence named. A capitalised word in the phrases ("In a session presented by Lora
// Heiny, they…", "As Mark Chapman imagines…, he…") may be who the pronoun means, so such a
// sentence is left alone; a place after "in", "at" or "from" is no such name.
bool MainClauseOpensWithPronoun(std::string_view sentence, const std::vector<Token>& tokens) {
  if (tokens.size() < 4) return false;
  size_t k = In(tokens[0].folded, kBeforePreposition) ? 1 : 0;
  if (!In(tokens[k].folded, kOpeningPrepositions)) return false;
  // Where the tokens stand in `sentence`: its first letter or digit is the first token's start.
  size_t first = 0;
  while (first < sentence.size()) {
    const CodePoint c = DecodeAt(sentence, first);
    if (IsLetter(c.value) || IsDigit(c.value)) break;
    first += static_cast<size_t>(c.length);
  }
  if (first >= sentence.size() || tokens[0].start < first) return false;
  const size_t base = tokens[0].start - first;
  const auto comma_before = [&](size_t j) {
    const size_t from = tokens[j - 1].end - base;
    const size_t to = tokens[j].start - base;
    return to <= sentence.size() && from < to &&
           sentence.substr(from, to - from).find(',') != std::string_view::npos;
  };
  constexpr size_t kMaxOpening = 40;  // tokens: a longer opening is no adverbial phrase
  for (++k; k < tokens.size() && k <= kMaxOpening; ++k) {
    if (comma_before(k)) {
      size_t j = k;
      // "…, in 2014 they captured…": a short time phrase before the subject.
      if (j + 2 < tokens.size() && In(tokens[j].folded, kOpeningPrepositions) &&
          tokens[j + 1].number) {
        j += 2;
      }
      if (In(tokens[j].folded, kClauseSubjects)) return true;
    }
    if (tokens[k].capitalized && !tokens[k].number && !In(tokens[k - 1].folded, kBeforePlaces)) {
      return false;
    }
  }
  return false;
}

// Whether a sentence in another language opens with a word or pair of Foreign()'s lists.
bool ForeignOpensDependent(const std::vector<Token>& tokens, std::string_view language) {
  if (tokens.empty() || tokens[0].number) return false;
  const auto list = std::find_if(Foreign().begin(), Foreign().end(),
                                 [&](const ForeignOpeners& l) { return l.language == language; });
  if (list == Foreign().end()) return false;
  const std::string_view first = tokens[0].folded;
  const std::string_view second = tokens.size() > 1 ? std::string_view(tokens[1].folded) : "";
  for (const auto& [a, b] : list->pairs) {
    if (first == a && second == b) return true;
  }
  if (!In(first, list->words)) return false;
  for (const auto& [a, b] : list->exceptions) {
    if (first == a && second == b) return false;
  }
  return !(In(first, list->demonstratives) && In(second, list->present));
}

}  // namespace

bool IsSpeechVerb(std::string_view word) { return In(word, kSpeechVerbs); }

bool OpensDependent(const std::vector<Token>& tokens, std::string_view language) {
  if (language != "en" && language != "und") return ForeignOpensDependent(tokens, language);
  if (tokens.empty()) return false;
  const std::string& first = tokens[0].folded;
  // A sentence adverb first ("Essentially, this bed…", "Finally he…"): what follows it opens.
  if (tokens.size() > 2 && !tokens[0].number && first.size() > 4 && first.ends_with("ly") &&
      OpensDependent(std::vector<Token>(tokens.begin() + 1, tokens.end()), language)) {
    return true;
  }
  const std::string_view second = tokens.size() > 1 ? std::string_view(tokens[1].folded) : "";
  for (const auto& [a, b] : kDependentPairs) {
    if (first == a && second == b) return true;
  }
  const std::string_view third = tokens.size() > 2 ? std::string_view(tokens[2].folded) : "";
  for (const auto& [a, b, c] : kDependentTriples) {
    if (first == a && second == b && third == c) return true;
  }
  // "One of them, the European Services Network, …", "Most of these…": some of what the
  // sentence before named ("Many of those nominated…", "Some of those who…" say whom).
  if (In(first, kQuantifiers) && second == "of" &&
      (third == "them" || third == "these" || third == "those")) {
    const std::string_view fourth = tokens.size() > 3 ? std::string_view(tokens[3].folded) : "";
    const bool described =
        third != "them" && (fourth == "who" || fourth == "whose" || fourth == "which" ||
                            fourth == "that" || fourth.ends_with("ed") || fourth.ends_with("ing"));
    if (!described) return true;
  }
  if ((first == "the" || first == "all") && In(second, kCounted) && !In(third, kTimeNouns)) {
    return true;
  }
  if (first == "next" && !In(second, kTimeNouns) && !In(second, kPresentTime)) return true;
  if (first == "the" && In(second, kInstitutionNouns) && In(third, kReportingVerbs)) return true;
  // "When she fell…", "After they left…": a clause about someone named before ("it" is left
  // out: "When it comes to prices…" refers to nothing).
  if (In(first, kSubordinators) && second != "it" && In(second, kSubjectPronouns)) return true;
  // "Since this webcast was about testing…", "Because these rules…": a demonstrative in the
  // clause (not "When this year ends…").
  if (In(first, kSubordinators) && (second == "this" || second == "these" || second == "those") &&
      !In(third, kPresentTime) && third != "days" && third != "who") {
    return true;
  }
  // "Two other covers, on the other hand, did not.", "The board, however, refused.": the
  // contrast is with something said before.
  for (size_t k = 1; k < tokens.size() && k <= 8; ++k) {
    if (tokens[k].folded == "however" && k <= 4) return true;
    if (k + 3 < tokens.size() && tokens[k].folded == "on" && tokens[k + 1].folded == "the" &&
        tokens[k + 2].folded == "other" && tokens[k + 3].folded == "hand") {
      return true;
    }
  }
  // "The bed also features…", "Police also found…": "also" in the opening subject adds to
  // something said before (not inside a relative clause: "Those who also…").
  for (size_t k = 1; k < tokens.size() && k <= 3; ++k) {
    const std::string& w = tokens[k].folded;
    if (w == "who" || w == "which" || w == "that" || w == "whose") break;
    if (w == "also") return true;
  }
  if (!In(first, kDependentWords)) return false;
  if (first == "this" && In(second, kPresentTime)) return false;
  if (first == "these" && second == "days") return false;
  if (first == "those" && (second == "who" || second == "whose" || second == "with")) return false;
  if (first == "so" && second == "far") return false;
  if (first == "however" && In(second, kDegreeWords)) return false;  // "However long it takes"
  return true;
}

bool OpensDependent(std::string_view sentence, const std::vector<Token>& tokens,
                    std::string_view language) {
  if (language != "en" && language != "und") return OpensDependent(tokens, language);
  return OpensDependent(tokens, language) || ClosesUnopenedQuote(sentence) ||
         IsBareQuotation(sentence) || QuotesAPronoun(sentence) || RefersBackInside(tokens) ||
         Answers(sentence) || MainClauseOpensWithPronoun(sentence, tokens);
}

std::vector<bool> InsideQuotation(const std::vector<std::string_view>& sentences,
                                  const std::vector<int>& paragraph) {
  std::vector<bool> inside(sentences.size(), false);
  bool open = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0 && paragraph[i] != paragraph[i - 1]) open = false;
    inside[i] = open;
    const std::string_view s = sentences[i];
    for (size_t k = 0; k < s.size(); ++k) {
      if (s[k] == '"') {
        open = !open;
      } else if (s.compare(k, 3, "\xE2\x80\x9C") == 0) {  // “
        open = true;
      } else if (s.compare(k, 3, "\xE2\x80\x9D") == 0) {  // ”
        open = false;
      }
    }
  }
  return inside;
}

std::vector<std::vector<int>> NameIntroductions(const std::vector<std::vector<Token>>& tokens,
                                                const std::vector<bool>& excluded,
                                                std::string_view language) {
  const size_t n = tokens.size();
  std::vector<std::vector<int>> out(n);
  if (language != "en" && language != "und") return out;
  // Words the text also writes in lower case are not names ("The", "Police").
  std::unordered_set<std::string_view> lower;
  for (const auto& sentence : tokens) {
    for (const Token& t : sentence) {
      if (!t.capitalized && !t.number) lower.insert(NameKey(t.folded));
    }
  }
  struct FirstMention {
    int sentence;
    int length;  // name words in the run it first appeared in
    bool last;   // it was that run's last name word (a surname, not a first name or a
                 // qualifier: "Pakistan" of "Pakistan Cricket Board" stands on its own)
  };
  std::unordered_map<std::string_view, FirstMention> first;
  std::vector<std::string_view> run;  // the name words of the current run
  for (size_t i = 0; i < n; ++i) {
    const auto& sentence = tokens[i];
    size_t k = 0;
    while (k < sentence.size()) {
      // A run: capitalised words one character apart ("Blake Fielder-Civil", "Mr Tarrant").
      run.clear();
      size_t end = k;
      while (end < sentence.size() && sentence[end].capitalized && !sentence[end].number &&
             (end == k || sentence[end].start == sentence[end - 1].end + 1)) {
        const std::string_view key = NameKey(sentence[end].folded);
        if (!In(key, kTitles) && !lower.contains(key)) {
          run.push_back(key);
        }
        ++end;
      }
      if (end == k) {
        ++k;
        continue;
      }
      k = end;
      const int length = static_cast<int>(run.size());
      for (size_t r = 0; r < run.size(); ++r) {
        const std::string_view key = run[r];
        auto it = first.find(key);
        if (it == first.end()) {
          if (!excluded[i]) {
            first.emplace(key, FirstMention{static_cast<int>(i), length, r + 1 == run.size()});
          }
          continue;
        }
        const FirstMention& m = it->second;
        if (length == 1 && m.length > 1 && m.last && m.sentence != static_cast<int>(i) &&
            std::find(out[i].begin(), out[i].end(), m.sentence) == out[i].end()) {
          out[i].push_back(m.sentence);
        }
      }
    }
  }
  for (auto& v : out) std::sort(v.begin(), v.end());
  return out;
}

std::vector<std::vector<int>> DefiniteIntroductions(const std::vector<std::vector<Token>>& tokens,
                                                    const std::vector<bool>& excluded,
                                                    std::string_view language) {
  const size_t n = tokens.size();
  std::vector<std::vector<int>> out(n);
  if (language != "en" && language != "und") return out;
  // The first eligible sentence bringing in each noun with "a"/"an": the content words of the
  // three after the article, in one phrase ("a landlord", "a new smart bed").
  std::unordered_map<std::string_view, int> introduced;
  for (size_t i = 0; i < n; ++i) {
    const auto& sentence = tokens[i];
    // Each "the …" phrase: its lowercase content words up to the first function word or
    // punctuation, at most four words ("The famous U.S. film critic", "…said that the girl…").
    for (size_t the = 0; the + 1 < sentence.size(); ++the) {
      if (sentence[the].folded != "the") continue;
      for (size_t k = the + 1; k < sentence.size() && k <= the + 4 && Adjacent(sentence, k); ++k) {
        const Token& t = sentence[k];
        if (t.number || (!t.content && !t.capitalized)) break;
        if (t.capitalized || TimeOrQuantity(t.folded)) continue;
        const auto it = introduced.find(t.folded);
        if (it != introduced.end() &&
            std::find(out[i].begin(), out[i].end(), it->second) == out[i].end()) {
          out[i].push_back(it->second);
        }
      }
    }
    if (excluded[i]) continue;
    for (size_t k = 0; k + 1 < sentence.size(); ++k) {
      if (sentence[k].folded != "a" && sentence[k].folded != "an") continue;
      for (size_t m = k + 1; m < sentence.size() && m <= k + 3 && Adjacent(sentence, m); ++m) {
        const Token& t = sentence[m];
        if (t.number) break;
        if (t.content && !t.capitalized) introduced.emplace(t.folded, static_cast<int>(i));
      }
    }
  }
  return out;
}

}  // namespace precis::text
