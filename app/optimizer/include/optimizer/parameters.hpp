#pragma once
// The 21 FSRS-6 parameters, their defaults and the bounds fsrs-rs v6.5 clips them to.
#include <array>

#include "scheduler/fsrs_math.hpp"

namespace factdeck::optim {

inline constexpr int kParameterCount = sched::fsrs_math::kParameterCount;
using Parameters = std::array<double, kParameterCount>;

/// fsrs-rs DEFAULT_PARAMETERS for FSRS-6 (w20 is the decay).
inline constexpr Parameters kDefaultParameters = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

/// Upper bound of the initial stabilities w0..w3 (fsrs-rs INIT_S_MAX), in days.
inline constexpr double kMaxInitialStability = 100.0;

/// Clips every parameter into its fsrs-rs bound (one relearning step, short-term on).
void clip_parameters(Parameters& w);

}  // namespace factdeck::optim
