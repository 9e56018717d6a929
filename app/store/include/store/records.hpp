#pragma once
// The plain records the store keeps per profile. Every change to a profile is one JournalEntry,
// appended durably to the journal before the in-memory profile changes.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/item_id.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::store {

/// What the learner was shown and answered, kept when the answer path knew it (the study screen,
/// practice tests, `factdeck answer --option/--typed`), so a teacher can count how often each
/// wrong option was chosen. An answer given only as a grade has none.
struct GivenAnswer {
  std::vector<std::string> options;  // multiple choice: the options in the order shown; else empty
  std::string response;              // the option chosen, the text typed, or "true"/"false"
  bool is_correct = false;           // the judge's verdict (the grade is the learner's own)
  friend bool operator==(const GivenAnswer&, const GivenAnswer&) = default;
};

/// One answer: which question of which item, when, the rating, and the item's state around it.
struct ReviewRecord {
  ItemId item;
  std::uint8_t question_kind = 0;  // quizgen's question kind (cloze, multiple choice, ...)
  sched::TimePoint time{};
  sched::Grade grade = sched::Grade::Good;
  std::uint32_t answer_ms = 0;  // time from showing the question to the answer
  sched::ItemState before;
  sched::ItemState after;
  std::string deck_id;
  bool is_practice = false;  // a practice-test answer: logged, but it does not move the schedule
  std::optional<GivenAnswer> given;
  friend bool operator==(const ReviewRecord&, const ReviewRecord&) = default;
};

/// Undoes the newest answer; `item` and `time` name it so a replay can check it undoes the same
/// one.
struct UndoRecord {
  ItemId item;
  sched::TimePoint time{};
  friend bool operator==(const UndoRecord&, const UndoRecord&) = default;
};

/// One study session on one deck.
struct SessionRecord {
  std::string deck_id;
  sched::TimePoint started{};
  sched::TimePoint ended{};
  std::uint32_t answers = 0;
  std::uint32_t correct = 0;  // answers rated Hard, Good or Easy
  friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

enum class SchedulerKind : std::uint8_t { Fsrs6 = 0, Sm2 = 1 };

/// Per-deck study settings. Version 2 added the maximum interval, fuzz and the exam.
struct DeckSettings {
  double desired_retention = 0.9;
  std::uint32_t new_per_day = 20;
  std::uint32_t reviews_per_day = 200;
  SchedulerKind scheduler = SchedulerKind::Fsrs6;
  std::vector<std::uint32_t> learning_steps_mins{1, 10};
  std::vector<std::uint32_t> relearning_steps_mins{10};
  std::uint32_t day_start_hour = 4;  // local hour at which a new study day starts
  std::vector<double> params;        // 21 FSRS-6 weights; empty means the defaults
  std::uint32_t maximum_interval_days = 36500;
  bool is_fuzz_enabled = true;
  std::string exam_date;             // "YYYY-MM-DD", local; empty: no exam (scheduler/exam.hpp)
  double exam_target = 0.95;         // the recall wanted on the exam day
  std::string exam_section;          // a section title (any level); empty: the whole deck
  friend bool operator==(const DeckSettings&, const DeckSettings&) = default;
};

/// Per-profile appearance settings.
struct ProfileSettings {
  std::string theme = "dark";
  double font_px = 16.0;
  double ui_scale = 1.0;  // user scale, multiplied with the window's content scale
  friend bool operator==(const ProfileSettings&, const ProfileSettings&) = default;
};

/// Journal form of "these are the settings of deck `deck_id` from now on".
struct DeckSettingsRecord {
  std::string deck_id;
  DeckSettings settings;
  friend bool operator==(const DeckSettingsRecord&, const DeckSettingsRecord&) = default;
};

/// Journal form of a deck regeneration: items retired (their facts were removed) and items back.
struct RetireRecord {
  std::string deck_id;
  std::vector<ItemId> retired;
  std::vector<ItemId> restored;
  friend bool operator==(const RetireRecord&, const RetireRecord&) = default;
};

/// Journal form of the learner suspending or flagging an item (or undoing either): from `time`
/// on, the item's state has these two marks. Suspended items leave the study queue; flagged
/// ones are marked for rewriting. (The scheduler's leech rule flags items through answers.)
struct ItemFlagsRecord {
  std::string deck_id;
  ItemId item;
  sched::TimePoint time{};
  bool is_suspended = false;
  bool is_flagged = false;
  friend bool operator==(const ItemFlagsRecord&, const ItemFlagsRecord&) = default;
};

/// Journal form of new scheduler settings applied to a deck's items at `time` (new FSRS
/// parameters: every item's memory state recomputed from its history, and perhaps its due date):
/// from then on the deck has `settings`, and item `items[i]` has state `states[i]`. Undoing it
/// appends the same kind of record with the previous settings and states.
struct RecomputeRecord {
  std::string deck_id;
  sched::TimePoint time{};
  DeckSettings settings;
  std::vector<ItemId> items;
  std::vector<sched::ItemState> states;  // one per item
  friend bool operator==(const RecomputeRecord&, const RecomputeRecord&) = default;
};

/// One change to a profile, as stored in the journal. New kinds go at the end: the position is
/// the record's tag in the file.
using JournalEntry = std::variant<ReviewRecord, UndoRecord, SessionRecord, DeckSettingsRecord,
                                  ProfileSettings, RetireRecord, ItemFlagsRecord, RecomputeRecord>;

/// What the profile knows about one item: its scheduler state, its deck, and whether it is retired
/// (its fact was removed from the deck; the history is kept and comes back if the fact does).
struct ItemRecord {
  sched::ItemState state;
  std::string deck_id;
  bool is_retired = false;
  friend bool operator==(const ItemRecord&, const ItemRecord&) = default;
};

}  // namespace factdeck::store
