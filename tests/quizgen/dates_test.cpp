// Reading date spans (quizgen/values.hpp: read_date_text, read_date_value) and writing them back
// for a student (format_date_human): eras, periods, approximate dates and ranges across months.
#include <catch2/catch.hpp>

#include "quizgen/values.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

/// "1790..1799 decade ~": the ISO value, then how the text named it.
std::string describe(const Result<DateValue>& date) {
  if (!date) return "error: " + date.error().message;
  std::string out = format_date_value(*date);
  switch (date->period) {
    case DatePeriod::None: break;
    case DatePeriod::Decade: out += " decade"; break;
    case DatePeriod::Hundreds: out += " hundreds"; break;
    case DatePeriod::Century: out += " century"; break;
    case DatePeriod::YearsAgo: out += " ago"; break;
  }
  if (date->is_approximate) out += " ~";
  return out;
}

}  // namespace

TEST_CASE("Date spans are read with their era, period, approximation and range", "[quizgen]") {
  const auto [text, expected, human] = GENERATE(table<std::string, std::string, std::string>({
      {"250 BC", "-250", "250 BC"},
      {"250 BCE", "-250", "250 BC"},
      {"250 B.C.", "-250", "250 BC"},
      {"AD 79", "0079", "79"},
      {"79 CE", "0079", "79"},
      {"15 March 44 BC", "-44-03-15", "15 March 44 BC"},
      {"c. 500 BC", "-500 ~", "c. 500 BC"},
      {"c. 1200", "1200 ~", "c. 1200"},
      {"circa 1200", "1200 ~", "c. 1200"},
      {"about 1850", "1850 ~", "c. 1850"},
      {"4.6 billion years ago", "-4600000000 ago ~", "4.6 billion years ago"},
      {"about 4.6 billion years ago", "-4600000000 ago ~", "4.6 billion years ago"},
      {"65 million years ago", "-65000000 ago ~", "65 million years ago"},
      {"the 1790s", "1790..1799 decade", "the 1790s"},
      {"1930s", "1930..1939 decade", "the 1930s"},
      {"the early 1930s", "1930..1933 decade", "the early 1930s"},
      {"the mid-1930s", "1934..1936 decade", "the mid-1930s"},
      {"the late 1930s", "1937..1939 decade", "the late 1930s"},
      {"the 1800s", "1800..1899 hundreds", "the 1800s"},
      {"the 18th century", "1701..1800 century", "the 18th century"},
      {"the eighteenth century", "1701..1800 century", "the 18th century"},
      {"the 21st century", "2001..2100 century", "the 21st century"},
      {"the 5th century BC", "-500..-401 century", "the 5th century BC"},
      {"the late 5th century BC", "-433..-401 century", "the late 5th century BC"},
      {"264\u2013241 BC", "-264..-241", "264\u2013241 BC"},
      {"27 BC \u2013 AD 14", "-27..0014", "27 BC\u2013AD 14"},
      {"1837 to 1901", "1837..1901", "1837\u20131901"},
      {"from 1837 to 1901", "1837..1901", "1837\u20131901"},
      {"between 1837 and 1901", "1837..1901", "1837\u20131901"},
      {"21 October \u2013 28 November 1520", "1520-10-21..1520-11-28", "21 October 1520\u201328 November 1520"},
      {"15 September \u2013 20 October 1835", "1835-09-15..1835-10-20", "15 September 1835\u201320 October 1835"},
      {"1935\u201338", "1935..1938", "1935\u20131938"},
  }));
  CAPTURE(text);
  const Result<DateValue> date = read_date_text(text);
  CHECK(describe(date) == expected);
  if (date) CHECK(format_date_human(*date) == human);
}

TEST_CASE("Date text that is no date is refused with the forms to write", "[quizgen]") {
  const auto text = GENERATE(as<std::string>{}, "in spring", "31 April 1922", "1941\u20131939", "the 1795s",
                             "the 0th century", "1930s BC", "");
  CAPTURE(text);
  const Result<DateValue> date = read_date_text(text);
  REQUIRE_FALSE(date.has_value());
  CHECK_THAT(date.error().message, Catch::Contains("write a date as '1922'"));
}

TEST_CASE("Date values after '=' read BC years with a minus and every sentence form", "[quizgen]") {
  CHECK(describe(read_date_value("-250")) == "-250");
  CHECK(describe(read_date_value("-264..-241")) == "-264..-241");
  CHECK(describe(read_date_value("1790..1799")) == "1790..1799");
  CHECK(describe(read_date_value("the 1790s")) == "1790..1799 decade");
  CHECK(describe(read_date_value("250 BC")) == "-250");
  const Result<DateValue> wrong = read_date_value("-0");
  REQUIRE_FALSE(wrong.has_value());
  CHECK_THAT(wrong.error().message, Catch::Contains("-250 for 250 BC"));
}
