#pragma once
// What a deck JSON file must look like, field by field (types and ranges), checked by
// json::check_json before cereal reads it; and the checks across fields that a schema cannot
// express (indices inside the deck, unique ids). Both keep the deck loader's checks in one place
// that a new deck field adds to.
#include <optional>
#include <string>

#include "base/json_check.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

/// The schema of save_deck_json's output.
[[nodiscard]] const json::Schema& deck_json_schema();

/// The first problem across fields of a loaded deck, as "PATH: what is wrong" (e.g.
/// "items[12].fact_index: 40 names no fact (the deck has 39)"), or empty when there is none.
[[nodiscard]] std::optional<std::string> find_deck_problem(const Deck& deck);

}  // namespace factdeck::quizgen
