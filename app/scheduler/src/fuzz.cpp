#include "scheduler/fuzz.hpp"

#include <algorithm>
#include <cmath>

#include "base/prng.hpp"

namespace factdeck::sched {

namespace {
struct FuzzRange {
  double start_days;
  double end_days;
  double factor;
};
// Anki's fuzz ranges (rslib scheduler/states/fuzz.rs).
constexpr FuzzRange kFuzzRanges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, 1e30, 0.05}};

std::uint64_t splitmix64(std::uint64_t x) { return mix64(x + kGoldenGamma); }
}  // namespace

double fuzz_delta_days(double interval_days) {
  if (interval_days < 2.5) return 0.0;
  double delta = 1.0;
  for (const FuzzRange& range : kFuzzRanges) {
    delta += range.factor * std::max(0.0, std::min(interval_days, range.end_days) - range.start_days);
  }
  return delta;
}

std::pair<int, int> fuzz_bounds_days(double interval_days, int minimum, int maximum) {
  minimum = std::min(minimum, maximum);
  const double interval = std::clamp(interval_days, static_cast<double>(minimum),
                                     static_cast<double>(maximum));
  const double delta = fuzz_delta_days(interval);
  const int lower = std::clamp(static_cast<int>(std::round(interval - delta)), minimum, maximum);
  int upper = std::clamp(static_cast<int>(std::round(interval + delta)), minimum, maximum);
  if (upper == lower && upper > 2 && upper < maximum) upper = lower + 1;
  return {lower, upper};
}

int fuzzed_interval_days(double interval_days, double fraction, int minimum, int maximum) {
  const auto [lower, upper] = fuzz_bounds_days(interval_days, minimum, maximum);
  const double span = static_cast<double>(1 + upper - lower);
  return std::min(upper, lower + static_cast<int>(std::floor(fraction * span)));
}

double fuzz_fraction(ItemId item_id, std::int64_t day_number) {
  const std::uint64_t mixed =
      splitmix64(item_id.value ^ splitmix64(static_cast<std::uint64_t>(day_number)));
  return static_cast<double>(mixed >> 11) * 0x1.0p-53;
}

}  // namespace factdeck::sched
