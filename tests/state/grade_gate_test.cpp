// GradeGate: a grade counts only once its verdict has been on screen for kVerdictReadTime.
#include <catch2/catch.hpp>

#include <initializer_list>

#include "state/grade_gate.hpp"

using factdeck::state::GradeGate;
using factdeck::state::kVerdictReadTime;
using ms = std::chrono::milliseconds;

namespace {

/// A gate that has drawn one verdict in frames starting at each of `frame_starts_ms`.
GradeGate after_frames(std::initializer_list<int> frame_starts_ms) {
  GradeGate gate;
  for (int start : frame_starts_ms) gate.verdict_frame(ms(start));
  return gate;
}

}  // namespace

TEST_CASE("A grade in the frame that first draws the verdict is refused with a hint", "[state]") {
  GradeGate gate = after_frames({0});
  CHECK_FALSE(gate.shows_hint());
  CHECK_FALSE(gate.take_grade());
  CHECK(gate.shows_hint());
}

TEST_CASE("The same key pressed twice 40 ms apart does not grade", "[state]") {
  // The first press answered; frames at 60 Hz; the second press is read 40 ms later.
  GradeGate gate = after_frames({0, 16, 33, 40});
  CHECK_FALSE(gate.take_grade());
  CHECK(gate.shows_hint());
}

TEST_CASE("A grade counts once the verdict was visible for the read time", "[state]") {
  const int visible_ms = 16;  // the second verdict frame: the first one is on screen
  SECTION("just before") {
    GradeGate gate = after_frames({0, visible_ms, visible_ms + static_cast<int>(kVerdictReadTime.count()) - 1});
    CHECK_FALSE(gate.take_grade());
  }
  SECTION("at the read time, after an idle wait, and again after a refusal") {
    GradeGate gate = after_frames({0, visible_ms, visible_ms + 100});
    CHECK_FALSE(gate.take_grade());
    gate.verdict_frame(ms(visible_ms + kVerdictReadTime.count()));
    CHECK(gate.take_grade());
    gate.verdict_frame(ms(5000));
    CHECK(gate.take_grade());
  }
}

TEST_CASE("A slow first verdict frame does not count as time on screen", "[state]") {
  // Under load the first verdict frame took a second; a press made during it is read at the start
  // of the next frame and must not grade, though a second has passed since the answer.
  GradeGate gate = after_frames({0, 1000});
  CHECK_FALSE(gate.take_grade());
  gate.verdict_frame(ms(1000 + kVerdictReadTime.count()));
  CHECK(gate.take_grade());
}

TEST_CASE("Each new verdict starts closed, without the last one's hint", "[state]") {
  GradeGate gate = after_frames({0, 16, 400});
  CHECK(gate.take_grade());
  gate.reset();  // the next question: no verdict drawn
  CHECK_FALSE(gate.shows_hint());
  gate.verdict_frame(ms(900));
  CHECK_FALSE(gate.take_grade());
  CHECK(gate.shows_hint());
}
