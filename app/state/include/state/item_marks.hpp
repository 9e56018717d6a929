#pragma once
// The learner's marks on items (suspended, flagged) and where an item's fact is written, for
// the study screen's Suspend / Flag / Edit, the deck options' list of marked items and `due`.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "state/deck_id.hpp"
#include "state/loaded_deck.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// Saves `item`'s marks in `deck`. Fails with Invalid on a read-only profile, or with the
/// store's error when the mark could not be written (the previous marks stay).
[[nodiscard]] Result<void> write_item_marks(store::Profile& profile, const DeckId& deck, ItemId item,
                                            bool is_suspended, bool is_flagged, sched::TimePoint now);

/// An item of a deck that is suspended or flagged.
struct MarkedItem {
  ItemId item;
  std::string answer;  // the item's canonical answer, to recognise it in a list
  bool is_suspended = false;
  bool is_flagged = false;
};

/// The deck's suspended or flagged items, in deck order.
[[nodiscard]] std::vector<MarkedItem> marked_items(const LoadedDeck& deck,
                                                   const store::Profile& profile);

/// Where a fact is written: its file and 1-based line.
struct FactLocation {
  std::filesystem::path file;
  int line = 1;
};

/// The fact behind `item`: the `.facts.md` file the deck was built from (or, for a built deck,
/// the source file it names, relative to the deck file, when that exists), or nullopt.
[[nodiscard]] std::optional<FactLocation> fact_location(const LoadedDeck& deck,
                                                        const quizgen::Item& item);

}  // namespace factdeck::state
