#include "optimizer/loss.hpp"

#include <cmath>
#include "card_gradient.hpp"

namespace factdeck::optim {

namespace {

// Standard deviations of the parameters across users, which fsrs-rs (PARAMS_STDDEV in
// training.rs) uses to scale its L2 pull toward the starting parameters.
constexpr Parameters kParameterStddev = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,
                                         0.12, 0.39, 0.18,  0.33,  0.3,  0.09, 0.16,
                                         0.57, 0.25, 1.03,  0.31,  0.32, 0.14, 0.27};

}  // namespace

namespace {
// One walk over the cards, shared by the three entry points below: the loss, the loss with its
// gradient, and the gradient alone (training steps never use the batch loss).
template <bool kWithGradient, bool kWithLoss>
void walk_cards(const Parameters& w, const PreparedData& data, std::span<const CardHistory> cards,
                double& loss, Parameters& gradient) {
  const CurveConstants constants(w);
  CardState<kWithGradient> state;
  for (const CardHistory& card : cards) {
    add_card_loss<kWithGradient, kWithLoss>(w, constants, &data.reviews[card.first], card.count,
                                            kMaxSequenceLength, state, loss, gradient);
  }
}
}  // namespace

double weighted_loss(const Parameters& w, const PreparedData& data,
                     std::span<const CardHistory> cards) {
  double loss = 0.0;
  Parameters unused{};
  walk_cards<false, true>(w, data, cards, loss, unused);
  return loss;
}

LossAndGradient weighted_loss_and_gradient(const Parameters& w, const PreparedData& data,
                                           std::span<const CardHistory> cards) {
  LossAndGradient out;
  walk_cards<true, true>(w, data, cards, out.loss, out.gradient);
  return out;
}

Parameters weighted_loss_gradient(const Parameters& w, const PreparedData& data,
                                  std::span<const CardHistory> cards) {
  double unused = 0.0;
  Parameters gradient{};
  walk_cards<true, false>(w, data, cards, unused, gradient);
  return gradient;
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
