#pragma once
// How well a parameter set predicts the answers in prepared data, with fsrs-rs's metrics.
#include "optimizer/parameters.hpp"
#include "optimizer/training_data.hpp"

namespace factdeck::optim {

struct Metrics {
  double log_loss = 0.0;   // recency-weighted mean −ln P(observed answer)
  double rmse_bins = 0.0;  // fsrs-rs RMSE over (interval, review count, lapse count) bins
  double auc = 0.0;        // area under the ROC curve of recall predictions (unweighted)
  std::size_t count = 0;   // targets evaluated
};

/// Metrics of `w` on every target of `data` (no length limit). All zero when `data` is empty.
[[nodiscard]] Metrics evaluate(const Parameters& w, const PreparedData& data);

}  // namespace factdeck::optim
