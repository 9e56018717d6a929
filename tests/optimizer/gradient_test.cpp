#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "optimizer/loss.hpp"
#include "scheduler/fsrs_math.hpp"

namespace {

using namespace factdeck::optim;

// Random histories: 2–14 reviews per card, a third of them same-day, every long-term review a
// target with a weight in [0.25, 1].
PreparedData random_histories(std::mt19937_64& rng, int card_count) {
  std::uniform_int_distribution<int> length(2, 14);
  std::uniform_int_distribution<int> rating(1, 4);
  std::uniform_int_distribution<int> days(1, 40);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  PreparedData data;
  for (int c = 0; c < card_count; ++c) {
    CardHistory card{c, static_cast<std::uint32_t>(data.reviews.size()), 0};
    card.count = static_cast<std::uint32_t>(length(rng));
    for (std::uint32_t k = 0; k < card.count; ++k) {
      HistoryReview review;
      review.rating = static_cast<std::uint8_t>(rating(rng));
      if (k > 0 && unit(rng) > 0.33) {
        review.elapsed_days = static_cast<std::uint32_t>(days(rng));
        review.weight = static_cast<float>(0.25 + 0.75 * unit(rng));
        ++data.target_count;
      }
      data.reviews.push_back(review);
    }
    data.cards.push_back(card);
  }
  return data;
}

Parameters random_parameters(std::mt19937_64& rng) {
  std::uniform_real_distribution<double> jitter(0.8, 1.2);
  Parameters w = kDefaultParameters;
  for (double& x : w) x *= jitter(rng);
  w[7] = 0.02 * jitter(rng);  // keep mean reversion visibly non-zero
  clip_parameters(w);
  return w;
}

// The loss computed review by review with the scheduler's FSRS-6 formulas (fsrs_math.hpp).
double loss_by_scheduler_formulas(const Parameters& w, const PreparedData& data) {
  namespace fm = factdeck::sched::fsrs_math;
  double loss = 0.0;
  for (const CardHistory& card : data.cards) {
    const HistoryReview* reviews = &data.reviews[card.first];
    auto memory = fm::next_memory<double>(w, nullptr, 0.0,
                                          static_cast<factdeck::sched::Grade>(reviews[0].rating));
    for (std::uint32_t k = 1; k < card.count; ++k) {
      const double elapsed = reviews[k].elapsed_days;
      if (reviews[k].weight > 0.0f) {
        const double r = fm::clamp_value(fm::retrievability<double>(w, elapsed, memory.stability),
                                         1e-7, 1.0 - 1e-7);
        loss -= reviews[k].weight * std::log(reviews[k].rating > 1 ? r : 1.0 - r);
      }
      memory = fm::next_memory<double>(w, &memory, elapsed,
                                       static_cast<factdeck::sched::Grade>(reviews[k].rating));
    }
  }
  return loss;
}

}  // namespace

TEST_CASE("The training loss equals the scheduler's FSRS-6 formulas review by review",
          "[optimizer]") {
  const std::uint64_t seed = GENERATE(11u, 12u, 13u);
  std::mt19937_64 rng(seed);
  const PreparedData data = random_histories(rng, 200);
  const Parameters w = random_parameters(rng);
  CHECK(weighted_loss(w, data, data.cards) ==
        Approx(loss_by_scheduler_formulas(w, data)).epsilon(1e-12));
  CHECK(weighted_loss(kDefaultParameters, data, data.cards) ==
        Approx(loss_by_scheduler_formulas(kDefaultParameters, data)).epsilon(1e-12));
}

TEST_CASE("The exact gradient agrees with central finite differences", "[optimizer]") {
  const std::uint64_t seed = GENERATE(1u, 2u, 3u, 4u, 5u);
  std::mt19937_64 rng(seed);
  const PreparedData data = random_histories(rng, 25);
  const Parameters w = random_parameters(rng);
  const LossAndGradient exact = weighted_loss_and_gradient(w, data, data.cards);
  CHECK(exact.loss == Approx(weighted_loss(w, data, data.cards)).epsilon(1e-12));
  const Parameters gradient_alone = weighted_loss_gradient(w, data, data.cards);
  for (std::size_t i = 0; i < w.size(); ++i) CHECK(gradient_alone[i] == exact.gradient[i]);

  double largest = 0.0;
  for (const double g : exact.gradient) largest = std::max(largest, std::abs(g));
  for (std::size_t i = 0; i < w.size(); ++i) {
    const double h = 1e-6 * std::max(std::abs(w[i]), 1e-2);
    Parameters up = w;
    Parameters down = w;
    up[i] += h;
    down[i] -= h;
    const double numeric =
        (weighted_loss(up, data, data.cards) - weighted_loss(down, data, data.cards)) / (2 * h);
    INFO("seed " << seed << ", w" << i << ": exact " << exact.gradient[i] << ", numeric "
                 << numeric);
    // Relative to the entry itself, floored at 1e-3 of the largest entry so that entries that
    // are essentially zero are compared on the gradient's own scale.
    const double scale = std::max(std::abs(exact.gradient[i]), 1e-3 * largest);
    CHECK(std::abs(exact.gradient[i] - numeric) <= 1e-5 * scale);
  }
}

TEST_CASE("The gradient of the L2 pull is zero at the start and grows away from it",
          "[optimizer]") {
  Parameters gradient{};
  add_l2_gradient(kDefaultParameters, kDefaultParameters, 1.0, gradient);
  for (const double g : gradient) CHECK(g == 0.0);
  Parameters moved = kDefaultParameters;
  moved[4] += 0.57;  // one standard deviation
  CHECK(l2_penalty(moved, kDefaultParameters) == Approx(1.0));
  add_l2_gradient(moved, kDefaultParameters, 1.0, gradient);
  CHECK(gradient[4] == Approx(2.0 / 0.57));
}
