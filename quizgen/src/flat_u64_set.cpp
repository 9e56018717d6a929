#include "flat_u64_set.hpp"

#include "base/prng.hpp"

namespace factdeck::quizgen {

std::size_t FlatU64Set::slot_of(std::uint64_t key) const {
  // Keys are hashes already, but mixing again protects against keys built by XOR of two hashes.
  return static_cast<std::size_t>(mix64(key)) & (slots_.size() - 1);
}

bool FlatU64Set::insert(std::uint64_t key) {
  if (key == 0) {
    const bool is_new = !has_zero_;
    has_zero_ = true;
    size_ += is_new ? 1 : 0;
    return is_new;
  }
  // Keep the load factor under 1/2 so probe runs stay short.
  if ((size_ + 1) * 2 > slots_.size()) grow();
  for (std::size_t at = slot_of(key);; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at] == key) return false;
    if (slots_[at] == 0) {
      slots_[at] = key;
      ++size_;
      return true;
    }
  }
}

bool FlatU64Set::contains(std::uint64_t key) const {
  if (key == 0) return has_zero_;
  if (slots_.empty()) return false;
  for (std::size_t at = slot_of(key);; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at] == key) return true;
    if (slots_[at] == 0) return false;
  }
}

void FlatU64Set::prefetch(std::uint64_t key) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[slot_of(key)]);
}

void FlatU64Set::reserve(std::size_t count) {
  std::size_t slot_count = 64;
  while (slot_count < count * 2 + 2) slot_count *= 2;
  if (slot_count > slots_.size()) rehash(slot_count);
}

void FlatU64Set::grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

void FlatU64Set::rehash(std::size_t slot_count) {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(slot_count, 0);
  const bool had_zero = has_zero_;
  size_ = had_zero ? 1 : 0;
  for (std::uint64_t key : old) {
    if (key == 0) continue;
    for (std::size_t at = slot_of(key);; at = (at + 1) & (slots_.size() - 1)) {
      if (slots_[at] == 0) {
        slots_[at] = key;
        ++size_;
        break;
      }
    }
  }
}

}  // namespace factdeck::quizgen
