// An entity mention found in a sentence: a byte span of the original text and its type.
#ifndef PRECIS_ENTITIES_MENTION_H_
#define PRECIS_ENTITIES_MENTION_H_

#include <cstddef>

#include "precis/result.h"

namespace precis::entities {

struct Mention {
  size_t start = 0;
  size_t end = 0;
  EntityType type = EntityType::kMisc;
  // The name lists have these words as a place: an organisation named by its town alone
  // ("Leicester" for its rugby club) is no short form of another name ending in that town.
  bool listed_place = false;
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_MENTION_H_
