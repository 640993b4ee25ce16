#include "entities/gazetteer.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace precis::entities {
namespace {

using Entry = std::pair<std::string_view, EntityType>;
constexpr EntityType L = EntityType::kLocation;
constexpr EntityType O = EntityType::kOrg;
constexpr EntityType M = EntityType::kMisc;

constexpr auto kNames = [] {
  std::array<Entry, 246> names = {{
      {"afghanistan", L}, {"africa", L}, {"albania", L}, {"algeria", L}, {"america", L},
      {"amsterdam", L}, {"angola", L}, {"argentina", L}, {"armenia", L}, {"asia", L},
      {"athens", L}, {"australia", L}, {"austria", L}, {"azerbaijan", L}, {"baghdad", L},
      {"bahrain", L}, {"bangladesh", L}, {"barcelona", L}, {"beijing", L}, {"beirut", L},
      {"belarus", L}, {"belgium", L}, {"berlin", L}, {"bolivia", L}, {"bosnia", L},
      {"brazil", L}, {"britain", L}, {"brussels", L}, {"bulgaria", L}, {"cairo", L},
      {"california", L}, {"cambodia", L}, {"cameroon", L}, {"canada", L}, {"chile", L},
      {"china", L}, {"colombia", L}, {"crimea", L}, {"croatia", L}, {"cuba", L}, {"cyprus", L},
      {"czech republic", L}, {"denmark", L}, {"donbas", L}, {"dublin", L}, {"ecuador", L},
      {"edinburgh", L}, {"egypt", L}, {"england", L}, {"estonia", L}, {"ethiopia", L},
      {"europe", L}, {"finland", L}, {"florida", L}, {"france", L}, {"gaza", L}, {"geneva", L},
      {"georgia", L}, {"germany", L}, {"ghana", L}, {"greece", L}, {"hong kong", L},
      {"hungary", L}, {"iceland", L}, {"india", L}, {"indonesia", L}, {"iran", L}, {"iraq", L},
      {"ireland", L}, {"israel", L}, {"istanbul", L}, {"italy", L}, {"japan", L},
      {"jerusalem", L}, {"jordan", L}, {"kazakhstan", L}, {"kenya", L}, {"kiev", L},
      {"korea", L}, {"kosovo", L}, {"kuwait", L}, {"kyiv", L}, {"latvia", L}, {"lebanon", L},
      {"libya", L}, {"lithuania", L}, {"london", L}, {"los angeles", L}, {"luxembourg", L},
      {"madrid", L}, {"malaysia", L}, {"manchester", L}, {"mexico", L}, {"moldova", L},
      {"morocco", L}, {"moscow", L}, {"mumbai", L}, {"myanmar", L}, {"nepal", L},
      {"netherlands", L}, {"new delhi", L}, {"new york", L}, {"new zealand", L},
      {"nigeria", L}, {"north korea", L}, {"norway", L}, {"pakistan", L}, {"palestine", L},
      {"paris", L}, {"peru", L}, {"philippines", L}, {"poland", L}, {"portugal", L},
      {"qatar", L}, {"romania", L}, {"rome", L}, {"russia", L}, {"saudi arabia", L},
      {"scotland", L}, {"seoul", L}, {"serbia", L}, {"shanghai", L}, {"singapore", L},
      {"slovakia", L}, {"slovenia", L}, {"somalia", L}, {"south africa", L},
      {"south korea", L}, {"spain", L}, {"sri lanka", L}, {"stockholm", L}, {"sudan", L},
      {"sweden", L}, {"switzerland", L}, {"sydney", L}, {"syria", L}, {"taiwan", L},
      {"tehran", L}, {"texas", L}, {"thailand", L}, {"tokyo", L}, {"turkey", L},
      {"uk", L}, {"ukraine", L}, {"united kingdom", L}, {"united states", L}, {"us", L},
      {"usa", L}, {"u.s", L}, {"u.k", L}, {"u.s.a", L}, {"u.n", O}, {"e.u", O}, {"venezuela", L}, {"vienna", L}, {"vietnam", L}, {"wales", L},
      {"warsaw", L}, {"washington", L}, {"yemen", L}, {"zimbabwe", L},
      {"afp", O}, {"amazon", O}, {"apple", O}, {"bbc", O}, {"cia", O}, {"cnn", O}, {"eu", O},
      {"european union", O}, {"facebook", O}, {"fbi", O}, {"fifa", O}, {"google", O},
      {"imf", O}, {"kremlin", O}, {"microsoft", O}, {"nasa", O}, {"nato", O}, {"opec", O},
      {"pentagon", O}, {"reuters", O}, {"twitter", O}, {"un", O}, {"unesco", O},
      {"united nations", O}, {"white house", O}, {"who", O}, {"world bank", O}, {"wto", O},
      {"youtube", O}, {"instagram", O}, {"tiktok", O}, {"sony", O}, {"toyota", O},
      {"nintendo", O}, {"samsung", O}, {"yahoo", O}, {"aol", O}, {"labour", O},
      {"tories", O}, {"conservatives", O}, {"downing street", O},
      {"american", M}, {"arab", M}, {"australian", M}, {"british", M}, {"canadian", M},
      {"chinese", M}, {"christian", M}, {"dutch", M}, {"english", M}, {"european", M},
      {"french", M}, {"german", M}, {"greek", M}, {"indian", M}, {"iranian", M},
      {"irish", M}, {"islamic", M}, {"israeli", M}, {"italian", M}, {"japanese", M},
      {"jewish", M}, {"muslim", M}, {"olympics", M}, {"palestinian", M}, {"polish", M},
      {"russian", M}, {"scottish", M}, {"soviet", M}, {"spanish", M}, {"swedish", M},
      {"syrian", M}, {"turkish", M}, {"ukrainian", M}, {"welsh", M}, {"western", M},
      {"post-soviet", M}, {"oscar", M}, {"oscars", M}, {"grammy", M}, {"world cup", M},
      {"christmas", M}, {"brexit", M}, {"covid-19", M}, {"internet", M}}};
  return names;
}();

constexpr std::array<std::string_view, 35> kTitles = {
    "ambassador", "chancellor", "chairman", "chairwoman", "chief", "coach", "dr", "gen",
    "general", "governor", "judge", "king", "lady", "leader", "lord", "manager", "mayor", "minister",
    "miss", "mr", "mrs", "ms", "pope", "premier", "president", "prince", "princess", "prof",
    "queen", "secretary", "sen", "senator", "sir", "spokesman", "spokeswoman"};

constexpr std::array<std::string_view, 52> kOrgSuffixes = {
    "academy", "agency", "authority", "airlines", "airways", "alliance", "army", "assembly",
    "association", "bank", "bbc", "board", "bureau", "clinic", "club", "co", "college",
    "commission", "committee", "company", "congress", "corp", "corporation", "council", "court",
    "department", "federation", "foundation", "fund", "government", "group", "hospital", "inc",
    "institute", "league", "ltd", "ministry", "motors", "museum", "navy", "office",
    "organisation", "organization", "parliament", "party", "plc", "police", "senate", "service",
    "society", "union", "university"};

constexpr std::array<std::string_view, 16> kPlaceSuffixes = {
    "avenue", "bay", "city", "coast", "county", "island", "islands", "lake", "mountains",
    "ocean", "province", "region", "river", "sea", "state", "street"};

// Different names of one place or body, to one canonical name (periods already removed).
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kAliases = {{
    {"us", "united states"}, {"usa", "united states"}, {"united states of america", "united states"},
    {"uk", "united kingdom"}, {"britain", "united kingdom"}, {"great britain", "united kingdom"},
    {"eu", "european union"}, {"un", "united nations"}, {"uae", "united arab emirates"},
    {"ussr", "soviet union"}, {"prc", "china"}, {"dprk", "north korea"}}};

// The tagger asks about every token of a document: hash sets, built once, not list scans.
template <size_t N>
std::unordered_set<std::string_view> SetOf(const std::array<std::string_view, N>& list) {
  return {list.begin(), list.end()};
}

}  // namespace

std::optional<EntityType> LookUpName(std::string_view folded) {
  static const std::unordered_map<std::string_view, EntityType> kIndex(kNames.begin(), kNames.end());
  auto it = kIndex.find(folded);
  if (it != kIndex.end()) return it->second;
  return std::nullopt;
}

bool StartsName(std::string_view folded_word) {
  static const std::unordered_set<std::string_view> kFirstWords = [] {
    std::unordered_set<std::string_view> words;
    for (const Entry& e : kNames) words.insert(e.first.substr(0, e.first.find(' ')));
    return words;
  }();
  return kFirstWords.count(folded_word) > 0;
}

std::string CanonicalName(std::string_view folded) {
  std::string key;
  for (size_t i = 0; i < folded.size(); ++i) {
    // "Leggett & Platt" is "Leggett and Platt" (not "AT&T": only a spaced ampersand).
    if (folded.compare(i, 3, " & ") == 0) {
      key += " and ";
      i += 2;
      continue;
    }
    if (folded[i] != '.') key += folded[i];
  }
  for (const auto& [alias, name] : kAliases) {
    if (alias == key) return std::string(name);
  }
  return key;
}

bool IsPersonTitle(std::string_view folded) {
  static const auto kSet = SetOf(kTitles);
  return kSet.count(folded) > 0;
}
bool IsOrgSuffix(std::string_view folded) {
  static const auto kSet = SetOf(kOrgSuffixes);
  return kSet.count(folded) > 0;
}
bool IsPlaceSuffix(std::string_view folded) {
  static const auto kSet = SetOf(kPlaceSuffixes);
  return kSet.count(folded) > 0;
}

}  // namespace precis::entities
