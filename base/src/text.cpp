#include "base/text.hpp"

#include <charconv>
#include <cmath>

namespace factdeck {

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::size_t leading_space(std::string_view text) {
  std::size_t count = 0;
  while (count < text.size() && is_space(text[count])) ++count;
  return count;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (ascii_lower(a[k]) != ascii_lower(b[k])) return false;
  }
  return true;
}

namespace {

template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
  Number value{};
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc{} || stop != end) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::int64_t> parse_int64(std::string_view text) {
  return parse_number<std::int64_t>(text);
}

std::optional<std::uint64_t> parse_uint64(std::string_view text) {
  if (!text.empty() && text.front() == '-') return std::nullopt;  // from_chars would refuse too
  return parse_number<std::uint64_t>(text);
}

std::optional<double> parse_double(std::string_view text) {
  const std::optional<double> value = parse_number<double>(text);
  if (!value || !std::isfinite(*value)) return std::nullopt;  // from_chars accepts "inf" and "nan"
  return value;
}

}  // namespace factdeck
