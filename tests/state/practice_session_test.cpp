// PracticeSession on its own: building a test, judging its answers and logging them.
#include <catch2/catch.hpp>

#include "state/practice_session.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

/// A test of typed questions only, answered with `text` each time.
PracticeConfig typed_only(bool moves_schedule) {
  PracticeConfig config;
  config.kinds = {PracticeKind::Typed};
  config.question_count = 3;
  config.moves_schedule = moves_schedule;
  return config;
}

}  // namespace

TEST_CASE("A practice test with no matching question is refused", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  PracticeConfig config;
  config.kinds = {};
  const Result<PracticeSession> started = PracticeSession::start(deck, config, nullptr);
  REQUIRE_FALSE(started);
  CHECK(started.error().code == ErrorCode::Invalid);
}

TEST_CASE("Practice answers are logged as practice and move the schedule only when asked to", "[state]") {
  const bool moves_schedule = GENERATE(false, true);
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  Result<PracticeSession> started = PracticeSession::start(deck, typed_only(moves_schedule), &profile);
  REQUIRE(started);
  PracticeSession& session = *started;
  REQUIRE(session.test().questions.size() == 3);
  CHECK(session.deck() == kCapitals);
  for (int i = 0; i < 3; ++i) REQUIRE(session.answer(&profile, deck, quizgen::TypedAnswer{"Oslo"}, at_secs(10 + i)));
  CHECK(session.test().is_finished());
  CHECK(session.test().correct_count() == 0);
  REQUIRE(profile.reviews().size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    const store::ReviewRecord record = profile.reviews().at(i);
    CHECK(record.is_practice == !moves_schedule);
    CHECK(record.grade == sched::Grade::Again);
    CHECK((profile.item_state(record.item).reps > 0) == moves_schedule);
  }
  // The finished test is saved as a session with its score.
  REQUIRE(profile.sessions().size() == 1);
  CHECK(profile.sessions()[0].answers == 3);
  CHECK(profile.sessions()[0].correct == 0);
  // Answers after the end are ignored.
  REQUIRE(session.answer(&profile, deck, quizgen::TypedAnswer{"Paris"}, at_secs(20)));
  CHECK(profile.reviews().size() == 3);
}

TEST_CASE("A practice test without a profile is judged but logs nothing", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  Result<PracticeSession> started = PracticeSession::start(deck, typed_only(false), nullptr);
  REQUIRE(started);
  REQUIRE(started->answer(nullptr, deck, quizgen::TypedAnswer{"Oslo"}, at_secs(1)));
  CHECK(started->test().position == 1);
  REQUIRE(started->test().outcomes[0]);
  CHECK_FALSE(started->test().outcomes[0]->is_correct);
}
