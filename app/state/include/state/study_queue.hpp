#pragma once
// The study queue of a deck: what is due today, which item comes next and which of its questions
// is asked. Pure functions over the deck and the profile (the study screen and `factdeck due`).
#include <cstdint>
#include <optional>
#include <span>

#include "scheduler/fsrs.hpp"
#include "scheduler/queue.hpp"
#include "state/loaded_deck.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// A question on screen, with everything needed to record its answer.
struct PresentedQuestion {
  ItemId item;
  std::size_t question_index = 0;  // into Item::questions
  sched::Retrieval mode = sched::Retrieval::Recognition;
  sched::ItemState displayed_state;
  sched::NextStates preview;       // the outcome of each grade, for the grade buttons
  sched::TimePoint shown_at{};
};

/// Items answered today in the deck, for the daily limits.
struct DoneToday {
  int new_items = 0;
  int reviews = 0;
};

/// Counts today's answers of `deck_id` (practice answers excluded).
[[nodiscard]] DoneToday count_done_today(const store::Profile& profile, const DeckId& deck_id,
                                         const sched::DayClock& clock, sched::TimePoint now);

/// Today's queue for the deck, optionally restricted to one section (a study-this-section
/// request); suspended and retired items are left out, and so are `skipped` ones (buried).
[[nodiscard]] sched::DailyQueue build_study_queue(const LoadedDeck& deck,
                                                  const store::Profile& profile,
                                                  std::optional<int> section,
                                                  std::span<const ItemId> skipped,
                                                  sched::TimePoint now);

/// Which of the item's questions to ask: recognition → multiple choice or true/false, recall →
/// cloze or a wh-question, alternating with the number of answers so the kinds vary.
[[nodiscard]] std::size_t choose_question(const quizgen::Item& item, sched::Retrieval mode,
                                          std::uint32_t reps);

/// Presents `entry`'s item at `now` with the grade previews.
[[nodiscard]] PresentedQuestion present_question(const LoadedDeck& deck,
                                                 const store::Profile& profile,
                                                 const sched::QueueEntry& entry,
                                                 sched::TimePoint now);

}  // namespace factdeck::state
