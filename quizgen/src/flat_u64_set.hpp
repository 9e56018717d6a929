#pragma once
// A set of 64-bit hashes with open addressing: one cache line per look-up, no node per key.
// The generator asks such sets millions of questions ("is this value stated for this frame?")
// on large articles, where std::unordered_set's pointer chasing dominated the run time.
#include <cstdint>
#include <vector>

namespace factdeck::quizgen {

class FlatU64Set {
 public:
  /// Adds `key`; returns false when it was already there.
  bool insert(std::uint64_t key);
  [[nodiscard]] bool contains(std::uint64_t key) const;
  /// Asks for the slot where `key` would sit to be loaded, ahead of an insert or look-up.
  void prefetch(std::uint64_t key) const;
  /// Makes room for `count` keys at once, so filling the set never rehashes.
  void reserve(std::size_t count);
  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  void grow();
  void rehash(std::size_t slot_count);
  [[nodiscard]] std::size_t slot_of(std::uint64_t key) const;

  // 0 marks an empty slot; the key 0 itself is remembered in has_zero_.
  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
  bool has_zero_ = false;
};

}  // namespace factdeck::quizgen
