// StudySession on its own: a deck and a profile passed in, no AppState around it.
#include <catch2/catch.hpp>

#include "state/answering.hpp"
#include "state/study_session.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

/// A session on the test deck with its first question shown at `now`.
StudySession started_session(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now) {
  StudySession session(deck.deck_id, std::nullopt, now);
  session.show_next(deck, profile, now);
  REQUIRE(session.current());
  return session;
}

}  // namespace

TEST_CASE("A study session shows a question, judges it once and records its grade", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session = started_session(deck, profile, at_secs(0));
  const ItemId first = session.current()->item;
  CHECK_FALSE(session.has_undo_step());

  session.answer(judge_reveal());
  AnswerFeedback second_try = judge_reveal();
  second_try.is_correct = false;
  session.answer(second_try);  // a question is judged once
  REQUIRE(session.feedback());
  CHECK(session.feedback()->is_correct);

  REQUIRE(session.rate(profile, deck, sched::Grade::Good, at_secs(8)));
  CHECK(session.answered() == 1);
  CHECK(session.correct() == 1);
  CHECK(session.answer_ms_total() == 8000);
  CHECK(profile.reviews().size() == 1);
  CHECK(profile.item_state(first).reps == 1);
  REQUIRE(session.current());
  CHECK(session.current()->item != first);  // not the same item twice in a row
  CHECK_FALSE(session.feedback());
  CHECK(session.has_undo_step());
}

TEST_CASE("A study session refuses a grade for a question answered elsewhere meanwhile", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session = started_session(deck, profile, at_secs(0));
  const ItemId shown = session.current()->item;
  session.answer(judge_reveal());
  // Another path (the headless command) answers the same item while it is on screen.
  AnswerRequest elsewhere;
  elsewhere.item = shown;
  elsewhere.deck_id = kCapitals;
  elsewhere.now = at_secs(5);
  REQUIRE(record_answer(profile, elsewhere));

  const Result<void> rated = session.rate(profile, deck, sched::Grade::Easy, at_secs(8));
  REQUIRE_FALSE(rated);
  CHECK(rated.error().code == ErrorCode::Conflict);
  CHECK_THAT(rated.error().message, Catch::StartsWith("Your answer was not saved: "));
  CHECK_THAT(rated.error().message, Catch::EndsWith("Your earlier progress is intact."));
  // Nothing moved: the question and its verdict stay, the count and the log too.
  CHECK(session.answered() == 0);
  CHECK(session.current()->item == shown);
  CHECK(session.feedback());
  CHECK(profile.reviews().size() == 1);
  CHECK_FALSE(session.has_undo_step());
}

TEST_CASE("Undo in a study session takes back the newest answer, bury or mark, newest first", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session = started_session(deck, profile, at_secs(0));
  const ItemId answered = session.current()->item;
  session.answer(judge_reveal());
  REQUIRE(session.rate(profile, deck, sched::Grade::Good, at_secs(5)));
  const ItemId buried = session.current()->item;
  session.bury(deck, profile, at_secs(6));
  CHECK(session.buried() == std::vector<ItemId>{buried});
  const ItemId suspended = session.current()->item;
  REQUIRE(session.suspend(profile, deck, at_secs(7)));
  CHECK(profile.item_state(suspended).is_suspended);

  REQUIRE(session.undo(profile, deck, at_secs(8)));  // the suspend: the item is back on screen
  CHECK_FALSE(profile.item_state(suspended).is_suspended);
  CHECK(session.current()->item == suspended);
  REQUIRE(session.undo(profile, deck, at_secs(9)));  // the bury
  CHECK(session.buried().empty());
  CHECK(session.current()->item == buried);
  REQUIRE(session.undo(profile, deck, at_secs(10)));  // the answer, asked again as before it
  CHECK(session.answered() == 0);
  CHECK(profile.item_state(answered).reps == 0);
  CHECK(session.current()->item == answered);
  CHECK(session.current()->displayed_state == profile.item_state(answered));
  CHECK_FALSE(session.has_undo_step());
}

TEST_CASE("A flag on the question shown keeps its answer from being refused as stale", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session = started_session(deck, profile, at_secs(0));
  const ItemId flagged = session.current()->item;
  REQUIRE(session.toggle_flag(profile, at_secs(2)));
  CHECK(profile.item_state(flagged).is_flagged);
  CHECK(session.current()->item == flagged);
  CHECK(session.current()->displayed_state.is_flagged);
  session.answer(judge_reveal());
  REQUIRE(session.rate(profile, deck, sched::Grade::Good, at_secs(5)));
  CHECK(profile.item_state(flagged).is_flagged);
}

TEST_CASE("A study session's summary is saved only when something was answered", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session = started_session(deck, profile, at_secs(0));
  REQUIRE(session.record_end(profile, at_secs(1)));
  CHECK(profile.sessions().empty());
  session.answer(judge_reveal());
  REQUIRE(session.rate(profile, deck, sched::Grade::Again, at_secs(5)));
  REQUIRE(session.record_end(profile, at_secs(60)));
  REQUIRE(profile.sessions().size() == 1);
  CHECK(profile.sessions()[0].deck_id == "capitals");
  CHECK(profile.sessions()[0].answers == 1);
  CHECK(profile.sessions()[0].correct == 0);
  CHECK(profile.sessions()[0].started == at_secs(0));
  CHECK(profile.sessions()[0].ended == at_secs(60));
}

TEST_CASE("A typed answer that differs from the answer shows both, accepted or not", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  const quizgen::Item* paris = nullptr;
  for (const quizgen::Item& item : deck.deck.items) {
    if (item.canonical == "Paris") paris = &item;
  }
  REQUIRE(paris != nullptr);
  PresentedQuestion shown;
  shown.item = paris->id;
  shown.mode = sched::Retrieval::Recall;
  shown.shown_at = at_secs(0);
  shown.question_index = choose_question(*paris, sched::Retrieval::Recall, 0);  // a typed one
  const auto typed = [&](const char* text) {
    return judge_answer(deck.deck, *paris, shown, quizgen::TypedAnswer{text}, at_secs(4));
  };

  const AnswerFeedback misspelt = typed("Pariss");
  CHECK(misspelt.is_correct);  // a close spelling is accepted ...
  CHECK(misspelt.differs_from_answer);  // ... and the spelling is still shown
  REQUIRE(misspelt.answer.has_value());
  CHECK(std::get<quizgen::TypedAnswer>(*misspelt.answer).text == "Pariss");

  const AnswerFeedback exact = typed("  paris ");
  CHECK(exact.is_correct);
  CHECK_FALSE(exact.differs_from_answer);  // case and spaces need no correction

  const AnswerFeedback wrong = typed("Rome");
  CHECK_FALSE(wrong.is_correct);
  CHECK(wrong.differs_from_answer);
}
