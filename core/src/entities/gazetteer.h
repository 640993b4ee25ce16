// Small built-in name lists (countries, regions, major cities, well-known organisations,
// nationality words, person titles, organisation and place suffixes): features of the name
// tagger. Keys are folded (lowercase) full names.
//
//   if (auto type = LookUpName("black sea")) ...;
#ifndef PRECIS_ENTITIES_GAZETTEER_H_
#define PRECIS_ENTITIES_GAZETTEER_H_

#include <optional>
#include <string>
#include <string_view>

#include "precis/result.h"

namespace precis::entities {

std::optional<EntityType> LookUpName(std::string_view folded);
// Whether some listed name begins with this word ("united" for "united states").
bool StartsName(std::string_view folded_word);

// The key under which mentions of one entity group: periods dropped, a spaced ampersand read
// as "and" ("leggett & platt" -> "leggett and platt"), aliases resolved ("u.s." and "usa" ->
// "united states", "eu" -> "european union").
std::string CanonicalName(std::string_view folded);

// Words that introduce a person's name: "President", "Secretary", "Mr", "Dr", ...
bool IsPersonTitle(std::string_view folded);

// Last words that make a name an organisation ("... Council", "... Inc") or a place ("... Sea").
bool IsOrgSuffix(std::string_view folded);
bool IsPlaceSuffix(std::string_view folded);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_GAZETTEER_H_
