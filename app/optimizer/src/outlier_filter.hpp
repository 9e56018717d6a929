#pragma once
// fsrs-rs's outlier filter (dataset.rs, compute_outlier_analysis): groups cards by (first rating,
// days until the first long-term review) and removes rare groups and very long first intervals.
#include <cstdint>
#include <span>
#include <vector>

namespace factdeck::optim {

/// A card's first rating and the elapsed days at its first review after at least one day.
struct FirstInterval {
  std::uint8_t first_rating = 0;
  std::uint32_t elapsed_days = 0;
};

/// For each card, true when the filter removes it (and so every training item of that card).
[[nodiscard]] std::vector<bool> find_outlier_cards(std::span<const FirstInterval> cards);

}  // namespace factdeck::optim
