#include "entities/rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/date_text.h"
#include "text/word_classes.h"

namespace precis::entities {
namespace {

constexpr std::array<std::string_view, 24> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
// Time zones a four-digit clock time is written before ("1600 GMT").
constexpr std::array<std::string_view, 6> kClockZones = {"gmt", "utc", "est", "edt", "pst", "pdt"};
// South Asia's scales: "Rs 90 crore", "5 lakh", "1.5 lakh crore" (a hundred thousand, ten million).
constexpr std::array<std::string_view, 12> kScales = {"hundred",  "thousand", "million", "billion",
                                                      "trillion", "bn",       "m",       "tn",
                                                      "crore",    "crores",   "lakh",    "lakhs"};
// Words that make a number money on their own. "pound(s)" is not one: "243 pounds" may be a
// weight, so it is money only with something that says so (ScaleSaysMoney, MoneyContext).
constexpr auto kCurrencyWords = std::to_array<std::string_view>(
    {"dollar", "dollars", "euro",     "euros",   "yen",     "yuan",   "rupees",   "rupee",
     "francs", "roubles", "rubles",   "cents",   "cent",    "pence",  "pesos",    "naira",
     "rand",   "ringgit", "baht",     "shekels", "dirhams", "riyals", "dinars",   "kroner",
     "kronor", "zlotys",  "renminbi", "reais",   "forints", "lira",   "shillings"});
// Currency codes written in capitals before or after an amount: "INR 500", "40 million USD";
// with "Rs"/"Rs." before ("Rs 90 crore"). Not "PHP" (the language: "PHP 7.4") nor "TRY".
constexpr auto kCurrencyCodes = std::to_array<std::string_view>(
    {"usd", "eur", "gbp", "inr", "jpy", "cny", "rmb", "chf", "aud", "cad", "nzd", "hkd", "sgd",
     "pkr", "bdt", "ngn", "kes", "ksh", "zar", "brl", "mxn", "rub", "krw", "aed", "sar"});
constexpr auto kUnits = std::to_array<std::string_view>(
    {"km",          "kilometres",  "kilometers",  "kilometre",   "kilometer",   "miles",
     "mile",        "metres",      "meters",      "metre",       "meter",       "m2",
     "kg",          "kilograms",   "kilogram",    "tonnes",      "tonne",       "tons",
     "ton",         "litres",      "liters",      "litre",       "liter",       "barrels",
     "acres",       "acre",        "hectares",    "hectare",     "mph",         "kmh",
     "kph",         "knots",       "gb",          "mb",          "tb",          "kb",
     "mw",          "kw",          "gw",          "kwh",         "mwh",         "gwh",
     "watts",       "kilowatts",   "megawatts",   "gigawatts",   "volts",       "ghz",
     "mhz",         "hz",          "mbps",        "gbps",        "feet",        "foot",
     "ft",          "inches",      "inch",        "yards",       "yard",        "pounds",
     "pound",       "lb",          "lbs",         "ounces",      "oz",          "grams",
     "gram",        "calorie",     "mg",          "milligrams",  "ml",          "millilitres",
     "milliliters", "gallons",     "gallon",      "pints",       "pint",        "cm",
     "mm",          "centimetres", "centimeters", "millimetres", "millimeters", "degrees",
     "calories",    "cup",         "cups",        "teaspoon",    "teaspoons",   "tablespoon",
     "tablespoons", "tsp",         "tbsp"});
// Plurals without an "s" that a number counts: "370,000 people", "40 children".
constexpr auto kIrregularPlurals = std::to_array<std::string_view>(
    {"people", "children", "men", "women", "police", "staff", "cattle", "sheep", "fish", "mice",
     "teeth", "geese", "deer", "aircraft", "personnel", "troops"});
// Plural-looking words that are no nouns counted: "5 is", "10 was", "3 has".
constexpr auto kNotCounted = std::to_array<std::string_view>(
    {"is",     "was",    "has",     "does",   "goes",   "its",  "his",    "this",
     "thus",   "plus",   "minus",   "versus", "as",     "us",   "yes",    "less",
     "unless", "across", "whereas", "times",  "points", "runs", "series", "species"});
// What makes an area or a volume of a length: "20 square miles", "5 cubic metres".
constexpr std::array<std::string_view, 2> kAreaWords = {"square", "cubic"};
// The scale a temperature in degrees is on: "40 degrees Celsius".
constexpr std::array<std::string_view, 3> kTemperatureScales = {"celsius", "fahrenheit",
                                                                "centigrade"};
// Spans of time after a number ("11 months", "20-30 minutes"): a quantity's unit when written in
// lowercase ("24 Hours of Le Mans", "28 Days Later" are names).
constexpr std::array<std::string_view, 13> kDurations = {
    "years", "year",  "months", "month",   "weeks",  "week",   "days",
    "day",   "hours", "hour",   "minutes", "minute", "seconds"};
// Words before a number that names a part, a place in a ranking, a version or a grade of
// something ("Level 3 restrictions", "Phase 2", "Stage 4 cancer").
constexpr auto kNumberedParts = std::to_array<std::string_view>(
    {"no", "nos", "chapter", "chapters", "section", "sections", "article", "articles", "page",
     "pages", "episode", "season", "volume", "vol", "version", "rule", "level", "phase", "stage",
     "tier",
     // a page, a bug, a ticket, a phone's extension, a room, a flight, a figure: a number as a name
     "bug", "ticket", "ext", "room", "flight", "route", "figure", "fig", "step"});
// A sentence with one of these words speaks of money: "paid 500 pounds", "a 2,000-pound fine".
constexpr std::array<std::string_view, 36> kMoneyWords = {
    "cost",    "costs",    "costing",  "paid",   "pay",    "pays",     "paying",  "price",
    "priced",  "prices",   "worth",    "fine",   "fined",  "salary",   "wage",    "wages",
    "budget",  "spent",    "spend",    "sold",   "bought", "raised",   "debt",    "loan",
    "fee",     "fees",     "earn",     "earned", "profit", "sterling", "profits", "sales",
    "revenue", "revenues", "earnings", "income"};

// Outside English: the scale words, currencies, "per cent" words and the clock word of the
// languages whose pages we read most (German, French, Spanish, Italian, Dutch, Portuguese,
// Polish), folded. "48 Millionen Euro", "12 Prozent", "18 Uhr", "3. Oktober 2023".
constexpr std::array<std::string_view, 24> kForeignScales = {
    "tausend", "million",  "millionen", "milliarde", "milliarden", "mio",
    "mrd",     "millions", "milliards", "millones",  "millón",     "mil",
    "milioni", "miliardi", "miljoen",   "miljard",   "milhões",    "bilhões",
    "mln",     "mld",      "tys",       "milionów",  "miliardów",  "md"};
constexpr std::array<std::string_view, 12> kForeignCurrencies = {
    "euro",  "euros", "eur",     "franken", "chf",    "dollar",
    "pfund", "zł",    "złotych", "zloty",   "kronen", "usd"};
constexpr std::array<std::string_view, 5> kForeignPercent = {"prozent", "procent", "pourcent",
                                                             "percent", "proc"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// "1.13bn", "600m", "5k": digits with a glued scale suffix.
bool IsGluedAmount(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && ((w[i] >= '0' && w[i] <= '9') || w[i] == '.' || w[i] == ',')) ++i;
  if (i == 0 || i == w.size()) return false;
  const std::string_view suffix = w.substr(i);
  return suffix == "bn" || suffix == "m" || suffix == "k" || suffix == "tn" || suffix == "billion" ||
         suffix == "million";
}

bool IsPound(std::string_view w) { return w == "pound" || w == "pounds"; }

// "4." or "2)" opening a sentence: a list or section number, not a quantity.
bool IsListNumber(std::string_view text, const std::vector<text::Token>& tokens, size_t i) {
  if (i != 0 || !tokens[0].number || tokens[0].folded.size() > 3 ||
      tokens[0].folded.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  const size_t after = tokens[0].end;
  return after < text.size() && (text[after] == '.' || text[after] == ')') &&
         (after + 1 == text.size() || text[after + 1] == ' ' || text[after + 1] == '\n');
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiAlnum(char c) {
  return IsAsciiUpper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Where the currency sign written before the number at `pos` starts, or npos: "$", "£", "¥",
// any sign of Unicode's Currency Symbols block ("€", "₹", "₽", "₩"…), maybe one space
// between
// ("€ 20", "R$ 10"), and a dollar's country letters ("US$", "HK$", "C$", "A$").
size_t CurrencySignStart(std::string_view text, size_t pos) {
  if (pos >= 1 && text[pos - 1] == ' ')
    --pos;
  else if (pos >= 2 && text.substr(pos - 2, 2) == "\xC2\xA0")
    pos -= 2;
  if (pos == 0) return std::string_view::npos;
  if (text[pos - 1] == '$') {
    size_t s = pos - 1;
    size_t letters = 0;
    while (s > 0 && letters < 3 && IsAsciiUpper(text[s - 1])) --s, ++letters;
    if (letters > 0 && s > 0 && IsAsciiAlnum(text[s - 1])) s += letters;  // "ABCD$", "x$"
    return s;
  }
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // £ (C2 A3), ¥ (C2 A5)
  if (pos >= 2 && byte(pos - 2) == 0xC2 && (byte(pos - 1) == 0xA3 || byte(pos - 1) == 0xA5)) {
    return pos - 2;
  }
  // U+20A0–U+20BF: E2 82 A0–BF
  if (pos >= 3 && byte(pos - 3) == 0xE2 && byte(pos - 2) == 0x82 && byte(pos - 1) >= 0xA0 &&
      byte(pos - 1) <= 0xBF) {
    return pos - 3;
  }
  return std::string_view::npos;
}

// A token written as a currency code in capitals ("INR", "USD"), or "Rs" (rupees).
bool IsCurrencyCode(std::string_view text, const text::Token& t) {
  const std::string_view written = text.substr(t.start, t.end - t.start);
  if (written == "Rs") return true;
  return In(kCurrencyCodes, t.folded) &&
         std::all_of(written.begin(), written.end(), [](char c) { return IsAsciiUpper(c); });
}

// A currency code just before a number: "INR 500", "Rs 90 crore", "Rs.5 lakh".
bool IsCurrencyCodeBefore(std::string_view text, const text::Token& code,
                          const text::Token& number) {
  if (!IsCurrencyCode(text, code) || number.start < code.end || number.start - code.end > 3) {
    return false;
  }
  const std::string_view gap = text.substr(code.end, number.start - code.end);
  return gap.empty() || gap == " " || gap == "." || gap == ". " || gap == "\xC2\xA0";
}

// What may stand between a number and its unit: spaces, a plus, a hyphen, a vulgar fraction
// ("½": C2 BC–BE; "⅓", "⅛"…: E2 85 90–9E).
bool NumberMeetsUnit(std::string_view gap) {
  for (size_t i = 0; i < gap.size();) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(gap[k]); };
    if (gap[i] == ' ' || gap[i] == '\t' || gap[i] == '\n' || gap[i] == '+' || gap[i] == '-') {
      ++i;
    } else if (i + 1 < gap.size() && byte(i) == 0xC2 &&
               (byte(i + 1) == 0xA0 || (byte(i + 1) >= 0xBC && byte(i + 1) <= 0xBE))) {
      i += 2;
    } else if (i + 2 < gap.size() && byte(i) == 0xE2 && byte(i + 1) == 0x85 &&
               byte(i + 2) >= 0x90 && byte(i + 2) <= 0x9E) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// A degree sign after the number token k, spaced or not, with its scale letter: "45°C",
// "45 °F", "30°", "45℃". Returns where it ends, or 0; `*letter` is set when the scale letter
// is token k + 1. "º" (an ordinal indicator, often typed for a degree) only before its letter:
// "1º de mayo" is a first.
size_t DegreeEnd(std::string_view text, const std::vector<text::Token>& tokens, size_t k,
                 bool* letter) {
  *letter = false;
  size_t p = tokens[k].end;
  if (text.substr(p, 1) == " ") {
    ++p;
  } else if (text.substr(p, 2) == "\xC2\xA0") {
    p += 2;
  }
  if (text.substr(p, 3) == "\xE2\x84\x83" || text.substr(p, 3) == "\xE2\x84\x89") return p + 3;
  const bool degree = text.substr(p, 2) == "\xC2\xB0";
  if (!degree && text.substr(p, 2) != "\xC2\xBA") return 0;
  const size_t sign_end = p + 2;
  if (k + 1 < tokens.size() && tokens[k + 1].start == sign_end &&
      (tokens[k + 1].folded == "c" || tokens[k + 1].folded == "f" || tokens[k + 1].folded == "k")) {
    *letter = true;
    return tokens[k + 1].end;
  }
  return degree ? sign_end : 0;
}

// The N of a "1/N" over 16: digits, maybe in groups of three ("125,000").
bool OneIn(std::string_view w) {
  std::string digits;
  for (char c : w) {
    if (c == ',') continue;
    if (c < '0' || c > '9' || digits.size() >= 12) return false;
    digits += c;
  }
  return digits.size() >= 2 && std::stol(digits) > 16;
}

// One or two digits.
bool AllDigitsAndShort(std::string_view s) {
  return !s.empty() && s.size() <= 2 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An era written after or before a year: "511 BC", "833 AD", "A.D. 79", "1200 CE", "44 B.C.E.".
// Capitals only: "ad" and "ce" are words.
bool IsEra(std::string_view text, const text::Token& t) {
  if (t.end - t.start > 6 || !t.capitalized) return false;
  std::string letters;
  for (const char c : text.substr(t.start, t.end - t.start)) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    letters += c;
  }
  return letters == "BC" || letters == "AD" || letters == "BCE" || letters == "CE";
}

// Where an era ends: a dotted one keeps its last dot ("A.D."), which the tokenizer leaves out.
size_t EraEnd(std::string_view text, const text::Token& t) {
  const bool dotted = text.substr(t.start, t.end - t.start).find('.') != std::string_view::npos;
  return dotted && t.end < text.size() && text[t.end] == '.' ? t.end + 1 : t.end;
}

// "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun": a weekday cut short.
bool IsWeekdayAbbreviation(std::string_view w) {
  for (std::string_view a :
       {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}) {
    if (w == a) return true;
  }
  return false;
}

// "18th", "1st", "31st": a day of a month written as an ordinal.
bool IsDayOrdinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 4 || w[0] < '0' || w[0] > '9') return false;
  const size_t digits = w[1] >= '0' && w[1] <= '9' ? 2 : 1;
  const std::string_view suffix = w.substr(digits);
  const int day = digits == 2 ? (w[0] - '0') * 10 + (w[1] - '0') : w[0] - '0';
  return day >= 1 && day <= 31 &&
         (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// A numerator written right before token k + 1 with a slash between, over it: a proper fraction
// of halves to sixteenths, as amounts are measured ("9/11" and "3/12" are dates).
bool MeasureFraction(std::string_view text, std::string_view top, size_t slash,
                     const std::vector<text::Token>& tokens, size_t k) {
  if (k + 1 >= tokens.size()) return false;
  const text::Token& b = tokens[k + 1];
  if (!AllDigitsAndShort(top) || !AllDigitsAndShort(b.folded) || slash + 1 != b.start ||
      text[slash] != '/') {
    return false;
  }
  if (b.end < text.size() && text[b.end] == '/') return false;  // a date: "12/25/2012"
  const std::string_view below = b.folded;
  const bool measure =
      below == "2" || below == "3" || below == "4" || below == "8" || below == "16";
  return measure && std::stoi(std::string(top)) < std::stoi(std::string(below)) && top != "0";
}

// Tokens k and k + 1 written "1/2".
bool ProperFraction(std::string_view text, const std::vector<text::Token>& tokens, size_t k) {
  return k < tokens.size() && MeasureFraction(text, tokens[k].folded, tokens[k].end, tokens, k);
}

// Token k a whole number and a numerator joined by a hyphen, a fraction with token k + 1:
// "4-1/2 inches", as American recipes and lumber write four and a half.
bool HyphenedMixedNumber(std::string_view text, const std::vector<text::Token>& tokens, size_t k) {
  if (k >= tokens.size()) return false;
  const std::string_view w = tokens[k].folded;
  const size_t dash = w.find('-');
  return dash != std::string_view::npos && AllDigitsAndShort(w.substr(0, dash)) &&
         MeasureFraction(text, w.substr(dash + 1), tokens[k].end, tokens, k);
}

// The value a quantity's text opens with: digits with "," groups and a "." decimal, maybe a
// fraction after a space or a hyphen ("2 1/2", "4-1/2"); -1 when it opens with none.
double LeadingValue(std::string_view s) {
  size_t i = 0;
  double whole = 0;
  bool digits = false;
  while (i < s.size() &&
         (std::isdigit(static_cast<unsigned char>(s[i])) || (s[i] == ',' && digits))) {
    if (s[i] != ',') whole = whole * 10 + (s[i] - '0');
    digits = true;
    ++i;
  }
  if (!digits) return -1;
  if (i + 1 < s.size() && s[i] == '.' && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
    double place = 0.1;
    for (++i; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
      whole += (s[i] - '0') * place;
      place /= 10;
    }
  }
  if (i + 4 <= s.size() && (s[i] == ' ' || s[i] == '-') &&
      std::isdigit(static_cast<unsigned char>(s[i + 1])) && s[i + 2] == '/' &&
      std::isdigit(static_cast<unsigned char>(s[i + 3]))) {
    whole += static_cast<double>(s[i + 1] - '0') / (s[i + 3] - '0');
  }
  return whole;
}

// A bare number, "to" or a dash, then an amount with its unit: one range that shares the unit
// ("8 to 10 hours", "14 to 16 pound", "5 to 10 percent"). A range rises; "won 3 to 1" is a
// score read out, and "expanding from 40 to 1,796 cinemas" a change from one number to another.
void JoinRanges(std::string_view text, std::vector<Mention>* mentions) {
  std::vector<Mention>& out = *mentions;
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (kept > 0) {
      Mention& a = out[kept - 1];
      const Mention& b = out[i];
      const std::string_view first = text.substr(a.start, a.end - a.start);
      const std::string_view second = text.substr(b.start, b.end - b.start);
      const std::string_view gap = text.substr(a.end, b.start - a.end);
      const bool bare = std::all_of(first.begin(), first.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.';
      });
      const bool unit = std::any_of(second.begin(), second.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '%';
      });
      // (A spaced dash may stand between a count and a size: "1 – 12 oz. bag".)
      const bool joined = gap == " to " || gap == "-" || gap == "\u2013";
      const std::string_view before = text.substr(0, a.start);
      const bool change = before.ends_with("from ") || before.ends_with("From ");
      if (a.type == EntityType::kQuantity && bare && joined && unit && !change &&
          (b.type == EntityType::kQuantity || b.type == EntityType::kPercent) &&
          LeadingValue(first) < LeadingValue(second)) {
        a.end = b.end;
        a.type = b.type;
        continue;
      }
    }
    out[kept++] = out[i];
  }
  out.resize(kept);
}

// "6th", "21st", "2nd", "fifth", "twenty-first": a century's or millennium's ordinal.
bool IsOrdinal(std::string_view w) {
  constexpr std::array<std::string_view, 20> kWords = {
      "first",     "second",      "third",      "fourth",     "fifth",
      "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
      "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  if (In(kWords, w) || w == "twenty-first") return true;
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  const std::string_view suffix = w.substr(digits);
  return digits > 0 && digits <= 2 &&
         (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// A number that is part of an address, not an amount: a house's before its street ("1150 15th
// Street NW", "221 Baker Street") and a ZIP code after a state ("Washington, D.C. 20071",
// "Austin, TX 78701").
bool IsAddressNumber(std::string_view text, const std::vector<text::Token>& tokens, size_t i) {
  // ("Lane", "Court", "Way" and "Place" are surnames as often: "Officer 5 Reggie Lane".)
  static constexpr auto kStreets =
      std::to_array<std::string_view>({"street", "st", "avenue", "ave", "road", "rd", "boulevard",
                                       "blvd", "drive", "parkway", "terrace"});
  // The words of the street's name follow the number with only spaces between ("In 2004,
  // Coronation Street…" is a year).
  for (size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
    const text::Token& x = tokens[k];
    const std::string_view gap = text.substr(tokens[k - 1].end, x.start - tokens[k - 1].end);
    if (gap != " " || (!x.capitalized && !IsOrdinal(x.folded))) break;
    std::string_view word = x.folded;
    if (word.ends_with('.')) word.remove_suffix(1);
    if (k > i + 1 && x.capitalized && In(kStreets, word)) return true;
  }
  if (tokens[i].folded.size() != 5 || i == 0) return false;
  const text::Token& before = tokens[i - 1];
  const std::string_view written = text.substr(before.start, before.end - before.start);
  return before.folded == "d.c." || before.folded == "d.c" || before.folded == "dc" ||
         (written.size() == 2 && std::isupper(static_cast<unsigned char>(written[0])) &&
          std::isupper(static_cast<unsigned char>(written[1])));
}

}  // namespace

bool IsMonthName(std::string_view folded) { return In(kMonths, folded); }
bool IsWeekdayName(std::string_view folded) { return In(kWeekdays, folded); }

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Tokens k, k + 1 and k + 2 written "11/01/2011", "6/13/18" or "2011/03/04": a day, a month
// (either first) and a year, or a year, a month and a day.
bool SlashDate(std::string_view text, const std::vector<text::Token>& tokens, size_t k) {
  if (k + 2 >= tokens.size()) return false;
  const text::Token& a = tokens[k];
  const text::Token& b = tokens[k + 1];
  const text::Token& c = tokens[k + 2];
  if (a.end + 1 != b.start || b.end + 1 != c.start || text[a.end] != '/' || text[b.end] != '/') {
    return false;
  }
  if (c.end < text.size() && text[c.end] == '/') return false;  // a path: "1/2/3/4"
  if (!AllDigits(a.folded) || !AllDigits(b.folded) || !AllDigits(c.folded)) return false;
  const auto value = [](std::string_view s) { return std::stoi(std::string(s)); };
  const auto day_and_month = [&](std::string_view x, std::string_view y) {
    if (x.size() > 2 || y.size() > 2) return false;
    const int p = value(x), q = value(y);
    return p >= 1 && q >= 1 && ((p <= 12 && q <= 31) || (p <= 31 && q <= 12));
  };
  if (a.folded.size() == 4) return day_and_month(b.folded, c.folded);
  return (c.folded.size() == 2 || c.folded.size() == 4) && day_and_month(a.folded, b.folded);
}

std::vector<Mention> FindNumericEntities(std::string_view text,
                                         const std::vector<text::Token>& tokens,
                                         std::string_view language) {
  const bool english = language.empty() || language == "en" || language == "und";
  std::vector<Mention> out;
  const size_t n = tokens.size();
  // Rows of a table, page numbers ("1 2 3 4 Next"): numbers that are mostly what the sentence
  // is say nothing one by one.
  size_t numbers = 0;
  for (const text::Token& t : tokens) numbers += t.number ? 1 : 0;
  const bool number_row = numbers >= 4 && numbers * 2 >= n;
  const bool money_context = std::any_of(tokens.begin(), tokens.end(), [](const text::Token& t) {
    return In(kMoneyWords, t.folded);
  });
  auto folded = [&](size_t i) -> std::string_view {
    if (i < n) return tokens[i].folded;
    return {};
  };
  auto is_num = [&](size_t i) { return i < n && tokens[i].number; };
  // The last token of a unit that starts at token k ("km", "square miles", "degrees
  // Celsius"), or n. No punctuation comes between a number and its unit ("In 2005, MG Rover…");
  // a fraction or a plus may ("1 ½ cups", "20+ years").
  auto unit_last = [&](size_t k) -> size_t {
    if (k >= n || k == 0 ||
        !NumberMeetsUnit(text.substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end))) {
      return n;
    }
    if (In(kAreaWords, folded(k)) && In(kUnits, folded(k + 1))) return k + 1;
    if (In(kDurations, folded(k)) && !tokens[k].capitalized) return k;
    if (!In(kUnits, folded(k))) return n;
    const std::string_view scale = folded(k + 1);
    if (folded(k) == "degrees" && (In(kTemperatureScales, scale) ||
                                   ((scale == "c" || scale == "f") && tokens[k + 1].capitalized))) {
      return k + 1;
    }
    return k;
  };
  auto is_unit = [&](size_t k) { return unit_last(k) < n; };
  // What a number with no unit counts, written right after it in lowercase: "370,000 people",
  // "18,000 families", "86 cholera cases", "12 national polls" (a plural noun, maybe after one
  // modifier) — the number alone says nothing. The last token of it from token k, or n. A
  // capitalised word is a name's ("270,000 Israelis"), which the tagger keeps.
  auto counted_last = [&](size_t k) -> size_t {
    const auto plural_noun = [&](size_t j) {
      if (j >= n || tokens[j].number || tokens[j].capitalized) return false;
      const std::string_view word = tokens[j].folded;
      if (In(kIrregularPlurals, word)) return true;
      if (word.size() < 3 || !word.ends_with('s') || word.ends_with("ss") || word.ends_with("us") ||
          word.ends_with("'s") || In(kNotCounted, word)) {
        return false;
      }
      return text::EnglishWordClass(word, false) == text::WordClass::kNoun;
    };
    const auto spaced = [&](size_t j) {
      return j < n && j > 0 &&
             text.substr(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end) == " ";
    };
    if (!spaced(k)) return n;
    if (plural_noun(k)) return k;
    if (k + 1 < n && !tokens[k].number && !tokens[k].capitalized && spaced(k + 1) &&
        plural_noun(k + 1) &&
        text::EnglishWordClass(tokens[k].folded, false) != text::WordClass::kOther) {
      return k + 1;
    }
    return n;
  };
  for (size_t i = 0; i < n; ++i) {
    const text::Token& t = tokens[i];
    const std::string_view w = t.folded;
    if (english && t.number && AllDigits(w) && IsAddressNumber(text, tokens, i)) continue;
    if (!english && t.number) {
      // A day and its month, maybe a year: "3. Oktober 2023", "3 de marzo de 2015", "5 mars".
      size_t k = i + 1;
      if (folded(k) == "de" || folded(k) == "del") ++k;
      if (AllDigits(w) && w.size() <= 2 && std::stoi(std::string(w)) >= 1 &&
          std::stoi(std::string(w)) <= 31 && k < n && text::MonthNumberOf(folded(k)) > 0) {
        size_t end = k;
        const size_t year = folded(end + 1) == "de" ? end + 2 : end + 1;
        if (is_num(year) && AllDigits(folded(year)) && folded(year).size() == 4) end = year;
        out.push_back({t.start, tokens[end].end, EntityType::kDate});
        i = end;
        continue;
      }
      // Money, per cent and the clock: "48 Millionen Euro", "48 millions d'euros", "12 Prozent",
      // "12 %" (French spaces it), "18 Uhr".
      size_t end = i;
      if (In(kForeignScales, folded(i + 1))) ++end;
      std::string_view currency = folded(end + 1);
      if (currency.starts_with("d'")) currency.remove_prefix(2);
      if (currency.starts_with("d\u2019")) currency.remove_prefix(4);
      size_t after = t.end;
      for (std::string_view space : {" ", "\u00a0", "\u202f"}) {
        if (text.substr(after, space.size()) == space) {
          after += space.size();
          break;
        }
      }
      if (after > t.end && after < text.size() && text[after] == '%') {
        out.push_back({t.start, after + 1, EntityType::kPercent});
        continue;
      }
      if (In(kForeignCurrencies, currency)) {
        out.push_back({t.start, tokens[end + 1].end, EntityType::kMoney});
        i = end + 1;
        continue;
      }
      if (end == i && In(kForeignPercent, folded(i + 1))) {
        out.push_back({t.start, tokens[i + 1].end, EntityType::kPercent});
        ++i;
        continue;
      }
      if (end == i && folded(i + 1) == "uhr") {
        out.push_back({t.start, tokens[i + 1].end, EntityType::kTime});
        ++i;
        continue;
      }
    }
    // A month and its year outside English: "Oktober 2023", "marzo de 2015".
    if (!english && !t.number && text::MonthNumberOf(w) > 0) {
      const size_t year = folded(i + 1) == "de" ? i + 2 : i + 1;
      if (is_num(year) && AllDigits(folded(year)) && folded(year).size() == 4) {
        out.push_back({t.start, tokens[year].end, EntityType::kDate});
        i = year;
        continue;
      }
    }
    // Dates led by a month: "January 6", "January 13-14, 2022", "March 2019", "Jan. 6",
    // "December 18th 2011", "Nov. 9th".
    const auto day_after = [&] { return is_num(i + 1) || IsDayOrdinal(folded(i + 1)); };
    if (t.capitalized && IsMonthName(w) && (w != "may" || day_after()) &&
        (w.size() > 3 || day_after())) {
      size_t end = i;
      if ((is_num(end + 1) && tokens[end + 1].folded.size() <= 5) ||
          IsDayOrdinal(folded(end + 1))) {
        ++end;
        // A span of days: "Dec. 7 to 19", a later day of the same month.
        if (folded(end + 1) == "to" && is_num(end + 2) && AllDigitsAndShort(folded(end)) &&
            AllDigitsAndShort(folded(end + 2)) &&
            std::stoi(std::string(folded(end + 2))) > std::stoi(std::string(folded(end))) &&
            std::stoi(std::string(folded(end + 2))) <= 31) {
          end += 2;
        }
      }
      if (is_num(end + 1) && AllDigits(folded(end + 1)) && folded(end + 1).size() == 4) ++end;
      if (end > i || w.size() > 3) {
        out.push_back({t.start, tokens[end].end, EntityType::kDate});
        i = end;
        continue;
      }
    }
    // Two centuries named together: "the 19th and 20th centuries", "the 15th to 17th century".
    if (IsOrdinal(w) &&
        (folded(i + 1) == "and" || folded(i + 1) == "or" || folded(i + 1) == "to") &&
        IsOrdinal(folded(i + 2)) && (folded(i + 3) == "century" || folded(i + 3) == "centuries")) {
      const bool era = i + 4 < n && IsEra(text, tokens[i + 4]);
      out.push_back(
          {t.start, era ? EraEnd(text, tokens[i + 4]) : tokens[i + 3].end, EntityType::kDate});
      i += era ? 4 : 3;
      continue;
    }
    // A date written with slashes: "11/01/2011", "6/13/2018", "2011/03/04" (month and day
    // either way round).
    if (t.number && is_num(i + 1) && is_num(i + 2) && SlashDate(text, tokens, i)) {
      out.push_back({t.start, tokens[i + 2].end, EntityType::kDate});
      i += 2;
      continue;
    }
    // A number written with a leading zero is a code, or a telephone's area code before its
    // number ("01904 637722", "030 0330 1001"), no amount; four digits alone are a time of day
    // ("a curfew between 2200 and 0700").
    const auto next_part = [&](size_t k) {
      return is_num(k + 1) && AllDigits(folded(k + 1)) && folded(k + 1).size() >= 3 &&
             text.substr(tokens[k].end, tokens[k + 1].start - tokens[k].end) == " ";
    };
    if (english && t.number && w.size() >= 3 && w[0] == '0' && AllDigits(w) &&
        (w.size() >= 5 || next_part(i))) {
      for (size_t parts = 0;
           parts < 3 && is_num(i + 1) && AllDigits(folded(i + 1)) && folded(i + 1).size() >= 3 &&
           text.substr(tokens[i].end, tokens[i + 1].start - tokens[i].end) == " ";
           ++parts) {
        ++i;
      }
      continue;
    }
    // Centuries and eras: "the 6th century AD", "fifth-century", "AD 79", "A.D. 1066".
    if ((folded(i + 1) == "century" || folded(i + 1) == "centuries" ||
         folded(i + 1) == "millennium") &&
        IsOrdinal(w)) {
      const bool era = i + 2 < n && IsEra(text, tokens[i + 2]);
      const size_t end = era ? i + 2 : i + 1;
      out.push_back(
          {t.start, era ? EraEnd(text, tokens[end]) : tokens[end].end, EntityType::kDate});
      i = end;
      continue;
    }
    if (IsEra(text, t) && is_num(i + 1) && AllDigits(folded(i + 1)) && folded(i + 1).size() <= 4) {
      out.push_back({t.start, tokens[i + 1].end, EntityType::kDate});
      ++i;
      continue;
    }
    if (In(kWeekdays, w) && t.capitalized) {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    // A weekday cut short before its date: "Posted on Mon, Jan. 07", "Sat. 12 May" ("Sun" and
    // "Sat" otherwise are a newspaper and a verb).
    if (english && t.capitalized && IsWeekdayAbbreviation(w) && i + 1 < n &&
        (IsMonthName(folded(i + 1)) ||
         (is_num(i + 1) && AllDigitsAndShort(folded(i + 1)) && IsMonthName(folded(i + 2)))) &&
        (text.substr(t.end, 2) == ", " || text.substr(t.end, 2) == ". " ||
         text.substr(t.end, 3) == "., ")) {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    // "6 January 2022", "18th December", "the 18th of December 2011"
    const size_t of = IsDayOrdinal(w) && folded(i + 1) == "of" ? 1 : 0;
    if (((t.number && AllDigits(w) && w.size() <= 2) || IsDayOrdinal(w)) &&
        IsMonthName(folded(i + 1 + of)) && tokens[i + 1 + of].capitalized) {
      size_t end = i + 1 + of;
      if (is_num(end + 1) && folded(end + 1).size() == 4) ++end;
      out.push_back({t.start, tokens[end].end, EntityType::kDate});
      i = end;
      continue;
    }
    // Decades: "1990s".
    if (w.size() == 5 && AllDigits(w.substr(0, 4)) && w[4] == 's') {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    const bool glued = IsGluedAmount(w);
    if (!t.number && !glued) continue;
    if (IsListNumber(text, tokens, i)) continue;
    // A number that names a part or a rank is no amount: "No. 7 Georgetown", "Chapter 3",
    // "section 4", "Episode 2", "version 1.8.1"; nor is a version or an address written with
    // two dots or more.
    const bool percent_sign = t.end < text.size() && text[t.end] == '%';
    // The number of a name written with a dot after capitals ("Omicron BA.2", "H.264") is no
    // amount; "Rs.50,000" is money.
    if (t.start >= 2 && text[t.start - 1] == '.' &&
        std::isupper(static_cast<unsigned char>(text[t.start - 2]))) {
      size_t letters = t.start - 1;
      while (letters > 0 && std::isalpha(static_cast<unsigned char>(text[letters - 1]))) --letters;
      const std::string_view name = text.substr(letters, t.start - 1 - letters);
      if (std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
    }
    if (i > 0 && In(kNumberedParts, folded(i - 1)) && !glued && !percent_sign &&
        tokens[i - 1].end + 2 >= t.start) {
      continue;
    }
    // A page cited as "p. 234" or "pp. 20" (not "S&P 500").
    if (i > 0 && (folded(i - 1) == "p" || folded(i - 1) == "pp") &&
        text.substr(tokens[i - 1].end, 2) == ". " && tokens[i - 1].end + 2 == t.start) {
      continue;
    }
    // A date written with dots: "11.05.2012".
    if (w.size() == 10 && w[2] == '.' && w[5] == '.' && AllDigits(w.substr(0, 2)) &&
        AllDigits(w.substr(3, 2)) && AllDigits(w.substr(6))) {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    // (A range of decimals, "0.3-0.5", has two dots and is an amount.)
    if (std::count(w.begin(), w.end(), '.') >= 2 && w.find('-') == std::string_view::npos) continue;
    if (text::InAddress(text, t)) continue;  // "http://english.cri.cn/7146/2012/08/06/…"
    // A fraction, with its whole number and unit: "1/2 teaspoon", "2 1/2 cups" (a proper one:
    // "9/11" and "24/7" are no amounts).
    const size_t fraction =
        is_num(i + 1) && ProperFraction(text, tokens, i + 1)                      ? i + 1
        : ProperFraction(text, tokens, i) || HyphenedMixedNumber(text, tokens, i) ? i
                                                                                  : n;
    if (fraction < n && (fraction == i || AllDigits(w))) {
      size_t end = fraction + 1;
      if (is_unit(end + 1)) end = unit_last(end + 1);
      out.push_back({t.start, tokens[end].end, EntityType::kQuantity});
      i = end;
      continue;
    }

    // Money: "$1.13bn", "£600m", "US$5 million", "HK$20", "₹900", "Rs 90 crore", "INR 500",
    // "10 euros", "40 million USD".
    size_t money_start = CurrencySignStart(text, t.start);
    if (money_start == std::string_view::npos && i > 0 &&
        IsCurrencyCodeBefore(text, tokens[i - 1], t)) {
      money_start = tokens[i - 1].start;
    }
    if (money_start != std::string_view::npos) {
      size_t end = i;
      if (!glued && In(kScales, folded(i + 1))) ++end;
      if (end > i && (folded(end + 1) == "crore" || folded(end + 1) == "crores")) ++end;
      out.push_back({money_start, tokens[end].end, EntityType::kMoney});
      i = end;
      continue;
    }
    size_t scale_end = i;
    if (!glued && In(kScales, folded(i + 1)) && folded(i + 1) != "m") scale_end = i + 1;
    if (scale_end > i && (folded(scale_end + 1) == "crore" || folded(scale_end + 1) == "crores")) {
      ++scale_end;  // "1.5 lakh crore"
    }
    // "5 million pounds" (not "... pounds of beef") or a sentence about money: pounds sterling.
    const bool pounds_money =
        IsPound(folded(scale_end + 1)) && folded(scale_end + 2) != "of" &&
        (scale_end > i || money_context || folded(scale_end + 2) == "sterling");
    // "50 Cent" is a rapper: a hundredth of a currency is written in lowercase.
    const std::string_view unit = folded(scale_end + 1);
    const bool hundredths = unit == "cent" || unit == "cents" || unit == "pence";
    // Korea's "won" only after a scale in a sentence about money ("net profit fell to 2.212
    // trillion won"): "2 million won prizes" is the verb.
    const bool won = unit == "won" && scale_end > i && money_context;
    if ((In(kCurrencyWords, unit) && !(hundredths && tokens[scale_end + 1].capitalized)) ||
        pounds_money || won ||
        (scale_end + 1 < n && IsCurrencyCode(text, tokens[scale_end + 1]) &&
         folded(scale_end + 1) != "rs")) {
      out.push_back({t.start, tokens[scale_end + 1].end, EntityType::kMoney});
      i = scale_end + 1;
      continue;
    }
    // Percent: "76%", "5 per cent", "5 percent".
    const size_t after = tokens[scale_end].end;
    if (after < text.size() && text[after] == '%') {
      out.push_back({t.start, after + 1, EntityType::kPercent});
      i = scale_end;
      continue;
    }
    if (folded(scale_end + 1) == "percent") {
      out.push_back({t.start, tokens[scale_end + 1].end, EntityType::kPercent});
      i = scale_end + 1;
      continue;
    }
    if (folded(scale_end + 1) == "per" && folded(scale_end + 2) == "cent") {
      out.push_back({t.start, tokens[scale_end + 2].end, EntityType::kPercent});
      i = scale_end + 2;
      continue;
    }
    // "13 point 4 percent": a decimal as a speaker says it (not "13" and "4 percent").
    if (AllDigits(w) && folded(scale_end + 1) == "point" && scale_end == i && is_num(i + 2) &&
        AllDigits(folded(i + 2)) &&
        (folded(i + 3) == "percent" || (folded(i + 3) == "per" && folded(i + 4) == "cent"))) {
      const size_t end = folded(i + 3) == "percent" ? i + 3 : i + 4;
      out.push_back({t.start, tokens[end].end, EntityType::kPercent});
      i = end;
      continue;
    }
    // "0.5 percentage points": a difference of two percentages.
    if (folded(scale_end + 1) == "percentage" &&
        (folded(scale_end + 2) == "point" || folded(scale_end + 2) == "points")) {
      out.push_back({t.start, tokens[scale_end + 2].end, EntityType::kPercent});
      i = scale_end + 2;
      continue;
    }
    // A temperature or an angle: "45°C", "113 °F", "30°".
    bool letter = false;
    if (const size_t degree_end = DegreeEnd(text, tokens, scale_end, &letter); degree_end > 0) {
      out.push_back({t.start, degree_end, EntityType::kQuantity});
      i = letter ? scale_end + 1 : scale_end;
      continue;
    }
    // Time: "5 p.m.", "10:30", "6 P.M."
    const std::string_view rest = text.substr(after, std::min<size_t>(6, text.size() - after));
    const std::string_view clock = w;
    if (rest.starts_with(" a.m.") || rest.starts_with(" p.m.") || rest.starts_with(" A.M.") ||
        rest.starts_with(" P.M.")) {
      out.push_back({t.start, after + 5, EntityType::kTime});
      continue;
    }
    // "3:29 PM", "5 pm", "10:31 AM EDT" (the zone stays the tagger's): an hour or a clock time.
    const bool hour = clock.find(':') != std::string_view::npos ||
                      (AllDigits(clock) && clock.size() <= 2 &&
                       (clock.size() == 1 || clock[0] == '0' || clock <= "12"));
    // (German "am" is "on the": "endete 2:1 am Samstag".)
    if (hour && english && (folded(i + 1) == "am" || folded(i + 1) == "pm") &&
        tokens[i + 1].start == after + 1) {
      out.push_back({t.start, tokens[i + 1].end, EntityType::kTime});
      ++i;
      continue;
    }
    if (clock.size() >= 4 && clock.size() <= 5 && after < text.size() &&
        text.substr(t.start, t.end - t.start).find(':') != std::string_view::npos) {
      out.push_back({t.start, t.end, EntityType::kTime});
      continue;
    }
    // A clock time in four digits before a zone: "at 1600 GMT", "0900 UTC" (wire-service style).
    // The zone stays the name tagger's (CoNLL-2003 tags "GMT" MISC).
    if (AllDigits(w) && w.size() == 4 && w[0] <= '2' && w[2] <= '5' && scale_end == i &&
        In(kClockZones, folded(i + 1))) {
      out.push_back({t.start, t.end, EntityType::kTime});
      continue;
    }
    // An ISO date, "1996-08-30": year, month 01-12, day 01-31 (not a score or a span "1996-97").
    if (w.size() == 10 && AllDigits(w.substr(0, 4)) && w[4] == '-' && AllDigits(w.substr(5, 2)) &&
        w[7] == '-' && AllDigits(w.substr(8, 2)) && w.substr(5, 2) >= "01" &&
        w.substr(5, 2) <= "12" && w.substr(8, 2) >= "01" && w.substr(8, 2) <= "31") {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    // A span of years, a season: "1996-97", "1999-00", "2014-2015" (up to ten years later).
    if ((w.size() == 7 || w.size() == 9) && w[4] == '-' && AllDigits(w.substr(0, 4)) &&
        AllDigits(w.substr(5)) && (w[0] == '1' || (w[0] == '2' && w[1] == '0'))) {
      const int first = std::stoi(std::string(w.substr(0, 4)));
      const int second = std::stoi(std::string(w.substr(5)));
      const int years = w.size() == 9 ? second - first : (second - first % 100 + 100) % 100;
      const bool later = years >= 1 && years <= 10;  // "1939-45", not a number "1234-56"
      if (later) {
        out.push_back({t.start, t.end, EntityType::kDate});
        continue;
      }
    }
    // A year of an era: "511 BC", "833 AD", "44 B.C.E.".
    if (AllDigits(w) && w.size() <= 4 && scale_end == i && i + 1 < n &&
        IsEra(text, tokens[i + 1])) {
      out.push_back({t.start, EraEnd(text, tokens[i + 1]), EntityType::kDate});
      ++i;
      continue;
    }
    // Years: a standalone 4-digit number from 1000 to 2099.
    if (AllDigits(w) && w.size() == 4 && (w[0] == '1' || (w[0] == '2' && w[1] == '0')) &&
        scale_end == i && !is_unit(i + 1)) {
      out.push_back({t.start, t.end, EntityType::kDate});
      continue;
    }
    // Digits in three groups or more ("905-502-7788", "1-800-555-0199"): a telephone number
    // or a code, no amount.
    if (std::count(w.begin(), w.end(), '-') >= 2) continue;
    // A risk or a scale as one in N: "1/125,000", "1/50" (halves to sixteenths are fractions
    // above; "24/7" and "9/11" are no amounts).
    if (w == "1" && is_num(i + 1) && tokens[i + 1].start == t.end + 1 && text[t.end] == '/' &&
        OneIn(folded(i + 1)) && text.substr(tokens[i + 1].end, 1) != "/") {  // "1/18/2008"
      out.push_back({t.start, tokens[i + 1].end, EntityType::kQuantity});
      ++i;
      continue;
    }
    // Everything else numeric is a quantity, with its unit if one follows; a bare number in a
    // row of numbers is none, and neither is a score or a vote ("won 81-65", "a 5-4 ruling", "1-1":
    // two small numbers with a dash, the first no smaller, and no unit count no amount of
    // anything; a range is written rising: "10-20 people").
    size_t end = scale_end;
    if (is_unit(end + 1)) end = unit_last(end + 1);
    const size_t dash = w.find('-');
    const bool score =
        dash != std::string_view::npos && dash >= 1 && dash <= 3 && w.size() - dash - 1 >= 1 &&
        w.size() - dash - 1 <= 3 && AllDigits(w.substr(0, dash)) && AllDigits(w.substr(dash + 1)) &&
        std::stoi(std::string(w.substr(0, dash))) >= std::stoi(std::string(w.substr(dash + 1)));
    if (end == i && (number_row || score)) continue;
    // ("9/11 attacks" is a date's, "1 more school" one of one.)
    const bool after_slash = t.start > 0 && text[t.start - 1] == '/';
    if (end == scale_end && english && w != "1" && dash == std::string_view::npos && !after_slash &&
        counted_last(end + 1) < n) {
      end = counted_last(end + 1);
    }
    out.push_back({t.start, tokens[end].end, EntityType::kQuantity});
    i = end;
  }
  if (english) JoinRanges(text, &out);
  return out;
}

}  // namespace precis::entities
