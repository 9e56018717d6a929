#include "optimizer/loss.hpp"

#include <cmath>
#include <utility>
#include <vector>

#include "card_walk.hpp"
#include "tape.hpp"

namespace factdeck::optim {

namespace {

// Standard deviations of the parameters across users, which fsrs-rs (PARAMS_STDDEV in
// training.rs) uses to scale its L2 pull toward the starting parameters.
constexpr Parameters kParameterStddev = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,
                                         0.12, 0.39, 0.18,  0.33,  0.3,  0.09, 0.16,
                                         0.57, 0.25, 1.03,  0.31,  0.32, 0.14, 0.27};

bool is_recalled(const HistoryReview& review) { return review.rating > 1; }

}  // namespace

double weighted_loss(const Parameters& w, const PreparedData& data,
                     std::span<const CardHistory> cards) {
  double loss = 0.0;
  for (const CardHistory& card : cards) {
    walk_card<double>(w, &data.reviews[card.first], card.count, kMaxSequenceLength,
                      [&](double recall, const HistoryReview& review, std::uint32_t) {
                        const double r = fm::clamp_value(recall, kMinRecall, kMaxRecall);
                        const double p = is_recalled(review) ? r : 1.0 - r;
                        loss -= static_cast<double>(review.weight) * std::log(p);
                      });
  }
  return loss;
}

LossAndGradient weighted_loss_and_gradient(const Parameters& w, const PreparedData& data,
                                           std::span<const CardHistory> cards) {
  Tape tape;
  Tape* const previous_tape = active_tape;
  active_tape = &tape;
  std::vector<std::pair<std::int32_t, double>> seeds;  // (recall node, d loss / d recall)
  std::vector<double> adjoint;
  LossAndGradient out;
  for (const CardHistory& card : cards) {
    tape.reset(kParameterCount);
    fm::Weights<TapeVar> tape_w;
    for (std::int32_t i = 0; i < kParameterCount; ++i) {
      tape_w[static_cast<std::size_t>(i)] = TapeVar(w[static_cast<std::size_t>(i)], i, true);
    }
    seeds.clear();
    walk_card<TapeVar>(tape_w, &data.reviews[card.first], card.count, kMaxSequenceLength,
                       [&](const TapeVar& recall, const HistoryReview& review, std::uint32_t) {
                         const double weight = static_cast<double>(review.weight);
                         // Outside the clamp the gradient stops, as with fsrs-rs's clamp.
                         const bool is_clamped =
                             recall.value < kMinRecall || recall.value > kMaxRecall;
                         const double r = fm::clamp_value(recall.value, kMinRecall, kMaxRecall);
                         // d(−ln r)/dr = −1/r; d(−ln(1−r))/dr = 1/(1−r).
                         const bool recalled = is_recalled(review);
                         out.loss -= weight * std::log(recalled ? r : 1.0 - r);
                         if (is_clamped || recall.index < 0) return;
                         seeds.emplace_back(recall.index,
                                            recalled ? -weight / r : weight / (1.0 - r));
                       });
    adjoint.assign(tape.size(), 0.0);
    for (const auto& [index, seed] : seeds) adjoint[static_cast<std::size_t>(index)] += seed;
    tape.backward(adjoint);
    for (std::size_t i = 0; i < out.gradient.size(); ++i) out.gradient[i] += adjoint[i];
  }
  active_tape = previous_tape;
  return out;
}

double l2_penalty(const Parameters& w, const Parameters& start) {
  double sum = 0.0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const double delta = (w[i] - start[i]) / kParameterStddev[i];
    sum += delta * delta;
  }
  return sum;
}

void add_l2_gradient(const Parameters& w, const Parameters& start, double scale,
                     Parameters& gradient) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    const double variance = kParameterStddev[i] * kParameterStddev[i];
    gradient[i] += scale * 2.0 * (w[i] - start[i]) / variance;
  }
}

}  // namespace factdeck::optim
