#include <catch2/catch.hpp>

#include "quizgen/facts.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

TEST_CASE("Every span type name parses back to its type", "[quizgen]") {
  for (SpanType type : kAllSpanTypes) {
    REQUIRE(span_type_from_name(span_type_name(type)) == type);
  }
  CHECK(span_type_from_name("organisation") == SpanType::Organization);
  CHECK_FALSE(span_type_from_name("persn").has_value());
}

TEST_CASE("Date values format in ISO form at their precision", "[quizgen]") {
  CHECK(format_date_value({DatePrecision::Year, {1922, 0, 0}, std::nullopt}) == "1922");
  CHECK(format_date_value({DatePrecision::Month, {1939, 8, 0}, std::nullopt}) == "1939-08");
  CHECK(format_date_value({DatePrecision::Day, {1939, 8, 23}, std::nullopt}) == "1939-08-23");
  CHECK(format_date_value({DatePrecision::Year, {1935, 0, 0}, SimpleDate{1938, 0, 0}}) ==
        "1935..1938");
}

#include "base/item_id.hpp"

TEST_CASE("Item ids print as 16 hex digits and parse back", "[quizgen]") {
  const ItemId id{fnv1a64("rapallo-1922") ^ fnv1a64("date")};
  const std::string hex = to_hex(id);
  CHECK(hex.size() == 16);
  CHECK(item_id_from_hex(hex) == id);
  CHECK_FALSE(item_id_from_hex("xyz").has_value());
  CHECK_FALSE(item_id_from_hex("").has_value());
}
