#include "initial_stability.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "optimizer/parameters.hpp"

namespace factdeck::optim {

namespace {

struct RecallAtInterval {
  double elapsed_days = 0.0;
  double recall = 0.0;  // smoothed share recalled
  double count = 0.0;
};

// Forgetting curve with the default decay (fsrs-rs uses the default here, not a fitted one).
double default_curve(double elapsed_days, double stability) {
  const double decay = -kDefaultParameters[20];
  const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
  return std::pow(elapsed_days / stability * factor + 1.0, decay);
}

// Count-weighted log loss plus an L1 pull of |s − default| / 16.
double search_loss(const std::vector<RecallAtInterval>& data, double stability,
                   double default_stability) {
  double loss = 0.0;
  for (const RecallAtInterval& d : data) {
    const double y = default_curve(d.elapsed_days, stability);
    loss -= (d.recall * std::log(y) + (1.0 - d.recall) * std::log(1.0 - y)) * d.count;
  }
  return loss + std::abs(stability - default_stability) / 16.0;
}

// Ternary search over [0.001, 100] to machine precision (at most 1000 rounds), as fsrs-rs.
double ternary_search(const std::vector<RecallAtInterval>& data, double default_stability) {
  double low = sched::fsrs_math::kMinStability;
  double high = kMaxInitialStability;
  double best = default_stability;
  for (int round = 0; high - low > std::numeric_limits<double>::epsilon() && round < 1000;
       ++round) {
    const double mid1 = low + (high - low) / 3.0;
    const double mid2 = high - (high - low) / 3.0;
    if (search_loss(data, mid1, default_stability) < search_loss(data, mid2, default_stability)) {
      high = mid2;
    } else {
      low = mid1;
    }
    best = (high + low) / 2.0;
  }
  return best;
}

}  // namespace

std::optional<InitialStability> search_initial_stability(const PreparedData& data) {
  // first rating → elapsed days → (recalled, count)
  std::map<int, std::map<std::uint32_t, std::pair<double, double>>> groups;
  for (const CardHistory& card : data.cards) {
    const HistoryReview* reviews = &data.reviews[card.first];
    for (std::uint32_t k = 1; k < card.count; ++k) {
      if (reviews[k].elapsed_days == 0) continue;
      auto& [recalled, count] = groups[reviews[0].rating][reviews[k].elapsed_days];
      recalled += reviews[k].rating > 1 ? 1.0 : 0.0;
      count += 1.0;
      break;
    }
  }
  if (groups.empty()) return std::nullopt;
  InitialStability out;
  std::array<std::optional<double>, 5> by_rating;
  for (const auto& [rating, intervals] : groups) {
    std::vector<RecallAtInterval> points;
    for (const auto& [days, tally] : intervals) {
      // Each bin's recall is pulled toward the average recall by one pseudo-review.
      const double recall = (tally.first + data.average_recall) / (tally.second + 1.0);
      points.push_back({static_cast<double>(days), recall, tally.second});
      out.rating_count[static_cast<std::size_t>(rating)] += static_cast<std::uint32_t>(tally.second);
    }
    by_rating[static_cast<std::size_t>(rating)] =
        ternary_search(points, kDefaultParameters[static_cast<std::size_t>(rating - 1)]);
  }
  out.stability = smooth_and_fill(by_rating, out.rating_count);
  return out;
}

namespace {

using RatingStability = std::array<std::optional<double>, 5>;

// Ratios between neighbouring ratings' initial stabilities that fsrs-rs uses to fill gaps.
constexpr double kW1 = 0.41;
constexpr double kW2 = 0.54;

// Two ratings known: the other two from the fixed ratios (fsrs-rs smooth_and_fill, case 2).
void fill_from_two(RatingStability& s) {
  using std::pow;
  auto& r1 = s[1];
  auto& r2 = s[2];
  auto& r3 = s[3];
  auto& r4 = s[4];
  const double k = kW1 / (kW1 + kW2 - kW1 * kW2);
  const double k2 = kW2 / (kW1 + kW2 - kW1 * kW2);
  if (r3 && r4) {
    r2 = pow(*r3, 1.0 / (1.0 - kW2)) * pow(*r4, 1.0 - 1.0 / (1.0 - kW2));
    r1 = pow(*r2, 1.0 / kW1) * pow(*r3, 1.0 - 1.0 / kW1);
  } else if (r2 && r4) {
    r3 = pow(*r2, 1.0 - kW2) * pow(*r4, kW2);
    r1 = pow(*r2, 1.0 / kW1) * pow(*r3, 1.0 - 1.0 / kW1);
  } else if (r2 && r3) {
    r4 = pow(*r2, 1.0 - 1.0 / kW2) * pow(*r3, 1.0 / kW2);
    r1 = pow(*r2, 1.0 / kW1) * pow(*r3, 1.0 - 1.0 / kW1);
  } else if (r1 && r4) {
    r2 = pow(*r1, k) * pow(*r4, 1.0 - k);
    r3 = pow(*r1, 1.0 - k2) * pow(*r4, k2);
  } else if (r1 && r3) {
    r2 = pow(*r1, kW1) * pow(*r3, 1.0 - kW1);
    r4 = pow(*r2, 1.0 - 1.0 / kW2) * pow(*r3, 1.0 / kW2);
  } else if (r1 && r2) {
    r3 = pow(*r1, 1.0 - 1.0 / (1.0 - kW1)) * pow(*r2, 1.0 / (1.0 - kW1));
    r4 = pow(*r2, 1.0 - 1.0 / kW2) * pow(*r3, 1.0 / kW2);
  }
}

// Three ratings known: the missing one from its neighbours (case 3).
void fill_from_three(RatingStability& s) {
  using std::pow;
  if (!s[1]) {
    s[1] = pow(*s[2], 1.0 / kW1) * pow(*s[3], 1.0 - 1.0 / kW1);
  } else if (!s[2]) {
    s[2] = pow(*s[1], kW1) * pow(*s[3], 1.0 - kW1);
  } else if (!s[3]) {
    s[3] = pow(*s[2], 1.0 - kW2) * pow(*s[4], kW2);
  } else if (!s[4]) {
    s[4] = pow(*s[2], 1.0 - 1.0 / kW2) * pow(*s[3], 1.0 / kW2);
  }
}

// Where a lower rating has the higher stability, the better-supported of the two wins.
void order_by_rating(RatingStability& s, const std::array<std::uint32_t, 5>& rating_count) {
  constexpr std::array<std::pair<std::size_t, std::size_t>, 6> kPairs = {
      {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}}};
  for (const auto& [lo, hi] : kPairs) {
    if (s[lo] && s[hi] && *s[lo] > *s[hi]) {
      if (rating_count[lo] > rating_count[hi]) {
        s[hi] = *s[lo];
      } else {
        s[lo] = *s[hi];
      }
    }
  }
}

}  // namespace

std::array<double, 4> smooth_and_fill(const std::array<std::optional<double>, 5>& by_rating,
                                      const std::array<std::uint32_t, 5>& rating_count) {
  RatingStability s = by_rating;
  order_by_rating(s, rating_count);
  const auto present = std::count_if(s.begin() + 1, s.end(),
                                     [](const std::optional<double>& v) { return v.has_value(); });
  std::array<double, 4> out{};
  if (present == 1) {
    // Scale all four defaults by the one observed ratio, then sort.
    for (std::size_t r = 1; r <= 4; ++r) {
      if (!s[r]) continue;
      const double factor = *s[r] / kDefaultParameters[r - 1];
      for (std::size_t i = 0; i < 4; ++i) out[i] = kDefaultParameters[i] * factor;
    }
    std::sort(out.begin(), out.end());
  } else {
    if (present == 2) fill_from_two(s);
    if (present == 3) fill_from_three(s);
    for (std::size_t i = 0; i < 4; ++i) out[i] = s[i + 1].value_or(kDefaultParameters[i]);
  }
  for (double& v : out) v = std::clamp(v, sched::fsrs_math::kMinStability, kMaxInitialStability);
  return out;
}

}  // namespace factdeck::optim
