#pragma once
// Who leads which place, as the article states it ("Hitler came to power in Germany", "Brazil's
// president Kubitschek"): a stem that names the leader names the country too ("During the years
// of alliance with Hitler, the Soviet Union delivered raw materials to _____"), so it gives that
// answer away (docs/question-generation.md, rule 8).
#include <cstdint>
#include <utility>
#include <vector>

#include "quizgen/facts.hpp"
#include "value_index.hpp"

namespace factdeck::quizgen {

struct Leaders {
  std::vector<std::vector<std::uint32_t>> of_place;  // [value]: the people who lead that place
  /// (fact, span) of each place span in a sentence that states its leader, sorted: that sentence
  /// asks the relation itself ("Hitler came to power in _____"), which is no leak.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> stating_spans;
};

/// The people the article states as leading each place, from a person span and a place span next
/// to each other in one fact.
[[nodiscard]] Leaders find_leaders(const Article& article, const ValueIndex& values);

}  // namespace factdeck::quizgen
