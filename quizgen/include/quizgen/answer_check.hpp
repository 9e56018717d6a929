#pragma once
// Checking a typed answer against an item, with a reason for every verdict. Rules
// (docs/question-generation.md, "Checking typed answers"): normalization, aliases, surname-only
// for unambiguous people, surname first ("Molotov, Vyacheslav"), name particles ("von"), other
// scripts transliterated, typo tolerance per word scaled to its length (none in abbreviations,
// numbers and years), never another answer the deck knows; dates compared at the asked precision;
// numbers within the precision the text states, in any unit of the same dimension.
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

struct AnswerVerdict {
  bool accepted = false;
  std::string reason;  // "accepted: close spelling of Molotov", "rejected: expected August 1939"
};

/// Judges `typed` (UTF-8, as the learner typed it) as an answer to `item`, knowing no other
/// answers. Never fails.
[[nodiscard]] AnswerVerdict check_typed_answer(std::string_view typed, const Item& item);

/// As above, and never accepts an answer that names another person, place, organisation, event or
/// term of `deck` (or is spelled closer to one of them than to the expected answer), nor a number
/// that is another fact's value. The study screen and practice tests use this one.
[[nodiscard]] AnswerVerdict check_typed_answer(std::string_view typed, const Item& item, const Deck& deck);

/// Damerau–Levenshtein distance (optimal string alignment) over code points.
[[nodiscard]] std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

/// Edits tolerated for a name of `length` code points: 0 up to 3, 1 up to 7, 2 up to 12, else 3.
[[nodiscard]] std::size_t typo_allowance(std::size_t length);

}  // namespace factdeck::quizgen
