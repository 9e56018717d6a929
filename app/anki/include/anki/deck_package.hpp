#pragma once
// A factdeck deck as an Anki package: one Cloze note per item (the fact with the item's span as
// {{c1::...}}, plus Front/Back fields with a question and its answer), tags from the sections,
// and optionally the learner's scheduling and answers. Mapping: docs/anki.md.
#include <map>
#include <vector>

#include "anki/anki_package.hpp"
#include "base/item_id.hpp"
#include "quizgen/deck.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::anki {

/// The id of factdeck's note type, fixed so that a second export updates the same type in Anki.
inline constexpr std::int64_t kFactdeckNoteTypeId = 1733000000000;

/// One answer to an item, with the item's state around it.
struct ItemAnswer {
  sched::TimePoint time{};
  sched::Grade grade = sched::Grade::Good;
  std::uint32_t answer_ms = 0;
  sched::ItemState before;
  sched::ItemState after;
};

/// What the learner has done with one item: its current state and its answers, oldest first.
struct ItemProgress {
  sched::ItemState state;
  std::vector<ItemAnswer> answers;
};

/// factdeck's Cloze note type: fields Text, Front, Back, Source, Item.
[[nodiscard]] NoteType factdeck_note_type();

/// The deck as a package, notes in item order. Items found in `progress` carry their scheduling
/// (Anki's card type, queue, due, interval, ease, reps, lapses, FSRS memory in cards.data) and
/// review log; the others are new cards. The collection's day zero (review due days count from
/// it) is midnight UTC of the first answer's day, or of `now` without answers.
[[nodiscard]] Package package_from_deck(const quizgen::Deck& deck,
                                        const std::map<ItemId, ItemProgress>& progress,
                                        sched::TimePoint now);

/// Anki's card fields for an item's state: (re)learning cards due in epoch seconds, review cards
/// in days after `day_zero_secs`; suspended → queue -1, flagged → red flag.
[[nodiscard]] CardSchedule card_schedule(const sched::ItemState& state, std::int64_t new_position,
                                         std::int64_t day_zero_secs);

/// Anki's revlog row for one answer (type from the phase before it; interval in days once in
/// review, else negative seconds).
[[nodiscard]] PastReview past_review(const ItemAnswer& answer);

}  // namespace factdeck::anki
