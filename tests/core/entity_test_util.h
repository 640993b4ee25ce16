// Runs an entity finder on one sentence and returns (text, type) pairs for assertions.
#ifndef PRECIS_TESTS_ENTITY_TEST_UTIL_H_
#define PRECIS_TESTS_ENTITY_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "entities/mention.h"

namespace precis::entities {

using Found = std::vector<std::pair<std::string, std::string>>;

inline Found Describe(const std::string& text, const std::vector<Mention>& mentions) {
  Found out;
  for (const Mention& m : mentions) {
    out.emplace_back(text.substr(m.start, m.end - m.start),
                     std::string(EntityTypeName(m.type)));
  }
  return out;
}

}  // namespace precis::entities

#endif  // PRECIS_TESTS_ENTITY_TEST_UTIL_H_
