#include "state/item_marks.hpp"

#include <system_error>

#include "state/notices.hpp"

namespace factdeck::state {

Result<void> write_item_marks(store::Profile& profile, const DeckId& deck, ItemId item, bool is_suspended,
                              bool is_flagged, sched::TimePoint now) {
  if (profile.is_read_only()) {
    return fail(ErrorCode::Invalid, "Items cannot be suspended or flagged: this profile is read-only.");
  }
  if (Result<void> saved = profile.set_item_flags({deck.str(), item, now, is_suspended, is_flagged}); !saved) {
    return in_context("The item's mark was not saved: ", saved.error());
  }
  return {};
}

std::vector<MarkedItem> marked_items(const LoadedDeck& deck, const store::Profile& profile) {
  std::vector<MarkedItem> marked;
  for (const quizgen::Item& item : deck.deck.items) {
    const sched::ItemState state = profile.item_state(item.id);
    if (!state.is_suspended && !state.is_flagged) continue;
    marked.push_back({item.id, item.canonical, state.is_suspended, state.is_flagged});
  }
  return marked;
}

std::optional<FactLocation> fact_location(const LoadedDeck& deck, const quizgen::Item& item) {
  const int line = item.fact_index < deck.deck.facts.size()
                       ? std::max(1, static_cast<int>(deck.deck.facts[item.fact_index].line))
                       : 1;
  if (deck.source_path.string().ends_with(".facts.md")) return FactLocation{deck.source_path, line};
  if (deck.deck.source_file.empty()) return std::nullopt;
  // A built deck names its source as the generator was given it: try it next to the deck file.
  std::filesystem::path source = deck.deck.source_file;
  if (source.is_relative()) source = deck.source_path.parent_path() / source;
  std::error_code error;
  if (!std::filesystem::is_regular_file(source, error)) return std::nullopt;
  return FactLocation{source, line};
}

}  // namespace factdeck::state
