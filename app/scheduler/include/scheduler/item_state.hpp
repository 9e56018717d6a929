#pragma once
// The memory state of one item and the vocabulary shared by the scheduler, the store and the app.
// Plain data: the store serializes it (non-member cereal functions live in store/), the scheduler
// computes new values of it, and nothing here reads the clock.
#include <chrono>
#include <cstdint>
#include <optional>

namespace factdeck::sched {

/// Time points are UTC, in seconds since the Unix epoch (the revlog CSV uses milliseconds).
using Clock = std::chrono::system_clock;
using Seconds = std::chrono::seconds;
using TimePoint = std::chrono::time_point<Clock, Seconds>;

/// The learner's rating of one answer, numbered as FSRS and Anki number them.
enum class Grade : std::uint8_t { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// Where an item is in its life; matches Anki's card types.
enum class Phase : std::uint8_t { New = 0, Learning = 1, Review = 2, Relearning = 3 };

/// FSRS memory state: stability in days (interval at which recall probability = 90%) and
/// difficulty in [1, 10].
struct MemoryState {
  double stability_days = 0.0;
  double difficulty = 0.0;
  friend bool operator==(const MemoryState&, const MemoryState&) = default;
};

/// SM-2 state (the classic alternative scheduler).
struct Sm2State {
  double ease = 2.5;          // easiness factor, >= 1.3
  double interval_days = 0.0; // last interval given
  int repetition = 0;         // consecutive successful reviews
  friend bool operator==(const Sm2State&, const Sm2State&) = default;
};

/// Everything the scheduler knows about one item. A new item is a default-constructed ItemState.
struct ItemState {
  Phase phase = Phase::New;
  std::optional<MemoryState> memory;  // FSRS; empty until the first answer
  Sm2State sm2;
  TimePoint due{};                    // when the item is next due (meaningless while New)
  std::optional<TimePoint> last_review;
  std::uint32_t step = 0;             // index into learning/relearning steps
  std::uint32_t reps = 0;             // answers given
  std::uint32_t lapses = 0;           // Again on a Review-phase item
  double scheduled_days = 0.0;        // interval chosen at the last answer
  bool is_suspended = false;
  bool is_flagged = false;
  friend bool operator==(const ItemState&, const ItemState&) = default;
};

}  // namespace factdeck::sched
