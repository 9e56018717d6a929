#pragma once
// A forward-mode dual number carrying the value and its partial derivatives with respect to the
// 21 FSRS parameters. Instantiating fsrs_math.hpp with it yields exact gradients.
#include <array>
#include <cmath>

#include "optimizer/parameters.hpp"

namespace factdeck::optim {

struct Dual {
  double value = 0.0;
  std::array<double, kParameterCount> grad{};

  Dual() = default;
  Dual(double v) : value(v) {}  // NOLINT: constants convert implicitly, as the formulas need

  /// The i-th parameter as an independent variable.
  static Dual variable(double v, int index) {
    Dual d(v);
    d.grad[static_cast<std::size_t>(index)] = 1.0;
    return d;
  }
};

// d = a·x + b·y, the building block of every rule below.
inline Dual combine(double value, double a, const Dual& x, double b, const Dual& y) {
  Dual out(value);
  for (std::size_t i = 0; i < out.grad.size(); ++i) out.grad[i] = a * x.grad[i] + b * y.grad[i];
  return out;
}
inline Dual scale(double value, double a, const Dual& x) {
  Dual out(value);
  for (std::size_t i = 0; i < out.grad.size(); ++i) out.grad[i] = a * x.grad[i];
  return out;
}

inline Dual operator+(const Dual& x, const Dual& y) {
  return combine(x.value + y.value, 1.0, x, 1.0, y);
}
inline Dual operator-(const Dual& x, const Dual& y) {
  return combine(x.value - y.value, 1.0, x, -1.0, y);
}
inline Dual operator*(const Dual& x, const Dual& y) {
  return combine(x.value * y.value, y.value, x, x.value, y);
}
inline Dual operator/(const Dual& x, const Dual& y) {
  const double q = x.value / y.value;
  return combine(q, 1.0 / y.value, x, -q / y.value, y);
}
inline Dual operator-(const Dual& x) { return scale(-x.value, -1.0, x); }

inline Dual operator+(const Dual& x, double c) { Dual out = x; out.value += c; return out; }
inline Dual operator+(double c, const Dual& x) { return x + c; }
inline Dual operator-(const Dual& x, double c) { Dual out = x; out.value -= c; return out; }
inline Dual operator-(double c, const Dual& x) { return scale(c - x.value, -1.0, x); }
inline Dual operator*(const Dual& x, double c) { return scale(x.value * c, c, x); }
inline Dual operator*(double c, const Dual& x) { return x * c; }
inline Dual operator/(const Dual& x, double c) { return scale(x.value / c, 1.0 / c, x); }
inline Dual operator/(double c, const Dual& x) {
  const double q = c / x.value;
  return scale(q, -q / x.value, x);
}

inline bool operator<(const Dual& x, const Dual& y) { return x.value < y.value; }
inline bool operator<(const Dual& x, double c) { return x.value < c; }
inline bool operator>(const Dual& x, double c) { return x.value > c; }
inline bool operator==(const Dual& x, double c) { return x.value == c; }

inline Dual exp(const Dual& x) {
  const double e = std::exp(x.value);
  return scale(e, e, x);
}
inline Dual log(const Dual& x) { return scale(std::log(x.value), 1.0 / x.value, x); }

/// x^y = e^(y·ln x): d = x^y·(y'·ln x + y·x'/x).
inline Dual pow(const Dual& x, const Dual& y) {
  const double p = std::pow(x.value, y.value);
  return combine(p, p * y.value / x.value, x, p * std::log(x.value), y);
}

}  // namespace factdeck::optim
