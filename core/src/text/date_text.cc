#include "text/date_text.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace precis::text {
namespace {

constexpr size_t kMaxBytes = 200;

// Month names and their usual abbreviations in the languages of our dev pages (English, German,
// French, Spanish, Italian, Dutch, Portuguese; Polish in the genitive a date uses), lowercase.
struct MonthName {
  std::string_view name;
  int month;
};
constexpr MonthName kMonths[] = {
    {"january", 1},    {"jan", 1},           {"february", 2},   {"feb", 2},       {"march", 3},
    {"mar", 3},        {"april", 4},         {"apr", 4},        {"may", 5},       {"june", 6},
    {"jun", 6},        {"july", 7},          {"jul", 7},        {"august", 8},    {"aug", 8},
    {"september", 9},  {"sep", 9},           {"sept", 9},       {"october", 10},  {"oct", 10},
    {"november", 11},  {"nov", 11},          {"december", 12},  {"dec", 12},      {"januar", 1},
    {"jänner", 1},     {"februar", 2},       {"märz", 3},       {"maerz", 3},     {"mrz", 3},
    {"mai", 5},        {"juni", 6},          {"juli", 7},       {"oktober", 10},  {"okt", 10},
    {"dezember", 12},  {"dez", 12},          {"janvier", 1},    {"janv", 1},      {"février", 2},
    {"fevrier", 2},    {"févr", 2},          {"mars", 3},       {"avril", 4},     {"avr", 4},
    {"juin", 6},       {"juillet", 7},       {"juil", 7},       {"août", 8},      {"aout", 8},
    {"septembre", 9},  {"octobre", 10},      {"novembre", 11},  {"décembre", 12}, {"decembre", 12},
    {"déc", 12},       {"enero", 1},         {"ene", 1},        {"febrero", 2},   {"marzo", 3},
    {"abril", 4},      {"abr", 4},           {"mayo", 5},       {"junio", 6},     {"julio", 7},
    {"agosto", 8},     {"ago", 8},           {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12},    {"dic", 12},       {"gennaio", 1},   {"febbraio", 2},
    {"aprile", 4},     {"maggio", 5},        {"giugno", 6},     {"luglio", 7},    {"settembre", 9},
    {"ottobre", 10},   {"dicembre", 12},     {"januari", 1},    {"februari", 2},  {"maart", 3},
    {"mei", 5},        {"augustus", 8},      {"janeiro", 1},    {"fevereiro", 2}, {"março", 3},
    {"maio", 5},       {"junho", 6},         {"julho", 7},      {"setembro", 9},  {"outubro", 10},
    {"novembro", 11},  {"dezembro", 12},     {"stycznia", 1},   {"lutego", 2},    {"marca", 3},
    {"kwietnia", 4},   {"maja", 5},          {"czerwca", 6},    {"lipca", 7},     {"sierpnia", 8},
    {"września", 9},   {"października", 10}, {"listopada", 11}, {"grudnia", 12},
};

int MonthOf(std::string_view word) {
  for (const MonthName& m : kMonths) {
    if (m.name == word) return m.month;
  }
  return 0;
}

// A run of digits or of letters (ASCII letters lowercased; any non-ASCII byte counts as a
// letter, so "août" and "märz" stay whole), and the bytes between it and the next token.
struct Tok {
  size_t start = 0;
  bool number = false;
  std::string text;
  std::string gap;
  int value = 0;  // numbers only
};

std::vector<Tok> Tokens(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!digit && !letter) {
      if (!out.empty() && out.back().gap.size() < 4) out.back().gap.push_back(s[i]);
      ++i;
      continue;
    }
    Tok t;
    t.start = i;
    t.number = digit;
    while (i < s.size()) {
      const auto d = static_cast<unsigned char>(s[i]);
      const bool same = digit ? (d >= '0' && d <= '9')
                              : ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d >= 0x80);
      if (!same) break;
      t.text.push_back(d >= 'A' && d <= 'Z' ? static_cast<char>(d - 'A' + 'a') : s[i]);
      ++i;
    }
    if (digit) t.value = t.text.size() <= 4 ? std::stoi(t.text) : -1;
    out.push_back(std::move(t));
  }
  return out;
}

bool Year(const Tok& t) {
  return t.number && t.text.size() == 4 && t.value >= 1990 && t.value < 2100;
}
bool Day(const Tok& t) { return t.number && t.text.size() <= 2 && t.value >= 1 && t.value <= 31; }
bool MonthNumber(const Tok& t) {
  return t.number && t.text.size() <= 2 && t.value >= 1 && t.value <= 12;
}
// What may stand between a day and its month or year: an ordinal's ending or "de"/"of".
bool Filler(const Tok& t) {
  return !t.number && (t.text == "st" || t.text == "nd" || t.text == "rd" || t.text == "th" ||
                       t.text == "er" || t.text == "de" || t.text == "of" || t.text == "del");
}
// A gap of spaces, commas or dots only (", ", ". ", " ").
bool Plain(const std::string& gap) { return gap.find_first_not_of(" ,.\t\n") == std::string::npos; }

// 0 (Sunday) to 6 (Saturday) for a weekday's English or German name or usual abbreviation,
// lowercase; else -1.
int WeekdayOf(std::string_view word) {
  static constexpr std::string_view kNames[7][6] = {
      {"sunday", "sun", "sonntag", "so", "", ""},
      {"monday", "mon", "montag", "mo", "", ""},
      {"tuesday", "tue", "tues", "dienstag", "di", ""},
      {"wednesday", "wed", "mittwoch", "mi", "", ""},
      {"thursday", "thu", "thur", "thurs", "donnerstag", "do"},
      {"friday", "fri", "freitag", "fr", "", ""},
      {"saturday", "sat", "samstag", "sonnabend", "sa", ""}};
  for (int d = 0; d < 7; ++d) {
    for (std::string_view name : kNames[d]) {
      if (!name.empty() && name == word) return d;
    }
  }
  return -1;
}

// 0 (Sunday) to 6 of a day of the Gregorian calendar (Sakamoto's method).
int WeekdayOfDate(int year, int month, int day) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) --year;
  return (year + year / 4 - year / 100 + year / 400 + kOffsets[month - 1] + day) % 7;
}

std::string Iso(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Digits at `*i` (at most `max`, at least one), as a number; -1 when there are none.
int Digits(std::string_view s, size_t* i, size_t max) {
  size_t k = *i;
  int value = 0;
  while (k < s.size() && k - *i < max && s[k] >= '0' && s[k] <= '9')
    value = value * 10 + (s[k++] - '0');
  if (k == *i) return -1;
  *i = k;
  return value;
}

// "YYYY-M(M)-D(D)", then maybe a time ("T" or a space, "HH:MM", ":SS", a fraction dropped) and
// a zone ("Z", "±HH", "±HHMM", "±HH:MM", " UTC", " GMT"); "" when `s` does not open so.
std::string IsoDateTime(std::string_view s) {
  size_t i = 0;
  const int year = Digits(s, &i, 4);
  if (i != 4 || s.substr(i, 1) != "-") return "";
  ++i;
  const int month = Digits(s, &i, 2);
  if (month < 0 || s.substr(i, 1) != "-") return "";
  ++i;
  const int day = Digits(s, &i, 2);
  std::string date = day < 0 ? "" : Iso(year, month, day);
  if (date.empty() || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return "";
  if (i == s.size() || (s[i] != 'T' && s[i] != ' ')) return date;
  size_t k = i + 1;
  const int hour = Digits(s, &k, 2);
  if (hour < 0 || hour > 23 || s.substr(k, 1) != ":") return date;
  ++k;
  const int minute = Digits(s, &k, 2);
  if (minute < 0 || minute > 59) return date;
  int second = 0;
  if (s.substr(k, 1) == ":") {
    ++k;
    second = Digits(s, &k, 2);
    if (second < 0 || second > 60) return date;
    if (s.substr(k, 1) == "." || s.substr(k, 1) == ",") {
      ++k;
      if (Digits(s, &k, 9) < 0) return date;
    }
  }
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d", hour, minute, second);
  std::string zone;
  const std::string_view rest = s.substr(k);
  if (rest == "Z" || rest == " UTC" || rest == " GMT" || rest == "UTC" || rest == "GMT") {
    zone = "Z";
  } else if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    size_t z = k + 1;
    const int zone_hours = Digits(s, &z, 2);
    int zone_minutes = 0;
    if (z < s.size() && s[z] == ':') ++z;
    if (z < s.size()) zone_minutes = Digits(s, &z, 2);
    if (zone_hours < 0 || zone_hours > 14 || zone_minutes < 0 || zone_minutes > 59 ||
        z != s.size()) {
      return date + time;
    }
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", rest[0], zone_hours, zone_minutes);
    zone = buffer;
  } else if (!rest.empty()) {
    return date + time;  // a zone named some other way ("CET"): the local time
  }
  return date + time + zone;
}

}  // namespace

std::string NormalizePageDate(std::string_view raw) {
  while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\n')) raw.remove_prefix(1);
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n')) raw.remove_suffix(1);
  if (std::string iso = IsoDateTime(raw); !iso.empty()) return iso;
  if (std::string day = ReadDate(raw); !day.empty()) return day;
  // Metadata's compact form, YYYYMMDD (news sites' "pdate", "PublicationDate").
  if (raw.size() == 8 &&
      std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int year = std::stoi(std::string(raw.substr(0, 4)));
    const int month = std::stoi(std::string(raw.substr(4, 2)));
    const int day = std::stoi(std::string(raw.substr(6, 2)));
    if (year >= 1990 && year < 2100) {
      if (std::string iso = Iso(year, month, day); !iso.empty()) return iso;
    }
  }
  // C's asctime and Unix date: "Fri Feb 18 10:27:24 2022", "Tue Jan 28 15:28:56 CET 2020" —
  // a month, its day, a clock time, maybe a zone, the year last.
  const std::vector<Tok> t = Tokens(raw.substr(0, kMaxBytes));
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    const int month = t[i].number ? 0 : MonthOf(t[i].text);
    if (month == 0 || !Day(t[i + 1]) || !Year(t.back())) continue;
    if (std::string day = Iso(t.back().value, month, t[i + 1].value); !day.empty()) return day;
  }
  return std::string(raw);
}

int MonthNumberOf(std::string_view folded) { return MonthOf(folded); }

std::string ReadDate(std::string_view text) { return FindDate(text).iso; }

FoundDate FindDate(std::string_view text) {
  const std::vector<Tok> t = Tokens(text.substr(0, kMaxBytes));
  const size_t n = t.size();
  for (size_t i = 0; i < n; ++i) {
    const auto found = [&](int year, int month, int day) {
      return FoundDate{Iso(year, month, day), t[i].start};
    };
    // Digits with one separator: 2015-03-03, 2015/03/03, 03.10.2021, 14/03/2015.
    if (t[i].number && i + 2 < n && t[i + 1].number && t[i + 2].number) {
      const std::string& sep = t[i].gap;
      const bool same_sep = sep.size() == 1 && t[i + 1].gap.substr(0, 1) == sep;
      if (same_sep && Year(t[i]) && (sep == "-" || sep == "/") && MonthNumber(t[i + 1]) &&
          Day(t[i + 2])) {
        return found(t[i].value, t[i + 1].value, t[i + 2].value);
      }
      // A weekday named right before decides between day-month and month-day where both read
      // as dates ("Tuesday, 11.06.2012" on a US page is 6 November: 11 June was a Monday).
      const int weekday =
          i > 0 && !t[i - 1].number && Plain(t[i - 1].gap) ? WeekdayOf(t[i - 1].text) : -1;
      const auto on_weekday = [&](int month, int day) {
        return weekday >= 0 && WeekdayOfDate(t[i + 2].value, month, day) == weekday;
      };
      if (same_sep && (sep == "." || sep == "/" || sep == "-") && Year(t[i + 2]) && Day(t[i]) &&
          Day(t[i + 1]) && MonthNumber(t[i]) && MonthNumber(t[i + 1]) &&
          on_weekday(t[i].value, t[i + 1].value) != on_weekday(t[i + 1].value, t[i].value)) {
        return on_weekday(t[i].value, t[i + 1].value)
                   ? found(t[i + 2].value, t[i].value, t[i + 1].value)
                   : found(t[i + 2].value, t[i + 1].value, t[i].value);
      }
      if (same_sep && sep == "." && Day(t[i]) && MonthNumber(t[i + 1]) && Year(t[i + 2])) {
        return found(t[i + 2].value, t[i + 1].value, t[i].value);
      }
      // "14/03/2015", "17-01-2008", "03/14/2015": the order where one part is over 12.
      if (same_sep && (sep == "/" || sep == "-") && Year(t[i + 2]) && Day(t[i]) && Day(t[i + 1])) {
        if (t[i].value > 12 && MonthNumber(t[i + 1])) {
          return found(t[i + 2].value, t[i + 1].value, t[i].value);
        }
        if (t[i + 1].value > 12 && MonthNumber(t[i])) {
          return found(t[i + 2].value, t[i].value, t[i + 1].value);
        }
      }
    }
    // Month first: "March 3, 2015", "Dec. 29th 2019".
    if (const int month = t[i].number ? 0 : MonthOf(t[i].text); month > 0 && Plain(t[i].gap)) {
      size_t k = i + 1;
      if (k < n && Day(t[k]) && Plain(t[k].gap)) {
        const int day = t[k].value;
        ++k;
        if (k < n && Filler(t[k]) && Plain(t[k].gap)) ++k;
        if (k < n && Year(t[k])) return found(t[k].value, month, day);
      }
    }
    // Day first: "3 March 2015", "3rd of March, 2015", "3. Oktober 2021", "3 de marzo de 2015".
    if (Day(t[i]) && Plain(t[i].gap)) {
      size_t k = i + 1;
      while (k < n && k <= i + 2 && Filler(t[k]) && Plain(t[k].gap)) ++k;
      if (k < n && !t[k].number && Plain(t[k].gap)) {
        if (const int month = MonthOf(t[k].text); month > 0) {
          ++k;
          if (k < n && Filler(t[k]) && Plain(t[k].gap)) ++k;
          if (k < n && Year(t[k])) return found(t[k].value, month, t[i].value);
        }
      }
    }
  }
  return {};
}

}  // namespace precis::text
