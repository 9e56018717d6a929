#include "quizgen/facts.hpp"

#include <cstdio>

namespace factdeck::quizgen {

std::string_view span_type_name(SpanType type) {
  switch (type) {
    case SpanType::Person: return "person";
    case SpanType::Date: return "date";
    case SpanType::Place: return "place";
    case SpanType::Organization: return "org";
    case SpanType::Event: return "event";
    case SpanType::Number: return "number";
    case SpanType::Term: return "term";
  }
  return "term";
}

std::optional<SpanType> span_type_from_name(std::string_view name) {
  for (SpanType type : kAllSpanTypes) {
    if (name == span_type_name(type)) return type;
  }
  if (name == "organization" || name == "organisation") return SpanType::Organization;
  if (name == "quantity") return SpanType::Number;
  return std::nullopt;
}

namespace {
std::string format_simple_date(const SimpleDate& date, DatePrecision precision) {
  // Four digits for AD years ("0079"), as ISO 8601 writes them; BC years with a minus ("-250").
  char buffer[48];
  const long long year = static_cast<long long>(date.year);
  const char* year_format = year < 0 ? "%lld" : "%04lld";
  int length = std::snprintf(buffer, sizeof buffer, year_format, year);
  if (precision != DatePrecision::Year && length > 0) {
    length += std::snprintf(buffer + length, sizeof buffer - static_cast<std::size_t>(length), "-%02d", date.month);
  }
  if (precision == DatePrecision::Day && length > 0) {
    std::snprintf(buffer + length, sizeof buffer - static_cast<std::size_t>(length), "-%02d", date.day);
  }
  return buffer;
}
}  // namespace

std::string format_date_value(const DateValue& date) {
  std::string out = format_simple_date(date.start, date.precision);
  if (date.end) out += ".." + format_simple_date(*date.end, date.precision);
  return out;
}

}  // namespace factdeck::quizgen
