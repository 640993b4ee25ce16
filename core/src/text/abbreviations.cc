#include "text/abbreviations.h"

#include <algorithm>
#include <iterator>
#include <span>

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

// Abbreviations that take a number ("No. 5", "p. 55", "Vol. 2", "Rs. 500": rupees).
constexpr std::string_view kEnBeforeNumber[] = {"no",  "nos", "nr",   "n\xC2\xB0", "p",   "pp",
                                                "vol", "fig", "figs", "ch",        "sec", "art",
                                                "op",  "tel", "ext",  "para",      "pop", "rs"};

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
  std::span<const std::string_view> titles;
  std::span<const std::string_view> continuing;
  std::span<const std::string_view> final;
  std::span<const std::string_view> before_number;
  std::span<const std::string_view> starters;
};

// Spaced forms are listed without their spaces ("z. B." is "z.b").
constexpr std::string_view kDeTitles[] = {"hr", "hrn", "fr", "frl", "dr", "prof", "dipl", "ing"};
constexpr std::string_view kDeContinuing[] = {
    "bzw",  "ca",    "evtl", "ggf",   "inkl",  "vgl", "z.b",   "d.h",   "u.a",  "v.a",
    "s.o",  "s.u",   "u.u",  "z.t",   "z.zt",  "i.a", "i.d.r", "a.d",   "d.j",  "o.g",
    "sog",  "ehem",  "gegr", "geb",   "gest",  "insb", "max",  "min",   "mind", "rd",
    "zzgl", "allg",  "bspw", "gem",   "str",   "mio", "mrd",   "tsd",   "jh",   "jhd",
    "v.chr", "n.chr", "u.ä", "o.ä",   "z.hd",  "lt",  "lfd"};
constexpr std::string_view kDeFinal[] = {"usw", "etc", "u.v.m", "u.a.m"};
constexpr std::string_view kDeBeforeNumber[] = {"nr",  "s",  "abs", "bd", "kap",
                                                "tel", "art", "ziff", "jg"};
constexpr std::string_view kDeStarters[] = {
    "der",    "die",   "das",  "ein",   "eine", "er",  "sie",  "es",    "wir",  "ich",
    "ihr",    "man",   "dann", "aber",  "und",  "im",  "in",   "am",    "auf",  "nach",
    "mit",    "bei",   "als",  "wenn",  "doch", "so",  "auch", "heute", "dies", "diese",
    "dieser", "zudem", "denn", "damit", "seit", "wie", "was"};

constexpr std::string_view kFrTitles[] = {"m",  "mm", "mme", "mmes", "mlle", "mlles",
                                          "dr", "pr", "me",  "st",   "ste",  "mgr"};
constexpr std::string_view kFrContinuing[] = {"env", "cf",  "p.ex", "av",  "apr", "éd", "boul",
                                              "bd",  "hab", "min",  "max", "fig", "mrd", "j.-c"};
constexpr std::string_view kFrFinal[] = {"etc"};
constexpr std::string_view kFrBeforeNumber[] = {"n",   "no",   "n°", "p",  "vol",
                                                "art", "chap", "t",  "tél"};
constexpr std::string_view kFrStarters[] = {
    "le",   "la",   "les",  "un",    "une",    "il",    "elle", "ils", "elles",
    "nous", "je",   "on",   "ce",    "cette",  "mais",  "et",   "en",  "au",
    "dans", "pour", "puis", "alors", "depuis", "selon", "des"};

constexpr std::string_view kEsTitles[] = {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "dña",
                                          "d",  "ud",  "uds",  "vd", "vds", "sto", "sta"};
constexpr std::string_view kEsContinuing[] = {"aprox", "avda", "ee.uu", "admón", "dpto", "cía",
                                              "máx",   "mín",  "cap",   "fig",   "p.ej", "a.c",
                                              "d.c",   "s.a",  "ej",    "av",    "ff.aa"};
constexpr std::string_view kEsFinal[] = {"etc"};
constexpr std::string_view kEsBeforeNumber[] = {"pág", "págs", "núm", "n", "art", "vol", "tel"};
constexpr std::string_view kEsStarters[] = {
    "el",    "la",       "los",  "las",  "un",    "una",   "él",    "ella",
    "ellos", "nosotros", "yo",   "pero", "y",     "en",    "con",   "para",
    "luego", "entonces", "este", "esta", "según", "desde", "además"};

constexpr std::string_view kItTitles[] = {"sig",  "sigg", "sig.ra", "dott", "dott.ssa",
                                          "prof", "ing",  "avv",    "geom", "on",
                                          "sen",  "rag",  "mons",   "prof.ssa"};
constexpr std::string_view kItContinuing[] = {"ca",  "cfr", "es",  "fig", "cap",   "mln",
                                              "mld", "c.a", "sgg", "a.c", "d.c",   "s.p.a",
                                              "s.r.l"};
constexpr std::string_view kItFinal[] = {"ecc", "etc"};
constexpr std::string_view kItBeforeNumber[] = {"pag", "pagg", "art", "n", "nr", "vol", "tel"};
constexpr std::string_view kItStarters[] = {
    "il", "lo", "la", "i",   "gli", "le",  "un",     "una",    "egli",    "lei",  "noi",    "io",
    "ma", "e",  "in", "con", "per", "poi", "questo", "questa", "secondo", "dopo", "inoltre"};

constexpr std::string_view kPtTitles[] = {"sr",    "sra", "srta", "dr",   "dra", "prof",
                                          "profa", "eng", "exmo", "exma", "d"};
constexpr std::string_view kPtContinuing[] = {"aprox", "av",  "ex",  "cia", "ltda", "máx", "mín",
                                              "cap",   "fig", "s.a", "p.ex", "a.c", "d.c"};
constexpr std::string_view kPtFinal[] = {"etc"};
constexpr std::string_view kPtBeforeNumber[] = {"pág", "págs", "n",   "nº",  "n.º",
                                                "núm", "art",  "vol", "tel"};
constexpr std::string_view kPtStarters[] = {
    "o",   "a", "os", "as",  "um",   "uma",    "ele",  "ela",  "eles",    "nós", "eu",
    "mas", "e", "em", "com", "para", "depois", "este", "esta", "segundo", "além"};

constexpr std::string_view kNlTitles[] = {"dhr", "mevr", "mw", "dr",  "prof",
                                          "ir",  "ing",  "mr", "drs", "st"};
constexpr std::string_view kNlContinuing[] = {
    "bijv", "bv",    "evt",   "m.a.w", "o.a",   "d.w.z", "ca",   "vgl",  "z.g.a", "jl",
    "mln",  "mld",   "i.p.v", "m.b.t", "t.a.v", "n.a.v", "resp", "incl", "excl"};
constexpr std::string_view kNlFinal[] = {"enz", "etc"};
constexpr std::string_view kNlBeforeNumber[] = {"nr", "blz", "art", "tel", "p"};
constexpr std::string_view kNlStarters[] = {
    "de", "het", "een", "hij",  "zij", "ze",  "wij",  "we",      "ik",     "maar", "en",
    "in", "op",  "met", "voor", "dan", "dit", "deze", "volgens", "daarna", "ook"};

constexpr std::string_view kRuTitles[] = {"г-н", "г-жа", "проф", "акад", "им", "св", "д-р"};
constexpr std::string_view kRuContinuing[] = {
    "т.е",  "т.к", "т.н",  "т.ч",  "ул",  "тыс", "млн",  "млрд", "руб", "коп", "см",
    "напр", "пос", "обл",  "г",    "гг",  "вв",  "в",    "ок",   "прим", "англ", "лат",
    "н.э",  "гос", "доп",  "мед",  "оз",  "р"};
constexpr std::string_view kRuFinal[] = {"т.д", "т.п", "др", "пр"};
constexpr std::string_view kRuBeforeNumber[] = {"д", "стр", "ст", "гл", "рис", "№",
                                                "кв", "корп", "с", "т", "ч", "п"};
constexpr std::string_view kRuStarters[] = {"он",    "она",   "оно", "они", "мы",     "я",    "но",
                                            "и",     "в",     "на",  "с",   "это",    "этот", "эта",
                                            "после", "тогда", "по",  "как", "однако", "также"};

// Greek (folded: lowercase with accents kept).
constexpr std::string_view kElTitles[] = {"κ", "κα", "δρ", "καθ", "αγ"};
constexpr std::string_view kElContinuing[] = {"π.χ", "δηλ", "βλ", "μ.χ", "π.μ", "μ.μ",
                                              "χλμ", "εκατ", "δισ", "περ", "κ.ά"};
constexpr std::string_view kElFinal[] = {"κ.λπ", "κλπ", "κτλ", "κ.τ.λ"};
constexpr std::string_view kElBeforeNumber[] = {"σελ", "αρ", "τ", "κεφ", "παρ", "τηλ"};
constexpr std::string_view kElStarters[] = {"ο", "η", "το", "οι", "τα", "αυτό", "αυτή", "ένας",
                                            "μια", "ένα", "στη", "στο", "στην", "μετά", "όμως"};

// Hindi: titles written with a period; initials are caught as single letters.
constexpr std::string_view kHiTitles[] = {"डॉ", "डा", "प्रो", "श्री", "सुश्री", "कु"};
constexpr std::string_view kHiContinuing[] = {"ई.पू", "कि.मी", "से.मी", "मि.ली", "लि", "सं"};
constexpr std::string_view kHiBeforeNumber[] = {"पृ", "क्र"};
constexpr std::string_view kHiStarters[] = {"यह", "वह"};

// Armenian ends sentences with ։ (or a typed ':'); a period marks abbreviations.
constexpr std::string_view kHyTitles[] = {"պրն", "տկն", "օրդ", "թ", "թթ", "դ"};
constexpr std::string_view kHyContinuing[] = {"մ.թ.ա", "ք.ա", "մ.թ", "կմ", "տ"};
constexpr std::string_view kHyFinal[] = {"այլն"};
constexpr std::string_view kHyBeforeNumber[] = {"էջ", "հմ"};
constexpr std::string_view kHyStarters[] = {"նա", "այն", "սա", "մենք"};

// Shorter lists for more languages: their most common abbreviations with a period.
constexpr std::string_view kPlTitles[] = {"p", "dr", "prof", "inż", "mgr", "ks", "ul", "al"};
constexpr std::string_view kPlContinuing[] = {"np", "tzw", "m.in", "ok", "godz", "tys", "mln",
                                              "mld", "zł", "r", "w", "wg", "ww", "tj", "pn"};
constexpr std::string_view kPlFinal[] = {"itd", "itp", "etc"};
constexpr std::string_view kPlBeforeNumber[] = {"pkt", "nr", "str", "s", "art", "ust", "poz"};
constexpr std::string_view kPlStarters[] = {"w", "na", "to", "ten", "ta", "nie", "jak", "ale"};

constexpr std::string_view kCsTitles[] = {"p", "pí", "dr", "prof", "ing", "mgr", "ul"};
constexpr std::string_view kCsContinuing[] = {"např", "tzv", "resp", "mj", "apod", "tj", "cca",
                                              "tis", "mil", "mld", "kč", "r", "st"};
constexpr std::string_view kCsFinal[] = {"atd", "aj", "etc"};
constexpr std::string_view kCsBeforeNumber[] = {"č", "str", "s", "odst", "písm", "tel"};
constexpr std::string_view kCsStarters[] = {"v", "na", "to", "ten", "ta", "ale", "když"};

constexpr std::string_view kSkTitles[] = {"p", "pí", "dr", "prof", "ing", "mgr", "ul"};
constexpr std::string_view kSkContinuing[] = {"napr", "tzv", "resp", "okr", "tj", "cca", "tis",
                                              "mil", "mld", "r", "st", "hod", "min"};
constexpr std::string_view kSkFinal[] = {"atď", "a.i", "etc"};
constexpr std::string_view kSkBeforeNumber[] = {"č", "str", "s", "ods", "písm", "tel"};
constexpr std::string_view kSkStarters[] = {"v", "na", "to", "ten", "ta", "ale", "keď"};

constexpr std::string_view kDaTitles[] = {"hr", "fru", "dr", "prof", "sct"};
constexpr std::string_view kDaContinuing[] = {"f.eks", "bl.a", "ca", "dvs", "jf", "kr", "mio",
                                              "mia", "pga", "evt", "inkl", "kl", "mht"};
constexpr std::string_view kDaFinal[] = {"osv", "m.m", "etc"};
constexpr std::string_view kDaBeforeNumber[] = {"nr", "s", "stk", "tlf"};
constexpr std::string_view kDaStarters[] = {"den", "det", "de", "han", "hun", "vi", "jeg", "men"};

constexpr std::string_view kNbTitles[] = {"hr", "fru", "dr", "prof"};
constexpr std::string_view kNbContinuing[] = {"f.eks", "bl.a", "ca", "dvs", "jf", "kr", "mill",
                                              "mrd", "pga", "evt", "inkl", "kl", "mht"};
constexpr std::string_view kNbFinal[] = {"osv", "m.m", "etc"};
constexpr std::string_view kNbBeforeNumber[] = {"nr", "s", "stk", "tlf"};
constexpr std::string_view kNbStarters[] = {"den", "det", "de", "han", "hun", "vi", "jeg", "men"};

constexpr std::string_view kSvTitles[] = {"hr", "fru", "dr", "prof", "doc"};
constexpr std::string_view kSvContinuing[] = {"t.ex", "bl.a", "ca", "d.v.s", "dvs", "jfr", "kr",
                                              "milj", "mdr", "pga", "inkl", "kl", "s.k"};
constexpr std::string_view kSvFinal[] = {"osv", "m.m", "etc"};
constexpr std::string_view kSvBeforeNumber[] = {"nr", "s", "st", "tel"};
constexpr std::string_view kSvStarters[] = {"den", "det", "de", "han", "hon", "vi", "jag", "men"};

constexpr std::string_view kBgTitles[] = {"г-н", "г-жа", "д-р", "проф", "акад", "ул", "гр"};
constexpr std::string_view kBgContinuing[] = {"т.е", "напр", "г", "в", "хил", "млн", "млрд",
                                              "лв", "ок", "вкл", "т.нар", "пр.н.е", "сл.н.е"};
constexpr std::string_view kBgFinal[] = {"т.н", "др"};
constexpr std::string_view kBgBeforeNumber[] = {"стр", "с", "ал", "чл", "т", "№"};
constexpr std::string_view kBgStarters[] = {"той", "тя", "то", "те", "ние", "аз", "но", "в"};

constexpr std::string_view kUkTitles[] = {"п", "пан", "пані", "д-р", "проф", "акад", "вул"};
constexpr std::string_view kUkContinuing[] = {"т.зв", "напр", "р", "рр", "ст", "м", "тис",
                                              "млн", "млрд", "грн", "обл", "с", "див"};
constexpr std::string_view kUkFinal[] = {"т.д", "т.п", "ін"};
constexpr std::string_view kUkBeforeNumber[] = {"с", "стор", "ч", "п", "№", "буд"};
constexpr std::string_view kUkStarters[] = {"він", "вона", "воно", "вони", "ми", "я", "але", "у"};

// Kazakh (Cyrillic): accepted as a given language for its abbreviations; not detected.
constexpr std::string_view kKkTitles[] = {"ж", "жж", "проф", "акад"};
constexpr std::string_view kKkContinuing[] = {"мыс", "б.з.д", "б.з", "млн", "млрд", "мың", "км",
                                              "ш"};
constexpr std::string_view kKkFinal[] = {"т.б", "т.с.с"};
constexpr std::string_view kKkBeforeNumber[] = {"б", "№", "бап"};
constexpr std::string_view kKkStarters[] = {"ол", "біз", "мен", "бұл", "бірақ"};

// Marathi: like Hindi, titles and eras written with a period.
constexpr std::string_view kMrTitles[] = {"डॉ", "प्रा", "श्री", "सौ", "कु"};
constexpr std::string_view kMrContinuing[] = {"इ.स", "इ.स.पू", "कि.मी", "रु"};
constexpr std::string_view kMrBeforeNumber[] = {"क्र", "पृ"};
constexpr std::string_view kMrStarters[] = {"तो", "ती", "ते"};

#define PRECIS_LISTS(code, prefix)                                                        \
  LanguageLists {                                                                         \
    code, prefix##Titles, prefix##Continuing, prefix##Final, prefix##BeforeNumber,        \
        prefix##Starters                                                                  \
  }

constexpr LanguageLists kLanguages[] = {
    PRECIS_LISTS("de", kDe), PRECIS_LISTS("fr", kFr), PRECIS_LISTS("es", kEs),
    PRECIS_LISTS("it", kIt), PRECIS_LISTS("pt", kPt), PRECIS_LISTS("nl", kNl),
    PRECIS_LISTS("ru", kRu), PRECIS_LISTS("el", kEl), PRECIS_LISTS("hy", kHy),
    PRECIS_LISTS("pl", kPl), PRECIS_LISTS("cs", kCs), PRECIS_LISTS("sk", kSk),
    PRECIS_LISTS("da", kDa), PRECIS_LISTS("nb", kNb), PRECIS_LISTS("sv", kSv),
    PRECIS_LISTS("bg", kBg), PRECIS_LISTS("uk", kUk), PRECIS_LISTS("kk", kKk),
    {"hi", kHiTitles, kHiContinuing, {}, kHiBeforeNumber, kHiStarters},
    {"mr", kMrTitles, kMrContinuing, {}, kMrBeforeNumber, kMrStarters}};
#undef PRECIS_LISTS

// German ordinals: the words before the number that make it an adjective, and the words after
// it that only an ordinal precedes.
constexpr std::string_view kDeOrdinalBefore[] = {
    "der",  "die", "das", "den",  "dem",  "des", "am",   "im",  "zum",   "zur",  "vom",
    "beim", "ins", "ans", "bis",  "ab",   "ein", "eine", "einem", "einen", "einer", "jeden",
    "jedem", "jede", "seinem", "seinen", "ihrem", "ihren", "unserem", "diesem", "dieses"};
constexpr std::string_view kDeOrdinalAfter[] = {
    "januar", "jänner", "februar", "märz",     "april",   "mai",      "juni",        "juli",
    "august", "september", "oktober", "november", "dezember", "jahrhundert", "jahrhunderts",
    "jh",     "jhd",      "jahrtausend"};

bool In(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Some entry of `list` is `folded` followed by a period and more.
bool AnyExtends(std::span<const std::string_view> list, std::string_view folded) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view entry) {
    return entry.size() > folded.size() && entry.starts_with(folded) && entry[folded.size()] == '.';
  });
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
    if (In(l->before_number, folded)) return AbbreviationKind::kBeforeNumber;
    if (In(l->titles, folded)) return AbbreviationKind::kTitle;
    if (In(l->final, folded)) return AbbreviationKind::kFinal;
    if (In(l->continuing, folded)) return AbbreviationKind::kContinuing;
  }
  if (In(kEnBeforeNumber, folded)) return AbbreviationKind::kBeforeNumber;
  if (In(kEnTitles, folded)) return AbbreviationKind::kTitle;
  if (In(kEnContinuing, folded)) return AbbreviationKind::kContinuing;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view folded, std::string_view language) {
  if (const LanguageLists* l = ListsFor(language)) {
    if (In(l->starters, folded)) return true;
  }
  return In(kEnStarters, folded);
}

bool IsAbbreviationPrefix(std::string_view folded, std::string_view language) {
  if (const LanguageLists* l = ListsFor(language)) {
    if (AnyExtends(l->titles, folded) || AnyExtends(l->continuing, folded) ||
        AnyExtends(l->final, folded) || AnyExtends(l->before_number, folded)) {
      return true;
    }
  }
  return AnyExtends(kEnContinuing, folded);
}

std::vector<std::string> AbbreviationLanguages() {
  std::vector<std::string> codes;
  for (const LanguageLists& l : kLanguages) codes.emplace_back(l.language);
  return codes;
}

bool IsCompoundHead(std::string_view folded) { return In(kCompoundHeads, folded); }

bool UsesOrdinalPeriod(std::string_view language) {
  constexpr std::string_view kOrdinalPeriod[] = {"de", "da", "nb", "fi", "cs", "sk", "pl",
                                                 "hu", "hr", "sl", "et", "tr", "sr"};
  return In(kOrdinalPeriod, language);
}

bool IsOrdinalContext(std::string_view before, std::string_view after, std::string_view language) {
  if (language != "de") return true;
  return In(kDeOrdinalBefore, before) || In(kDeOrdinalAfter, after);
}

}  // namespace precis::text
