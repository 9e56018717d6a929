// Every diagnostic of the parser, with its exact line and column.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>

#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

// The one diagnostic `text` produces (it must produce exactly one).
Diagnostic only_diagnostic(std::string_view text) {
  const ParseOutcome outcome = parse_article(text, "t.facts.md");
  for (const Diagnostic& diagnostic : outcome.diagnostics) INFO(format_diagnostic(diagnostic));
  REQUIRE(outcome.diagnostics.size() == 1);
  CHECK(outcome.article.has_value() == !outcome.has_errors());
  return outcome.diagnostics[0];
}

void check_error(std::string_view text, int line, int column, std::string_view message_part) {
  const Diagnostic diagnostic = only_diagnostic(text);
  INFO(format_diagnostic(diagnostic));
  CHECK(diagnostic.severity == Severity::Error);
  CHECK(diagnostic.line == line);
  CHECK(diagnostic.column == column);
  CHECK(diagnostic.message.find(message_part) != std::string::npos);
  CHECK(diagnostic.file == "t.facts.md");
}

void check_warning(std::string_view text, int line, int column, std::string_view message_part) {
  const Diagnostic diagnostic = only_diagnostic(text);
  INFO(format_diagnostic(diagnostic));
  CHECK(diagnostic.severity == Severity::Warning);
  CHECK(diagnostic.line == line);
  CHECK(diagnostic.column == column);
  CHECK(diagnostic.message.find(message_part) != std::string::npos);
}

}  // namespace

TEST_CASE("A span whose braces never close is an error at its bracket", "[quizgen]") {
  check_error("# S\n- [Molotov]{person led the talks.\n", 2, 3, "unclosed span");
}

TEST_CASE("A bracket that never closes is an error at the bracket", "[quizgen]") {
  check_error("# S\n- [Molotov{person} led.\n", 2, 3, "unclosed span");
}

TEST_CASE("An unknown span type is an error at the type word", "[quizgen]") {
  check_error("# S\n- [Chicherin]{persn} led the delegation.\n", 2, 15, "unknown span type 'persn'");
  check_error("# S\n- [Chicherin]{} led.\n", 2, 15, "missing span type");
}

TEST_CASE("An unknown type after Cyrillic text is at its code-point column", "[quizgen]") {
  check_error("# S\n- Нарком [Литвинов]{персона}.\n", 2, 21, "unknown span type");
}

TEST_CASE("A date span whose text is not a date is an error at the span", "[quizgen]") {
  check_error("# S\n- It happened [in spring]{date}.\n", 2, 15, "cannot read a date");
}

TEST_CASE("A date value after '=' that is not a date is an error at the value", "[quizgen]") {
  check_error("# S\n- [that year]{date = 19x2}.\n", 2, 22, "cannot read the date value '19x2'");
}

TEST_CASE("A number span that is not a number is an error", "[quizgen]") {
  check_error("# S\n- [a great many]{number} died.\n", 2, 3, "cannot read a number");
  check_error("# S\n- [many]{number = lots}.\n", 2, 19, "cannot read the number value");
}

TEST_CASE("A number span that is not one value is an error at the span, never a first number", "[quizgen]") {
  check_error("# S\n- It has [2 or 3 moons]{number}.\n", 2, 10, "joined by 'or' are not one value");
  check_error("# S\n- It is [170 to 150 K]{number}.\n", 2, 9, "from the smaller number to the larger");
  check_error("# S\n- It is [1.5 \u00d7 10 km]{number}.\n", 2, 9, "neither a unit nor a range");
  check_error("# S\n- It is [49 K (\u2212300 \u00b0C)]{number}.\n", 2, 9, "is not the same quantity");
}

TEST_CASE("A date value after '=' that is not a date names the BC form", "[quizgen]") {
  check_error("# S\n- [that year]{date = 250BC}.\n", 2, 22, "-250 for 250 BC");
}

TEST_CASE("An empty span is an error at its bracket", "[quizgen]") {
  check_error("# S\n- [ ]{person} spoke.\n", 2, 3, "empty span");
}

TEST_CASE("A fact id used twice is an error at the second id", "[quizgen]") {
  check_error("# S\n- [A]{person}. {#x}\n- [B]{person}. {#x}\n", 3, 17,
              "duplicate fact id 'x' (first used on line 2)");
}

TEST_CASE("An alias that stands for two canonical forms is an error", "[quizgen]") {
  check_error("# S\n- [Stalin]{person = Joseph Stalin | Stalin} ruled.\n\n# T\n"
              "- [Stalin]{person = Vasily Stalin | Stalin} flew.\n",
              5, 37, "alias conflict: 'Stalin' (person) stands for 'Vasily Stalin' here but for "
                    "'Joseph Stalin' on line 2");
  check_error("# S\n- [Koba]{person = Joseph Stalin | Soso}.\n"
              "- [Lenin]{person = Vladimir Lenin | soso}.\n",
              3, 37, "alias conflict: 'soso'");
}

TEST_CASE("The same alias in different types or for the same form is no conflict", "[quizgen]") {
  const ParseOutcome outcome = parse_article(
      "# S\n- [Georgia]{place = Georgia | Sakartvelo}.\n- [Georgia]{term = Georgia (ship)} sank.\n"
      "- [Chicherin]{person = Georgy Chicherin}.\n- [chicherin]{person = georgy  chicherin} again.\n",
      "t");
  CHECK(outcome.diagnostics.empty());
}

TEST_CASE("A canonical form used as another's alias is a conflict", "[quizgen]") {
  check_error("# S\n- [Chicherin]{person = Chicherin}.\n- [G.]{person = Georgy Chicherin | Chicherin}.\n",
              3, 36, "alias conflict: 'Chicherin'");
}

TEST_CASE("The same sentence words may stand for different things in different facts", "[quizgen]") {
  const ParseOutcome outcome = parse_article(
      "# S\n- [The treaty]{event = Treaty of Rapallo} was signed in Italy.\n"
      "- [The treaty]{event = Treaty of Berlin} renewed it.\n",
      "t");
  CHECK(outcome.diagnostics.empty());
}

TEST_CASE("A span before the first heading is an error", "[quizgen]") {
  check_error("Before: [Molotov]{person}.\n# S\n", 1, 9, "before the first heading");
}

TEST_CASE("Bytes that are not UTF-8 are an error at the first bad byte", "[quizgen]") {
  check_error("# S\n- caf\xE9 [x]{person}\n", 2, 6, "not valid UTF-8");
  check_error("# S\n- \xD0\x9C\xD0 x [y]{term}\n", 2, 4, "not valid UTF-8");  // truncated "Мо"
}

TEST_CASE("A malformed attribute block is an error at the bad part", "[quizgen]") {
  check_error("# S\n- [A]{person}. {hint=\"open}\n", 2, 17, "malformed attribute block");
  check_error("# S\n- [A]{person}. {#bad!id}\n", 2, 17, "malformed attribute block");
  check_error("# S\n- [A]{person}. {#a #b}\n", 2, 20, "at most one id");
  check_error("# S\n- [A]{person}. {.tag ?}\n", 2, 22, "unexpected '?'");
}

TEST_CASE("Unknown front-matter keys are warnings and the article is built", "[quizgen]") {
  check_warning("---\ntitel: X\n---\n# S\n- [A]{person}.\n", 2, 1, "unknown front-matter key 'titel'");
}

TEST_CASE("An attribute block on text with no span is a warning", "[quizgen]") {
  check_warning("# S\nJust prose. {#p1}\n", 2, 13, "no tagged span");
}

TEST_CASE("Two facts with the same text and no id are a warning", "[quizgen]") {
  check_warning("# S\n- [A]{person} won.\n- [A]{person} won.\n", 3, 1, "same text as the fact on line 2");
}

TEST_CASE("Unknown attributes are a warning", "[quizgen]") {
  check_warning("# S\n- [A]{person}. {colour=red}\n", 2, 17, "unknown attribute 'colour'");
}

TEST_CASE("An unclosed front matter is an error", "[quizgen]") {
  check_error("---\ntitle: X\n# S\n", 1, 1, "never closed");
}

TEST_CASE("A file with ten errors reports all ten and builds nothing", "[quizgen]") {
  const ParseOutcome outcome = parse_article(
      "Early [tag]{person}.\n"                   // 1: span before the first heading
      "# S\n"
      "- [A]{persn}.\n"                          // 3: unknown type
      "- [B]{person.\n"                          // 4: unclosed span
      "- [ ]{place}.\n"                          // 5: empty span
      "- [soon]{date}.\n"                        // 6: unreadable date
      "- [x]{date = 1922-13}.\n"                 // 7: unreadable date value
      "- [lots]{number}.\n"                      // 8: unreadable number
      "- [C]{person}. {#dup}\n- [D]{person}. {#dup}\n"  // 10: duplicate id
      "- [E]{org = Comintern | CI}.\n- [F]{org = Cominform | CI}.\n"  // 12: alias conflict
      "- bad \xFF byte [F]{term}.\n",            // 13: not UTF-8
      "ten.facts.md");
  CHECK_FALSE(outcome.article.has_value());
  CHECK(outcome.error_count() == 10);
  std::vector<int> lines;
  for (const Diagnostic& diagnostic : outcome.diagnostics) {
    if (diagnostic.severity == Severity::Error) lines.push_back(diagnostic.line);
  }
  CHECK(lines == std::vector<int>{1, 3, 4, 5, 6, 7, 8, 10, 12, 13});
}

TEST_CASE("Mutated articles never crash and never yield an article with errors", "[quizgen]") {
  const std::string base =
      "---\ntitle: T\n---\n# S\n- [Molotov]{person@commissars = Vyacheslav Molotov | Molotov}\n"
      "  met [Ribbentrop]{person} in [August 1939]{date}. {#pact .core hint=\"a \\\"pact\\\"\"}\n"
      "## Т\n[20 million]{number} died \\[sic\\], see [link](u). [1935–38]{date = 1935..1938}\n";
  constexpr std::string_view kMarks = "[]{}\\|=@#.\"\n -\xD0\xE2";
  std::uint64_t state = 12345;  // fixed seed: the same mutations on every run
  for (int round = 0; round < 2000; ++round) {
    std::string text = base;
    for (int edit = 0; edit < 3; ++edit) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const std::size_t pos = (state >> 20) % text.size();
      text[pos] = kMarks[(state >> 45) % kMarks.size()];
    }
    const ParseOutcome outcome = parse_article(text, "m");
    REQUIRE(outcome.article.has_value() == !outcome.has_errors());
    for (const Diagnostic& diagnostic : outcome.diagnostics) {
      REQUIRE(diagnostic.line >= 0);
      REQUIRE(diagnostic.column >= 0);
    }
    if (!outcome.article) continue;
    for (const Fact& fact : outcome.article->facts) {
      for (const Span& span : fact.spans) REQUIRE(span.end <= fact.text.size());
    }
  }
}

// ---- Issue 18, failure 6: broken files that were accepted silently ----

TEST_CASE("A comment that is never closed is a warning at its '<!--'", "[quizgen]") {
  check_warning("# S\n<!-- draft\n- [Molotov]{person} led the talks.\n", 2, 1, "never closed by '-->'");
}

TEST_CASE("A file with CR-only line ends reads line by line, like one with LF or CRLF", "[quizgen]") {
  const std::string lf = "# Talks\n\n- [Molotov]{person} led the talks.\n- [Litvinov]{person} was replaced.\n";
  std::string cr = lf;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  const ParseOutcome from_lf = parse_article(lf, "t.facts.md");
  const ParseOutcome from_cr = parse_article(cr, "t.facts.md");
  REQUIRE(from_lf.article);
  REQUIRE(from_cr.article);
  CHECK(from_cr.article->facts.size() == 2);
  CHECK(from_cr.article->facts.size() == from_lf.article->facts.size());
  CHECK(from_cr.article->sections.size() == from_lf.article->sections.size());
  CHECK(from_cr.article->facts[1].line == 4);
}

TEST_CASE("A NUL byte or another control character in the text is an error at its place", "[quizgen]") {
  using namespace std::string_literals;
  check_error("# S\n- [Molo\0tov]{person} led the talks.\n"s, 2, 8, "control character 0x00");
  check_error("# S\n- [Molotov]{person} led\x01 the talks.\n", 2, 24, "control character 0x01");
}

TEST_CASE("Bad bytes on many lines are reported at each of the first twenty and then from where the rest start",
          "[quizgen]") {
  std::string text = "# S\n";
  for (int line = 0; line < 25; ++line) text += "- bad \xFF byte\n";
  const ParseOutcome outcome = parse_article(text, "t.facts.md");
  REQUIRE(outcome.diagnostics.size() == 21);
  const Diagnostic& last = outcome.diagnostics.back();
  CHECK(last.line == 22);
  CHECK(last.column == 7);
  CHECK_THAT(last.message, Catch::Contains("5 more lines"));
}

// ---- Issue 18, failure 5: quizgen was quadratic in the spans of one fact ----

namespace {

/// One fact of `spans` term spans on a single line.
std::string one_line_of_spans(std::size_t spans) {
  std::string text = "# Words\n\n-";
  for (std::size_t i = 0; i < spans; ++i) text += " [w" + std::to_string(i) + "]{term}";
  return text + " are words.\n";
}

}  // namespace

TEST_CASE("A fact of more than 256 spans is an error at its first span, asking to split it", "[quizgen]") {
  check_error(one_line_of_spans(257), 3, 3, "fact is too long to ask: 257 tagged spans");
}

TEST_CASE("A pathological single line of 200,000 spans (2.7 MB) is read in one pass and refused", "[quizgen]") {
  // Counting each span's column from the line start made this quadratic, and the generator's
  // work per question grew with the fact: a 50 MB line would have taken days.
  const std::string text = one_line_of_spans(200000);
  REQUIRE(text.size() > 2'700'000);
  const ParseOutcome outcome = parse_article(text, "t.facts.md");
  REQUIRE(outcome.diagnostics.size() == 1);
  CHECK(outcome.diagnostics[0].line == 3);
  CHECK_THAT(outcome.diagnostics[0].message, Catch::Contains("200000 tagged spans"));
}

TEST_CASE("A fact of 256 spans, the most allowed, builds a deck with one item per span", "[quizgen]") {
  const ParseOutcome outcome = parse_article(one_line_of_spans(256), "t.facts.md");
  REQUIRE(outcome.article);
  REQUIRE(outcome.article->facts.size() == 1);
  CHECK(outcome.article->facts[0].spans.size() == 256);
  CHECK(outcome.article->facts[0].spans.back().column > 256 * 8);
  const GenerateOutcome built = build_deck(*outcome.article, GenerateOptions{});
  CHECK(built.deck.items.size() == 256);
}
