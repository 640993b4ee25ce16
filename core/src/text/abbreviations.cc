#include "text/abbreviations.h"

#include <algorithm>
#include <iterator>

namespace precis::text {
namespace {

// ---- English (always on) ----
// Abbreviations that are followed by a name and never end a sentence before a capital
// ("Mr. Smith", "Mt. Fuji", "Lt. Col. Jones").
constexpr std::string_view kEnTitles[] = {
    "mr",  "mrs", "ms",  "messrs", "mme", "mlle", "dr",   "prof", "st",  "mt",
    "ft",  "gen", "lt",  "col",    "maj", "sgt",  "capt", "cpl",  "adm", "cmdr",
    "gov", "sen", "rep", "rev",    "hon", "pres", "supt", "insp", "det", "fr",
    "sr",  "jr",  "sra", "srta",   "hr",  "herr", "frau", "rt"};

// Abbreviations that usually continue the sentence but may end it ("... & Co. It closed"):
// companies, months, days, streets, US states, Latin. Abbreviations that are also everyday
// words ("Sat.", "Sun.", "Wash.", "Ill.", "Mass.") are left out: the word is far more common.
constexpr std::string_view kEnContinuing[] = {
    "inc",    "co",    "corp", "ltd",  "llc",   "plc",  "bros", "dept", "univ", "assn", "est",
    "approx", "ca",    "cf",   "vs",   "etc",   "al",   "jan",  "feb",  "mar",  "apr",  "jun",
    "jul",    "aug",   "sep",  "sept", "oct",   "nov",  "dec",  "mon",  "tue",  "tues", "thu",
    "thur",   "thurs", "fri",  "ave",  "blvd",  "rd",   "hwy",  "rte",  "mio",  "mrd",  "bzw",
    "usw",    "ala",   "ariz", "ark",  "calif", "colo", "conn", "del",  "fla",  "ga",   "kan",
    "ky",     "la",    "md",   "mich", "minn",  "mo",   "mont", "neb",  "nev",  "okla", "pa",
    "tenn",   "tex",   "va",   "vt",   "wash"};

// Abbreviations that take a number ("No. 5", "p. 55", "Vol. 2").
constexpr std::string_view kEnBeforeNumber[] = {"no",  "nos", "nr",   "n\xC2\xB0", "p",   "pp",
                                                "vol", "fig", "figs", "ch",        "sec", "art",
                                                "op",  "tel", "ext",  "para",      "pop"};

// Capitalised words that typically open a sentence; after an ambiguous abbreviation ("U.S.",
// "Inc.") they signal a boundary, any other capitalised word (a name) does not.
constexpr std::string_view kEnStarters[] = {
    "the",       "a",           "an",        "he",           "she",       "it",      "i",
    "we",        "they",        "you",       "this",         "that",      "these",   "those",
    "there",     "here",        "his",       "her",          "its",       "our",     "their",
    "my",        "your",        "but",       "and",          "or",        "so",      "yet",
    "in",        "on",          "at",        "for",          "with",      "from",    "by",
    "as",        "if",          "when",      "while",        "after",     "before",  "although",
    "though",    "however",     "meanwhile", "what",         "who",       "how",     "why",
    "where",     "which",       "now",       "then",         "some",      "many",    "most",
    "all",       "no",          "not",       "one",          "both",      "each",    "every",
    "last",      "next",        "please",    "since",        "during",    "also",    "just",
    "still",     "even",        "only",      "such",         "thus",      "instead", "indeed",
    "besides",   "furthermore", "moreover",  "nevertheless", "otherwise", "perhaps", "maybe",
    "today",     "yesterday",   "tomorrow",  "later",        "earlier",   "finally", "first",
    "second",    "third",       "other",     "another",      "several",   "few",     "more",
    "less",      "any",         "none",      "nobody",       "everyone",  "someone", "something",
    "nothing",   "everything",  "let",       "do",           "does",      "did",     "is",
    "are",       "was",         "were",      "can",          "could",     "will",    "would",
    "should",    "may",         "might",     "must",         "have",      "has",     "had",
    "according", "despite",     "because",   "unless",       "until",     "whether", "once",
    "again",     "thanks",      "yes",       "well",         "oh",        "to",      "mr",
    "mrs",       "ms",          "dr"};

// Capitalised nouns that commonly follow a country abbreviation inside a name ("U.S.
// Government", "U.K. Parliament"): after "U.S." they continue the sentence.
constexpr std::string_view kCompoundHeads[] = {
    "government", "army",       "navy",     "senate",  "congress", "department", "president",
    "embassy",    "court",      "treasury", "dollar",  "forces",   "military",   "economy",
    "secretary",  "ambassador", "attorney", "open",    "team",     "border",     "parliament",
    "police",     "office",     "state",    "states",  "air",      "marine",     "marines",
    "coast",      "central",    "national", "federal", "supreme"};

// ---- Other languages: lists written for this project from each language's standard
// abbreviations (dictionary front matter, style guides). ----

struct LanguageLists {
  std::string_view language;
  const std::string_view* titles;
  size_t titles_size;
  const std::string_view* continuing;
  size_t continuing_size;
  const std::string_view* before_number;
  size_t before_number_size;
  const std::string_view* starters;
  size_t starters_size;
};

constexpr std::string_view kDeTitles[] = {"hr", "hrn", "fr", "frl", "dr", "prof", "dipl", "ing"};
constexpr std::string_view kDeContinuing[] = {
    "bzw",  "ca",   "evtl", "ggf", "inkl", "usw",   "vgl",   "z.b", "d.h",   "u.a",
    "sog",  "ehem", "gegr", "geb", "gest", "insb",  "max",   "min", "mind",  "rd",
    "zzgl", "allg", "bspw", "gem", "u.ä",  "o.ä",   "u.v.m", "z.t", "i.d.r", "str",
    "mio",  "mrd",  "tsd",  "jh",  "jhd",  "v.chr", "n.chr"};
constexpr std::string_view kDeBeforeNumber[] = {"nr", "s", "abs", "bd", "kap", "tel", "art"};
constexpr std::string_view kDeStarters[] = {
    "der",    "die",   "das",  "ein",   "eine", "er",  "sie",  "es",    "wir",  "ich",
    "ihr",    "man",   "dann", "aber",  "und",  "im",  "in",   "am",    "auf",  "nach",
    "mit",    "bei",   "als",  "wenn",  "doch", "so",  "auch", "heute", "dies", "diese",
    "dieser", "zudem", "denn", "damit", "seit", "wie", "was"};

constexpr std::string_view kFrTitles[] = {"m",  "mm", "mme", "mmes", "mlle", "mlles",
                                          "dr", "pr", "me",  "st",   "ste",  "mgr"};
constexpr std::string_view kFrContinuing[] = {"etc",  "env", "cf",  "p.ex", "av",  "apr", "éd",
                                              "boul", "bd",  "hab", "min",  "max", "fig", "mrd"};
constexpr std::string_view kFrBeforeNumber[] = {"n",   "no",   "n°", "p",  "vol",
                                                "art", "chap", "t",  "tél"};
constexpr std::string_view kFrStarters[] = {
    "le",   "la",   "les",  "un",    "une",    "il",    "elle", "ils", "elles",
    "nous", "je",   "on",   "ce",    "cette",  "mais",  "et",   "en",  "au",
    "dans", "pour", "puis", "alors", "depuis", "selon", "des"};

constexpr std::string_view kEsTitles[] = {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "dña",
                                          "d",  "ud",  "uds",  "vd", "vds", "sto", "sta"};
constexpr std::string_view kEsContinuing[] = {"etc",  "aprox", "avda", "av",  "ee.uu", "admón",
                                              "dpto", "cía",   "máx",  "mín", "cap",   "fig"};
constexpr std::string_view kEsBeforeNumber[] = {"pág", "págs", "núm", "n", "art", "vol", "tel"};
constexpr std::string_view kEsStarters[] = {
    "el",    "la",       "los",  "las",  "un",    "una",   "él",    "ella",
    "ellos", "nosotros", "yo",   "pero", "y",     "en",    "con",   "para",
    "luego", "entonces", "este", "esta", "según", "desde", "además"};

constexpr std::string_view kItTitles[] = {"sig",  "sigg", "sig.ra", "dott", "dott.ssa",
                                          "prof", "ing",  "avv",    "geom", "on",
                                          "sen",  "rag",  "mons"};
constexpr std::string_view kItContinuing[] = {"ecc", "ca",  "cfr", "es",  "ad es", "fig",
                                              "cap", "mln", "mld", "c.a", "sgg"};
constexpr std::string_view kItBeforeNumber[] = {"pag", "pagg", "art", "n", "nr", "vol", "tel"};
constexpr std::string_view kItStarters[] = {
    "il", "lo", "la", "i",   "gli", "le",  "un",     "una",    "egli",    "lei",  "noi",    "io",
    "ma", "e",  "in", "con", "per", "poi", "questo", "questa", "secondo", "dopo", "inoltre"};

constexpr std::string_view kPtTitles[] = {"sr",    "sra", "srta", "dr",   "dra", "prof",
                                          "profa", "eng", "exmo", "exma", "d"};
constexpr std::string_view kPtContinuing[] = {"etc",  "aprox", "av",  "ex",  "cia",
                                              "ltda", "máx",   "mín", "cap", "fig"};
constexpr std::string_view kPtBeforeNumber[] = {"pág", "págs", "n",   "nº",
                                                "núm", "art",  "vol", "tel"};
constexpr std::string_view kPtStarters[] = {
    "o",   "a", "os", "as",  "um",   "uma",    "ele",  "ela",  "eles",    "nós", "eu",
    "mas", "e", "em", "com", "para", "depois", "este", "esta", "segundo", "além"};

constexpr std::string_view kNlTitles[] = {"dhr", "mevr", "mw", "dr",  "prof",
                                          "ir",  "ing",  "mr", "drs", "st"};
constexpr std::string_view kNlContinuing[] = {"bijv", "bv", "enz", "evt",   "m.a.w", "o.a", "d.w.z",
                                              "etc",  "ca", "vgl", "z.g.a", "jl",    "mln", "mld"};
constexpr std::string_view kNlBeforeNumber[] = {"nr", "blz", "art", "tel", "p"};
constexpr std::string_view kNlStarters[] = {
    "de", "het", "een", "hij",  "zij", "ze",  "wij",  "we",      "ik",     "maar", "en",
    "in", "op",  "met", "voor", "dan", "dit", "deze", "volgens", "daarna", "ook"};

constexpr std::string_view kRuTitles[] = {"г-н", "г-жа", "проф", "акад", "им", "св", "д-р"};
constexpr std::string_view kRuContinuing[] = {
    "т.е", "т.к",  "т.д", "т.п", "т.н", "др", "пр", "ул", "тыс", "млн",  "млрд", "руб", "коп",
    "см",  "напр", "пос", "обл", "г",   "гг", "вв", "в",  "ок",  "прим", "англ", "лат"};
constexpr std::string_view kRuBeforeNumber[] = {"д", "стр", "ст",   "гл", "рис",
                                                "№", "кв",  "корп", "с"};
constexpr std::string_view kRuStarters[] = {"он",    "она",   "оно", "они", "мы",     "я",    "но",
                                            "и",     "в",     "на",  "с",   "это",    "этот", "эта",
                                            "после", "тогда", "по",  "как", "однако", "также"};

#define PRECIS_LISTS(code, prefix)                                                            \
  LanguageLists {                                                                             \
    code, prefix##Titles, std::size(prefix##Titles), prefix##Continuing,                      \
        std::size(prefix##Continuing), prefix##BeforeNumber, std::size(prefix##BeforeNumber), \
        prefix##Starters, std::size(prefix##Starters)                                         \
  }

constexpr LanguageLists kLanguages[] = {PRECIS_LISTS("de", kDe), PRECIS_LISTS("fr", kFr),
                                        PRECIS_LISTS("es", kEs), PRECIS_LISTS("it", kIt),
                                        PRECIS_LISTS("pt", kPt), PRECIS_LISTS("nl", kNl),
                                        PRECIS_LISTS("ru", kRu)};
#undef PRECIS_LISTS

bool In(const std::string_view* list, size_t size, std::string_view word) {
  return std::find(list, list + size, word) != list + size;
}

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view word) {
  return In(list, N, word);
}

const LanguageLists* ListsFor(std::string_view language) {
  for (const LanguageLists& l : kLanguages) {
    if (l.language == language) return &l;
  }
  return nullptr;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view folded, std::string_view language) {
  if (const LanguageLists* l = ListsFor(language)) {
    if (In(l->before_number, l->before_number_size, folded)) return AbbreviationKind::kBeforeNumber;
    if (In(l->titles, l->titles_size, folded)) return AbbreviationKind::kTitle;
    if (In(l->continuing, l->continuing_size, folded)) return AbbreviationKind::kContinuing;
  }
  if (In(kEnBeforeNumber, folded)) return AbbreviationKind::kBeforeNumber;
  if (In(kEnTitles, folded)) return AbbreviationKind::kTitle;
  if (In(kEnContinuing, folded)) return AbbreviationKind::kContinuing;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view folded, std::string_view language) {
  if (const LanguageLists* l = ListsFor(language)) {
    if (In(l->starters, l->starters_size, folded)) return true;
  }
  return In(kEnStarters, folded);
}

bool IsCompoundHead(std::string_view folded) { return In(kCompoundHeads, folded); }

bool UsesOrdinalPeriod(std::string_view language) {
  constexpr std::string_view kOrdinalPeriod[] = {"de", "da", "nb", "fi", "cs", "sk", "pl",
                                                 "hu", "hr", "sl", "et", "tr", "sr"};
  return In(kOrdinalPeriod, language);
}

}  // namespace precis::text
