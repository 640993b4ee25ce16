#include "entities/groups.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "text/utf8.h"

namespace precis::entities {
namespace {

// One key for the ways an amount is written: spaces out ("€ 440 billion", "€440 billion"), and
// a temperature's scale letter after "degrees" or "°" ("161 degrees F" is the recipe's "161
// degrees" a line later).
std::string AmountKey(const std::string& folded) {
  std::string key;
  for (const char c : folded) {
    if (c != ' ') key += c;
  }
  if (key.ends_with("degreesf") || key.ends_with("degreesc") || key.ends_with("\u00b0f") ||
      key.ends_with("\u00b0c")) {
    key.pop_back();
  }
  return key;
}

std::string LastWord(const std::string& folded) {
  const size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

// The initials of a long name, as acronyms write them: "north atlantic treaty organization" ->
// "nato"; small words left out or kept ("department of justice" -> "dj", "doj"; "board of
// control for cricket in india" -> "bcci"), a hyphenated word as one initial or as many
// ("co-operation" in "oecd", "self-employed" in "nase").
std::vector<std::string> Initials(const std::string& folded) {
  static const std::set<std::string> kSmall = {"of", "the", "and", "for", "&",
                                               "in", "on",  "at",  "to",  "a"};
  std::string without, parts, with;  // small words out; also hyphens' parts; every word
  size_t i = 0;
  while (i < folded.size()) {
    const size_t end = std::min(folded.find(' ', i), folded.size());
    const std::string word = folded.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    with += word[0];
    if (kSmall.count(word)) continue;
    without += word[0];
    for (size_t at = 0; at < word.size();) {
      const size_t dash = std::min(word.find('-', at), word.size());
      if (dash > at) parts += word[at];
      at = dash + 1;
    }
  }
  std::vector<std::string> out = {without};
  for (const std::string& other : {parts, with}) {
    if (std::find(out.begin(), out.end(), other) == out.end()) out.push_back(other);
  }
  return out;
}

bool IsAllCaps(const MentionInContext& m, std::string_view text) {
  const std::string_view s = text.substr(m.mention.start, m.mention.end - m.mention.start);
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A royal's or a saint's title before a one-word name ("Prince Charles", "Pope Francis", "Queen
// Elizabeth"): that is the person's whole name, not the first name of another person of the
// document ("Charles Walker", "Francis Collins"), unless the other is a monarch too ("King
// Richard" of "Richard III").
bool AfterTitleOfAWholeName(const Mention& m, std::string_view text) {
  static const std::set<std::string, std::less<>> kTitles = {
      "prince", "princess", "king",    "queen", "pope",  "saint",
      "st",     "emperor",  "empress", "tsar",  "sultan"};
  size_t end = m.start;
  while (end > 0 && text[end - 1] == ' ') --end;
  const bool period = end > 0 && text[end - 1] == '.';
  if (period) --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1])) != 0) --begin;
  if (begin == end || end == m.start) return false;
  const std::string word = text::FoldCase(text.substr(begin, end - begin));
  return kTitles.count(word) != 0 && (!period || word == "st");  // "Jamie Sultan. Sultan said"
}

bool EndsInRegnalNumber(const std::string& folded) {
  static const std::set<std::string> kNumerals = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                  "vii", "viii", "ix",  "x",  "xi", "xii"};
  return kNumerals.count(LastWord(folded)) != 0;
}

}  // namespace

GroupedEntities GroupMentions(std::string_view text, std::vector<MentionInContext> mentions,
                              std::string_view title, size_t sentence_count) {
  std::sort(mentions.begin(), mentions.end(), [](const auto& a, const auto& b) {
    return a.mention.start < b.mention.start;
  });
  std::vector<std::string> folded(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i].mention;
    folded[i] = text::FoldCase(text.substr(m.start, m.end - m.start));
    // An editor's brackets are no part of the name: "[Todd] Akin" is "Todd Akin".
    std::erase_if(folded[i], [](char c) { return c == '[' || c == ']'; });
  }

  // A person's shorter name that ends one longer full name of the document is that person
  // ("Forrest Jones" of "Michael Forrest Jones"), so the two are one group and "Jones" alone
  // still finds one full name.
  std::set<std::string> full_names;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const bool person = mentions[i].mention.type == EntityType::kPerson;
    if (person && folded[i].find(' ') != std::string::npos) full_names.insert(folded[i]);
  }
  std::map<std::string, std::string> longer_name;
  for (const std::string& name : full_names) {
    const std::string* only = nullptr;
    int fits = 0;
    for (const std::string& other : full_names) {
      if (other.size() > name.size() && other.ends_with(" " + name)) {
        ++fits;
        only = &other;
      }
    }
    if (fits == 1) longer_name.emplace(name, *only);
  }
  auto longest = [&](const std::string& name) -> const std::string& {
    const auto it = longer_name.find(name);
    return it == longer_name.end() ? name : it->second;
  };
  // Full person names by their last and first words, so "Putin" finds "Vladimir Putin" when one
  // full name fits (never when "Joe Biden" and "Hunter Biden" both do); long names of
  // organisations and places by their initials, so "NATO" finds "North Atlantic Treaty
  // Organization" (same type only).
  std::map<std::string, std::set<std::string>> person_by_last, person_by_first;
  // And by a middle word of three or more ("Etienne" of "Camille Etienne Gbedey", a double
  // surname: "Etienne said…"), where no full name has it first or last.
  std::map<std::string, std::set<std::string>> person_by_middle;
  // The same for full names the running text has (not only a byline, heading or caption).
  std::map<std::string, std::set<std::string>> running_by_last;
  std::map<std::pair<EntityType, std::string>, std::string> long_by_initials;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i].mention;
    if (folded[i].find(' ') == std::string::npos) continue;
    if (m.type == EntityType::kPerson) {
      const std::string& full = longest(folded[i]);
      person_by_last[LastWord(full)].insert(full);
      person_by_first[full.substr(0, full.find(' '))].insert(full);
      for (size_t at = full.find(' '); at != std::string::npos;) {
        const size_t next = full.find(' ', at + 1);
        if (next == std::string::npos) break;
        person_by_middle[full.substr(at + 1, next - at - 1)].insert(full);
        at = next;
      }
      if (mentions[i].clean) running_by_last[LastWord(full)].insert(full);
    }
    if (m.type == EntityType::kOrg || m.type == EntityType::kLocation) {
      for (const std::string& initials : Initials(folded[i])) {
        long_by_initials.emplace(std::make_pair(m.type, initials), folded[i]);
      }
    }
  }
  // Organisations by their name without its first word or two, so "the Flames" finds "Calgary
  // Flames" and "the Commission" "European Commission" when one name of the document fits
  // (never when "Manchester United" and "Newcastle United" both do).
  std::map<std::string, std::set<std::string>> org_by_tail;
  std::set<std::string> other_names;  // names the document also gives another type, or places
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].mention.type != EntityType::kOrg || mentions[i].mention.listed_place) {
      other_names.insert(folded[i]);
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].mention.type != EntityType::kOrg) continue;
    size_t space = 0;
    for (int k = 1; k <= 2; ++k) {
      space = folded[i].find(' ', space == 0 ? 0 : space + 1);
      if (space == std::string::npos) break;
      // Not the second of two names ("Facebook and Twitter", "Facebook for Android").
      static const std::set<std::string> kJoins = {"and", "&",  "of", "for",
                                                   "or",  "in", "on", "the"};
      if (kJoins.count(LastWord(folded[i].substr(0, space)))) continue;
      // Nor a name of its own ("Labour", "EU", "Liverpool" of "Tate Liverpool").
      const std::string tail = folded[i].substr(space + 1);
      if (LookUpName(CanonicalName(tail)) || other_names.count(tail)) continue;
      org_by_tail[tail].insert(folded[i]);
    }
  }
  // Companies by their name without the word for their legal form, so "Samsung" finds "Samsung
  // Group" and "Nokia" "Nokia Corp." when one name of the document fits.
  std::map<std::string, std::set<std::string>> org_by_head;
  for (size_t i = 0; i < mentions.size(); ++i) {
    static const std::set<std::string> kForms = {
        "group", "corp", "corporation", "inc", "co", "ltd", "plc", "llc", "holdings", "ag", "gmbh"};
    const size_t space = folded[i].rfind(' ');
    if (mentions[i].mention.type != EntityType::kOrg || space == std::string::npos) continue;
    std::string form = folded[i].substr(space + 1);
    while (!form.empty() && form.back() == '.') form.pop_back();
    if (kForms.count(form)) org_by_head[folded[i].substr(0, space)].insert(folded[i]);
  }
  // Not a name the document gives other bodies too ("Mozilla Foundation", "Mozilla Firefox"
  // beside "Mozilla Corporation"): there the short name is the family's, not one body's.
  for (size_t i = 0; i < mentions.size() && !org_by_head.empty(); ++i) {
    if (mentions[i].mention.type != EntityType::kOrg) continue;
    for (size_t space = folded[i].find(' '); space != std::string::npos;
         space = folded[i].find(' ', space + 1)) {
      if (auto it = org_by_head.find(folded[i].substr(0, space)); it != org_by_head.end()) {
        it->second.insert(folded[i]);
      }
    }
  }
  // `titled`: the word comes after a royal's title (AfterTitleOfAWholeName).
  auto full_name_of = [&](const std::string& word, bool titled) -> const std::string* {
    const auto last = person_by_last.find(word);
    if (last != person_by_last.end() && last->second.size() == 1) return &*last->second.begin();
    // Two full names share the surname, one only in a byline or caption ("Report by Eric
    // Fisher" under a story about Jimbo Fisher): the running text's one is meant.
    if (last != person_by_last.end()) {
      const auto running = running_by_last.find(word);
      const bool one = running != running_by_last.end() && running->second.size() == 1;
      return one ? &*running->second.begin() : nullptr;
    }
    const auto first = person_by_first.find(word);
    if (first != person_by_first.end() && first->second.size() == 1) {
      const std::string& full = *first->second.begin();
      return titled && !EndsInRegnalNumber(full) ? nullptr : &full;
    }
    if (titled) return nullptr;
    if (first != person_by_first.end()) return nullptr;
    const auto middle = person_by_middle.find(word);
    // (An initial, "J" of "Kent J Dawson", names nobody alone.)
    if (middle != person_by_middle.end() && middle->second.size() == 1 && word.size() > 2) {
      return &*middle->second.begin();
    }
    return nullptr;
  };

  GroupedEntities out;
  std::map<std::pair<EntityType, std::string>, int> group_of;
  std::vector<size_t> first_sentence;
  std::vector<bool> in_summary;
  std::vector<char> name_is_clean;
  const std::string folded_title = text::FoldCase(title);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i].mention;
    std::string key = CanonicalName(folded[i]);
    if (auto it = long_by_initials.find({m.type, key});
        it != long_by_initials.end() && key.size() >= 2 && IsAllCaps(mentions[i], text)) {
      key = CanonicalName(it->second);
    }
    if (const auto tail = org_by_tail.find(folded[i]);
        m.type == EntityType::kOrg && tail != org_by_tail.end() && tail->second.size() == 1) {
      key = CanonicalName(*tail->second.begin());
    }
    if (const auto head = org_by_head.find(folded[i]);
        m.type == EntityType::kOrg && head != org_by_head.end() && head->second.size() == 1) {
      key = CanonicalName(*head->second.begin());
    }
    if (m.type == EntityType::kPerson && folded[i].find(' ') == std::string::npos) {
      // Keyed as the full name's own mentions are ("Kent J. Dawson": periods out).
      if (const std::string* full = full_name_of(folded[i], AfterTitleOfAWholeName(m, text))) {
        key = CanonicalName(*full);
      }
    } else if (m.type == EntityType::kPerson) {
      key = CanonicalName(longest(folded[i]));
    }
    if (m.type == EntityType::kQuantity || m.type == EntityType::kMoney ||
        m.type == EntityType::kPercent) {
      key = AmountKey(key);
    }
    auto [it, inserted] = group_of.emplace(std::make_pair(m.type, key),
                                           static_cast<int>(out.groups.size()));
    if (inserted) {
      Group g;
      g.type = m.type;
      out.groups.push_back(g);
      first_sentence.push_back(mentions[i].sentence);
      in_summary.push_back(false);
      name_is_clean.push_back(false);
    }
    // The name: the longest clean mention, else the longest.
    Group& g = out.groups[static_cast<size_t>(it->second)];
    const bool clean = mentions[i].clean && !IsAllCaps(mentions[i], text) &&
                       text.substr(m.start, m.end - m.start).find('[') == std::string_view::npos;
    char& named_clean = name_is_clean[static_cast<size_t>(it->second)];
    if ((clean && !named_clean) || (clean == static_cast<bool>(named_clean) &&
                                    m.end - m.start > g.name.size())) {
      g.name = std::string(text.substr(m.start, m.end - m.start));
      named_clean = clean;
    }
    ++g.mentions;
    in_summary[static_cast<size_t>(it->second)] =
        in_summary[static_cast<size_t>(it->second)] || mentions[i].in_summary;
    Entity e;
    e.start = m.start;
    e.end = m.end;
    e.text = std::string(text.substr(m.start, m.end - m.start));
    e.type = m.type;
    e.group = it->second;
    out.entities.push_back(std::move(e));
  }

  // Salience: log-scaled frequency, an early first mention, title and summary presence.
  const double n = std::max<double>(1.0, static_cast<double>(sentence_count));
  for (size_t g = 0; g < out.groups.size(); ++g) {
    Group& group = out.groups[g];
    const bool names_thing = group.type == EntityType::kPerson || group.type == EntityType::kOrg ||
                             group.type == EntityType::kLocation || group.type == EntityType::kMisc;
    const std::string name = text::FoldCase(group.name);
    const bool in_title = !folded_title.empty() &&
                          (folded_title.find(name) != std::string::npos ||
                           (group.type == EntityType::kPerson &&
                            folded_title.find(LastWord(name)) != std::string::npos));
    group.salience = std::log2(1.0 + group.mentions) +
                     0.5 * (1.0 - static_cast<double>(first_sentence[g]) / n) +
                     (in_title ? 1.0 : 0.0) + (in_summary[g] ? 0.5 : 0.0) +
                     (names_thing ? 0.5 : 0.0);
    // A bare number ("1", "125,000") says nothing without the noun it counts: it never tops
    // the list for being frequent (a trial's blog post had "1" as its most salient group).
    const bool bare_number =
        group.type == EntityType::kQuantity &&
        std::all_of(group.name.begin(), group.name.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '/' || c == '-';
        });
    if (bare_number) group.salience *= 0.5;
  }
  double max = 0.0;
  for (const Group& g : out.groups) max = std::max(max, g.salience);
  std::vector<int> order(out.groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return out.groups[static_cast<size_t>(a)].salience > out.groups[static_cast<size_t>(b)].salience;
  });
  std::vector<int> new_index(order.size());
  std::vector<Group> sorted;
  for (size_t rank = 0; rank < order.size(); ++rank) {
    new_index[static_cast<size_t>(order[rank])] = static_cast<int>(rank);
    Group g = out.groups[static_cast<size_t>(order[rank])];
    g.salience = max > 0 ? std::round(g.salience / max * 1000.0) / 1000.0 : 0.0;
    sorted.push_back(std::move(g));
  }
  out.groups = std::move(sorted);
  for (Entity& e : out.entities) e.group = new_index[static_cast<size_t>(e.group)];
  return out;
}

}  // namespace precis::entities
