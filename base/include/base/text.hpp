#pragma once
// Small plain-text helpers every layer uses: ASCII classes, trimming, case-insensitive equality,
// and strict decimal numbers (command-line options, CSV fields).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace factdeck {

[[nodiscard]] constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
[[nodiscard]] constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
[[nodiscard]] constexpr char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `text` without leading and trailing whitespace.
[[nodiscard]] std::string_view trim(std::string_view text);
/// Number of whitespace bytes at the start of `text`.
[[nodiscard]] std::size_t leading_space(std::string_view text);
/// ASCII case-insensitive equality.
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

/// A whole decimal integer ("42", "-7"; no spaces, no '+', no other characters); empty on
/// anything else, including overflow.
[[nodiscard]] std::optional<std::int64_t> parse_int64(std::string_view text);
/// A whole non-negative decimal integer; empty on anything else, including overflow.
[[nodiscard]] std::optional<std::uint64_t> parse_uint64(std::string_view text);
/// A finite decimal number ("0.9", "-2", "1e3"; no spaces, no '+'); empty on anything else,
/// including out-of-range values.
[[nodiscard]] std::optional<double> parse_double(std::string_view text);

}  // namespace factdeck
