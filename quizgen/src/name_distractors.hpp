#pragma once
// Wrong options for a name (people, places, organizations, events, terms): values of the same
// type and group, of the stem's era, that fit the slot and are not true too
// (docs/question-generation.md, "Fair distractors"). Private to quizgen.
#include <vector>

#include "distractors.hpp"

namespace factdeck::quizgen {

/// Up to `wanted` names scored by era (sections apart), then form (word count, length), then a
/// jitter drawn with `rng`; at least one written with "the" exactly when the answer is.
[[nodiscard]] std::vector<Distractor> pick_names(const ValueIndex& index, const AskedSpan& asked,
                                                 std::size_t wanted, SplitMix64& rng);

}  // namespace factdeck::quizgen
