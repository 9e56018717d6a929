#pragma once
// ItemId: the stable identity of one item (one tagged span of one fact). It is a 64-bit hash of
// the fact's stable key and the span's identity, never of positions, so editing one fact keeps the
// ids (and the learner's progress) of every other item.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factdeck {

struct ItemId {
  std::uint64_t value = 0;
  friend bool operator==(ItemId, ItemId) = default;
  friend auto operator<=>(ItemId, ItemId) = default;
};

/// Where 64-bit FNV-1a starts (its offset basis).
inline constexpr std::uint64_t kFnv1a64Seed = 0xcbf29ce484222325ULL;

/// 64-bit FNV-1a of `bytes`, continuing from `seed` (chain calls to hash several fields).
[[nodiscard]] constexpr std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = kFnv1a64Seed) {
  std::uint64_t hash = seed;
  for (char c : bytes) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

/// The id as 16 lowercase hex digits, the form shown to users and used on the command line.
[[nodiscard]] std::string to_hex(ItemId id);
/// Parses 1–16 hex digits; empty on anything else.
[[nodiscard]] std::optional<ItemId> item_id_from_hex(std::string_view text);

struct ItemIdHash {
  std::size_t operator()(ItemId id) const noexcept { return static_cast<std::size_t>(id.value); }
};

}  // namespace factdeck
