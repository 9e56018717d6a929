#pragma once
// Wrong options for a date: the dates the article states nearest the answer, of its era and
// precision (docs/question-generation.md, "Fair distractors"). Private to quizgen.
#include <vector>

#include "distractors.hpp"

namespace factdeck::quizgen {

/// Up to `wanted` dates the article states within a few years (months, days) of the answer,
/// inside the slot's bounds and not stated for the same sentence frame; drawn with `rng`.
[[nodiscard]] std::vector<Distractor> pick_dates(const ValueIndex& index, const AskedSpan& asked,
                                                 std::size_t wanted, SplitMix64& rng);

}  // namespace factdeck::quizgen
