#pragma once
// FSRS-6 formulas as small pure functions, templated on the scalar type so that the scheduler
// (double) and the optimizer (a forward-mode dual number carrying gradients) share one definition.
// Names follow the FSRS-6 description (Ye et al.; fsrs-rs model.rs); w is the 21-parameter vector.
//
// Requirements on T: arithmetic with T and double, comparison with double, and `exp`, `pow`
// found by argument-dependent lookup (std:: for double).
#include <array>
#include <cmath>

#include "scheduler/item_state.hpp"

namespace factdeck::sched::fsrs_math {

inline constexpr int kParameterCount = 21;
inline constexpr double kMinStability = 0.001;
inline constexpr double kMaxStability = 36500.0;
inline constexpr double kMinDifficulty = 1.0;
inline constexpr double kMaxDifficulty = 10.0;

template <typename T>
using Weights = std::array<T, kParameterCount>;

template <typename T>
struct Memory {
  T stability;
  T difficulty;
};

template <typename T>
T clamp_value(T x, double lo, double hi) {
  if (x < lo) return T(lo);
  if (x > hi) return T(hi);
  return x;
}

template <typename T>
T max_value(T a, T b) { return a < b ? b : a; }
template <typename T>
T min_value(T a, T b) { return b < a ? b : a; }

/// The decay of the forgetting curve: w20 (FSRS-6 makes it trainable).
template <typename T>
T decay(const Weights<T>& w) { return w[20]; }

/// factor = 0.9^(-1/decay) - 1, chosen so that R(S, S) = 0.9.
template <typename T>
T curve_factor(const Weights<T>& w) {
  using std::pow;
  return pow(T(0.9), T(-1.0) / decay(w)) - 1.0;
}

/// Probability of recall after `elapsed_days` for stability S: (1 + factor·t/S)^(-decay).
template <typename T>
T retrievability(const Weights<T>& w, T elapsed_days, T stability) {
  using std::pow;
  return pow(1.0 + curve_factor(w) * elapsed_days / stability, -decay(w));
}

/// Interval (days, unrounded) at which R falls to `desired_retention`.
template <typename T>
T interval_for_retention(const Weights<T>& w, T stability, double desired_retention) {
  using std::pow;
  return stability / curve_factor(w) * (pow(T(desired_retention), T(-1.0) / decay(w)) - 1.0);
}

/// Initial stability after the first rating: w[G-1].
template <typename T>
T initial_stability(const Weights<T>& w, Grade grade) {
  return w[static_cast<int>(grade) - 1];
}

/// Initial difficulty, unclamped: w4 - e^(w5·(G-1)) + 1.
template <typename T>
T initial_difficulty_raw(const Weights<T>& w, Grade grade) {
  using std::exp;
  return w[4] - exp(w[5] * static_cast<double>(static_cast<int>(grade) - 1)) + 1.0;
}

/// Difficulty after a rating: linear damping toward 10, then mean reversion toward the
/// *unclamped* initial difficulty of Easy, then clamped to [1, 10].
template <typename T>
T next_difficulty(const Weights<T>& w, T difficulty, Grade grade) {
  const T delta = -w[6] * static_cast<double>(static_cast<int>(grade) - 3);
  const T damped = difficulty + delta * (10.0 - difficulty) / 9.0;
  const T reverted = w[7] * initial_difficulty_raw(w, Grade::Easy) + (1.0 - w[7]) * damped;
  return clamp_value(reverted, kMinDifficulty, kMaxDifficulty);
}

/// Stability after a successful review (Hard, Good or Easy) at retrievability R.
template <typename T>
T stability_after_recall(const Weights<T>& w, T stability, T difficulty, T recall, Grade grade) {
  using std::exp;
  using std::pow;
  const T hard_penalty = grade == Grade::Hard ? w[15] : T(1.0);
  const T easy_bonus = grade == Grade::Easy ? w[16] : T(1.0);
  const T growth = exp(w[8]) * (11.0 - difficulty) * pow(stability, -w[9]) *
                   (exp(w[10] * (1.0 - recall)) - 1.0) * hard_penalty * easy_bonus;
  return stability * (growth + 1.0);
}

/// Stability after a lapse (Again) at retrievability R; never above S / e^(w17·w18).
template <typename T>
T stability_after_lapse(const Weights<T>& w, T stability, T difficulty, T recall) {
  using std::exp;
  using std::pow;
  const T post_lapse = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1.0, w[13]) - 1.0) *
                       exp(w[14] * (1.0 - recall));
  const T ceiling = stability / exp(w[17] * w[18]);
  return min_value(post_lapse, ceiling);
}

/// Stability after a same-day review: S·e^(w17·(G-3+w18))·S^(-w19); for Hard and better the
/// multiplier is floored at 1 (a same-day success never lowers stability).
template <typename T>
T stability_short_term(const Weights<T>& w, T stability, Grade grade) {
  using std::exp;
  using std::pow;
  const double grade_offset = static_cast<double>(static_cast<int>(grade) - 3);
  T multiplier = exp(w[17] * (grade_offset + w[18])) * pow(stability, -w[19]);
  if (grade >= Grade::Hard) multiplier = max_value(multiplier, T(1.0));
  return stability * multiplier;
}

/// The memory state after one review. `previous` is empty for the first review of an item.
/// Elapsed days are whole days since the previous review (0 = same day).
template <typename T>
Memory<T> next_memory(const Weights<T>& w, const Memory<T>* previous, T elapsed_days, Grade grade) {
  if (previous == nullptr) {
    return {clamp_value(initial_stability(w, grade), kMinStability, kMaxStability),
            clamp_value(initial_difficulty_raw(w, grade), kMinDifficulty, kMaxDifficulty)};
  }
  T stability;
  if (elapsed_days == 0.0) {
    stability = stability_short_term(w, previous->stability, grade);
  } else {
    const T recall = retrievability(w, elapsed_days, previous->stability);
    stability = grade == Grade::Again
                    ? stability_after_lapse(w, previous->stability, previous->difficulty, recall)
                    : stability_after_recall(w, previous->stability, previous->difficulty, recall,
                                             grade);
  }
  return {clamp_value(stability, kMinStability, kMaxStability),
          next_difficulty(w, previous->difficulty, grade)};
}

}  // namespace factdeck::sched::fsrs_math
