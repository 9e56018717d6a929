#pragma once
// A deck opened in the app: the generated deck plus the lookups the scheduler needs (item index,
// fact keys and entity keys for sibling spacing).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/item_id.hpp"
#include "quizgen/deck.hpp"
#include "state/deck_id.hpp"

namespace factdeck::state {

struct LoadedDeck {
  DeckId deck_id;                     // front-matter id, else the file name without extensions
  std::filesystem::path source_path;  // what was opened (.facts.md or .json)
  quizgen::Deck deck;
  std::unordered_map<ItemId, std::size_t, ItemIdHash> item_index;
  std::vector<std::uint64_t> fact_keys;                  // per item: hash of its fact's key
  std::vector<std::vector<std::uint64_t>> entity_keys;   // per item: people, dates, places in its fact

  /// The item with `id`, or nullptr when the deck has no such item.
  [[nodiscard]] const quizgen::Item* find_item(ItemId id) const;
};

/// The section titles (top heading first) of item `id`'s fact; empty when the deck has no such item.
[[nodiscard]] std::vector<std::string> section_path_of(const LoadedDeck& deck, ItemId id);

/// Builds the lookups for `deck`, opened from `source_path`.
[[nodiscard]] LoadedDeck make_loaded_deck(quizgen::Deck deck, std::filesystem::path source_path);

}  // namespace factdeck::state
