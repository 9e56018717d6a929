#pragma once
// UTF-8 and plain-text helpers shared by the article parser (private to quizgen).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factdeck::quizgen::detail {

/// Length in bytes of the valid UTF-8 sequence starting at `text[pos]`, or 0 if it is invalid
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t pos);

/// Byte offset of the first byte that does not start a valid UTF-8 sequence, if any.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Appends the code point `code` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code);

/// Number of code points in `text`; each invalid byte counts as one.
[[nodiscard]] int count_code_points(std::string_view text);

/// `text` with every invalid byte replaced by '?', safe to print on a terminal.
[[nodiscard]] std::string replace_invalid_utf8(std::string_view text);

/// Lowercase (ASCII, Latin-1, Latin Extended-A, Cyrillic), whitespace runs collapsed to one
/// space, trimmed. Used for fact keys and for comparing aliases.
[[nodiscard]] std::string normalize_for_key(std::string_view text);
/// normalize_for_key, appended to `out` (saves an allocation in hot loops).
void append_normalized(std::string& out, std::string_view text);

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

}  // namespace factdeck::quizgen::detail
