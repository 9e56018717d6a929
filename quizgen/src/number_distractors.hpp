#pragma once
// Wrong options for a number: the comparable numbers the article states nearest the answer,
// shown in the answer's unit (docs/question-generation.md, "Numbers"). Private to quizgen.
#include <vector>

#include "distractors.hpp"

namespace factdeck::quizgen {

/// Up to `wanted` numbers of the answer's kind and magnitude that are provably wrong for it
/// (number_options.hpp, fair_option), inside the slot's bounds; drawn with `rng`.
[[nodiscard]] std::vector<Distractor> pick_numbers(const ValueIndex& index, const AskedSpan& asked,
                                                   std::size_t wanted, SplitMix64& rng);

}  // namespace factdeck::quizgen
