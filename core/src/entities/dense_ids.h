// Dense ids for 64-bit keys (hashes of words), numbered 0, 1, 2, ... in the order first seen.
// Open addressing in one array: a lookup is a probe into contiguous memory rather than a bucket,
// a node and a chain as in std::unordered_map. The name tagger looks up every token of a
// document this way (its features' set-up on a 100 KB text: 19.6 → 17.9 M instructions).
//
//   DenseIds ids;
//   auto [id, added] = ids.Insert(HashOfWord(w));
#ifndef PRECIS_ENTITIES_DENSE_IDS_H_
#define PRECIS_ENTITIES_DENSE_IDS_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis::entities {

class DenseIds {
 public:
  // The key's id, and whether the key is new.
  std::pair<uint32_t, bool> Insert(uint64_t key);
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t id = kEmpty;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;
  void Grow();
  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t size_ = 0;
};

}  // namespace precis::entities

#endif  // PRECIS_ENTITIES_DENSE_IDS_H_
