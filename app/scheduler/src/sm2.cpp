#include "scheduler/sm2.hpp"

#include <algorithm>
#include <cmath>

namespace factdeck::sched {

int sm2_quality(Grade grade) {
  // Again is a failed recall that was recognised once shown (2); Hard, Good and Easy are the
  // three passing qualities: recalled with serious difficulty (3), after hesitation (4), perfect (5).
  return static_cast<int>(grade) + 1;
}

double sm2_next_ease(double ease, int quality) {
  const double miss = static_cast<double>(5 - quality);
  return std::max(kSm2MinEase, ease + (0.1 - miss * (0.08 + miss * 0.02)));
}

Sm2State sm2_next(const Sm2State& state, Grade grade) {
  const int quality = sm2_quality(grade);
  Sm2State next = state;
  next.ease = sm2_next_ease(state.ease, quality);
  if (quality < 3) {
    next.repetition = 0;
    next.interval_days = 1.0;
    return next;
  }
  next.repetition = state.repetition + 1;
  if (next.repetition == 1) {
    next.interval_days = 1.0;
  } else if (next.repetition == 2) {
    next.interval_days = 6.0;
  } else {
    // SuperMemo: I(n) = I(n-1) · EF, with a fractional interval rounded up.
    next.interval_days = std::min(kSm2MaxIntervalDays, std::ceil(state.interval_days * next.ease));
  }
  return next;
}

}  // namespace factdeck::sched
