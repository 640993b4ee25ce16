#include "entities/name_consistency.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "entities/gazetteer.h"
#include "entities/rules.h"
#include "text/cohesion.h"
#include "text/stopwords.h"
#include "text/word_classes.h"

namespace precis::entities {
namespace {

// Whether `word` is one of `list`'s words.
template <typename List>
bool InList(const List& list, std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

constexpr int kPerson = 0;
constexpr int kOrg = 1;
constexpr int kLocation = 2;
constexpr int kMisc = 3;  // ner_labels.h: PERSON, ORG, LOCATION, MISC
constexpr uint16_t kPlaceLists =
    NerLexicon::ListBit('C') | NerLexicon::ListBit('T') | NerLexicon::ListBit('P');

// Time zones, written in capitals after a clock time ("10:00 a.m. PDT", "1400 GMT"): CoNLL-2003
// tags them MISC ("GMT" 49 times in train), and a zone the training text never had ("PDT",
// "UTC") must not become an organisation.
bool IsTimeZone(std::string_view folded) {
  static constexpr std::string_view kZones[] = {
      "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "est", "edt", "cst", "cdt", "mst",
      "mdt", "pst", "pdt", "akst", "akdt", "hst", "aest", "aedt", "acst", "awst", "nzst", "nzdt",
      "ist", "jst", "kst", "hkt", "sgt", "msk"};
  return InList(kZones, folded);
}
// Acronyms of common nouns, written in capitals but naming a kind of thing: a technique, a test,
// a file or a job ("AI training data", "the ECG", "a PDF", "the CEO said"). CoNLL-2003 leaves
// such words untagged ("GDP" 10 times, "CEO" twice); a tagger reads capitals as a body's name.
// Diseases (HIV, AIDS) are MISC in CoNLL-2003 and are not here.
bool IsGenericAcronym(std::string_view folded) {
  static constexpr std::string_view kGeneric[] = {
      "ai",  "ecg", "ekg", "eeg", "dna", "rna",  "gdp", "ceo", "cfo",  "coo", "cto", "sms",
      "seo", "api", "url", "pdf", "gps", "html", "css", "usb", "lcd",  "diy", "faq", "vpn",
      "suv", "gpu", "cpu", "ssd", "bmi", "iq",   "atm", "ui",  "json", "xml", "sql", "rss"};
  return InList(kGeneric, folded);
}

// Words that name a storm ("Hurricane Sandy", "Typhoon Haiyan", "Tropical Storm Erika"): the
// name after them is an event, MISC as CoNLL-2003 tags "Hurricane Edouard" (without the word).
// "storm" only capitalised: "in the storm Smith lost his roof" names no storm.
bool IsStormWord(std::string_view folded, bool capitalized) {
  return folded == "hurricane" || folded == "typhoon" || folded == "cyclone" ||
         folded == "superstorm" || (folded == "storm" && capitalized);
}
constexpr int kMaxNameWords = 4;

struct Word {
  std::string_view folded;  // as the lexicon keys it
  uint64_t key = 0;
  bool capitalized = false;
  bool all_caps = false;
  bool plural_caps = false;  // an acronym's plural ("PCs")
  bool lowercase = false;    // Latin letters, none a capital
  bool letters = false;      // has a letter
  bool camel = false;        // a capital inside the word ("EverQuest")
  bool person_listed = false;  // a first name or surname of the lists
  bool weak = false;    // capitals say nothing here: first word, heading, line in capitals
  bool common = false;  // usually written in lowercase inside sentences
};

// An academic or professional degree after a name and a comma ("Michael L. Anderson, PhD",
// "Jane Roe, MD"): part of how the person signs, not a body or a place. Degrees that are other
// words too ("MD" is Maryland's abbreviation, "MA" Massachusetts') only right after a person.
bool IsDegreeAfterAName(const std::vector<Word>& w, int at, bool after_person) {
  static constexpr std::string_view kDegrees[] = {"phd",  "ph.d.", "ph.d", "dphil", "mba",
                                                  "msc",  "bsc",   "mph",  "frcp",  "frcs",
                                                  "mrcp", "dvm",   "msw"};
  static constexpr std::string_view kAlsoWords[] = {"md", "m.d.", "rn",  "dds", "ma", "ba",
                                                    "jd", "do",   "llm", "mfa", "np"};
  const size_t i = static_cast<size_t>(at);
  if (i < 2 || w[i - 1].folded != ",") return false;
  return InList(kDegrees, w[i].folded) || (after_person && InList(kAlsoWords, w[i].folded));
}

// Spans in text order, after one was added or replaced.
void SortByBegin(std::vector<LabeledSpan>* spans) {
  std::sort(spans->begin(), spans->end(),
            [](const LabeledSpan& a, const LabeledSpan& b) { return a.begin < b.begin; });
}

// Which of a sentence's `n` words some span holds.
std::vector<bool> Covered(const std::vector<LabeledSpan>& spans, size_t n) {
  std::vector<bool> covered(n, false);
  for (const LabeledSpan& x : spans) {
    for (int i = x.begin; i < x.end; ++i) covered[static_cast<size_t>(i)] = true;
  }
  return covered;
}

// A function word with its clitic ("I'm", "We’ve", "You'll") as one token: the word without it.
std::string_view WithoutClitic(std::string_view w) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t at = w.find(apostrophe);
    if (at == 0 || at == std::string_view::npos) continue;
    const std::string_view clitic = w.substr(at + apostrophe.size());
    if (clitic == "m" || clitic == "re" || clitic == "ve" || clitic == "ll" || clitic == "d") {
      return w.substr(0, at);
    }
  }
  return w;
}

std::string_view WithoutPeriod(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

uint64_t KeyOf(const std::vector<Word>& words, const LabeledSpan& s) {
  if (s.end - s.begin == 1) return words[static_cast<size_t>(s.begin)].key;
  uint64_t key = NerLexicon::Start();
  for (int i = s.begin; i < s.end; ++i) key = NerLexicon::Extend(key, words[static_cast<size_t>(i)].folded);
  return key;
}

// A function word inside an acronym's spelled-out form ("carbon capture and storage"), which
// its letters may or may not include ("ICT", "information and communication technology").
bool IsAcronymFiller(std::string_view folded) {
  return folded == "and" || folded == "of" || folded == "the" || folded == "for" ||
         folded == "in" || folded == "on" || folded == "&";
}

// Whether lowercase words spell `letters` by their initials, every content word giving its first
// letter or, hyphenated, the first letters of its parts ("computer-generated imagery": CGI).
bool SpellsOut(std::span<const Word> w, std::string_view letters) {
  if (w.empty()) return letters.empty();
  const Word& x = w.front();
  if (!x.lowercase || x.folded.empty()) return false;
  const std::span<const Word> rest = w.subspan(1);
  if (IsAcronymFiller(x.folded) && SpellsOut(rest, letters)) return true;
  if (!letters.empty() && x.folded.front() == letters.front() &&
      SpellsOut(rest, letters.substr(1))) {
    return true;
  }
  std::string initials;
  for (size_t at = 0; at != std::string_view::npos && at < x.folded.size();) {
    initials += x.folded[at];
    at = x.folded.find('-', at);
    if (at != std::string_view::npos) ++at;
  }
  return initials.size() >= 2 && letters.starts_with(initials) &&
         SpellsOut(rest, letters.substr(initials.size()));
}

// Acronyms the text spells out in lowercase words, before or after them in brackets ("personal
// video recorders (PVRs)", "the producer price index (PPI)", "QE (quantitative easing)"): they
// name a kind of thing, not one, though a tagger reads a word in capitals as a body (68 such
// mentions in 42 of 3,414 dev texts, nearly all organisations). A body's spelled-out name is
// capitalised ("Scottish National Party (SNP)"). Keys of the acronyms.
std::unordered_set<uint64_t> CommonAcronyms(const std::vector<std::vector<Word>>& words) {
  std::unordered_set<uint64_t> out;
  for (const std::vector<Word>& w : words) {
    for (size_t i = 0; i < w.size(); ++i) {
      const Word& acronym = w[i];
      std::string_view letters = acronym.folded;
      if (acronym.plural_caps) letters.remove_suffix(1);
      if (!(acronym.all_caps || acronym.plural_caps) || letters.size() < 2 || letters.size() > 6)
        continue;
      const size_t most = 2 * letters.size() + 1;  // words of a spelled-out form, fillers included
      bool spelled = false;
      if (i >= 2 && i + 1 < w.size() && w[i - 1].folded == "(" && w[i + 1].folded == ")") {
        // "… the producer price index (PPI)": the words right before the bracket.
        for (size_t k = 1; !spelled && k <= most && k <= i - 1; ++k) {
          const std::span<const Word> form = std::span(w).subspan(i - 1 - k, k);
          spelled = !IsAcronymFiller(form.front().folded) && SpellsOut(form, letters);
        }
      } else if (i + 2 < w.size() && w[i + 1].folded == "(") {
        // "PPI (producer price index)": the whole bracket.
        size_t close = i + 2;
        while (close < w.size() && close <= i + 1 + most && w[close].folded != ")") ++close;
        spelled = close < w.size() && w[close].folded == ")" &&
                  SpellsOut(std::span(w).subspan(i + 2, close - i - 2), letters);
      }
      if (spelled) out.insert(NerLexicon::Extend(NerLexicon::Start(), letters));  // singular too
    }
  }
  return out;
}

// "Mayor Elena Marsh" -> "Elena Marsh"; "European Union Ambassador Gordon Sondland" -> the
// organisation and the person apart.
bool IsFormOfAddress(std::string_view folded) {
  static constexpr std::string_view kForms[] = {"mr",  "mrs",  "ms",   "miss", "mx",    "dr",
                                                "sir", "dame", "lord", "lady", "madame"};
  return InList(kForms, folded);
}

// Ranks, offices and clergy that stand before a person's name, beyond the tagger's titles (below).
// Not words that name other things after them as often ("Cardinal Health", "Detective Comics",
// "Inspector Gadget", "Commander Data").
bool IsRankOrOffice(std::string_view folded) {
  static constexpr std::string_view kRanks[] = {
      "emperor",     "empress",       "archbishop", "bishop",     "sultan",       "tsar",
      "czar",        "pharaoh",       "rabbi",      "imam",       "sheikh",       "emir",
      "colonel",     "col",           "lieutenant", "lt",         "sergeant",     "sgt",
      "capt",        "admiral",       "adm",        "professor",  "reverend",     "rev",
      "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "gov",
      "brigadier"};
  return InList(kRanks, folded);
}

// Whether the word before `begin` is a capitalised form of address or rank ("Mr", "Emperor").
bool FormOrRankBefore(const std::vector<Word>& words, int begin) {
  if (begin < 1) return false;
  const Word& w = words[static_cast<size_t>(begin - 1)];
  const std::string_view folded = WithoutPeriod(w.folded);
  return w.capitalized && (IsFormOfAddress(folded) || IsRankOrOffice(folded));
}

// A title before a person's name, beyond the tagger's list (gazetteer.h's IsPersonTitle, one of
// its features): ranks, offices and clergy that CoNLL-2003 leaves out of the name as it does
// "President" ("Emperor Meiji" -> "Meiji", "Colonel Gaddafi", "Archbishop Desmond Tutu"; in
// CoNLL-2003 train + dev such words stand before a person 40 times and open one once). Not
// words that are first names or surnames as often ("Duke", "Earl", "Major", "Captain", "Father").
bool IsTitleBeforeAName(std::string_view folded) {
  return IsPersonTitle(folded) || IsRankOrOffice(folded);
}

// "Jr.", "Sr", "III": a generation's mark after a surname ("Martin Luther King Jr."), folded.
bool IsGenerationMark(std::string_view folded) {
  const std::string_view w = WithoutPeriod(folded);
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

void CutTitles(const std::vector<Word>& words, const NerLexicon& lexicon,
               std::vector<LabeledSpan>* spans) {
  std::vector<LabeledSpan> out;
  for (LabeledSpan s : *spans) {
    int title = -1;  // the last title word followed by a capitalised name
    for (int i = s.begin; i + 1 < s.end; ++i) {
      // The tagger's titles anywhere ("Prime Minister Theresa May"); the others first or after
      // a title, as Arabic names hold "Sheikh" ("Muhammed Sheikh Khalil").
      const std::string_view word = WithoutPeriod(words[static_cast<size_t>(i)].folded);
      if (IsPersonTitle(word) || (IsTitleBeforeAName(word) && (i == s.begin || title == i - 1)))
        title = i;
    }
    // A form of address or a rank right before the name opens it too ("Emperor" + "Meiji" an
    // organisation).
    if (title < 0 && FormOrRankBefore(words, s.begin)) title = s.begin - 1;
    const bool name_after = title >= 0 && s.end - title - 1 <= 3 &&
                            std::all_of(words.begin() + title + 1, words.begin() + s.end,
                                        [](const Word& w) { return w.capitalized; });
    if (name_after && s.type != kPerson && title > s.begin) {
      out.push_back({s.begin, title, s.type});
      out.push_back({title + 1, s.end, kPerson});
      continue;
    }
    if (name_after && s.type == kPerson) s.begin = title + 1;
    // A form of address opening a name makes it a person's ("Lord Bao" a place, "Mrs Eaves" an
    // organisation), unless the name ends as an organisation's or a place's does ("Sir Ganga Ram
    // Hospital", "Prince Edward Island"). Only forms of address and ranks ("Capt Seath" a place):
    // "General Electric" is no person.
    // Not "DR Congo" (capitals), "Lord Chancellor" (a title after it), "Lord Of The Rings", nor
    // a listed place ("Miss England", a pageant's title).
    const std::string_view last = WithoutPeriod(words[static_cast<size_t>(s.end - 1)].folded);
    const Word& form = words[static_cast<size_t>(title < 0 ? 0 : title)];
    const bool plain_name =
        name_after && title + 1 >= s.begin && !form.all_caps && !IsOrgSuffix(last) &&
        !IsPlaceSuffix(last) && !IsPersonTitle(last) &&
        std::none_of(words.begin() + title + 1, words.begin() + s.end,
                     [](const Word& w) { return text::IsStopword(w.folded); }) &&
        (lexicon.Find(KeyOf(words, {title + 1, s.end, kPerson})).lists & kPlaceLists) == 0;
    if (plain_name && s.type != kPerson && FormOrRankBefore(words, title + 1)) {
      s = {title + 1, s.end, kPerson};
    }
    out.push_back(s);
  }
  *spans = std::move(out);
}

// Lowercase words that begin or end real names ("de Klerk", "van Gogh", "bin Laden").
bool IsNameParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kParticles = {
      "al", "bin", "ibn", "ben", "da", "das", "de", "del", "della", "den", "der",
      "di", "do", "dos", "du", "el", "la", "le", "ten", "ter", "van", "von"};
  return std::find(kParticles.begin(), kParticles.end(), w) != kParticles.end();
}

// A common word written in lowercase ("senior" in "told senior New Zealand Rugby League
// officials"): in text with capitals it is not part of a name at its edge. Hyphenated words
// ("post-Soviet", "al-Aqsa"), particles and words the lexicon knows capitalised ("eBay") stay.
bool PlainLowercase(const Word& w) {
  if (w.capitalized || !w.common || w.folded.empty() || IsNameParticle(w.folded)) return false;
  return std::all_of(w.folded.begin(), w.folded.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
}

// Interjections and greetings, a closed class: first in a sentence they are capitalised like
// a name ("Oh, and the mayor said…", "Hello everyone") and taggers read them as one.
bool IsInterjection(std::string_view w) {
  static constexpr std::array<std::string_view, 26> kInterjections = {
      "ah",     "aha", "alas", "bravo", "gosh", "hello", "hey",  "hi",   "hmm",
      "hooray", "huh", "oh",   "okay",  "ok",   "oops",  "ouch", "phew", "uh",
      "uh-oh",  "um",  "wow",  "yay",   "yeah", "yep",   "nope", "whoa"};
  return std::find(kInterjections.begin(), kInterjections.end(), w) != kInterjections.end();
}

// "II" to "XXX" in capitals, as kings and popes are numbered ("I" is too often the pronoun).
bool IsRegnalNumber(const Word& w) {
  static constexpr std::array<std::string_view, 29> kNumerals = {
      "ii",   "iii",   "iv",   "v",   "vi",   "vii",   "viii",   "ix",   "x",  "xi",
      "xii",  "xiii",  "xiv",  "xv",  "xvi",  "xvii",  "xviii",  "xix",  "xx", "xxi",
      "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx"};
  return w.all_caps && std::find(kNumerals.begin(), kNumerals.end(), w.folded) != kNumerals.end();
}

bool IsDash(std::string_view w) { return w == "-" || w == "--" || w == "\u2014" || w == "\u2013"; }

// How many words of a sentence opening with a news dateline name its place ("KHAN YOUNIS, Gaza
// Strip (AP) \u2014", "HOWELL, Mich. -", "WASHINGTON, March 3 (Reuters) -", "MILAN 1996-08-30"):
// words in capitals first, then a comma, a bracket, the dash or an ISO date, and the dash within a
// dozen words or the date within five. A dateline names the place a story was filed from, by the
// genre's convention; a tagger that learnt from sentence-case text reads capitals as anything. 0
// if the sentence has no dateline.
int DatelinePlace(const std::vector<Word>& w, const NerLexicon& lexicon) {
  constexpr size_t kMaxPlaceWords = 4;
  constexpr size_t kDashWithin = 12;
  size_t k = 0;
  while (k < w.size() && k < kMaxPlaceWords && w[k].all_caps && w[k].folded.size() >= 2) ++k;
  if (k == 0 || k >= w.size()) return 0;
  const std::string_view after = w[k].folded;
  const bool date_after = after == "0000-00-00";
  if (after != "," && after != "(" && !IsDash(after) && !date_after) return 0;
  bool dash = false;
  for (size_t i = k; i < w.size() && i <= kDashWithin && !dash; ++i) dash = IsDash(w[i].folded);
  // Or the dateline's date instead of the dash, as wire copy is archived ("MILAN 1996-08-30",
  // "LA CORUNA, Spain 1996-08-31 A late goal…"): a date within a few words of the capitals.
  constexpr size_t kDateWithin = 5;
  bool dated = false;
  for (size_t i = k; i < w.size() && i <= k + kDateWithin && !dated; ++i) {
    dated = w[i].folded == "0000-00-00";  // not "BBC, 4 August 2012", a credit line
  }
  if (!dash && !dated) return 0;
  // Capitals straight before the dash ("UPDATE -", "EXCLUSIVE —") are a place only when the
  // place lists have them; before a comma or bracket, unless they are all common words.
  const LabeledSpan place{0, static_cast<int>(k), kLocation};
  const uint16_t lists = lexicon.Find(KeyOf(w, place)).lists;
  if ((lists & kPlaceLists) != 0) return static_cast<int>(k);
  if ((lists & NerLexicon::ListBit('O')) != 0) return 0;  // "UNITED NATIONS 1996-08-29"
  const bool proper = std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k),
                                  [](const Word& x) { return !x.common; });
  if (IsDash(after) || !proper) return 0;
  return static_cast<int>(k);
}

// Nouns that say the name after "<noun> of" is a place ("the southern city of Khan Younis",
// "the province of Idlib"), written in lowercase: "the City of London" is a name of its own. Not
// "state", which is a condition as often ("the state of Apple's finances").
bool IsPlaceNoun(const Word& w) {
  static constexpr std::array<std::string_view, 19> kNouns = {
      "city",        "town",         "village",      "province",     "region",
      "county",      "district",     "port",         "island",       "suburb",
      "capital",     "municipality", "prefecture",   "hamlet",       "enclave",
      "governorate", "territory",    "neighborhood", "neighbourhood"};
  return !w.capitalized && std::find(kNouns.begin(), kNouns.end(), w.folded) != kNouns.end();
}

// The type a lowercase noun of role says the name right after it has: an organisation
// ("rock band Coldplay", "carmaker Toyota", "the company Meditech"), a person ("guard T.J.
// Ford", "striker Nani", "her sister Serena") or a work (MISC); -1 for other words. Nouns that also
// come before things or people are left out ("player": "media player VLC"; "analyst", "designer",
// "manager", "broadcaster", "publisher"). Not after "to" ("to coach Bayern Munich"), nor where
// the name goes on into a lowercase noun ("its sister Xiluodu dam").
int RoleType(const Word& w) {
  static constexpr std::array<std::string_view, 25> kOrgRoles = {
      "band",    "blog",     "bank",         "carmaker",  "automaker", "charity",  "chipmaker",
      "club",    "company",  "conglomerate", "drugmaker", "firm",      "group",    "insurer",
      "label",   "magazine", "manufacturer", "network",   "newspaper", "pollster", "retailer",
      "startup", "start-up", "supermarket",  "website"};
  static constexpr std::array<std::string_view, 36> kPersonRoles = {
      "actor",        "actress",    "aide",      "attorney",    "author",   "brother",
      "chef",         "coach",      "columnist", "comedian",    "daughter", "defender",
      "director",     "economist",  "father",    "goalkeeper",  "guard",    "historian",
      "husband",      "journalist", "lawyer",    "midfielder",  "mother",   "novelist",
      "photographer", "pitcher",    "poet",      "quarterback", "rapper",   "singer",
      "sister",       "son",        "spokesman", "spokeswoman", "striker",  "wife"};
  if (w.capitalized) return -1;
  if (std::find(kOrgRoles.begin(), kOrgRoles.end(), w.folded) != kOrgRoles.end()) return kOrg;
  if (std::find(kPersonRoles.begin(), kPersonRoles.end(), w.folded) != kPersonRoles.end()) {
    return kPerson;
  }
  // Works: "their album Mylo Xyloto", "the film Avatar" (not "play" or "game": "they play
  // Chelsea").
  static constexpr std::string_view kWorkRoles[] = {
      "album", "ballet",   "book", "documentary", "episode", "film", "movie",    "musical", "novel",
      "opera", "painting", "poem", "programme",   "sitcom",  "song", "symphony", "trilogy"};
  if (InList(kWorkRoles, w.folded)) return kMisc;
  return -1;
}

// A person's title ("MP"), a function word ("No") or a nationality or faith, also in the plural
// ("Muslims"): a word that ends an organisation's name without being its short form.
bool TitleOrKind(const Word& w, const NerLexicon& lexicon) {
  const std::string_view word = WithoutPeriod(w.folded);
  if (IsPersonTitle(word) || text::IsStopword(word)) return true;
  const uint16_t nationality = NerLexicon::ListBit('N');
  if ((lexicon.Find(w.key).lists & nationality) != 0) return true;
  return word.size() > 2 && word.back() == 's' &&
         (lexicon.Find(NerLexicon::KeyOf(word.substr(0, word.size() - 1))).lists & nationality) !=
             0;
}

// A name the tagger stopped at, followed by capitalised words that end in an organisation's
// word ("Massachusetts" + "General Hospital", "West Virginia" + "University", "Fabian" +
// "Society"): one organisation, also where the tagger made the last words a name of their own
// ("Hospital" a person). An organisation after a place or nationality stays apart, as
// CoNLL-2003 writes it ("U.S." "Senate", "Japanese" "Finance Ministry"). Not after a person ("Jo
// Smith Foundation" is rarer than a name then a heading) or an adjective in "-based", not over a
// function word ("… The Metropolitan Police").
void ExtendToOrganisation(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  constexpr int kMaxWords = 3;
  for (size_t k = 0; k < spans->size(); ++k) {
    LabeledSpan& n = (*spans)[k];
    if (n.type == kPerson ||
        w[static_cast<size_t>(n.end - 1)].folded.find('-') != std::string_view::npos) {
      continue;
    }
    const bool has_next = k + 1 < spans->size();
    const LabeledSpan next =
        has_next ? (*spans)[k + 1] : LabeledSpan{static_cast<int>(w.size()), 0, 0};
    int end = 0;
    bool absorbs_next = false;
    for (int i = n.end; i < static_cast<int>(w.size()) && i < n.end + kMaxWords; ++i) {
      const Word& x = w[static_cast<size_t>(i)];
      if (!x.capitalized || x.all_caps || text::IsStopword(x.folded)) break;
      if (i >= next.begin && i >= next.end) break;  // past the next name
      if (IsOrgSuffix(x.folded) && (i < next.begin || (i + 1 == next.end && next.type != kOrg))) {
        end = i + 1;
        absorbs_next = i >= next.begin;
      }
    }
    if (end == 0) continue;
    n = {n.begin, end, kOrg};
    if (absorbs_next) spans->erase(spans->begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  // One word with a capital inside ("EverQuest", "VirnetX", "CompTIA") names a company or its
  // product, not a person or a place; organisation, as most such names on the web are.
  for (LabeledSpan& n : *spans) {
    if (n.end - n.begin == 1 && (n.type == kPerson || n.type == kLocation) &&
        w[static_cast<size_t>(n.begin)].camel && !w[static_cast<size_t>(n.begin)].person_listed) {
      n.type = kOrg;
    }
  }
  // A name of two words or more ending in a word only organisations end in is one, whatever the
  // tagger guessed ("Juan Felipe Gomez Escobar Foundation" a person, "Brown University" a
  // place). Not words that also end places ("West Bank", "Soviet Union", "Earls Court", "Russian
  // Federation"), nor buildings CoNLL-2003 tags as places ("Central Clinical Hospital").
  static constexpr std::array<std::string_view, 28> kOrgOnlyHeads = {
      "academy",    "agency",       "airlines",  "airways",     "association",
      "authority",  "board",        "bureau",    "college",     "commission",
      "committee",  "company",      "corp",      "corporation", "council",
      "foundation", "healthcare",   "holdings",  "inc",         "institute",
      "llc",        "ltd",          "ministry",  "motors",      "pharmaceuticals",
      "plc",        "technologies", "university"};
  for (LabeledSpan& n : *spans) {
    const Word& last = w[static_cast<size_t>(n.end - 1)];
    if (n.end - n.begin >= 2 && (n.type == kPerson || n.type == kLocation) && last.capitalized &&
        std::find(kOrgOnlyHeads.begin(), kOrgOnlyHeads.end(), last.folded) != kOrgOnlyHeads.end()) {
      n.type = kOrg;
    }
  }
}

// Initials spelled apart before a person's name are the name's ("H. P. Lovecraft", "J. R. R.
// Tolkien", "T. P. Gajendran"): the tagger, which learnt from newswire that writes them together,
// often starts the name at the last one. Letters of the previous word's name stay with it.
void TakeInitials(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  constexpr int kMaxInitials = 3;
  auto initial = [&](int i) {
    const std::string_view f = w[static_cast<size_t>(i)].folded;
    return f.size() == 2 && f[1] == '.' && f[0] >= 'a' && f[0] <= 'z' &&
           w[static_cast<size_t>(i)].capitalized;
  };
  int previous_end = 0;
  for (LabeledSpan& n : *spans) {
    if (n.type == kPerson) {
      int begin = n.begin;
      while (begin > previous_end && n.begin - begin < kMaxInitials && initial(begin - 1)) --begin;
      n.begin = begin;
    }
    previous_end = n.end;
  }
  // A first name the tagger ended before the middle initial ("Stanley" + "R. Crooks"): one
  // person.
  for (size_t k = 1; k < spans->size(); ++k) {
    LabeledSpan& second = (*spans)[k];
    const LabeledSpan& first = (*spans)[k - 1];
    if (first.type != kPerson || second.type != kPerson || first.end != second.begin ||
        second.end - second.begin < 2 || !initial(second.begin)) {
      continue;
    }
    second.begin = first.begin;
    spans->erase(spans->begin() + static_cast<std::ptrdiff_t>(k) - 1);
    --k;
  }
}

// The type a capitalised word gives "<word> of <name>" as one name, or -1: an organisation
// ("Progressive Conservative Party of Manitoba", "Housing Authority of New Orleans", "Journal of
// the American Chemical Society"), a place ("Gulf of Mexico", "Kingdom of France") or an event,
// award or work ("World Series of Golf", "Medal of Honor").
int OfHeadType(std::string_view folded) {
  // Organisations: the words organisations' names end in (IsOrgSuffix), but for those that end
  // a name without "of" after them ("Inc", "Airways", "Hospital": "Government of India" and
  // "Police of …" are no CoNLL names either), and with the heads of bodies named for what they
  // serve ("Church of England", "School of Art", "Journal of …").
  static constexpr std::array<std::string_view, 15> kSuffixOnly = {
      "airlines", "airways", "bbc",    "clinic", "co",  "corp",   "government", "hospital",
      "inc",      "ltd",     "motors", "navy",   "plc", "police", "service"};
  static constexpr std::array<std::string_view, 16> kMoreOrgHeads = {
      "center",   "centre",  "chamber", "church",      "confederation", "front",
      "house",    "journal", "library", "movement",    "offices",       "school",
      "tribunal", "trust",   "panel",   "subcommittee"};
  static constexpr std::array<std::string_view, 12> kPlaceHeads = {
      "bay",  "cape",         "duchy",    "gulf", "isle",   "kingdom",
      "lake", "principality", "republic", "sea",  "strait", "straits"};
  static constexpr std::array<std::string_view, 16> kMiscHeads = {
      "award", "awards", "prize",  "medal", "trophy",      "cup",  "series",   "tour",
      "order", "treaty", "battle", "war",   "declaration", "bill", "festival", "championships"};
  auto in = [&](const auto& list) {
    return std::find(list.begin(), list.end(), folded) != list.end();
  };
  if ((IsOrgSuffix(folded) && !in(kSuffixOnly)) || in(kMoreOrgHeads)) return kOrg;
  if (in(kPlaceHeads)) return kLocation;
  return in(kMiscHeads) ? kMisc : -1;
}

// A noun of action or quality by its ending ("advancement", "liberation", "security"), as a
// body's cause is worded; the lexicon may not know the word.
bool AbstractNoun(std::string_view folded) {
  static constexpr std::array<std::string_view, 7> kEndings = {"ment", "tion", "sion", "ity",
                                                               "ness", "ance", "ence"};
  return folded.size() > 6 && std::any_of(kEndings.begin(), kEndings.end(),
                                          [&](std::string_view e) { return folded.ends_with(e); });
}

// A place named "<adjective> Republic of …" or "… Kingdom of …" is one place even where the
// tagger made its first word a name of its own ("Democratic" + "Republic of Congo": the Republic
// of Congo is another country).
void JoinPlaceHeadToItsFirstWord(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  for (size_t k = 1; k < spans->size(); ++k) {
    LabeledSpan& place = (*spans)[k];
    const LabeledSpan& before = (*spans)[k - 1];
    if (place.type != kLocation || before.end != place.begin || before.type == kPerson ||
        place.end - place.begin < 3 ||
        OfHeadType(w[static_cast<size_t>(place.begin)].folded) != kLocation ||
        w[static_cast<size_t>(place.begin) + 1].folded != "of") {
      continue;
    }
    place.begin = before.begin;
    spans->erase(spans->begin() + static_cast<std::ptrdiff_t>(k) - 1);
    --k;
  }
}

// "<head> of <name>" as one name of the head's type (OfHeadType), as CoNLL-2003 and Wikipedia
// write such names whole, where the tagger stopped at "of" or made two names ("Gulf" + "Mexico").
// Also "<body> for <words>" ("Center for Internet and Society", "Popular Front for the Liberation
// of Palestine"), "<council> on <subject>" ("Council on Foreign Relations", never a day: "the
// Council on Monday") and "<award> for <category>" ("Academy Award for Best Picture"); not other
// heads, which one plays or wins for a country or a work ("won the Davis Cup for France", "the
// Cannes Film Festival for Maps to the Stars").
// The name after it: the tagger's, where it is a place or, after an event's word, anything but a
// person ("the Reform Party of Ross Perot"); or, in running text, up to four capitalised words
// the tagger left alone, joined by "and" ("School of Industrial and Systems Engineering"), not
// ending in an organisation's word ("the Executive Committee of the Board") nor running on into
// a name. A body of a body stays two ("Theoretical Physics Institute" of "the University of
// Copenhagen"), but a journal is named for its society. On a heading or a line in capitals, where
// every word is capitalised, only the tagger's names count. The head may stand without a name of
// its own ("Kingdom of France"), with the capitalised words before it.
void JoinNamesOverOf(const std::vector<Word>& w, bool weak_line, std::vector<LabeledSpan>* spans) {
  constexpr int kMaxTailWords = 4;
  constexpr int kMaxHeadWords = 4;
  const int n = static_cast<int>(w.size());
  auto span_at = [&](int i, bool starting) -> LabeledSpan* {
    for (LabeledSpan& x : *spans) {
      if (starting ? x.begin == i : (x.begin <= i && i < x.end)) return &x;
    }
    return nullptr;
  };
  auto plain = [&](int i) {
    const Word& x = w[static_cast<size_t>(i)];
    return x.capitalized && !text::IsStopword(x.folded) && span_at(i, false) == nullptr;
  };
  for (int i = 1; i + 1 < n; ++i) {
    const std::string_view joint = w[static_cast<size_t>(i)].folded;
    if (joint != "of" && joint != "for" && joint != "on") continue;
    const Word& head = w[static_cast<size_t>(i - 1)];
    const int type = OfHeadType(head.folded);
    if (type < 0 || !head.capitalized) continue;
    const bool award = head.folded == "award" || head.folded == "prize";
    const bool after_for = joint == "for";
    // "on" only after a council's, commission's or panel's word, and never before a day or
    // month: "the Council on Foreign Relations", "the Intergovernmental Panel on Climate
    // Change", not "the Council on Monday".
    const bool forum = head.folded == "council" || head.folded == "commission" ||
                       head.folded == "committee" || head.folded == "subcommittee" ||
                       head.folded == "panel" || head.folded == "conference";
    const bool after_on = joint == "on" && forum &&
                          !IsMonthName(w[static_cast<size_t>(i + 1)].folded) &&
                          !IsWeekdayName(w[static_cast<size_t>(i + 1)].folded);
    if (joint != "of" && !(after_for && (type == kOrg || award)) && !after_on) continue;
    int begin = i - 1;
    if (LabeledSpan* h = span_at(i - 1, false)) {
      // The tagger's own "<head> of …" name takes the head's type, a body's or an event's (it
      // typed "Battle of Waterloo" an organisation, "Church of Scientology" a place); a place's
      // head leaves it ("Republic of Ireland" is a team as often).
      if (h->end != i) {
        if (h->begin == i - 1 && joint == "of" && type != kLocation) h->type = type;
        continue;
      }
      begin = h->begin;
    } else {
      if (weak_line) continue;
      while (begin > 0 && i - begin < kMaxHeadWords && plain(begin - 1)) --begin;
    }
    // "of" reads on after a place's head ("Republic of Bosnia") or into a place ("Popular Front
    // for the Liberation of Palestine").
    auto reads_on = [&](int end) {
      if (end + 1 >= n || w[static_cast<size_t>(end)].folded != "of") return false;
      const LabeledSpan* place = span_at(end + 1, true);
      return OfHeadType(w[static_cast<size_t>(end - 1)].folded) == kLocation ||
             (place != nullptr && place->type == kLocation);
    };
    int end = -1;
    for (int j = i + 1; j < n;) {
      if (w[static_cast<size_t>(j)].folded == "the" && j + 1 < n && !award) ++j;
      const LabeledSpan* own = span_at(j, true);
      if (own != nullptr) {
        const bool place_of =
            OfHeadType(w[static_cast<size_t>(own->end - 1)].folded) == kLocation && own->end < n &&
            w[static_cast<size_t>(own->end)].folded == "of";
        const bool fits = own->type == kLocation || place_of ||
                          (type == kMisc && own->type != kPerson) ||
                          (own->type == kOrg && head.folded == "journal");
        // After "for", the tagger's name is a cause in words usually written in lowercase
        // ("American Association for the Advancement of Science", "World Wide Fund for Nature"),
        // not another body ("will leave the Quebec Liberal Party for the Parti Québécois").
        const Word& first = w[static_cast<size_t>(own->begin)];
        const bool cause = own->type != kPerson && (first.common || AbstractNoun(first.folded));
        // After "on", a subject ("Nuffield Council on Bioethics"), not a place ("testified
        // before the Senate Committee on Capitol Hill").
        const bool subject = cause || own->type == kOrg || own->type == kMisc;
        if (after_for ? !cause : after_on ? !subject : !fits) {
          end = -1;
          break;
        }
        end = own->end;
      } else if (weak_line || !plain(j)) {
        end = -1;
        break;
      } else {
        end = j;
        while (end < n && end < j + kMaxTailWords && plain(end)) ++end;
        // Nor a name that goes on past a comma or "of" ("the Department for Media, Culture and
        // Sport", "Office of Secretary of Defense"), where the words' end is a guess.
        const bool goes_on = end + 1 < n && w[static_cast<size_t>(end + 1)].capitalized &&
                             (w[static_cast<size_t>(end)].folded == "," ||
                              (w[static_cast<size_t>(end)].folded == "of" && !reads_on(end)));
        if ((type == kOrg && OfHeadType(w[static_cast<size_t>(end - 1)].folded) == kOrg) ||
            goes_on) {
          end = -1;
          break;
        }
      }
      if (end + 1 < n && own == nullptr && w[static_cast<size_t>(end)].folded == "and" &&
          plain(end + 1)) {
        j = end + 1;
      } else if (reads_on(end)) {
        j = end + 1;
      } else {
        break;
      }
    }
    if (end <= i + 1 || (end < n && w[static_cast<size_t>(end)].capitalized)) continue;
    spans->erase(
        std::remove_if(spans->begin(), spans->end(),
                       [&](const LabeledSpan& x) { return x.begin < end && begin < x.end; }),
        spans->end());
    spans->push_back({begin, end, type});
    SortByBegin(spans);
    i = end - 1;
  }
}

// Results ("Wigan 42 Bradford Bulls 36"; a standings table, one team a line: "NEW YORK 74 59
// .556 -", "BALTIMORE 70 63 .526 4"): names each followed by a whole number, two or more on a
// line or one opening each line of a run of lines. Where most of them are organisations, the
// places among them are teams named by their cities, as results are written; results mostly of
// places (weather, votes by state, a ranking of districts) are left alone, and so are persons
// (a tennis score).
void TeamsOfResults(const std::vector<std::vector<Word>>& words,
                    std::vector<std::vector<LabeledSpan>>* spans) {
  auto scored = [&](size_t s, const LabeledSpan& x) {
    const std::vector<Word>& w = words[s];
    if (x.end >= static_cast<int>(w.size())) return false;
    const std::string_view next = w[static_cast<size_t>(x.end)].folded;
    return !next.empty() && std::all_of(next.begin(), next.end(), [](char c) { return c == '0'; });
  };
  auto row = [&](size_t s) {
    int count = 0;
    for (const LabeledSpan& x : (*spans)[s]) count += scored(s, x) ? 1 : 0;
    const bool opens =
        !(*spans)[s].empty() && (*spans)[s][0].begin == 0 && scored(s, (*spans)[s][0]);
    return count >= 2 || opens;
  };
  for (size_t s = 0; s < spans->size();) {
    if (!row(s)) {
      ++s;
      continue;
    }
    size_t end = s + 1;
    while (end < spans->size() && row(end)) ++end;
    int orgs = 0, places = 0;
    for (size_t k = s; k < end; ++k) {
      for (const LabeledSpan& x : (*spans)[k]) {
        if (!scored(k, x)) continue;
        orgs += x.type == kOrg ? 1 : 0;
        places += x.type == kLocation ? 1 : 0;
      }
    }
    for (size_t k = s; orgs > places && places > 0 && k < end; ++k) {
      for (LabeledSpan& x : (*spans)[k]) {
        if (x.type == kLocation && scored(k, x)) x.type = kOrg;
      }
    }
    s = end;
  }
}

// A name ending in the word for an event, a contest or a prize is that event ("Congo Crisis",
// "Maritz Rebellion", "Sepoy Revolt", "Davis Cup", "Nobel Prize"), never a place, body or person
// the tagger may have made of its first words: CoNLL-2003 train + dev tag every name of two or
// more words ending in "War", "Cup", "Championship(s)", "Open", "Prize", "Revolution" or "Act"
// (213) MISC. After "of" the last word is the head's complement ("Veterans of Foreign Wars", a
// body), except for a law ("Freedom of Information Act").
void EventsByTheirLastWord(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kEvents[] = {
      "war",           "wars",     "crisis",   "rebellion",    "revolt", "revolution",
      "uprising",      "massacre", "affair",   "insurrection", "cup",    "championship",
      "championships", "prize",    "olympics", "act"};
  for (LabeledSpan& x : *spans) {
    if (x.type == kMisc || x.end - x.begin < 2) continue;
    const Word& last = w[static_cast<size_t>(x.end - 1)];
    bool of = false;
    for (int i = x.begin + 1; i < x.end - 1; ++i)
      of = of || w[static_cast<size_t>(i)].folded == "of";
    if (last.capitalized && !last.all_caps && (!of || last.folded == "act") &&
        InList(kEvents, last.folded)) {
      x.type = kMisc;
    }
  }
}

// "US" in capitals inside a sentence in sentence case is the country ("the first US woman in
// space", "the UK and US"), which the tagger, knowing the word "us", missed in 283 of 1,678
// occurrences on the dev texts, mostly as a modifier (CoNLL-2003 tags "U.S. troops" a place
// too). Not on a line in capitals ("FOLLOW US"), nor before a capitalised word the tagger left
// alone (a name it is part of).
void TheUsInCapitals(const std::vector<Word>& w, bool weak_line, std::vector<LabeledSpan>* spans) {
  if (weak_line) return;
  std::vector<bool> covered = Covered(*spans, w.size());
  bool added = false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (covered[i] || w[i].folded != "us" || !w[i].all_caps) continue;
    if (i + 1 < w.size() && w[i + 1].capitalized && !covered[i + 1]) continue;
    spans->push_back({static_cast<int>(i), static_cast<int>(i) + 1, kLocation});
    added = true;
  }
  if (added) {
    SortByBegin(spans);
  }
}

// A holiday or feast is a named day, never a place or person the tagger took it for ("the
// Halloween past" a place, "Easter" a person): MISC, as CoNLL-2003 tags other named events.
void HolidaysAreEvents(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kHolidays[] = {
      "christmas", "easter", "halloween", "thanksgiving", "hanukkah", "chanukah",  "ramadan",
      "passover",  "diwali", "eid",       "yom",          "kwanzaa",  "pentecost", "epiphany"};
  // The holiday alone or with its day's word ("Christmas Eve", "Yom Kippur"); not "Easter
  // Island".
  static constexpr std::string_view kDays[] = {"eve",    "day",     "sunday",
                                               "monday", "mubarak", "kippur"};
  // A place where a holiday the tagger left alone is one: after a word in lowercase or a greeting
  // ("over Easter", "Happy Eid"); not first in a sentence nor in a list, where "Easter" and
  // "Christmas" may be surnames ("Easter won the cup", "Seymour (capt), Easter").
  const auto holiday_place = [&](size_t i) {
    return i > 0 && (w[i - 1].lowercase || w[i - 1].folded == "happy" ||
                     w[i - 1].folded == "merry" || w[i - 1].folded == "good");
  };
  for (LabeledSpan& x : *spans) {
    const std::string_view first = w[static_cast<size_t>(x.begin)].folded;
    const std::string_view second = w[static_cast<size_t>(x.end - 1)].folded;
    const bool day = x.end - x.begin == 1 || (x.end - x.begin == 2 && InList(kDays, second));
    if (x.type != kMisc && day && InList(kHolidays, first)) {
      x.type = kMisc;
    }
  }
  // One the tagger left alone ("a Thanksgiving turkey"): a capitalised holiday no name holds,
  // with its day's word, in such a place.
  std::vector<bool> covered = Covered(*spans, w.size());
  bool added = false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (covered[i] || !w[i].capitalized || !holiday_place(i) || w[i].folded == "yom" ||
        !InList(kHolidays, w[i].folded)) {
      continue;
    }
    const bool with_day = i + 1 < w.size() && !covered[i + 1] && w[i + 1].capitalized &&
                          InList(kDays, w[i + 1].folded);
    if (i + 1 < w.size() && !with_day && w[i + 1].capitalized && !covered[i + 1]) continue;
    const int end = static_cast<int>(i) + (with_day ? 2 : 1);
    spans->push_back({static_cast<int>(i), end, kMisc});
    added = true;
  }
  if (added) {
    SortByBegin(spans);
  }
}

// A town's name as a side of a game whose score the sentence gives ("Wigan beat Bradford
// 42-36", "their 75-19 victory over Gloucester", "lost to Seattle 5-3 on Sunday"): a team named
// by its town, which results write as an organisation. In CoNLL-2003 train + dev, 89 of the 111
// names in these places that are no country are organisations; the rest are nations playing
// (Scotland, Wales), which stay places: only a name the town lists know and the country lists
// do not changes.
void TeamsOfAScore(const std::vector<Word>& w, const NerLexicon& lexicon,
                   std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kPlays[] = {
      "beat",    "beats",    "defeated", "defeats",  "edged",   "downed",    "routed",
      "crushed", "thrashed", "hammered", "trounced", "blanked", "outscored", "outlasted",
      "upset",   "stunned",  "overcame", "whipped",  "lost",    "tied",      "drew"};
  static constexpr std::string_view kWins[] = {"victory", "win", "winners", "triumph"};
  auto score = [](std::string_view f) {
    const size_t dash = f.find('-');
    return dash >= 1 && dash <= 3 && f.size() - dash - 1 >= 1 && f.size() - dash - 1 <= 3 &&
           std::all_of(f.begin(), f.end(), [](char c) { return c == '0' || c == '-'; }) &&
           f.find('-', dash + 1) == std::string_view::npos;
  };
  if (std::none_of(w.begin(), w.end(), [&](const Word& x) { return score(x.folded); })) return;
  const auto folded = [&](int i) {
    return i >= 0 && i < static_cast<int>(w.size()) ? w[static_cast<size_t>(i)].folded
                                                    : std::string_view();
  };
  for (LabeledSpan& x : *spans) {
    if (x.type != kLocation) continue;
    const std::string_view before = folded(x.begin - 1);
    bool won = false;
    for (int i = std::max(0, x.begin - 4); i < x.begin - 1; ++i)
      won = won || InList(kWins, folded(i));
    const bool side =
        InList(kPlays, folded(x.end)) || InList(kPlays, before) ||
        ((before == "to" || before == "with") && InList(kPlays, folded(x.begin - 2))) ||
        (before == "over" && won);
    const uint16_t lists = lexicon.Find(KeyOf(w, x)).lists;
    if (side && (lists & NerLexicon::ListBit('T')) != 0 &&
        (lists & NerLexicon::ListBit('C')) == 0) {
      x.type = kOrg;
    }
  }
}

// Lists of names: three or more with commas between them and "and" or "or" before the last
// ("Kelso, Galashiels, Peebles and Eyemouth"); the first and last span index of each.
std::vector<std::pair<int, int>> NameLists(const std::vector<Word>& w,
                                           const std::vector<LabeledSpan>& spans) {
  constexpr int kMinItems = 3;
  std::vector<std::pair<int, int>> lists;
  const int count = static_cast<int>(spans.size());
  for (int first = 0; first < count;) {
    int last = first;
    bool closed = false;  // "and" or "or" came: the next name is the list's last
    while (last + 1 < count && !closed) {
      const int gap_begin = spans[static_cast<size_t>(last)].end;
      const int gap_end = spans[static_cast<size_t>(last) + 1].begin;
      bool joined = gap_end > gap_begin && gap_end - gap_begin <= 2;
      for (int i = gap_begin; joined && i < gap_end; ++i) {
        const std::string_view f = w[static_cast<size_t>(i)].folded;
        joined = f == "," || f == "and" || f == "or";
        closed = closed || f != ",";
      }
      if (!joined) {
        closed = false;
        break;
      }
      ++last;
    }
    if (last - first + 1 >= kMinItems && closed) lists.emplace_back(first, last);
    first = last + 1;
  }
  return lists;
}

constexpr uint16_t kGivenNameLists = NerLexicon::ListBit('F') | NerLexicon::ListBit('H');

// A person's name as the lists know it: the whole name or its first word a listed given name
// or person.
bool ListedPerson(const std::vector<Word>& w, const NerLexicon& lexicon, const LabeledSpan& x) {
  return (lexicon.Find(KeyOf(w, x)).lists & kGivenNameLists) != 0 ||
         (lexicon.Find(w[static_cast<size_t>(x.begin)].key).lists & kGivenNameLists) != 0;
}

// A person's name and the generation's mark after it are one name ("Martin Luther King Jr.",
// where the tagger left "King", a title word, out and made "Jr." a person of its own), and so
// is one capitalised surname between them that the tagger left out, and the person right before
// ("Martin Luther" + "King Jr.").
void JoinGenerationMarks(const std::vector<Word>& w, std::vector<LabeledSpan>* spans) {
  std::vector<LabeledSpan> out;
  for (size_t k = 0; k < spans->size(); ++k) {
    LabeledSpan x = (*spans)[k];
    if (x.type == kPerson) {
      int mark = x.end;
      if (mark < static_cast<int>(w.size()) &&
          !IsGenerationMark(w[static_cast<size_t>(mark)].folded) &&
          w[static_cast<size_t>(mark)].capitalized && !w[static_cast<size_t>(mark)].all_caps) {
        ++mark;  // the surname left out
      }
      const bool free = k + 1 >= spans->size() || (*spans)[k + 1].begin > mark ||
                        ((*spans)[k + 1].begin >= x.end && (*spans)[k + 1].end == mark + 1);
      if (mark < static_cast<int>(w.size()) &&
          IsGenerationMark(w[static_cast<size_t>(mark)].folded) &&
          w[static_cast<size_t>(mark)].capitalized && free) {
        if (k + 1 < spans->size() && (*spans)[k + 1].end == mark + 1) ++k;  // the mark's own span
        x.end = mark + 1;
        // "Martin Luther" + "King Jr.": the person right before is the same name's start.
        if (!out.empty() && out.back().type == kPerson && out.back().end == x.begin) {
          out.back().end = x.end;
          continue;
        }
      }
    }
    out.push_back(x);
  }
  *spans = std::move(out);
}

// A month's name after a given name is that person's surname ("Critics of Theresa May were",
// "Brian May's guitar"): the tagger, which saw "May" mostly as the month or the verb, stopped at
// the given name. Not before a number ("Jane June 5", "Tom May 2019": a date after the name).
void JoinMonthSurnames(const std::vector<Word>& w, const NerLexicon& lexicon,
                       std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kMonths[] = {"april", "may", "june", "august"};
  for (size_t k = 0; k < spans->size(); ++k) {
    LabeledSpan& x = (*spans)[k];
    const size_t month = static_cast<size_t>(x.end);
    if (x.type != kPerson || month >= w.size() || !w[month].capitalized || w[month].all_caps ||
        !InList(kMonths, w[month].folded) ||
        (k + 1 < spans->size() && (*spans)[k + 1].begin <= x.end)) {
      continue;
    }
    const bool given = (lexicon.Find(w[month - 1].key).lists & NerLexicon::ListBit('F')) != 0;
    size_t after = month + 1;
    if (after < w.size() && w[after].folded == ",") ++after;
    const bool number = after < w.size() && !w[after].folded.empty() &&
                        std::isdigit(static_cast<unsigned char>(w[after].folded[0])) != 0;
    if (given && !number) x.end += 1;
  }
}

// A name opened by the word for a mountain, lake or river ("River Thames", "Mount Everest",
// "Lake Geneva", "Loch Ness") is a place, whatever other type the tagger gave it, and is one
// where the tagger left it alone in running text (it had not seen "Mount Everest"). Not a
// person ("River Phoenix", the actor).
void PlacesByTheirFirstWord(const std::vector<Word>& w, bool weak_line,
                            std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kHeads[] = {"river", "lake", "mount", "mt", "loch", "mount."};
  const auto head = [&](size_t i) {
    const Word& x = w[i];
    return x.capitalized && !x.all_caps && InList(kHeads, WithoutPeriod(x.folded));
  };
  for (LabeledSpan& x : *spans) {
    // The head and one word: a longer name is as often a body named after the place ("River
    // Road Fellowship", "Lake Street Dive").
    if ((x.type == kOrg || x.type == kMisc) && x.end - x.begin == 2 &&
        head(static_cast<size_t>(x.begin))) {
      x.type = kLocation;
    }
  }
  if (weak_line) return;
  const std::vector<bool> covered = Covered(*spans, w.size());
  bool added = false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (covered[i] || !head(i) || w[i].weak) continue;
    size_t end = i + 1;
    while (end < w.size() && end < i + 2 && !covered[end] && w[end].capitalized &&
           !w[end].all_caps && !text::IsStopword(w[end].folded)) {
      ++end;
    }
    if (end == i + 1) continue;
    spans->push_back({static_cast<int>(i), static_cast<int>(end), kLocation});
    added = true;
    i = end - 1;
  }
  if (added) SortByBegin(spans);
}

// A place, a comma and a name the place lists know, then the clause goes on or ends ("in
// Pilton, Somerset, every June", "Warren, Michigan"): the county, state or country of the
// place, not the team or company the tagger took it for (CoNLL's cricket counties).
void RegionAfterAPlace(const std::vector<Word>& w, const NerLexicon& lexicon,
                       std::vector<LabeledSpan>* spans) {
  for (size_t k = 1; k < spans->size(); ++k) {
    LabeledSpan& x = (*spans)[k];
    const LabeledSpan& place = (*spans)[k - 1];
    if (x.type == kLocation || place.type != kLocation || place.end + 1 != x.begin ||
        w[static_cast<size_t>(place.end)].folded != ",") {
      continue;
    }
    // Not inside a list of names ("Saracens, Wasps, Bath, Leicester, Northampton" are clubs).
    const size_t after = static_cast<size_t>(x.end);
    if (place.begin > 0 && w[static_cast<size_t>(place.begin) - 1].folded == ",") continue;
    if (after + 1 < w.size() && w[after].folded == "," && w[after + 1].capitalized) continue;
    const bool ends = after >= w.size() || w[after].folded == "," || w[after].folded == "." ||
                      w[after].folded == ";" || w[after].folded == ")";
    if (ends && (lexicon.Find(KeyOf(w, x)).lists & kPlaceLists) != 0) x.type = kLocation;
  }
}

// A name of two words or more that opens with a given name and "is" (or "was") a person's job
// ("Cass Sunstein is Administrator of the Office…", "Sal Gentile is a senior producer"): a
// person, whatever place or body the tagger took it for.
void PersonsByTheirJob(const std::vector<Word>& w, const NerLexicon& lexicon,
                       std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kJobs[] = {
      "administrator", "director",   "president", "professor", "secretary",     "chairman",
      "chairwoman",    "editor",     "author",    "founder",   "minister",      "spokesman",
      "spokeswoman",   "manager",    "coach",     "lawyer",    "attorney",      "senator",
      "governor",      "mayor",      "reporter",  "writer",    "producer",      "journalist",
      "economist",     "researcher", "scientist", "columnist", "correspondent", "co-founder"};
  for (LabeledSpan& x : *spans) {
    if (x.type == kPerson || x.end - x.begin < 2 ||
        (lexicon.Find(w[static_cast<size_t>(x.begin)].key).lists & NerLexicon::ListBit('F')) == 0) {
      continue;
    }
    size_t i = static_cast<size_t>(x.end);
    if (i >= w.size() || (w[i].folded != "is" && w[i].folded != "was")) continue;
    ++i;
    if (i < w.size() && (w[i].folded == "a" || w[i].folded == "an" || w[i].folded == "the")) ++i;
    // (One word may describe the job: "a senior producer", "the deputy director".)
    for (size_t k = i; k < w.size() && k <= i + 1; ++k) {
      if (InList(kJobs, w[k].folded)) {
        x.type = kPerson;
        break;
      }
    }
  }
}

// A list of places with a name the tagger took for a person's ("Kelso, Galashiels, Peebles,
// Hawick, Selkirk and Eyemouth": small towns it never saw, typed as surnames): two or more of
// the list's names places the place lists know. The list's persons whose first word is no listed
// given name, and its organisations the lists do not know, not in capitals ("the US, EU, Russia
// and UN") and ended by no organisation's word, are places too. Only the lists count as evidence,
// not the tagger's other guesses, which would spread its errors (a list of bands and singers).
void PlacesOfAList(const std::vector<Word>& w, const NerLexicon& lexicon,
                   std::vector<LabeledSpan>* spans) {
  constexpr int kMinListedPlaces = 2;
  for (const auto& [first, last] : NameLists(w, *spans)) {
    int listed_places = 0;
    for (int k = first; k <= last; ++k) {
      const LabeledSpan& x = (*spans)[static_cast<size_t>(k)];
      if (x.type == kLocation && (lexicon.Find(KeyOf(w, x)).lists & kPlaceLists) != 0) {
        ++listed_places;
      }
    }
    for (int k = first; listed_places >= kMinListedPlaces && k <= last; ++k) {
      LabeledSpan& x = (*spans)[static_cast<size_t>(k)];
      const uint16_t lists = lexicon.Find(KeyOf(w, x)).lists;
      const bool person = x.type == kPerson && !ListedPerson(w, lexicon, x);
      const bool body = x.type == kOrg && (lists & NerLexicon::ListBit('O')) == 0 &&
                        !w[static_cast<size_t>(x.begin)].all_caps &&
                        !IsOrgSuffix(w[static_cast<size_t>(x.end - 1)].folded);
      if (person || body) x.type = kLocation;
    }
  }
}

// A name right after the word for its kind of body ("UK think-tank Chatham House", "the retailer
// Argos", "San Diego-based Identity Theft Resource Center") is that body, not the place or person
// the tagger took it for. In CoNLL-2003 train + dev 113 of 116 names after these words are
// organisations ("group" 25 of 25, "daily" 14 of 15, "-based" 13 of 16, the rest MISC);
// "broker", "insurer" and "party" come before persons too and are not among them. A person the
// name lists know stays one, and so does a listed country. Unlike RoleType's nouns, which decide
// a name's vote everywhere in the document, these kinds ("maker", "publisher", "giant") also come
// before persons ("documentary maker Michael Cockerell"): they only retype this mention, and only
// a person the lists do not know (moving them into RoleType retyped 11 persons on the dev texts).
void BodiesAfterTheirKind(const std::vector<Word>& w, const NerLexicon& lexicon,
                          std::vector<LabeledSpan>* spans) {
  static constexpr std::string_view kKinds[] = {
      "think-tank",   "thinktank", "charity",      "bank",         "company",   "firm",
      "group",        "agency",    "organisation", "organization", "newspaper", "daily",
      "broadcaster",  "retailer",  "carmaker",     "automaker",    "airline",   "website",
      "club",         "union",     "brokerage",    "conglomerate", "giant",     "maker",
      "manufacturer", "publisher", "studio",       "label",        "network",   "magazine",
      "startup",      "start-up",  "supermarket",  "chain",        "operator",  "regulator",
      "lender",       "bookmaker", "watchdog"};
  for (LabeledSpan& x : *spans) {
    if (x.begin == 0 || (x.type != kPerson && x.type != kLocation)) continue;
    const Word& before = w[static_cast<size_t>(x.begin - 1)];
    const bool based = before.folded.size() > 6 && before.folded.ends_with("-based");
    const bool kind = (before.lowercase && InList(kKinds, before.folded)) || based;
    // Not a place that modifies a noun ("a daily Amsterdam newspaper", "the giant US budget
    // deficit", "Moscow-based US lawyer"), nor a person "based" somewhere.
    const bool modifier = x.type == kLocation && x.end < static_cast<int>(w.size()) &&
                          w[static_cast<size_t>(x.end)].lowercase &&
                          text::EnglishWordClass(w[static_cast<size_t>(x.end)].folded, false) !=
                              text::WordClass::kOther;
    if (!kind || modifier || (based && x.type == kPerson)) continue;
    const uint16_t lists = lexicon.Find(KeyOf(w, x)).lists;
    if (x.type == kPerson && ListedPerson(w, lexicon, x)) continue;
    if (x.type == kLocation && (lists & NerLexicon::ListBit('C')) != 0) continue;
    x.type = kOrg;
  }
}

// A list of organisations with a name the tagger took for a person's ("Teatro Real, Théâtre du
// Châtelet, Semperoper Dresden and Teatro Massimo"; "University of Freiburg, Bosch, Georgia Tech
// and KU Leuven"): two or more of the list's names organisations by the lists or by an
// organisation's word at their end. Its persons the name lists do not know are organisations too.
void OrganisationsOfAList(const std::vector<Word>& w, const NerLexicon& lexicon,
                          std::vector<LabeledSpan>* spans) {
  constexpr int kMinKnownBodies = 2;
  for (const auto& [first, last] : NameLists(w, *spans)) {
    int bodies = 0;
    for (int k = first; k <= last; ++k) {
      const LabeledSpan& x = (*spans)[static_cast<size_t>(k)];
      const bool listed = (lexicon.Find(KeyOf(w, x)).lists & NerLexicon::ListBit('O')) != 0;
      if (x.type == kOrg && (listed || IsOrgSuffix(w[static_cast<size_t>(x.end - 1)].folded))) {
        ++bodies;
      }
    }
    for (int k = first; bodies >= kMinKnownBodies && k <= last; ++k) {
      LabeledSpan& x = (*spans)[static_cast<size_t>(k)];
      if (x.type == kPerson && !ListedPerson(w, lexicon, x)) x.type = kOrg;
    }
  }
}

// How often the words of `n` (in sentence `w`) occur in the document, tagged or not.
int Occurrences(const std::vector<std::vector<Word>>& words, const std::vector<Word>& w,
                const LabeledSpan& n) {
  const size_t length = static_cast<size_t>(n.end - n.begin);
  int count = 0;
  for (const std::vector<Word>& sentence : words) {
    for (size_t i = 0; i + length <= sentence.size(); ++i) {
      size_t k = 0;
      while (k < length && sentence[i + k].key == w[static_cast<size_t>(n.begin) + k].key) ++k;
      count += k == length ? 1 : 0;
    }
  }
  return count;
}

// Two names joined by "and" that the tagger took for one ("Facebook and Twitter", "Cheney and
// Addington", "Procter & Gamble and Johnson & Johnson"): split at the "and" where the span is a
// person's (no person's name holds "and") or where the words on each side are a name of their
// own, in the lists (a country, town, place, person or organisation), as another name of the
// document or as a name joined by "&" ("Procter & Gamble and Johnson & Johnson"). Names that
// hold "and" keep it: "Securities and Exchange Commission", "Social
// Democratic and Labour Party" (one side stands alone, not both), a listed whole ("Trinidad and
// Tobago", "Marks and Spencer") and a whole the document names twice ("Parks and Recreation").
void SplitAtAnd(const std::vector<std::vector<Word>>& words, const NerLexicon& lexicon,
                std::vector<std::vector<LabeledSpan>>* spans) {
  constexpr uint16_t kNameLists = NerLexicon::ListBit('C') | NerLexicon::ListBit('T') |
                                  NerLexicon::ListBit('P') | NerLexicon::ListBit('H') |
                                  NerLexicon::ListBit('O');
  std::unordered_set<uint64_t> names;
  for (size_t s = 0; s < spans->size(); ++s) {
    for (const LabeledSpan& n : (*spans)[s]) names.insert(KeyOf(words[s], n));
  }
  for (size_t s = 0; s < spans->size(); ++s) {
    const std::vector<Word>& w = words[s];
    std::vector<LabeledSpan> out;
    for (const LabeledSpan& n : (*spans)[s]) {
      int at = -1;
      for (int i = n.begin + 1; i + 1 < n.end && at < 0; ++i) {
        if (w[static_cast<size_t>(i)].folded == "and") at = i;
      }
      const LabeledSpan left{n.begin, at, n.type};
      const LabeledSpan right{at + 1, n.end, n.type};
      // "Procter & Gamble": "&" joins the words of one name, "and" two names.
      auto ampersand_name = [&](const LabeledSpan& part) {
        for (int i = part.begin + 1; i + 1 < part.end; ++i) {
          if (w[static_cast<size_t>(i)].folded == "&") return true;
        }
        return false;
      };
      auto stands_alone = [&](const LabeledSpan& part) {
        return names.count(KeyOf(w, part)) > 0 || ampersand_name(part) ||
               (lexicon.Find(KeyOf(w, part)).lists & kNameLists) != 0;
      };
      const bool split = at > 0 && w[static_cast<size_t>(n.begin)].capitalized &&
                         w[static_cast<size_t>(at) + 1].capitalized &&
                         lexicon.Find(KeyOf(w, n)).lists == 0 && Occurrences(words, w, n) < 2 &&
                         (n.type == kPerson || (stands_alone(left) && stands_alone(right)));
      if (split) {
        out.push_back(left);
        out.push_back(right);
      } else {
        out.push_back(n);
      }
    }
    (*spans)[s] = std::move(out);
  }
}

// "@chrislhayes" (folded), or a clock time with its half of the day ("9:15am", "8:02am").
bool HandleOrTime(std::string_view folded) {
  if (folded.size() > 1 && folded.front() == '@') return true;
  const size_t colon = folded.find(':');
  return colon != std::string_view::npos && colon > 0 && folded[colon - 1] == '0' &&
         colon + 1 < folded.size() && folded[colon + 1] == '0' &&
         (folded.ends_with("am") || folded.ends_with("pm"));
}

bool OpensClause(std::string_view w) { return w == "\"" || w == "'" || w == "(" || w == ":" || w == "-"; }

}  // namespace

void MakeNamesConsistent(const NerFeatures& features, const std::vector<bool>& headings,
                         const NerLexicon& lexicon, std::vector<std::vector<LabeledSpan>>* names) {
  std::vector<std::vector<LabeledSpan>>& spans = *names;
  std::vector<std::vector<Word>> words(features.sentence_count());
  std::vector<bool> weak_line(words.size());
  for (size_t s = 0; s < words.size(); ++s) {
    // A heading in Title Case capitalises every word, so there capitals say nothing; a heading in
    // sentence case ("Results of Major League Baseball games played on Thursday:", a table's
    // caption) writes them as running text does, after its first word: lowercase content words,
    // at least half as many as capitalised ones (a tweet's "lmao" in Title Case is no sign).
    const bool heading = s < headings.size() && headings[s];
    int lower = 0, upper = 0;
    for (size_t i = 1; heading && i < features.token_count(s); ++i) {
      const NerFeatures::Token t = features.TokenAt(s, i);
      if (t.folded.size() < 3 || text::IsStopword(t.folded)) continue;
      lower += t.lowercase ? 1 : 0;
      upper += t.capitalized ? 1 : 0;
    }
    const bool sentence_case = lower >= 1 && 2 * lower >= upper;
    weak_line[s] = (heading && !sentence_case) || features.InCapitals(s);
    bool first = true;
    words[s].resize(features.token_count(s));
    for (size_t i = 0; i < words[s].size(); ++i) {
      const NerFeatures::Token t = features.TokenAt(s, i);
      Word& w = words[s][i];
      w.folded = t.folded;
      w.key = t.key;
      w.capitalized = t.capitalized;
      w.all_caps = t.all_caps;
      w.plural_caps = t.plural_caps;
      w.lowercase = t.lowercase;
      w.letters = t.has_letter;
      w.camel = t.camel;
      w.person_listed =
          t.camel &&
          (lexicon.Find(t.key).lists &
           (NerLexicon::ListBit('F') | NerLexicon::ListBit('S') | NerLexicon::ListBit('H'))) != 0;
      w.weak = weak_line[s] || (first && t.has_letter);
      w.common = t.capitalised == 1 || t.capitalised == 2;
      if (t.has_letter) first = false;
      if (OpensClause(t.folded)) first = true;  // a quotation or clause starts
    }
  }
  for (size_t s = 0; s < spans.size(); ++s) CutTitles(words[s], lexicon, &spans[s]);
  SplitAtAnd(words, lexicon, &spans);

  // Storm names: the storm word ("Tropical Storm", "Hurricane") is no part of the name, and the
  // name is MISC wherever the document uses it ("…the areas hit hardest by Sandy").
  std::unordered_set<uint64_t> storms;
  for (size_t s = 0; s < spans.size(); ++s) {
    const std::vector<Word>& w = words[s];
    for (LabeledSpan& n : spans[s]) {
      auto storm_word = [&](int i) {
        const Word& x = w[static_cast<size_t>(i)];
        return IsStormWord(x.folded, x.capitalized);
      };
      int begin = n.begin;
      while (begin + 1 < n.end &&
             (storm_word(begin) || w[static_cast<size_t>(begin)].folded == "tropical")) {
        ++begin;
      }
      if (begin == n.begin && !(n.begin > 0 && storm_word(n.begin - 1))) continue;
      n = {begin, n.end, kMisc};
      storms.insert(KeyOf(w, n));
    }
  }

  // Words used as (part of) a name where capitals mean something.
  std::unordered_set<uint64_t> named_in_text;
  for (size_t s = 0; s < spans.size(); ++s) {
    for (const LabeledSpan& n : spans[s]) {
      for (int i = n.begin; i < n.end; ++i) {
        const Word& w = words[s][static_cast<size_t>(i)];
        if (!w.weak) named_in_text.insert(w.key);
      }
    }
  }
  // Capitalised common words where capitals say nothing.
  auto dull = [&](const Word& w) { return w.weak && w.common && !named_in_text.count(w.key); };
  // A function word alone ("I", "We") is no name, unless it is part of a longer one here
  // ("Theresa May" ... "May") or an abbreviation in capitals ("US").
  std::unordered_set<uint64_t> in_long_names;
  for (size_t s = 0; s < spans.size(); ++s) {
    for (const LabeledSpan& n : spans[s]) {
      for (int i = n.begin; n.end - n.begin >= 2 && i < n.end; ++i) in_long_names.insert(words[s][static_cast<size_t>(i)].key);
    }
  }
  auto stopword = [](const Word& w) {
    const bool abbreviation = w.all_caps && w.folded.size() >= 2;
    return !abbreviation && text::IsStopword(WithoutClitic(w.folded));
  };
  auto function_word = [&](const Word& w) { return stopword(w) && !in_long_names.count(w.key); };
  std::unordered_set<uint64_t> capitalised_names;  // names the document writes with capitals
  for (size_t s = 0; s < spans.size(); ++s) {
    for (const LabeledSpan& n : spans[s]) {
      if (words[s][static_cast<size_t>(n.begin)].capitalized)
        capitalised_names.insert(KeyOf(words[s], n));
    }
  }
  // A document that writes names with capitals (in two sentences or more): a short line of it
  // without any and without a sentence's end ("1/2 teaspoon salt" in a recipe's list) is no text
  // typed in lowercase, and its lowercase words are no names either. (A whole sentence in
  // lowercase keeps its names: comments and posts are typed so: "btw met diane today.")
  size_t sentences_with_capitals = 0;  // counted up to 2
  for (size_t s = 0; s < words.size() && sentences_with_capitals < 2; ++s) {
    const auto capital = [](const Word& w) {
      return w.capitalized && !w.weak && !text::IsStopword(WithoutClitic(w.folded));
    };
    if (std::any_of(words[s].begin(), words[s].end(), capital)) ++sentences_with_capitals;
  }
  const bool document_capitalises = sentences_with_capitals >= 2;
  // Words the document writes with a capital where capitals mean something (not first in a
  // sentence), name or not.
  std::unordered_set<uint64_t> capitalised_inside;
  for (const std::vector<Word>& line : words) {
    for (const Word& w : line) {
      if (w.capitalized && !w.weak) capitalised_inside.insert(w.key);
    }
  }
  const std::unordered_set<uint64_t> common_acronyms = CommonAcronyms(words);
  for (size_t s = 0; s < spans.size(); ++s) {
    // Capitals mean something in this sentence (not a line in lowercase): a plain lowercase word
    // at a name's edge is no part of it.
    const bool cased = std::any_of(words[s].begin(), words[s].end(),
                                   [](const Word& w) { return w.capitalized && !w.weak; });
    // Capitals there say "name" (not only "I").
    const bool names_capitalised = std::any_of(words[s].begin(), words[s].end(), [](const Word& w) {
      return w.capitalized && !w.weak && !text::IsStopword(WithoutClitic(w.folded));
    });
    constexpr size_t kFragmentWords = 8;
    const std::string_view end = words[s].empty() ? std::string_view() : words[s].back().folded;
    const bool fragment =
        words[s].size() <= kFragmentWords && end != "." && end != "!" && end != "?";
    std::vector<LabeledSpan> kept;
    for (LabeledSpan n : spans[s]) {
      while (cased && n.end > n.begin && PlainLowercase(words[s][static_cast<size_t>(n.begin)])) ++n.begin;
      while (cased && n.end > n.begin && PlainLowercase(words[s][static_cast<size_t>(n.end - 1)])) --n.end;
      if (n.end == n.begin) continue;
      // A bracket opened inside a name closes inside it ("Mladost (BJ)", a club and its town):
      // take the closing one that follows, else the name ends before the bracket.
      for (int i = n.begin + 1; i < n.end; ++i) {
        if (words[s][static_cast<size_t>(i)].folded != "(") continue;
        const bool closed = std::any_of(words[s].begin() + i + 1, words[s].begin() + n.end,
                                        [](const Word& w) { return w.folded == ")"; });
        if (closed) break;
        if (n.end < static_cast<int>(words[s].size()) && n.end - i <= 3 &&
            words[s][static_cast<size_t>(n.end)].folded == ")") {
          ++n.end;
        } else {
          n.end = i;
        }
        break;
      }
      // Not a capital in it, where capitals mean something: no name ("england@bbc.co.uk",
      // "25-man"), unless the document writes it with capitals elsewhere ("Delaware"). The tagger
      // learnt lowercase copies of its text, for lines typed in lowercase ("in london with justin
      // bieber"), and guesses from them.
      const auto span_words = std::span(words[s]).subspan(static_cast<size_t>(n.begin),
                                                          static_cast<size_t>(n.end - n.begin));
      if ((names_capitalised || (document_capitalises && fragment)) &&
          !capitalised_names.count(KeyOf(words[s], n)) &&
          std::any_of(span_words.begin(), span_words.end(),
                      [](const Word& w) { return w.lowercase; }) &&
          std::none_of(span_words.begin(), span_words.end(),
                       [](const Word& w) { return w.letters && !w.lowercase; })) {
        continue;
      }
      if (n.end - n.begin == 1 && function_word(words[s][static_cast<size_t>(n.begin)])) continue;
      // A user's handle or a clock time is no name ("@IraSchoffel", "9:15AM").
      if (n.end - n.begin == 1 && HandleOrTime(words[s][static_cast<size_t>(n.begin)].folded))
        continue;
      // Nor is a web address ("http://www.4gamer.net/news/…"), whatever the tagger made of it.
      if (std::any_of(words[s].begin() + n.begin, words[s].begin() + n.end, [](const Word& w) {
            return w.folded.find("://") != std::string_view::npos || w.folded.starts_with("www.");
          })) {
        continue;
      }
      // An interjection first in a sentence, unless the text names something so elsewhere
      // ("Fans of Hello cheered": a band).
      if (const Word& w = words[s][static_cast<size_t>(n.begin)]; n.end - n.begin == 1 && w.weak &&
                                                                  IsInterjection(w.folded) &&
                                                                  !named_in_text.count(w.key)) {
        continue;
      }
      // An acronym's plural alone names a kind of thing, not one ("PCs", "NGOs", "MPs").
      if (n.end - n.begin == 1 && words[s][static_cast<size_t>(n.begin)].plural_caps) continue;
      // So does an acronym the text spells out in lowercase ("quantitative easing (QE)"), or one
      // of a common noun ("AI", "ECG"), and a degree after a name ("Jane Roe, MD").
      if (n.end - n.begin == 1 &&
          (common_acronyms.count(words[s][static_cast<size_t>(n.begin)].key) ||
           (words[s][static_cast<size_t>(n.begin)].all_caps &&
            IsGenericAcronym(words[s][static_cast<size_t>(n.begin)].folded)) ||
           IsDegreeAfterAName(
               words[s], n.begin,
               !kept.empty() && kept.back().end + 1 == n.begin &&
                   (kept.back().type == kPerson ||
                    words[s][static_cast<size_t>(kept.back().begin)].person_listed))))
        continue;
      if (n.end - n.begin == 1 && words[s][static_cast<size_t>(n.begin)].all_caps &&
          IsTimeZone(words[s][static_cast<size_t>(n.begin)].folded)) {
        n.type = kMisc;
      }
      // A common word that opens its sentence and that some list also holds ("Born in Luton, …":
      // a Dutch town; "Mobile gaming is…": Alabama's city) is that word, unless the document
      // writes it with a capital elsewhere ("Mr Read"), a verb of saying follows ("Link said") or
      // other names do.
      // Only the sentence's very first word: after a quotation mark, a colon or a bracket a
      // title or a list of names may start ("\"Fish\" was…", "Subs: Fish, Jeffers").
      if (n.begin == 0 && n.end == 1 && words[s].size() > 1) {
        const Word& w = words[s][0];
        const bool plain = std::all_of(w.folded.begin(), w.folded.end(),
                                       [](char c) { return c >= 'a' && c <= 'z'; });
        if (plain && !weak_line[s] && w.common && !named_in_text.count(w.key) &&
            !capitalised_inside.count(w.key) && !text::IsSpeechVerb(words[s][1].folded) &&
            // the first of a list of names ("Given, Breen, Staunton…", a team)
            !(words[s][1].folded == "," && words[s].size() > 2 && words[s][2].capitalized)) {
          continue;
        }
      }
      if (lexicon.Find(KeyOf(words[s], n)).lists != 0) {  // a listed name stays whole
        kept.push_back(n);
        continue;
      }
      while (n.end > n.begin && dull(words[s][static_cast<size_t>(n.begin)])) ++n.begin;
      // A person's surname that is also a common word stays after a listed first name
      // ("Stuart Law", "Larry Fine" on a line of their own), as in running text.
      const bool first_name_surname =
          n.type == kPerson && n.end - n.begin == 2 &&
          !words[s][static_cast<size_t>(n.begin + 1)].all_caps &&
          (lexicon.Find(words[s][static_cast<size_t>(n.begin)].key).lists &
           NerLexicon::ListBit('F')) != 0 &&
          (lexicon.Find(words[s][static_cast<size_t>(n.begin + 1)].key).lists &
           NerLexicon::ListBit('S')) != 0;
      while (weak_line[s] && !first_name_surname && n.end > n.begin &&
             dull(words[s][static_cast<size_t>(n.end - 1)])) {
        if (words[s][static_cast<size_t>(n.end - 1)].folded == ")" &&
            std::any_of(words[s].begin() + n.begin, words[s].begin() + n.end - 1,
                        [](const Word& w) { return w.folded == "("; })) {
          break;  // the bracket the name opened, balanced above
        }
        --n.end;
      }
      if (n.end > n.begin) kept.push_back(n);
    }
    // A regnal number after a person's name is the name's ("Pope John Paul II", "Henry VIII"),
    // not a name of its own.
    for (size_t k = 0; k < kept.size(); ++k) {
      LabeledSpan& n = kept[k];
      if (n.type != kPerson || n.end >= static_cast<int>(words[s].size()) ||
          !IsRegnalNumber(words[s][static_cast<size_t>(n.end)])) {
        continue;
      }
      const int numeral = n.end++;
      std::erase_if(
          kept, [&](const LabeledSpan& o) { return o.begin == numeral && o.end == numeral + 1; });
    }
    spans[s] = std::move(kept);
  }

  // Types the text itself says: a dateline's place ("KHAN YOUNIS, Gaza Strip (AP) —"), a name
  // after "the city of", "the province of"…, and a name after a noun of its role ("rock band
  // Coldplay", "guard T.J. Ford"). These mentions keep that type, and their votes below
  // outweigh a tagger's guess in running text; a team named after its city stays an
  // organisation where most mentions say so ("NEWCASTLE, England - Newcastle manager…").
  std::unordered_set<uint64_t> said_types;  // strong evidence, by sentence << 32 | first word
  std::unordered_set<uint64_t> said_roles;  // names after a noun of role, the same way
  auto said = [](size_t s, int begin) {
    return static_cast<uint64_t>(s) << 32 | static_cast<uint32_t>(begin);
  };
  for (size_t s = 0; s < spans.size(); ++s) {
    std::vector<LabeledSpan>& n = spans[s];
    if (const int k = DatelinePlace(words[s], lexicon); k > 0) {
      n.erase(std::remove_if(n.begin(), n.end(), [&](const LabeledSpan& x) { return x.begin < k; }),
              n.end());
      n.insert(n.begin(), LabeledSpan{0, k, kLocation});
      said_types.insert(said(s, 0));
    }
    for (LabeledSpan& x : n) {
      // A person after a form of address or a rank ("Emperor Meiji", though Meiji is a company).
      if (x.type == kPerson && FormOrRankBefore(words[s], x.begin))
        said_types.insert(said(s, x.begin));
      // A person or an organisation by the tagger; an adjective ("the town of British …") is none.
      if ((x.type == kPerson || x.type == kOrg) && x.begin >= 2 &&
          words[s][static_cast<size_t>(x.begin) - 1].folded == "of" &&
          IsPlaceNoun(words[s][static_cast<size_t>(x.begin) - 2])) {
        x.type = kLocation;
        said_types.insert(said(s, x.begin));
      } else if (x.begin >= 1) {
        const std::vector<Word>& w = words[s];
        const int role = RoleType(w[static_cast<size_t>(x.begin) - 1]);
        const bool verb = x.begin >= 2 && w[static_cast<size_t>(x.begin) - 2].folded == "to";
        const bool modifier = x.end < static_cast<int>(w.size()) &&
                              w[static_cast<size_t>(x.end)].lowercase &&
                              text::EnglishWordClass(w[static_cast<size_t>(x.end)].folded, false) ==
                                  text::WordClass::kNoun;
        // A person's role noun before a prize or a body names a category ("best supporting
        // actress Academy Award"), not the person.
        const std::string_view last = w[static_cast<size_t>(x.end) - 1].folded;
        const bool thing = IsOrgSuffix(last) || last == "award" || last == "awards" ||
                           last == "prize" || last == "cup" || last == "trophy";
        if (role >= 0 && !verb && !modifier && !(role == kPerson && thing)) {
          x.type = role;
          said_roles.insert(said(s, x.begin));
          // Its vote outweighs a guess elsewhere ("Fans of Coldplay" a place), unless the name
          // is a listed place too ("club Parma", "prosecutors in Parma").
          if ((lexicon.Find(KeyOf(w, x)).lists & kPlaceLists) == 0)
            said_types.insert(said(s, x.begin));
        }
      }
    }
  }

  // One type per name: a vote, mentions in running text counting double, types the text
  // itself says (above) triple.
  std::unordered_map<uint64_t, std::array<int, kNerTypes>> votes;
  for (size_t s = 0; s < spans.size(); ++s) {
    for (const LabeledSpan& n : spans[s]) {
      const bool strong = !words[s][static_cast<size_t>(n.begin)].weak;
      const uint64_t at = said(s, n.begin);
      const int weight = said_types.count(at) ? 3 : strong || said_roles.count(at) ? 2 : 1;
      votes[KeyOf(words[s], n)][static_cast<size_t>(n.type)] += weight;
    }
  }
  // A person named in full lends the type to a lone first name or surname.
  std::unordered_set<uint64_t> person_parts;
  for (size_t s = 0; s < spans.size(); ++s) {
    for (LabeledSpan& n : spans[s]) {
      const auto& v = votes.at(KeyOf(words[s], n));
      if (!said_types.count(said(s, n.begin)) && !said_roles.count(said(s, n.begin))) {
        for (int t = 0; t < kNerTypes; ++t) {
          if (v[static_cast<size_t>(t)] > v[static_cast<size_t>(n.type)]) n.type = t;
        }
        if (storms.count(KeyOf(words[s], n))) n.type = kMisc;
        // A name that only the organisation lists know ("Facebook", "Mozilla", "YouTube") is an
        // organisation: the web's companies are rare in CoNLL-2003's 1996 news, and "on
        // Facebook" reads like a place to a tagger that learnt from it.
        // (Not a time zone in capitals that some company shares: "10:11 pm CST".)
        const Word& first = words[s][static_cast<size_t>(n.begin)];
        const bool zone = n.end - n.begin == 1 && first.all_caps && IsTimeZone(first.folded);
        if (lexicon.Find(KeyOf(words[s], n)).lists == NerLexicon::ListBit('O') && !zone) {
          n.type = kOrg;
        }
      }
      if (n.type == kPerson && n.end - n.begin >= 2) {
        person_parts.insert(words[s][static_cast<size_t>(n.begin)].key);
        person_parts.insert(words[s][static_cast<size_t>(n.end - 1)].key);
      }
    }
  }
  // A lone capitalised word that a determiner makes the head of its phrase ("the Marine", "a
  // missing, pregnant Marine", "the missing Marine's stepmother"): a rank, a role or a kind of
  // person, no name. In CoNLL-2003 train + dev, of the single capitalised words right after "a",
  // "an" or "the" that no noun or capital follows and that are no plural ("the Kennedys"), 4
  // of about 510 are persons. Such a word's person mentions go everywhere in the document when
  // more than half of them follow a determiner (lowercase words and commas between), unless the
  // document names a person in full with the word: a pun on a name ("Life's a Tripp") leaves the
  // boy Tripp of the other five mentions alone.
  struct KindVotes {
    bool head = false;  // once right after the determiner, as the head of its phrase
    int after_determiner = 0;
    int mentions = 0;
  };
  std::unordered_map<uint64_t, KindVotes> kinds;
  const auto determiner = [](std::string_view folded) {
    return folded == "the" || folded == "a" || folded == "an";
  };
  for (size_t s = 0; s < spans.size(); ++s) {
    const std::vector<Word>& w = words[s];
    for (const LabeledSpan& n : spans[s]) {
      if (n.type != kPerson || n.end - n.begin != 1) continue;
      const Word& word = w[static_cast<size_t>(n.begin)];
      if (!word.capitalized || word.all_caps || word.folded.ends_with('s')) continue;
      KindVotes& votes_for = kinds[word.key];
      ++votes_for.mentions;
      int b = n.begin - 1;
      while (b >= 0 && n.begin - b <= 3 &&
             (w[static_cast<size_t>(b)].folded == "," ||
              (w[static_cast<size_t>(b)].lowercase &&
               !determiner(w[static_cast<size_t>(b)].folded)))) {
        --b;
      }
      // (A capital mid-sentence is a name's own: "network A Haber".)
      if (b < 0 || !determiner(w[static_cast<size_t>(b)].folded) ||
          !(w[static_cast<size_t>(b)].lowercase || w[static_cast<size_t>(b)].weak)) {
        continue;
      }
      ++votes_for.after_determiner;
      if (b != n.begin - 1) continue;
      if (n.end < static_cast<int>(w.size())) {
        // "an Arafat adviser", "the Bush political baggage": the word modifies a noun; "the
        // Warren, Michigan, Marine": a place and its state; "a Paul [McCartney] song".
        const Word& next = w[static_cast<size_t>(n.end)];
        const Word* after =
            n.end + 1 < static_cast<int>(w.size()) ? &w[static_cast<size_t>(n.end) + 1] : nullptr;
        if (next.capitalized ||
            (next.lowercase &&
             text::EnglishWordClass(next.folded, false) != text::WordClass::kOther) ||
            (next.folded == "," && after != nullptr && after->capitalized) || next.folded == "[" ||
            next.folded == "(") {
          continue;
        }
      }
      votes_for.head = true;
    }
  }
  std::unordered_set<uint64_t> kind_words;
  for (const auto& [key, v] : kinds) {
    if (v.head && 2 * v.after_determiner > v.mentions && !person_parts.count(key)) {
      kind_words.insert(key);
    }
  }
  if (!kind_words.empty()) {
    for (size_t s = 0; s < spans.size(); ++s) {
      std::erase_if(spans[s], [&](const LabeledSpan& n) {
        return n.type == kPerson && n.end - n.begin == 1 &&
               kind_words.count(words[s][static_cast<size_t>(n.begin)].key) != 0;
      });
    }
  }

  // A team, paper or body named after its place ("Calgary Flames", "Nottingham Forest", "New
  // York Times") is that organisation where the text drops the place ("the Flames", "Forest",
  // "the Times"), not an event or a person; a tail that is a place itself ("BBC Scotland" has no
  // place first) keeps its own type.
  // The place must be one by the lists and no first name ("Jordan Mittelman" tagged an
  // organisation is a person), nor all common words ("Green Budget"); the tail no title ("St
  // Helens MP"), function word ("Sunderland No") or people's kind ("UK Muslims"), no place or
  // other listed thing ("North Sea"). Only mentions the tagger found
  // change: a tail alone is too common a word
  // ("High", "City") to be looked for.
  std::unordered_set<uint64_t> org_tails;
  for (size_t s = 0; s < spans.size(); ++s) {
    const std::vector<Word>& w = words[s];
    for (const LabeledSpan& n : spans[s]) {
      if (n.type != kOrg) continue;
      for (int k = 1; k <= 2 && n.end - n.begin > k; ++k) {
        const uint16_t head = lexicon.Find(KeyOf(w, {n.begin, n.begin + k, kLocation})).lists;
        const LabeledSpan tail{n.begin + k, n.end, kOrg};
        const Word& first = w[static_cast<size_t>(tail.begin)];
        const bool head_common = std::all_of(w.begin() + n.begin, w.begin() + n.begin + k,
                                             [](const Word& x) { return x.common; });
        if ((head & kPlaceLists) != 0 && (head & NerLexicon::ListBit('F')) == 0 && !head_common &&
            (lexicon.Find(KeyOf(w, tail)).lists & (kPlaceLists | NerLexicon::ListBit('E'))) == 0 &&
            first.capitalized && !(tail.end - tail.begin == 1 && TitleOrKind(first, lexicon))) {
          org_tails.insert(KeyOf(w, tail));
        }
      }
    }
  }
  for (size_t s = 0; s < spans.size(); ++s) {
    for (LabeledSpan& n : spans[s]) {
      if (org_tails.count(KeyOf(words[s], n)) && !said_types.count(said(s, n.begin)) &&
          !said_roles.count(said(s, n.begin)))
        n.type = kOrg;
    }
  }

  std::unordered_map<uint64_t, int> known;  // names worth finding again, by key
  for (size_t s = 0; s < spans.size(); ++s) {
    for (LabeledSpan& n : spans[s]) {
      const uint64_t key = KeyOf(words[s], n);
      if (n.end - n.begin == 1 && n.type != kPerson && person_parts.count(key)) n.type = kPerson;
      // A function word is never looked for alone: "May" of "Theresa May" stays where tagged.
      const Word& first = words[s][static_cast<size_t>(n.begin)];
      if (n.end - n.begin >= 2 || (!first.weak && !stopword(first))) known.emplace(key, n.type);
    }
  }
  std::unordered_set<uint64_t> surnames;
  for (size_t s = 0; s < spans.size(); ++s) {  // surnames, unless a function word ("May")
    for (const LabeledSpan& n : spans[s]) {
      const Word& last = words[s][static_cast<size_t>(n.end - 1)];
      if (n.type == kPerson && n.end - n.begin >= 2 && !stopword(last)) {
        known.emplace(last.key, kPerson);
        surnames.insert(last.key);
      }
    }
  }

  // Mentions the tagger missed: the same capitalised words in running text; and mentions cut
  // short of a longer name the document has ("Checker" in "The Fact Checker gave...").
  for (size_t s = 0; s < spans.size(); ++s) {
    const std::vector<Word>& w = words[s];
    std::vector<bool> covered = Covered(spans[s], w.size());
    for (LabeledSpan& n : spans[s]) {
      bool done = false;
      for (int left = 0; left <= 2 && !done; ++left) {
        for (int right = 0; right <= 2 && !done; ++right) {
          const LabeledSpan longer{n.begin - left, n.end + right, n.type};
          if (left + right == 0 || longer.begin < 0 || longer.end > static_cast<int>(w.size()) ||
              longer.end - longer.begin > kMaxNameWords) {
            continue;
          }
          bool free = true;
          for (int i = longer.begin; i < longer.end; ++i) {
            const bool inside = i >= n.begin && i < n.end;
            if (!inside && (covered[static_cast<size_t>(i)] || !w[static_cast<size_t>(i)].capitalized)) free = false;
          }
          const auto it = free ? known.find(KeyOf(w, longer)) : known.end();
          if (it == known.end()) continue;
          for (int i = longer.begin; i < longer.end; ++i) covered[static_cast<size_t>(i)] = true;
          n = {longer.begin, longer.end, it->second};
          done = true;
        }
      }
    }
    bool added = false;
    for (size_t i = 0; i < w.size(); ++i) {
      // A surname of the document's persons opening a sentence, before a lowercase word ("Price
      // hit all four of his shots" after "A.J. Price scored"), is the person, though a capital
      // there says nothing.
      const bool surname_first = i == 0 && !weak_line[s] && w.size() > 1 && w[1].lowercase &&
                                 !w[0].all_caps && !w[0].plural_caps &&
                                 surnames.count(w[0].key) != 0;
      if (covered[i] || !w[i].capitalized || (w[i].weak && !surname_first)) continue;
      uint64_t key = NerLexicon::Start();
      int match = 0, type = 0;
      for (size_t k = 0; k < static_cast<size_t>(kMaxNameWords) && i + k < w.size(); ++k) {
        if (covered[i + k] || !w[i + k].capitalized) break;
        key = NerLexicon::Extend(key, w[i + k].folded);
        if (auto it = known.find(key); it != known.end()) {
          match = static_cast<int>(k + 1);
          type = it->second;
        }
      }
      // Not a part of a longer capitalised run the tagger left alone ("Assange Street").
      const size_t after = i + static_cast<size_t>(match);
      if (match == 0 || (after < w.size() && w[after].capitalized && !covered[after])) continue;
      if (i > 0 && w[i - 1].capitalized && !covered[i - 1] &&
          !IsTitleBeforeAName(WithoutPeriod(w[i - 1].folded))) {
        continue;
      }
      spans[s].push_back({static_cast<int>(i), static_cast<int>(after), type});
      for (size_t k = i; k < after; ++k) covered[k] = true;
      added = true;
    }
    if (added) {
      SortByBegin(&spans[s]);
    }
    ExtendToOrganisation(w, &spans[s]);
    JoinNamesOverOf(w, weak_line[s], &spans[s]);
    JoinPlaceHeadToItsFirstWord(w, &spans[s]);
    TakeInitials(w, &spans[s]);
    JoinGenerationMarks(w, &spans[s]);
    JoinMonthSurnames(w, lexicon, &spans[s]);
    PlacesByTheirFirstWord(w, weak_line[s], &spans[s]);
    RegionAfterAPlace(w, lexicon, &spans[s]);
    PersonsByTheirJob(w, lexicon, &spans[s]);
    PlacesOfAList(w, lexicon, &spans[s]);
    OrganisationsOfAList(w, lexicon, &spans[s]);
    TeamsOfAScore(w, lexicon, &spans[s]);
    EventsByTheirLastWord(w, &spans[s]);
    HolidaysAreEvents(w, &spans[s]);
    TheUsInCapitals(w, weak_line[s], &spans[s]);
    BodiesAfterTheirKind(w, lexicon, &spans[s]);
  }
  TeamsOfResults(words, &spans);
}

}  // namespace precis::entities
