#pragma once
// Whether a sentence reads as an event that happened at one time, and whether cutting its date
// (or place) out leaves a sentence that still reads cleanly. The wh-questions ("In which year did
// this happen? …") and the chronology exercises show the fact without its date, so both need a
// sentence that is an event and a cut that leaves nothing dangling (docs/question-generation.md,
// "Exercises").
#include <cstddef>
#include <string>
#include <string_view>

namespace factdeck::quizgen {

/// False when the sentence states a condition rather than an event: its first "is/are" (the
/// present is a lasting state), or a "was/were" not followed by a participle ("Romania was
/// Germany's main source of oil", "were outcasts"), or negated ("was not yet seen as").
[[nodiscard]] bool reads_as_event(std::string_view sentence);

/// False when cutting bytes [cut_begin, cut_end) out of `text` leaves a dangling participle
/// (", launched."), a word that needed the date ("only.", "not."), or a sentence of two clauses
/// joined by ';' (the date belongs to one of them); when `is_date` (a date is cut), also when
/// another year stays ("had vanished by 1994": "this" would be two events).
[[nodiscard]] bool is_clean_cut(std::string_view text, std::size_t cut_begin, std::size_t cut_end, bool is_date);

/// `sentence` without the adverbs that place an event relative to another sentence ("was later
/// executed" -> "was executed"; "subsequently", "afterwards", "eventually"): out of its
/// paragraph, "later" than what is no longer said.
[[nodiscard]] std::string without_relative_time(std::string sentence);

}  // namespace factdeck::quizgen
