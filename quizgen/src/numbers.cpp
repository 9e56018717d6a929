// Number values of number spans: "20 million", "1,200", "3.5", "40%", "two million".
#include <array>
#include <charconv>
#include <string>

#include "quizgen/values.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

struct Prefix {
  double value = 0;
  std::size_t length = 0;  // bytes of `text` consumed
};

constexpr std::array<std::string_view, 13> kSmallNumbers = {
    "zero", "one", "two",   "three", "four",   "five",  "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

std::size_t word_length(std::string_view text) {
  std::size_t length = 0;
  while (length < text.size() && is_ascii_alpha(text[length])) ++length;
  return length;
}

std::optional<Prefix> read_number_word(std::string_view text) {
  const std::size_t length = word_length(text);
  const std::string_view word = text.substr(0, length);
  for (std::size_t k = 0; k < kSmallNumbers.size(); ++k) {
    if (iequals(word, kSmallNumbers[k])) return Prefix{static_cast<double>(k), length};
  }
  for (std::size_t k = 0; k < kTens.size(); ++k) {
    if (iequals(word, kTens[k])) return Prefix{static_cast<double>(20 + 10 * k), length};
  }
  return std::nullopt;
}

// True when text[pos] is ',' followed by exactly three digits: a thousands group.
bool is_thousands_group(std::string_view text, std::size_t pos) {
  if (pos + 3 >= text.size() || text[pos] != ',') return false;
  const bool three_digits = is_digit(text[pos + 1]) && is_digit(text[pos + 2]) && is_digit(text[pos + 3]);
  return three_digits && (pos + 4 == text.size() || !is_digit(text[pos + 4]));
}

// Digits with optional thousands commas ("1,200": a first group of 1-3 digits, then groups of
// exactly three) and decimals. "1200,000" stops before the comma and is rejected by the caller.
std::optional<Prefix> read_digits(std::string_view text) {
  std::string clean;
  std::size_t pos = 0;
  if (pos < text.size() && text[pos] == '-') clean += text[pos++];
  const std::size_t first_digit = pos;
  while (pos < text.size() && is_digit(text[pos])) clean += text[pos++];
  if (pos == first_digit) return std::nullopt;
  if (pos - first_digit <= 3) {
    while (is_thousands_group(text, pos)) {
      clean.append(text.substr(pos + 1, 3));
      pos += 4;
    }
  }
  if (pos + 1 < text.size() && text[pos] == '.' && is_digit(text[pos + 1])) {
    clean += text[pos++];
    while (pos < text.size() && is_digit(text[pos])) clean += text[pos++];
  }
  double value = 0;
  const auto [end, error] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (error != std::errc{} || end != clean.data() + clean.size()) return std::nullopt;
  return Prefix{value, pos};
}

// A scale word after a space: "million" multiplies by 1e6.
std::optional<Prefix> read_scale(std::string_view text) {
  const std::size_t spaces = leading_space(text);
  if (spaces == 0) return std::nullopt;
  const std::size_t length = word_length(text.substr(spaces));
  const std::string_view word = text.substr(spaces, length);
  static constexpr std::pair<std::string_view, double> kScales[] = {
      {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  for (const auto& [name, factor] : kScales) {
    if (iequals(word, name)) return Prefix{factor, spaces + length};
  }
  return std::nullopt;
}

std::optional<Prefix> read_quantity(std::string_view text) {
  std::optional<Prefix> number = read_digits(text);
  if (!number) number = read_number_word(text);
  if (!number) return std::nullopt;
  if (const auto scale = read_scale(text.substr(number->length))) {
    number->value *= scale->value;
    number->length += scale->length;
  }
  return number;
}

}  // namespace

std::optional<NumberValue> parse_number_text(std::string_view text) {
  text = trim(text);
  const std::optional<Prefix> number = read_quantity(text);
  if (!number) return std::nullopt;
  const std::string_view rest = text.substr(number->length);
  // "1930s" or "12abc" are not quantities; "40%" and "300 tanks" are.
  const bool has_clean_end = rest.empty() || is_space(rest.front()) || rest.front() == '%';
  if (!has_clean_end) return std::nullopt;
  return plain_number(number->value);
}

std::optional<NumberValue> parse_number_value(std::string_view text) {
  text = trim(text);
  const std::optional<Prefix> number = read_quantity(text);
  if (!number || number->length != text.size()) return std::nullopt;
  return plain_number(number->value);
}

namespace {

/// "to 170", "– 170", "-170", "and 170" at the start of `rest`: the far end of a range.
std::size_t range_end_length(std::string_view rest) {
  std::size_t pos = leading_space(rest);
  bool has_joiner = false;
  for (std::string_view joiner : {"to", "and", "\u2013", "\u2014", "-"}) {
    if (rest.substr(pos).starts_with(joiner) &&
        (joiner.size() > 2 || joiner == "-" || pos + joiner.size() == rest.size() || is_space(rest[pos + joiner.size()]))) {
      pos += joiner.size();
      has_joiner = true;
      break;
    }
  }
  if (!has_joiner) return 0;
  pos += leading_space(rest.substr(pos));
  const std::optional<Prefix> far = read_quantity(rest.substr(pos));
  return far ? pos + far->length : 0;
}

}  // namespace

std::string number_unit(std::string_view text) {
  text = trim(text);
  const std::optional<Prefix> number = read_quantity(text);
  if (!number) return {};
  std::string_view rest = text.substr(number->length);
  rest = rest.substr(range_end_length(rest));
  rest = trim(rest);
  std::string unit;
  unit.reserve(rest.size());
  for (char c : rest) unit += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return unit;
}

}  // namespace factdeck::quizgen
