#pragma once
// The reader of number text (private to quizgen): a cursor over one span's text that reads a
// qualifier, a quantity (amount, scale word, unit) and the joint of a range. numbers.cpp puts the
// pieces together and says what is wrong; typed answers are read the same way.
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen::detail {

/// One amount as written: "−1.5 × 10^8 km", "4.6 billion years", "300 tanks".
struct Quantity {
  double amount = 0;
  double step = 1;        // place of the last significant digit, scale included
  double scale = 1;       // the scale word's factor ("billion": 1e9), 1 without one
  bool has_scale = false;
  std::string unit;       // canonical symbol, or the counted noun as written, or empty
  std::optional<UnitInfo> unit_info;  // set for a known unit
};

/// The NumberValue of a single quantity (exact; the caller sets range and approximation).
[[nodiscard]] NumberValue to_number_value(const Quantity& quantity);

/// A number written plainly for a message: "170", "3.2", "1.5e+08".
[[nodiscard]] std::string format_plain(double amount);

/// The longest unit name the text starts with, ending at a word boundary; 0 if none.
[[nodiscard]] std::size_t match_unit_prefix(std::string_view text, UnitInfo& unit);

class NumberScanner {
 public:
  explicit NumberScanner(std::string_view text) : text_(text) {}

  /// "about", "c.", "more than", "~"...; Exact when there is none.
  Approximation read_qualifier();
  /// True (and past it) when the next word is `word` (any case).
  bool read_word(std::string_view word);
  /// True (and past it) when the text continues with `literal` after spaces.
  bool read_literal(std::string_view literal);
  /// Sign, digits or number word, exponent, scale word, unit, and a smaller time unit after a
  /// time unit ("8 minutes 20 seconds"). The error says what could not be read.
  Result<Quantity> read_quantity();
  /// After a quantity: empty when no range follows; "" when a joint ("to", "and", "–") was read
  /// and a second quantity follows; a message when the joint is not one ("or").
  std::optional<std::string> read_range_joint(bool after_between);

  [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
  [[nodiscard]] std::string_view rest() const { return text_.substr(pos_); }

 private:
  void skip_spaces();
  bool read_sign();
  std::optional<Quantity> read_amount();
  bool read_exponent(Quantity& quantity);
  void read_scale(Quantity& quantity);
  void read_unit(Quantity& quantity);
  void read_smaller_time(Quantity& quantity);
  [[nodiscard]] bool starts_amount(std::size_t at) const;

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace factdeck::quizgen::detail
