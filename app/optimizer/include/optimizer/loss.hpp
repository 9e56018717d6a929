#pragma once
// The training objective: the recency-weighted log loss of predicted recall, summed over the
// targets of a set of cards, and its exact gradient (hand-derived forward sensitivities through the
// FSRS-6 formulas).
#include <span>

#include "optimizer/parameters.hpp"
#include "optimizer/training_data.hpp"

namespace factdeck::optim {

struct LossAndGradient {
  double loss = 0.0;      // Σ weight · BCE (not divided by anything, as in fsrs-rs)
  Parameters gradient{};  // d loss / d w
};

/// Σ over targets of `cards` (history up to kMaxSequenceLength) of −weight·ln P(observed answer).
[[nodiscard]] double weighted_loss(const Parameters& w, const PreparedData& data,
                                   std::span<const CardHistory> cards);

/// The same sum and its gradient with respect to all 21 parameters.
[[nodiscard]] LossAndGradient weighted_loss_and_gradient(const Parameters& w,
                                                         const PreparedData& data,
                                                         std::span<const CardHistory> cards);

/// The gradient alone (a training step does not need the loss); equal to the gradient of
/// weighted_loss_and_gradient.
[[nodiscard]] Parameters weighted_loss_gradient(const Parameters& w, const PreparedData& data,
                                                std::span<const CardHistory> cards);

/// fsrs-rs's L2 pull toward `start`: Σ ((w−start)/σ)² with its per-parameter σ (unscaled).
[[nodiscard]] double l2_penalty(const Parameters& w, const Parameters& start);

/// Adds scale · d l2_penalty / d w to `gradient`.
void add_l2_gradient(const Parameters& w, const Parameters& start, double scale,
                     Parameters& gradient);

}  // namespace factdeck::optim
