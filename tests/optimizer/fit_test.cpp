#include <catch2/catch.hpp>

#include "optimizer/fit.hpp"

namespace {

using namespace factdeck::optim;

constexpr std::int64_t kDayMs = 86400000;
constexpr std::int64_t kNoonMs = 19723 * kDayMs + 12 * 3600000;

std::vector<ReviewLogEntry> small_revlog() {
  auto entries = read_revlog_csv(std::string(FACTDECK_TEST_DATA_DIR) + "/optimizer/small_revlog.csv");
  REQUIRE(entries);
  return std::move(entries).value();
}

// `cards` cards, each learned once and reviewed `interval_days` later (alternately recalled).
std::vector<ReviewLogEntry> two_review_cards(int cards, int interval_days) {
  std::vector<ReviewLogEntry> log;
  for (int c = 0; c < cards; ++c) {
    log.push_back({c, kNoonMs, 3, 0, 0});
    log.push_back({c, kNoonMs + interval_days * kDayMs, static_cast<std::uint8_t>(c % 4 ? 3 : 1), 2, 0});
  }
  return log;
}

FitOptions on_all_cards() {
  FitOptions options;
  options.hold_out = false;
  return options;
}

// Our own result on small_revlog.csv (held-out split, seed 2023), pinned so that any change to
// the data preparation or the training schedule shows up. See tests/data/optimizer/PROVENANCE.md.
constexpr Parameters kPinnedFit = {0.512782, 1.174265, 3.357428, 12.387033, 6.378567, 0.707226,
                                   3.106912, 0.005055, 1.786918, 0.232753,  0.720255, 1.482340,
                                   0.071365, 0.272891, 1.654875, 0.485631,  1.696255, 0.515490,
                                   0.077366, 0.041314, 0.234001};

// fsrs-rs v6.5.0 computeParameters on the same training cards (PROVENANCE.md).
constexpr Parameters kFsrsRsFit = {0.527502, 1.036292, 3.393054, 12.259367, 6.436821, 0.700183,
                                   3.113594, 0.016592, 1.766761, 0.274921,  0.698613, 1.461905,
                                   0.078315, 0.249225, 1.651780, 0.475851,  1.830544, 0.533684,
                                   0.058788, 0.074148, 0.259545};

}  // namespace

TEST_CASE("The fit on the small fixed history reproduces the pinned parameters", "[optimizer]") {
  const std::vector<ReviewLogEntry> log = small_revlog();
  Progress progress;
  const auto result = fit_parameters(log, FitOptions{}, &progress);
  REQUIRE(result);
  CHECK(result->stage == FitStage::Full);
  CHECK(result->train_items == 1290);
  CHECK(result->test_items == 105);
  for (std::size_t i = 0; i < kPinnedFit.size(); ++i) {
    INFO("w" << i);
    CHECK(result->parameters[i] == Approx(kPinnedFit[i]).margin(1e-4));
  }
  CHECK(progress.finished.load());
  CHECK(progress.done.load() == progress.total.load());
}

TEST_CASE("The fit predicts held-out cards as well as fsrs-rs's fit does", "[optimizer]") {
  const std::vector<ReviewLogEntry> log = small_revlog();
  const auto result = fit_parameters(log, FitOptions{}, nullptr);
  REQUIRE(result);
  const PreparedData test = prepare_data(
      log, factdeck::sched::DayClock{}, [](std::int64_t id) { return is_held_out_card(id, 2023); });
  const double ours = evaluate(result->parameters, test).log_loss;
  const double theirs = evaluate(kFsrsRsFit, test).log_loss;
  CHECK(ours == Approx(result->fitted_metrics.log_loss));
  CHECK(ours <= theirs + 0.0005);
  // On the training cards themselves fsrs-rs's fit is 0.0014 better on this tiny history
  // (15 optimizer steps; see PROVENANCE.md); the gap must not grow.
  const PreparedData train = prepare_data(
      log, factdeck::sched::DayClock{}, [](std::int64_t id) { return !is_held_out_card(id, 2023); });
  CHECK(evaluate(result->parameters, train).log_loss <=
        evaluate(kFsrsRsFit, train).log_loss + 0.002);
}

TEST_CASE("The fit does not depend on the number of threads", "[optimizer]") {
  const std::vector<ReviewLogEntry> log = small_revlog();
  FitOptions one_thread;
  one_thread.thread_count = 1;
  const auto a = fit_parameters(log, one_thread, nullptr);
  const auto b = fit_parameters(log, FitOptions{}, nullptr);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->parameters == b->parameters);
}

TEST_CASE("Fewer than 8 training items give the default parameters", "[optimizer]") {
  Progress progress;
  const auto result = fit_parameters(two_review_cards(7, 3), on_all_cards(), &progress);
  REQUIRE(result);
  CHECK(result->stage == FitStage::Defaults);
  CHECK(result->parameters == kDefaultParameters);
  CHECK(progress.finished.load());
}

TEST_CASE("Fewer than 64 training items fit only the initial stabilities", "[optimizer]") {
  const auto result = fit_parameters(two_review_cards(40, 3), on_all_cards(), nullptr);
  REQUIRE(result);
  CHECK(result->stage == FitStage::InitialStabilityOnly);
  CHECK(result->parameters[2] != kDefaultParameters[2]);
  for (std::size_t i = 4; i < kDefaultParameters.size(); ++i) {
    CHECK(result->parameters[i] == kDefaultParameters[i]);
  }
}

TEST_CASE("A cancelled fit reports Cancelled and still finishes", "[optimizer]") {
  Progress progress;
  progress.cancel_requested = true;
  const auto result = fit_parameters(small_revlog(), FitOptions{}, &progress);
  REQUIRE_FALSE(result);
  CHECK(result.error().code == factdeck::ErrorCode::Cancelled);
  CHECK(progress.finished.load());
}

TEST_CASE("Fitted parameters stay inside the fsrs-rs bounds", "[optimizer]") {
  const auto result = fit_parameters(small_revlog(), FitOptions{}, nullptr);
  REQUIRE(result);
  Parameters clipped = result->parameters;
  clip_parameters(clipped);
  CHECK(clipped == result->parameters);
}
