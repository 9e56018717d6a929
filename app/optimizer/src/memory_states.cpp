#include "optimizer/memory_states.hpp"

#include <algorithm>
#include <optional>

namespace factdeck::optim {

namespace {

bool is_learning_state(std::uint8_t state) { return state == 0 || state == 1; }

sched::TimePoint whole_seconds(std::int64_t time_ms) {
  return sched::TimePoint{std::chrono::duration_cast<sched::Seconds>(std::chrono::milliseconds{time_ms})};
}

/// The card's memory from its reviews [begin, end) of `sorted` (one card, in time order).
CardMemory replay_card(const std::vector<ReviewLogEntry>& sorted, std::size_t begin, std::size_t end,
                       const sched::Parameters& parameters, const sched::DayClock& clock) {
  // Start at the last learning block: a card that was reset and learned again starts afresh.
  std::size_t start = begin;
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (is_learning_state(sorted[i].review_state) && !is_learning_state(sorted[i - 1].review_state)) start = i;
  }
  CardMemory card{sorted[begin].card_id, 0, {}, whole_seconds(sorted[start].review_time_ms)};
  std::optional<sched::MemoryState> memory;
  for (std::size_t i = start; i < end; ++i) {
    const sched::TimePoint time = whole_seconds(sorted[i].review_time_ms);
    const double elapsed = memory ? static_cast<double>(clock.elapsed_days(card.last_review, time)) : 0.0;
    memory = sched::next_memory_state(parameters, memory, elapsed, static_cast<sched::Grade>(sorted[i].rating));
    card.last_review = time;
    ++card.review_count;
  }
  card.memory = *memory;
  return card;
}

}  // namespace

std::vector<CardMemory> memory_states_from_revlog(std::span<const ReviewLogEntry> entries,
                                                  const sched::Parameters& parameters,
                                                  const sched::DayClock& clock) {
  std::vector<ReviewLogEntry> sorted(entries.begin(), entries.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const ReviewLogEntry& a, const ReviewLogEntry& b) {
    if (a.card_id != b.card_id) return a.card_id < b.card_id;
    return whole_seconds(a.review_time_ms) < whole_seconds(b.review_time_ms);
  });
  std::vector<CardMemory> cards;
  for (std::size_t begin = 0; begin < sorted.size();) {
    std::size_t end = begin;
    while (end < sorted.size() && sorted[end].card_id == sorted[begin].card_id) ++end;
    cards.push_back(replay_card(sorted, begin, end, parameters, clock));
    begin = end;
  }
  return cards;
}

}  // namespace factdeck::optim
