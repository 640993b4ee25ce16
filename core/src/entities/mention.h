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
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_MENTION_H_
