#pragma once
// Reverse-mode automatic differentiation on a tape. Instantiating the FSRS-6 formulas
// (fsrs_math.hpp) with TapeVar records every operation with its local derivatives; one backward
// sweep per card then gives the exact gradient of that card's loss with respect to all 21
// parameters, at a small multiple of the cost of computing the loss (forward-mode dual numbers
// would carry 21 partials through every operation instead).
//
// Values that depend on the parameters alone (e.g. the forgetting curve's factor, e^w8) are
// recomputed by the formulas at every review; the tape remembers them for the current card, so
// each is computed and recorded once per card.
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace factdeck::optim {

/// A scalar that remembers where it sits on the active tape (index −1: a constant).
/// `is_static`: depends on the parameters and constants only, not on a card's history.
struct TapeVar {
  double value = 0.0;
  std::int32_t index = -1;
  bool is_static = true;

  TapeVar() = default;
  TapeVar(double v) : value(v) {}  // NOLINT: constants convert implicitly, as the formulas need
  TapeVar(double v, std::int32_t i, bool s) : value(v), index(i), is_static(s) {}
};

enum class TapeOp : std::uint8_t { Add, Sub, Mul, Div, Neg, ScaleBy, DivBy, RecipOf, SubFrom, Exp, Pow };

class Tape {
 public:
  /// Clears the tape, keeping `leaf_count` independent variables (indices 0..leaf_count-1).
  void reset(std::int32_t leaf_count) {
    nodes_.assign(static_cast<std::size_t>(leaf_count), Node{});
    leaf_count_ = leaf_count;
    for (MemoEntry& e : memo_) e.is_used = false;
  }

  /// Records a value depending on up to two earlier nodes (−1 = none) with local derivatives.
  std::int32_t push(std::int32_t a, double da, std::int32_t b, double db) {
    nodes_.push_back(Node{a, b, da, db});
    return static_cast<std::int32_t>(nodes_.size() - 1);
  }

  /// The remembered result of `op` on static operands, or null.
  const TapeVar* find(TapeOp op, const TapeVar& x, const TapeVar& y) const {
    const MemoEntry& e = memo_[slot(op, x, y)];
    if (e.is_used && e.op == op && e.x_index == x.index && e.y_index == y.index &&
        e.x_value == x.value && e.y_value == y.value) {
      return &e.result;
    }
    return nullptr;
  }
  void remember(TapeOp op, const TapeVar& x, const TapeVar& y, const TapeVar& result) {
    memo_[slot(op, x, y)] = MemoEntry{true, op, x.index, y.index, x.value, y.value, result};
  }

  /// Propagates `adjoint` (one entry per node, seeded by the caller) back to the leaves.
  void backward(std::vector<double>& adjoint) const {
    for (std::size_t i = nodes_.size(); i-- > static_cast<std::size_t>(leaf_count_);) {
      const double g = adjoint[i];
      if (g == 0.0) continue;
      const Node& n = nodes_[i];
      if (n.a >= 0) adjoint[static_cast<std::size_t>(n.a)] += n.da * g;
      if (n.b >= 0) adjoint[static_cast<std::size_t>(n.b)] += n.db * g;
    }
  }

  [[nodiscard]] std::size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    std::int32_t a = -1;
    std::int32_t b = -1;
    double da = 0.0;
    double db = 0.0;
  };
  struct MemoEntry {
    bool is_used = false;
    TapeOp op = TapeOp::Add;
    std::int32_t x_index = -1;
    std::int32_t y_index = -1;
    double x_value = 0.0;
    double y_value = 0.0;
    TapeVar result;
  };
  static constexpr std::size_t kMemoSlots = 64;

  static std::size_t slot(TapeOp op, const TapeVar& x, const TapeVar& y) {
    std::uint64_t h = std::bit_cast<std::uint64_t>(x.value) * 0x9E3779B97F4A7C15ULL ^
                      std::bit_cast<std::uint64_t>(y.value) * 0xBF58476D1CE4E5B9ULL;
    h ^= static_cast<std::uint64_t>(static_cast<std::uint32_t>(x.index)) * 31 +
         static_cast<std::uint64_t>(static_cast<std::uint32_t>(y.index)) * 131 +
         static_cast<std::uint64_t>(op);
    return static_cast<std::size_t>((h ^ (h >> 29)) % kMemoSlots);
  }

  std::vector<Node> nodes_;
  std::int32_t leaf_count_ = 0;
  std::array<MemoEntry, kMemoSlots> memo_{};
};

/// The tape that TapeVar operations record on, one per thread.
inline thread_local Tape* active_tape = nullptr;

struct Local {
  double value;
  double dx;
  double dy;
};

// f(x, y) with local partials from `compute`; constants need no node, and static results are
// taken from (or added to) the tape's memo.
template <typename Compute>
[[gnu::always_inline]] inline TapeVar apply(TapeOp op, const TapeVar& x, const TapeVar& y, Compute&& compute) {
  if (x.index < 0 && y.index < 0) return TapeVar(compute().value);
  const bool is_static = x.is_static && y.is_static;
  if (is_static) {
    if (const TapeVar* hit = active_tape->find(op, x, y)) return *hit;
  }
  const Local f = compute();
  const TapeVar out(f.value, active_tape->push(x.index, f.dx, y.index, f.dy), is_static);
  if (is_static) active_tape->remember(op, x, y, out);
  return out;
}

inline TapeVar operator+(const TapeVar& x, const TapeVar& y) {
  return apply(TapeOp::Add, x, y, [&] { return Local{x.value + y.value, 1.0, 1.0}; });
}
inline TapeVar operator-(const TapeVar& x, const TapeVar& y) {
  return apply(TapeOp::Sub, x, y, [&] { return Local{x.value - y.value, 1.0, -1.0}; });
}
inline TapeVar operator*(const TapeVar& x, const TapeVar& y) {
  return apply(TapeOp::Mul, x, y, [&] { return Local{x.value * y.value, y.value, x.value}; });
}
inline TapeVar operator/(const TapeVar& x, const TapeVar& y) {
  return apply(TapeOp::Div, x, y, [&] {
    const double q = x.value / y.value;
    return Local{q, 1.0 / y.value, -q / y.value};
  });
}
inline TapeVar operator-(const TapeVar& x) {
  return apply(TapeOp::Neg, x, TapeVar(), [&] { return Local{-x.value, -1.0, 0.0}; });
}

// Adding a constant keeps the derivative, so the node is shared.
inline TapeVar operator+(const TapeVar& x, double c) {
  return TapeVar(x.value + c, x.index, x.is_static);
}
inline TapeVar operator+(double c, const TapeVar& x) { return x + c; }
inline TapeVar operator-(const TapeVar& x, double c) {
  return TapeVar(x.value - c, x.index, x.is_static);
}
inline TapeVar operator-(double c, const TapeVar& x) {
  return apply(TapeOp::SubFrom, x, TapeVar(c), [&] { return Local{c - x.value, -1.0, 0.0}; });
}
inline TapeVar operator*(const TapeVar& x, double c) {
  return apply(TapeOp::ScaleBy, x, TapeVar(c), [&] { return Local{x.value * c, c, 0.0}; });
}
inline TapeVar operator*(double c, const TapeVar& x) { return x * c; }
inline TapeVar operator/(const TapeVar& x, double c) {
  return apply(TapeOp::DivBy, x, TapeVar(c), [&] { return Local{x.value / c, 1.0 / c, 0.0}; });
}
inline TapeVar operator/(double c, const TapeVar& x) {
  return apply(TapeOp::RecipOf, x, TapeVar(c), [&] {
    const double q = c / x.value;
    return Local{q, -q / x.value, 0.0};
  });
}

inline bool operator<(const TapeVar& x, const TapeVar& y) { return x.value < y.value; }
inline bool operator<(const TapeVar& x, double c) { return x.value < c; }
inline bool operator>(const TapeVar& x, double c) { return x.value > c; }
inline bool operator==(const TapeVar& x, double c) { return x.value == c; }

inline TapeVar exp(const TapeVar& x) {
  return apply(TapeOp::Exp, x, TapeVar(), [&] {
    const double e = std::exp(x.value);
    return Local{e, e, 0.0};
  });
}

/// x^y: d/dx = y·x^(y−1), d/dy = x^y·ln x. When y varies, ln x is needed anyway, so x^y is
/// computed as e^(y·ln x), which is cheaper than pow and ln separately.
inline TapeVar pow(const TapeVar& x, const TapeVar& y) {
  return apply(TapeOp::Pow, x, y, [&] {
    if (y.index < 0) {
      const double p = std::pow(x.value, y.value);
      return Local{p, p * y.value / x.value, 0.0};
    }
    const double log_x = std::log(x.value);
    const double p = std::exp(y.value * log_x);
    return Local{p, x.index < 0 ? 0.0 : p * y.value / x.value, p * log_x};
  });
}

}  // namespace factdeck::optim
