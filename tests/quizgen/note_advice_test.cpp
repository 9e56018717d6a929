// The fix `quizgen check` prints under each weak-spot warning (quizgen/src/note_advice.cpp).
#include <catch2/catch.hpp>

#include "generate_helpers.hpp"
#include "quizgen/note_advice.hpp"

using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

TEST_CASE("A group with too few members is told how many to add and where", "[quizgen]") {
  const std::string fix = note_fix("multiple choice skipped: only 1 fair wrong option(s) among place values in group 'cities' (need 2)");
  CHECK(fix.find("add one more place value(s) to group 'cities'") != std::string::npos);
  CHECK(note_fix("multiple choice skipped: only 0 fair wrong option(s) among dates of the same precision within the same era (need 2)")
            .find("give this date to the month or day") != std::string::npos);
  CHECK(note_fix("multiple choice skipped: only 1 fair wrong option(s) among numbers (need 2)").find("@group") != std::string::npos);
  CHECK(note_fix("cloze, choice and wh-question skipped: the rest of the sentence names the answer").find("reword") != std::string::npos);
  CHECK(note_fix("false statement skipped: the span is one of a list").empty());
}

TEST_CASE("quizgen check's report puts the fix under each warning, not under notes", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Cities\n\n"
      "- Herschel found Uranus in [Bath]{place@cities} in [1781]{date}.\n"
      "- Piazzi found Ceres in [Palermo]{place@cities} in [1801]{date}.\n"));
  const std::string report = format_notes(outcome.notes, "t.facts.md");
  CHECK(report.find("warning: multiple choice skipped") != std::string::npos);
  CHECK(report.find("  fix: add one more place value(s) to group 'cities'") != std::string::npos);
}
