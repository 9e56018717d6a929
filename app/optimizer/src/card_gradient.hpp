#pragma once
// The training loss of one card and its exact gradient, derived by hand from the FSRS-6 formulas
// of fsrs_math.hpp (same values, same order of operations where it matters).
//
// The walk carries the memory state (S, D) together with its derivatives with respect to the 21
// parameters (forward sensitivities): dS/dw is dense, dD/dw is non-zero for w4..w7 only. Each
// review step updates them by the chain rule, and each target adds d(loss)/dR · dR/dw to the
// gradient. Values that depend on the parameters alone (the curve factor, e^w8, the same-day
// multipliers, the initial difficulties…) are computed once per call in CurveConstants.
//
// Clamps stop the gradient, as in fsrs-rs: a clamped S or D has zero derivatives.
#include <array>
#include <cmath>
#include <cstdint>

#include "optimizer/parameters.hpp"
#include "optimizer/training_data.hpp"
#include "scheduler/fsrs_math.hpp"

namespace factdeck::optim {

/// Values that depend on the parameters only.
struct CurveConstants {
  double decay = 0.0;                  // w20
  double factor = 0.0;                 // 0.9^(−1/decay) − 1
  double factor_by_decay = 0.0;        // d factor / d decay
  double exp_w8 = 0.0;                 // e^w8
  double lapse_divisor = 0.0;          // e^(w17·w18)
  std::array<double, 5> same_day{};    // by rating: e^(w17·(G − 3 + w18))
  std::array<double, 5> initial_d{};   // by rating: w4 − e^(w5·(G − 1)) + 1, unclamped
  std::array<double, 5> initial_d_by_w5{};  // by rating: −(G − 1)·e^(w5·(G − 1))

  explicit CurveConstants(const Parameters& w) {
    decay = w[20];
    const double power = std::pow(0.9, -1.0 / decay);
    factor = power - 1.0;
    factor_by_decay = power * std::log(0.9) / (decay * decay);
    exp_w8 = std::exp(w[8]);
    lapse_divisor = std::exp(w[17] * w[18]);
    for (int g = 1; g <= 4; ++g) {
      const auto i = static_cast<std::size_t>(g);
      const double offset = static_cast<double>(g - 3);
      same_day[i] = std::exp(w[17] * (offset + w[18]));
      const double e = std::exp(w[5] * static_cast<double>(g - 1));
      initial_d[i] = w[4] - e + 1.0;
      initial_d_by_w5[i] = -static_cast<double>(g - 1) * e;
    }
  }
};

inline constexpr double kMinRecallClamp = 1e-7;
inline constexpr double kMaxRecallClamp = 1.0 - 1e-7;

/// The memory state and, with kWithGradient, its derivatives.
template <bool kWithGradient>
struct CardState {
  static constexpr std::size_t kFirstD = 4;  // dD/dw is zero outside w4..w7
  double s = 0.0;
  double d = 0.0;
  std::array<double, kParameterCount> ds{};
  std::array<double, 4> dd{};
};

namespace card_gradient_detail {

namespace fm = sched::fsrs_math;

/// R = (1 + factor·t/S)^(−decay) and its partials by S and (directly) by w20.
struct Recall {
  double value = 0.0;
  double by_s = 0.0;
  double by_decay = 0.0;
};

template <bool kWithGradient>
inline Recall recall_at(const CurveConstants& c, double elapsed, double s) {
  const double k = c.factor * elapsed / s;
  const double base = 1.0 + k;
  const double log_base = std::log(base);
  Recall r;
  r.value = std::exp(-c.decay * log_base);
  if constexpr (kWithGradient) {
    r.by_s = r.value * c.decay * k / (s * base);
    r.by_decay = r.value * (-c.decay / base * (elapsed / s) * c.factor_by_decay - log_base);
  }
  return r;
}

template <bool kWithGradient>
inline void start_card(const Parameters& w, const CurveConstants& c, std::uint8_t rating,
                       CardState<kWithGradient>& st) {
  const auto g = static_cast<std::size_t>(rating);
  const double s0 = w[g - 1];
  const double d0 = c.initial_d[g];
  st.s = fm::clamp_value(s0, fm::kMinStability, fm::kMaxStability);
  st.d = fm::clamp_value(d0, fm::kMinDifficulty, fm::kMaxDifficulty);
  if constexpr (kWithGradient) {
    st.ds.fill(0.0);
    st.dd.fill(0.0);
    if (st.s == s0) st.ds[g - 1] = 1.0;
    if (st.d == d0) {
      st.dd[0] = 1.0;
      st.dd[1] = c.initial_d_by_w5[g];
    }
  }
}

// dS ← a·dS + b·dD (over w4..w7).
template <bool kWithGradient>
inline void combine(CardState<kWithGradient>& st, double a, double b) {
  for (double& x : st.ds) x *= a;
  for (std::size_t i = 0; i < 4; ++i) st.ds[CardState<kWithGradient>::kFirstD + i] += b * st.dd[i];
}

// New stability after a long-term review (elapsed > 0) with recall `r` at that moment.
template <bool kWithGradient>
inline double long_term_stability(const Parameters& w, const CurveConstants& c, const Recall& r,
                                  std::uint8_t rating, CardState<kWithGradient>& st) {
  const double s = st.s;
  const double d = st.d;
  if (rating == 1) {
    const double log_d = std::log(d);
    const double log_s1 = std::log(s + 1.0);
    const double a = std::exp(-w[12] * log_d);  // D^(−w12)
    const double b = std::exp(w[13] * log_s1);  // (S+1)^w13
    const double e = std::exp(w[14] * (1.0 - r.value));
    const double post = w[11] * a * (b - 1.0) * e;
    const double ceiling = s / c.lapse_divisor;
    if (ceiling < post) {
      if constexpr (kWithGradient) {
        combine(st, 1.0 / c.lapse_divisor, 0.0);
        st.ds[17] -= ceiling * w[18];
        st.ds[18] -= ceiling * w[17];
      }
      return ceiling;
    }
    if constexpr (kWithGradient) {
      const double by_s = w[11] * a * e * b * w[13] / (s + 1.0);
      const double by_r = -post * w[14];
      combine(st, by_s + by_r * r.by_s, -post * w[12] / d);
      st.ds[11] += a * (b - 1.0) * e;
      st.ds[12] -= post * log_d;
      st.ds[13] += w[11] * a * e * b * log_s1;
      st.ds[14] += post * (1.0 - r.value);
      st.ds[20] += by_r * r.by_decay;
    }
    return post;
  }
  const double log_s = std::log(s);
  const double p = std::exp(-w[9] * log_s);  // S^(−w9)
  const double e = std::exp(w[10] * (1.0 - r.value));
  const double hard = rating == 2 ? w[15] : 1.0;
  const double easy = rating == 4 ? w[16] : 1.0;
  const double scale = c.exp_w8 * (11.0 - d) * p;  // growth = scale·(e − 1)·hard·easy
  const double growth = scale * (e - 1.0) * hard * easy;
  if constexpr (kWithGradient) {
    // S' = S·(growth + 1): dS' = (growth + 1)·dS + S·d growth.
    const double by_r = -s * scale * hard * easy * e * w[10];
    combine(st, growth + 1.0 - w[9] * growth + by_r * r.by_s, -s * c.exp_w8 * p * (e - 1.0) * hard * easy);
    st.ds[8] += s * growth;
    st.ds[9] -= s * growth * log_s;
    st.ds[10] += s * scale * hard * easy * e * (1.0 - r.value);
    if (rating == 2) st.ds[15] += s * scale * (e - 1.0);
    if (rating == 4) st.ds[16] += s * scale * (e - 1.0);
    st.ds[20] += by_r * r.by_decay;
  }
  return s * (growth + 1.0);
}

// New stability after a same-day review.
template <bool kWithGradient>
inline double same_day_stability(const Parameters& w, const CurveConstants& c,
                                 std::uint8_t rating, CardState<kWithGradient>& st) {
  const double s = st.s;
  const double log_s = std::log(s);
  const double multiplier = c.same_day[rating] * std::exp(-w[19] * log_s);
  if (rating >= 2 && multiplier < 1.0) return s;  // floored at 1: dS' = dS
  if constexpr (kWithGradient) {
    const double next = s * multiplier;
    combine(st, multiplier * (1.0 - w[19]), 0.0);
    st.ds[17] += next * (static_cast<double>(rating) - 3.0 + w[18]);
    st.ds[18] += next * w[17];
    st.ds[19] -= next * log_s;
  }
  return s * multiplier;
}

template <bool kWithGradient>
inline void next_difficulty(const Parameters& w, const CurveConstants& c, std::uint8_t rating,
                            CardState<kWithGradient>& st) {
  const double d = st.d;
  const double grade_offset = static_cast<double>(rating) - 3.0;
  const double delta = -w[6] * grade_offset;
  const double damped = d + delta * (10.0 - d) / 9.0;
  const double easy_d = c.initial_d[4];
  const double reverted = w[7] * easy_d + (1.0 - w[7]) * damped;
  st.d = fm::clamp_value(reverted, fm::kMinDifficulty, fm::kMaxDifficulty);
  if constexpr (kWithGradient) {
    if (st.d != reverted) {
      st.dd.fill(0.0);
      return;
    }
    const double keep = (1.0 - w[7]) * (1.0 - delta / 9.0);
    for (double& x : st.dd) x *= keep;
    st.dd[0] += w[7];                                    // w4 through the Easy difficulty
    st.dd[1] += w[7] * c.initial_d_by_w5[4];             // w5
    st.dd[2] += (1.0 - w[7]) * -grade_offset * (10.0 - d) / 9.0;  // w6
    st.dd[3] += easy_d - damped;                         // w7
  }
}

// Applies a review with the given elapsed days (recall `r` when elapsed > 0).
template <bool kWithGradient>
inline void apply_review(const Parameters& w, const CurveConstants& c, const HistoryReview& review,
                         const Recall& r, CardState<kWithGradient>& st) {
  const double s = review.elapsed_days == 0 ? same_day_stability(w, c, review.rating, st)
                                            : long_term_stability(w, c, r, review.rating, st);
  st.s = fm::clamp_value(s, fm::kMinStability, fm::kMaxStability);
  if constexpr (kWithGradient) {
    if (st.s != s) st.ds.fill(0.0);
  }
  next_difficulty(w, c, review.rating, st);
}

}  // namespace card_gradient_detail

/// Adds one card's Σ −weight·ln P(observed answer) to `loss` (unless kWithLoss is false) and,
/// with kWithGradient, its gradient to `gradient`. Reviews past `max_length` are ignored
/// (fsrs-rs max_seq_len).
template <bool kWithGradient, bool kWithLoss = true>
void add_card_loss(const Parameters& w, const CurveConstants& c, const HistoryReview* reviews,
                   std::uint32_t count, std::uint32_t max_length, CardState<kWithGradient>& st,
                   double& loss, Parameters& gradient) {
  namespace cg = card_gradient_detail;
  cg::start_card(w, c, reviews[0].rating, st);
  const std::uint32_t end = count < max_length ? count : max_length;
  for (std::uint32_t k = 1; k < end; ++k) {
    const HistoryReview& review = reviews[k];
    cg::Recall r;
    if (review.elapsed_days > 0) {
      r = cg::recall_at<kWithGradient>(c, static_cast<double>(review.elapsed_days), st.s);
      if (review.weight > 0.0f) {
        const double weight = static_cast<double>(review.weight);
        const bool recalled = review.rating > 1;
        const double clamped = sched::fsrs_math::clamp_value(r.value, kMinRecallClamp, kMaxRecallClamp);
        if constexpr (kWithLoss) loss -= weight * std::log(recalled ? clamped : 1.0 - clamped);
        if constexpr (kWithGradient) {
          if (clamped == r.value) {  // outside the clamp the gradient stops
            const double seed = recalled ? -weight / clamped : weight / (1.0 - clamped);
            const double by_s = seed * r.by_s;
            for (std::size_t i = 0; i < gradient.size(); ++i) gradient[i] += by_s * st.ds[i];
            gradient[20] += seed * r.by_decay;
          }
        }
      }
    }
    if (k + 1 < end) cg::apply_review(w, c, review, r, st);
  }
}

}  // namespace factdeck::optim
