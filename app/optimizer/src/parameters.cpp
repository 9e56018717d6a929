#include "optimizer/parameters.hpp"

#include <algorithm>
#include <utility>

namespace factdeck::optim {

void clip_parameters(Parameters& w) {
  // Bounds from fsrs-rs parameter_clipper.rs with one relearning step (so w17·w18 is capped only
  // by the 2.0 bound) and short-term stability enabled (w19 ≥ 0.01).
  namespace fm = sched::fsrs_math;
  constexpr std::array<std::pair<double, double>, kParameterCount> kBounds = {{
      {fm::kMinStability, kMaxInitialStability},
      {fm::kMinStability, kMaxInitialStability},
      {fm::kMinStability, kMaxInitialStability},
      {fm::kMinStability, kMaxInitialStability},
      {fm::kMinDifficulty, fm::kMaxDifficulty},
      {0.001, 4.0},
      {0.001, 4.0},
      {0.001, 0.75},
      {0.0, 4.5},
      {0.0, 0.8},
      {0.001, 3.5},
      {0.001, 5.0},
      {0.001, 0.25},
      {0.001, 0.9},
      {0.0, 4.0},
      {0.0, 1.0},
      {1.0, 6.0},
      {0.0, 2.0},
      {0.0, 2.0},
      {0.01, 0.8},
      {0.1, 0.8},
  }};
  for (std::size_t i = 0; i < w.size(); ++i) {
    w[i] = std::clamp(w[i], kBounds[i].first, kBounds[i].second);
  }
}

}  // namespace factdeck::optim
