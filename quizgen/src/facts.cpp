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
  char buffer[32];
  switch (precision) {
    case DatePrecision::Year: std::snprintf(buffer, sizeof buffer, "%04d", date.year); break;
    case DatePrecision::Month:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
      break;
    case DatePrecision::Day:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
      break;
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
