#include "state/deck_counts.hpp"

#include "state/answering.hpp"
#include "state/study_queue.hpp"

namespace factdeck::state {

DeckCounts DueCounts::of(const DeckId& id) const {
  const auto found = counts_.find(id);
  return found == counts_.end() ? DeckCounts{} : found->second;
}

void DueCounts::refresh(const std::vector<LoadedDeck>& decks, const store::Profile* profile, sched::TimePoint now) {
  counts_.clear();
  if (profile == nullptr) return;
  for (const LoadedDeck& deck : decks) {
    const sched::DailyQueue queue = build_study_queue(deck, *profile, std::nullopt, {}, now);
    DeckCounts& counts = counts_[deck.deck_id];
    counts.total_items = deck.deck.items.size();
    for (const sched::QueueEntry& entry : queue.entries) {
      if (entry.section == sched::QueueSection::New) ++counts.new_available;
      else if (entry.section == sched::QueueSection::Learning) ++counts.learning;
      else ++counts.due;
    }
    const sched::DayClock clock = local_day_clock(profile->deck_settings(deck.deck_id.str()));
    const DoneToday done = count_done_today(*profile, deck.deck_id, clock, now);
    counts.studied_today = static_cast<std::size_t>(done.new_items + done.reviews);
  }
}

}  // namespace factdeck::state
