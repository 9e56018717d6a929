// The printable practice test (quizgen/print_test.hpp): escaped texts, no outside resources,
// every question with its options, and the answer key on its own page.
#include <catch2/catch.hpp>

#include "export_fixtures.hpp"
#include "quizgen/print_test.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

std::size_t count_of(const std::string& text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("The printable test escapes every text and loads nothing from outside", "[quizgen]") {
  ExportSet set = hostile_export_set();
  set.questions[0].options[0] = "<script>alert(1)</script>";
  const std::string html = write_print_test(set);
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<title>Maths &amp; {symbols}: &quot;a&quot; &lt;test&gt; \u2014 practice test</title>") !=
        std::string::npos);
  for (const char* outside : {"http:", "https:", "src=", "<link", "@import", "url(", "<img"}) {
    CHECK(html.find(outside) == std::string::npos);
  }
}

TEST_CASE("The printable test lists each question, then the key on a new page", "[quizgen]") {
  const ExportSet set = hostile_export_set();
  const std::string html = write_print_test(set);
  CHECK(count_of(html, "<div class=\"question\"") == 4);
  CHECK(count_of(html, "<li>") == 4 + 4);  // four options, then four key entries
  const std::size_t key = html.find("<section class=\"key\">");
  REQUIRE(key != std::string::npos);
  CHECK(html.find(".key { break-before: page; page-break-before: always; }") != std::string::npos);
  CHECK(html.find("Which sign {x} means &quot;equals&quot;") < key);
  CHECK(html.find("<li>b. = equals<br>", key) != std::string::npos);
  CHECK(html.find("<li>False</li>", key) != std::string::npos);
  CHECK(html.find("<li>Café ~ Müller (also accepted: cafe muller; C:\\path)", key) != std::string::npos);
  // Left 1 "=" matches "equals -> same", shown third (c); "~" is a; "{ }" is b.
  CHECK(html.find("<li>1\u2013c, 2\u2013a, 3\u2013b</li>", key) != std::string::npos);
  CHECK(html.find("<h2>Signs / marks \u203a Sub: part</h2>") < key);
}

TEST_CASE("The shipped deck prints with one key entry per question", "[quizgen]") {
  const ExportSet set = shipped_export_set();
  const std::string html = write_print_test(set);
  const std::size_t key = html.find("<section class=\"key\">");
  REQUIRE(key != std::string::npos);
  CHECK(count_of(html, "<div class=\"question\"") == set.questions.size());
  CHECK(count_of(html.substr(key), "<li>") == set.questions.size());
}
