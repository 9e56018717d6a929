#include <catch2/catch.hpp>

#include <string>

#include "base/markup.hpp"

using factdeck::escape_markup;
using factdeck::Markup;

TEST_CASE("Every flavour escapes the characters markup reserves", "[base]") {
  const Markup flavour = GENERATE(Markup::Html, Markup::Xml, Markup::AnkiField);
  CHECK(escape_markup("x < y & \"z\" > w", flavour) == "x &lt; y &amp; &quot;z&quot; &gt; w");
  CHECK(escape_markup("Молотов", flavour) == "Молотов");
  CHECK(escape_markup(std::string("a\xff" "b"), flavour) == "a?b");
}

TEST_CASE("Each flavour adds only what its format requires", "[base]") {
  const std::string text = std::string("it's\n\ta\x01" "b");
  CHECK(escape_markup(text, Markup::Html) == "it&#39;s\n\ta\x01" "b");
  CHECK(escape_markup(text, Markup::Xml) == "it&apos;s\n\tab");
  CHECK(escape_markup(text, Markup::AnkiField) == "it's<br>\ta\x01" "b");
}
