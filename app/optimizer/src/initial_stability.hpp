#pragma once
// Pre-training of the initial stabilities w0..w3 as fsrs-rs does it (parameter_initialization.rs):
// a separate one-dimensional search per first rating on the cards' first long-term reviews,
// then smoothing so that S0(Again) ≤ S0(Hard) ≤ S0(Good) ≤ S0(Easy) and filling missing ratings.
#include <array>
#include <cstdint>
#include <optional>

#include "optimizer/training_data.hpp"

namespace factdeck::optim {

struct InitialStability {
  std::array<double, 4> stability{};          // w0..w3, days
  std::array<std::uint32_t, 5> rating_count{};  // cards per first rating (index 1..4)
};

/// Searches w0..w3 on the first long-term review of every card in `data`; empty when no card has
/// one (fsrs-rs then reports "not enough data").
[[nodiscard]] std::optional<InitialStability> search_initial_stability(const PreparedData& data);

/// fsrs-rs smooth_and_fill: orders the stabilities of the ratings present in `rating_count` and
/// fills the missing ones from fixed ratios; clamps to [0.001, 100].
[[nodiscard]] std::array<double, 4> smooth_and_fill(
    const std::array<std::optional<double>, 5>& by_rating,
    const std::array<std::uint32_t, 5>& rating_count);

}  // namespace factdeck::optim
