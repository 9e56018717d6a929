#pragma once
// Checking a typed answer against an item, with a reason for every verdict. Rules
// (docs/question-generation.md, "Checking typed answers"): normalization, aliases, surname-only
// for unambiguous people, typo tolerance scaled to length for names, none for numbers and years,
// dates compared at the asked precision.
#include <string>
#include <string_view>

#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

struct AnswerVerdict {
  bool accepted = false;
  std::string reason;  // "accepted: close spelling of Molotov", "rejected: expected August 1939"
};

/// Judges `typed` (UTF-8, as the learner typed it) as an answer to `item`. Never fails.
[[nodiscard]] AnswerVerdict check_typed_answer(std::string_view typed, const Item& item);

/// Damerau–Levenshtein distance (optimal string alignment) over code points.
[[nodiscard]] std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

/// Edits tolerated for a name of `length` code points: 0 up to 3, 1 up to 7, 2 up to 12, else 3.
[[nodiscard]] std::size_t typo_allowance(std::size_t length);

}  // namespace factdeck::quizgen
