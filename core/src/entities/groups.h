// Merges mentions of the same entity into groups ("Vladimir Putin" ... "Putin", "Russia" ...
// "RUSSIA") and ranks groups by salience: mentions, early first mention, presence in title and
// summary. Different full names never merge ("Joe Biden", "Hunter Biden"); a lone surname or first
// name joins a full name only when exactly one full name fits. A group is named by its longest
// clean mention (from running text, not in capitals).
//
//   GroupedEntities g = GroupMentions(text, mentions, sentence_of_mention, title, in_summary);
#ifndef PRECIS_ENTITIES_GROUPS_H_
#define PRECIS_ENTITIES_GROUPS_H_

#include <string_view>
#include <vector>

#include "entities/mention.h"
#include "precis/result.h"

namespace precis::entities {

struct MentionInContext {
  Mention mention;
  size_t sentence = 0;      // index of its sentence
  bool in_summary = false;  // its sentence was selected
  bool clean = true;        // from running text (not a heading, caption or list), fit to name a group
};

struct GroupedEntities {
  std::vector<Entity> entities;  // document order
  std::vector<Group> groups;     // by salience, best first
};

GroupedEntities GroupMentions(std::string_view text, std::vector<MentionInContext> mentions,
                              std::string_view title, size_t sentence_count);

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_GROUPS_H_
