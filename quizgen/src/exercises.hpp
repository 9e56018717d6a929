#pragma once
// Exercises across items for the practice-test mode: chronology (put 2–4 dated events in order)
// and matching (pairs from facts that state the same relation, e.g. events ↔ dates).
#include <cstdint>
#include <vector>

#include "quizgen/deck.hpp"
#include "quizgen/facts.hpp"
#include "word_index.hpp"

namespace factdeck::quizgen {

/// Appends chronology and matching exercises to `out`; `item_ids[k]` is the id of the item that
/// asks the k-th span of the article (facts in order, then spans in order); `words` tells which
/// facts are opinions (never ordered as events).
void add_exercises(const Article& article, const std::vector<ItemId>& item_ids, const WordIndex& words,
                   std::uint64_t seed, std::vector<Exercise>& out);

}  // namespace factdeck::quizgen
