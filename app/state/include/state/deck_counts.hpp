#pragma once
// The home screen's counts per deck: new items that may be introduced today, learning and due
// items, and how many were studied today.
#include <cstddef>
#include <unordered_map>
#include <vector>

#include "state/deck_id.hpp"
#include "state/loaded_deck.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

struct DeckCounts {
  std::size_t new_available = 0;  // new items that may be introduced today
  std::size_t learning = 0;
  std::size_t due = 0;
  std::size_t total_items = 0;
  std::size_t studied_today = 0;
};

class DueCounts {
 public:
  /// Deck `id`'s counts (zeros for a deck not counted).
  [[nodiscard]] DeckCounts of(const DeckId& id) const;
  /// Counts every deck in `decks` against `profile` at `now` (zeros without a profile).
  void refresh(const std::vector<LoadedDeck>& decks, const store::Profile* profile, sched::TimePoint now);

 private:
  std::unordered_map<DeckId, DeckCounts, DeckIdHash> counts_;
};

}  // namespace factdeck::state
