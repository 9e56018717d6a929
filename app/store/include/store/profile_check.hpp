#pragma once
// Plausibility checks of stored values, for everything a profile takes in from outside: an import
// (`factdeck import --json`) is checked whole before it replaces a profile, and each journal
// record is checked before it is applied. Values the app can never produce (phase 99, grade 7, a
// negative stability, an answer dated 30 million years ago, NaN) are refused here so that the
// scheduler and statistics never see them.
#include <cstdint>
#include <optional>
#include <string>

#include "base/result.hpp"
#include "store/profile_data.hpp"
#include "store/records.hpp"

namespace factdeck::store {

/// The range of stored time points: answers, sessions and reviews from 1900 to the end of 9999.
inline constexpr std::int64_t kEarliestTimeSecs = -2208988800;
inline constexpr std::int64_t kLatestTimeSecs = 253402300799;
/// Due times may lie further ahead (SM-2 intervals grow without bound) but stay far from overflow.
inline constexpr std::int64_t kLatestDueSecs = std::int64_t{1} << 53;
/// Question kinds as quizgen numbers them (cloze, choice, true/false, wh).
inline constexpr std::uint8_t kQuestionKindCount = 4;

/// The first implausible value of `state`, as "FIELD: what is wrong", or empty.
[[nodiscard]] std::optional<std::string> find_state_problem(const sched::ItemState& state);
/// The same for one answer (its grade, kind, time and both states).
[[nodiscard]] std::optional<std::string> find_review_problem(const ReviewRecord& review);
/// The same for any journal entry (settings, sessions, marks, ...).
[[nodiscard]] std::optional<std::string> find_entry_problem(const JournalEntry& entry);

/// Checks a whole profile read from outside: every value plausible and every answer's item in
/// the item table. Invalid, with the message "NAME: PATH: what is wrong" (PATH as in
/// `reviews.answers[12].time` or `items[id 1234].state.phase`).
[[nodiscard]] Result<void> check_profile_data(const ProfileData& data, const std::string& name);

}  // namespace factdeck::store
