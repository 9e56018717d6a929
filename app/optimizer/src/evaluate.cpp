#include "optimizer/evaluate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "card_walk.hpp"

namespace factdeck::optim {

namespace {

struct Prediction {
  double recall = 0.0;
  bool is_recalled = false;
  double weight = 0.0;
};

struct BinTotals {
  double predicted = 0.0;
  double actual = 0.0;
  double count = 0.0;
  double weight = 0.0;
};

using BinKey = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;

// fsrs-rs r_matrix_index (dataset.rs): logarithmic bins of the interval, of the number of
// long-term reviews including this one (+1), and of earlier long-term lapses.
std::uint32_t log_bin(double x, double base, double scale) {
  return static_cast<std::uint32_t>(
      std::lround(scale * std::pow(base, std::floor(std::log(x) / std::log(base)))));
}

BinKey bin_of(std::uint32_t elapsed_days, std::uint32_t long_term_reviews, std::uint32_t lapses) {
  const std::uint32_t interval_bin = log_bin(elapsed_days, 3.62, 2.48 * 100.0);
  const std::uint32_t length_bin = log_bin(long_term_reviews + 1.0, 1.89, 1.99);
  const std::uint32_t lapse_bin = lapses == 0 ? 0 : log_bin(lapses, 1.73, 1.65);
  return {interval_bin, length_bin, lapse_bin};
}

// Mann–Whitney form of the AUC, with tied predictions sharing their average rank.
double area_under_curve(std::vector<Prediction> predictions) {
  std::sort(predictions.begin(), predictions.end(),
            [](const Prediction& a, const Prediction& b) { return a.recall < b.recall; });
  double positive_rank_sum = 0.0;
  double positives = 0.0;
  for (std::size_t i = 0; i < predictions.size();) {
    std::size_t j = i;
    while (j < predictions.size() && predictions[j].recall == predictions[i].recall) ++j;
    const double average_rank = (static_cast<double>(i + j) + 1.0) / 2.0;
    for (std::size_t k = i; k < j; ++k) {
      if (predictions[k].is_recalled) {
        positive_rank_sum += average_rank;
        positives += 1.0;
      }
    }
    i = j;
  }
  const double negatives = static_cast<double>(predictions.size()) - positives;
  if (positives == 0.0 || negatives == 0.0) return 0.5;
  return (positive_rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives);
}

// Predicts every target of `data`, filling `predictions` and the RMSE bins.
void collect_predictions(const Parameters& w, const PreparedData& data,
                         std::vector<Prediction>& predictions, std::map<BinKey, BinTotals>& bins) {
  for (const CardHistory& card : data.cards) {
    const HistoryReview* reviews = &data.reviews[card.first];
    std::uint32_t scanned = 1;  // reviews [1, scanned) are counted below
    std::uint32_t long_term_reviews = 0;
    std::uint32_t lapses = 0;
    walk_card<double>(w, reviews, card.count, UINT32_MAX,
                      [&](double recall, const HistoryReview& review, std::uint32_t k) {
                        for (; scanned < k; ++scanned) {
                          if (reviews[scanned].elapsed_days == 0) continue;
                          ++long_term_reviews;
                          if (reviews[scanned].rating == 1) ++lapses;
                        }
                        const double r = fm::clamp_value(recall, kMinRecall, kMaxRecall);
                        const bool is_recalled = review.rating > 1;
                        const double weight = static_cast<double>(review.weight);
                        predictions.push_back({r, is_recalled, weight});
                        BinTotals& bin = bins[bin_of(review.elapsed_days, long_term_reviews + 1,
                                                     lapses)];
                        bin.predicted += r;
                        bin.actual += is_recalled ? 1.0 : 0.0;
                        bin.count += 1.0;
                        bin.weight += weight;
                      });
  }
}

}  // namespace

Metrics evaluate(const Parameters& w, const PreparedData& data) {
  std::vector<Prediction> predictions;
  predictions.reserve(data.target_count);
  std::map<BinKey, BinTotals> bins;
  collect_predictions(w, data, predictions, bins);
  Metrics metrics;
  metrics.count = predictions.size();
  if (predictions.empty()) return metrics;
  double loss = 0.0;
  double weight_sum = 0.0;
  for (const Prediction& p : predictions) {
    loss -= p.weight * std::log(p.is_recalled ? p.recall : 1.0 - p.recall);
    weight_sum += p.weight;
  }
  metrics.log_loss = loss / weight_sum;
  double squared = 0.0;
  double bin_weight = 0.0;
  for (const auto& [key, bin] : bins) {
    const double gap = bin.predicted / bin.count - bin.actual / bin.count;
    squared += gap * gap * bin.weight;
    bin_weight += bin.weight;
  }
  metrics.rmse_bins = std::sqrt(squared / bin_weight);
  metrics.auc = area_under_curve(std::move(predictions));
  return metrics;
}

}  // namespace factdeck::optim
