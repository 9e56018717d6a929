#pragma once
// Walks one card's history once, calling back at every target review with the predicted recall
// given everything before it. This is the single-pass replacement for fsrs-rs's one item per
// prefix: the memory state after reviews [0, k) is exactly what fsrs-rs computes for item k.
#include <cstdint>

#include "optimizer/parameters.hpp"
#include "optimizer/training_data.hpp"
#include "scheduler/fsrs_math.hpp"

namespace factdeck::optim {

namespace fm = sched::fsrs_math;

inline sched::Grade to_grade(std::uint8_t rating) { return static_cast<sched::Grade>(rating); }

/// fsrs-rs clamps predicted recall into [1e-7, 1 - 1e-7] before taking logarithms.
inline constexpr double kMinRecall = 1e-7;
inline constexpr double kMaxRecall = 1.0 - 1e-7;

/// Calls `on_target(recall, review, position)` for each target of `card` (weight > 0). With
/// `max_length` set, targets whose history including themselves is longer are skipped (the
/// fsrs-rs max_seq_len rule for training). Recall is unclamped.
template <typename T, typename OnTarget>
void walk_card(const fm::Weights<T>& w, const HistoryReview* reviews, std::uint32_t count,
               std::uint32_t max_length, OnTarget&& on_target) {
  fm::Memory<T> memory = fm::next_memory<T>(w, nullptr, T(0.0), to_grade(reviews[0].rating));
  const std::uint32_t end = count < max_length ? count : max_length;
  for (std::uint32_t k = 1; k < end; ++k) {
    const HistoryReview& review = reviews[k];
    const T elapsed(static_cast<double>(review.elapsed_days));
    if (review.weight > 0.0f) {
      on_target(fm::retrievability<T>(w, elapsed, memory.stability), review, k);
    }
    if (k + 1 < end) memory = fm::next_memory<T>(w, &memory, elapsed, to_grade(review.rating));
  }
}

}  // namespace factdeck::optim
