// Compiler-style diagnostic text (quizgen/diagnostics.hpp).
#include <catch2/catch.hpp>

#include "quizgen/diagnostics.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

TEST_CASE("A diagnostic prints file, line, column, the line and a caret", "[quizgen]") {
  const Diagnostic diagnostic{Severity::Error, "unknown span type 'persn'", "a.facts.md", 12, 3,
                              "- [Chicherin]{persn} led the delegation."};
  CHECK(format_diagnostic(diagnostic) ==
        "a.facts.md:12:3: error: unknown span type 'persn'\n"
        "  - [Chicherin]{persn} led the delegation.\n"
        "    ^\n");
}

TEST_CASE("The caret counts Cyrillic letters as one column each", "[quizgen]") {
  const Diagnostic diagnostic{Severity::Warning, "w", "f", 1, 7, "Молот [x]"};
  CHECK(format_diagnostic(diagnostic) == "f:1:7: warning: w\n  Молот [x]\n        ^\n");
}

TEST_CASE("Tabs before the column are kept so the caret lines up", "[quizgen]") {
  const Diagnostic diagnostic{Severity::Error, "m", "f", 2, 3, "\t\t[x]"};
  CHECK(format_diagnostic(diagnostic) == "f:2:3: error: m\n  \t\t[x]\n  \t\t^\n");
}

TEST_CASE("A whole-file diagnostic has no line, column or caret", "[quizgen]") {
  const Diagnostic diagnostic{Severity::Error, "cannot read the file", "gone.facts.md", 0, 0, {}};
  CHECK(format_diagnostic(diagnostic) == "gone.facts.md: error: cannot read the file\n");
}

TEST_CASE("Invalid bytes in the shown line print as question marks", "[quizgen]") {
  const Diagnostic diagnostic{Severity::Error, "bad", "f", 1, 2, "a\xE9z"};
  CHECK(format_diagnostic(diagnostic) == "f:1:2: error: bad\n  a?z\n   ^\n");
}

TEST_CASE("A diagnostic converts to a parse Error with its position", "[quizgen]") {
  const factdeck::Error error = to_error(Diagnostic{Severity::Error, "m", "f", 4, 5, "x"});
  CHECK(error.code == factdeck::ErrorCode::Parse);
  CHECK(error.to_string() == "f:4:5: m");
}
