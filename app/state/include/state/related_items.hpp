#pragma once
// Related items: two items where seeing one gives the other away. The study session never shows
// an item right after a related one (see docs/scheduling.md, "Related items in a session").
#include <cstddef>
#include <span>

#include "base/item_id.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::state {

/// How many of the items shown just before an item must not be related to it, when the queue
/// has anything else to offer.
inline constexpr std::size_t kRelatedItemGap = 3;

/// True when `a` and `b` are related: the same item or fact, a shared answer (as written,
/// canonical or an alias, compared normalized), or one's fact sentence stating the other's answer.
[[nodiscard]] bool are_related(const quizgen::Deck& deck, const quizgen::Item& a, const quizgen::Item& b);

/// How far back the newest item of `recent` (oldest first) related to `item` is: 1 for the last
/// one, 2 for the one before; `recent.size() + 1` when none is related.
[[nodiscard]] std::size_t distance_to_related(const quizgen::Deck& deck, const quizgen::Item& item,
                                              std::span<const quizgen::Item* const> recent);

}  // namespace factdeck::state
