#include "entities/dense_ids.h"

namespace precis::entities {
namespace {

size_t SlotOf(uint64_t key, size_t mask) {
  // The keys are hashes already; fold the high half in so that a mask of the low bits sees all.
  return static_cast<size_t>(key ^ (key >> 32)) & mask;
}

}  // namespace

std::pair<uint32_t, bool> DenseIds::Insert(uint64_t key) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t s = SlotOf(key, mask);; s = (s + 1) & mask) {
    Slot& slot = slots_[s];
    if (slot.id == kEmpty) {
      slot = {key, static_cast<uint32_t>(size_++)};
      return {slot.id, true};
    }
    if (slot.key == key) return {slot.id, false};
  }
}

void DenseIds::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kEmpty) continue;
    size_t s = SlotOf(slot.key, mask);
    while (slots_[s].id != kEmpty) s = (s + 1) & mask;
    slots_[s] = slot;
  }
}

}  // namespace precis::entities
