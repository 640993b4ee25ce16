// Dense ids for word hashes: numbered in the order first seen, stable across growth.
#include "entities/dense_ids.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace precis::entities {
namespace {

TEST(DenseIdsTest, NumbersKeysInTheOrderFirstSeen) {
  DenseIds ids;
  EXPECT_EQ(ids.Insert(42), std::make_pair(0u, true));
  EXPECT_EQ(ids.Insert(0), std::make_pair(1u, true));  // zero is a key like any other
  EXPECT_EQ(ids.Insert(42), std::make_pair(0u, false));
  EXPECT_EQ(ids.Insert(UINT64_MAX), std::make_pair(2u, true));
  EXPECT_EQ(ids.size(), 3u);
}

TEST(DenseIdsTest, KeepsEveryIdThroughGrowthAndCollisions) {
  // Keys that share their low bits land on the same slot and must probe past one another.
  DenseIds ids;
  std::vector<uint64_t> keys;
  for (uint64_t k = 0; k < 5000; ++k) keys.push_back(k << 40 | (k % 7));
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(ids.Insert(keys[i]).first, i);
  for (size_t i = 0; i < keys.size(); ++i) {
    const auto [id, added] = ids.Insert(keys[i]);
    EXPECT_EQ(id, i);
    EXPECT_FALSE(added);
  }
  EXPECT_EQ(ids.size(), keys.size());
}

}  // namespace
}  // namespace precis::entities
