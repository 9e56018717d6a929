// record_answer: the one path by which the study screen, practice tests and `factdeck answer`
// schedule and save an answer.
#include <catch2/catch.hpp>

#include "state/answering.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

/// A request to answer `item` of the test deck with `grade` at `now`.
AnswerRequest answer_to(ItemId item, sched::Grade grade, sched::TimePoint now) {
  AnswerRequest request;
  request.item = item;
  request.deck_id = kCapitals;
  request.grade = grade;
  request.answer_ms = 4200;
  request.now = now;
  return request;
}

}  // namespace

TEST_CASE("An answer is scheduled with the deck's settings and saved durably", "[state]") {
  StateFolder folder;
  const ItemId item = load_test_deck(folder).deck.items.front().id;
  store::ReviewRecord recorded;
  {
    store::Profile profile = open_test_profile(folder, at_secs(0));
    const sched::ItemState before = profile.item_state(item);
    AnswerRequest request = answer_to(item, sched::Grade::Good, at_secs(10));
    request.displayed_state = before;  // what the learner saw: still current
    const Result<store::ReviewRecord> answered = record_answer(profile, request);
    REQUIRE(answered);
    recorded = *answered;
    CHECK(recorded.item == item);
    CHECK(recorded.deck_id == "capitals");
    CHECK(recorded.grade == sched::Grade::Good);
    CHECK(recorded.answer_ms == 4200);
    CHECK(recorded.before == before);
    CHECK(recorded.after.phase != sched::Phase::New);
    CHECK(recorded.after.reps == before.reps + 1);
    CHECK_FALSE(recorded.is_practice);
    CHECK(profile.item_state(item) == recorded.after);
    CHECK(profile.reviews().size() == 1);
  }
  // Saved before record_answer returned: a fresh open replays it.
  const store::Profile reopened = open_test_profile(folder, at_secs(20));
  REQUIRE(reopened.reviews().size() == 1);
  CHECK(reopened.item_state(item) == recorded.after);
}

TEST_CASE("An answer to a question whose item changed since it was shown is refused as stale", "[state]") {
  StateFolder folder;
  const ItemId item = load_test_deck(folder).deck.items.front().id;
  store::Profile profile = open_test_profile(folder, at_secs(0));
  const sched::ItemState shown = profile.item_state(item);
  AnswerRequest first = answer_to(item, sched::Grade::Good, at_secs(10));
  first.displayed_state = shown;
  REQUIRE(record_answer(profile, first));
  const sched::ItemState after_first = profile.item_state(item);

  SECTION("answered elsewhere in between (another window showed the same question)") {
    AnswerRequest late = answer_to(item, sched::Grade::Again, at_secs(20));
    late.displayed_state = shown;
    const Result<store::ReviewRecord> refused = record_answer(profile, late);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK_THAT(refused.error().message, Catch::Contains("changed since it was shown"));
    CHECK(profile.reviews().size() == 1);
    CHECK(profile.item_state(item) == after_first);
  }
  SECTION("undone in between (the state shown was the answer's)") {
    REQUIRE(profile.undo_last_answer());
    AnswerRequest late = answer_to(item, sched::Grade::Easy, at_secs(20));
    late.displayed_state = after_first;
    const Result<store::ReviewRecord> refused = record_answer(profile, late);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(profile.item_state(item) == shown);
  }
  SECTION("without a displayed state (the headless command) the answer is taken") {
    REQUIRE(record_answer(profile, answer_to(item, sched::Grade::Hard, at_secs(20))));
    CHECK(profile.reviews().size() == 2);
  }
}

TEST_CASE("A practice answer is logged but leaves the schedule where it was", "[state]") {
  StateFolder folder;
  const ItemId item = load_test_deck(folder).deck.items.front().id;
  store::Profile profile = open_test_profile(folder, at_secs(0));
  const sched::ItemState before = profile.item_state(item);
  AnswerRequest request = answer_to(item, sched::Grade::Again, at_secs(10));
  request.is_practice = true;
  const Result<store::ReviewRecord> answered = record_answer(profile, request);
  REQUIRE(answered);
  CHECK(answered->is_practice);
  CHECK(answered->after == before);
  CHECK(profile.item_state(item) == before);
  CHECK(profile.reviews().size() == 1);
}

TEST_CASE("A read-only profile refuses an answer and records nothing", "[state]") {
  StateFolder folder;
  const ItemId item = load_test_deck(folder).deck.items.front().id;
  const store::Profile writer = open_test_profile(folder, at_secs(0));  // holds the lock
  store::Profile reader = open_test_profile(folder, at_secs(1), store::OpenMode::ReadOnly);
  REQUIRE(reader.is_read_only());
  const Result<store::ReviewRecord> refused = record_answer(reader, answer_to(item, sched::Grade::Good, at_secs(10)));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Invalid);
  CHECK(reader.reviews().size() == 0);
}
