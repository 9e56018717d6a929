#pragma once
// The review history of imported Anki cards as factdeck answers: each card's answers matched to
// the items of its fact in the written article, each Anki review replayed through the scheduler
// as if it had been given in factdeck (docs/anki.md, "Importing").
#include <span>
#include <string>
#include <vector>

#include "anki/card_import.hpp"
#include "state/loaded_deck.hpp"
#include "store/records.hpp"

namespace factdeck::cli {

struct ImportedHistory {
  std::vector<store::ReviewRecord> records;  // oldest first across the deck
  std::vector<std::string> notes;            // cards whose history could not be matched, and why
};

/// The answers of `histories` (one per card, in the cards' order) on `deck`, the article written
/// from them, whose i-th fact is card `fact_cards[i]`. A fact's items are matched in span order
/// to the card's answers; a card whose answer count differs from its fact's items is left out
/// with a note. Reviews Anki logged without a grade (rescheduled by hand) are left out. Each
/// answer is scheduled from a new item with `settings`, as a cloze question.
[[nodiscard]] ImportedHistory imported_history(const state::LoadedDeck& deck, std::span<const std::size_t> fact_cards,
                                               std::span<const anki::CardHistory> histories,
                                               const store::DeckSettings& settings);

}  // namespace factdeck::cli
