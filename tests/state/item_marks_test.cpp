#include <catch2/catch.hpp>

#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

/// Starts studying the test deck (index 0) at `now`.
void start_study(AppState& state, sched::TimePoint now) {
  act(state, StartStudy{kCapitals, std::nullopt}, now);
  REQUIRE(state.screen() == Screen::Study);
  REQUIRE(state.study()->current());
}

sched::ItemState stored(const AppState& state, ItemId item) {
  return state.profile()->item_state(item);
}

/// Answers the question on screen as revealed and rated Good.
void answer_good(AppState& state, sched::TimePoint now) {
  act(state, RevealAnswer{}, now);
  act(state, RateAnswer{sched::Grade::Good}, now);
}

}  // namespace

TEST_CASE("Suspending the shown item saves it and moves on to another question", "[state]") {
  StateFolder folder;
  ItemId suspended;
  {
    AppState state = folder.start(at_secs(0));
    start_study(state, at_secs(0));
    suspended = current_item(state);
    act(state, SuspendItem{}, at_secs(5));
    CHECK(stored(state, suspended).is_suspended);
    CHECK(current_item(state) != suspended);
    CHECK(state.can_undo());
    state.shut_down(at_secs(10));
  }
  AppState relaunched = folder.start(at_secs(20));
  CHECK(relaunched.profile()->item_state(suspended).is_suspended);
  const std::vector<MarkedItem> marked =
      marked_items(relaunched.library().decks()[0], *relaunched.profile());
  REQUIRE(marked.size() == 1);
  CHECK(marked[0].item == suspended);
  CHECK(marked[0].is_suspended);
  CHECK_FALSE(marked[0].is_flagged);
  // The whole session never asks the suspended item again.
  start_study(relaunched, at_secs(30));
  for (int i = 0; i < 40 && relaunched.study()->current(); ++i) {
    CHECK(current_item(relaunched) != suspended);
    answer_good(relaunched, at_secs(40 + i));
  }
}

TEST_CASE("Flagging toggles on the shown question, which can still be answered", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId item = current_item(state);
  act(state, FlagItem{}, at_secs(1));
  CHECK(stored(state, item).is_flagged);
  CHECK(current_item(state) == item);
  CHECK(state.study()->current()->displayed_state.is_flagged);

  SECTION("an answer after flagging is recorded and keeps the flag") {
    answer_good(state, at_secs(2));
    CHECK(state.study()->answered() == 1);
    CHECK(stored(state, item).reps == 1);
    CHECK(stored(state, item).is_flagged);
  }
  SECTION("flagging again unflags") {
    act(state, FlagItem{}, at_secs(2));
    CHECK_FALSE(stored(state, item).is_flagged);
    CHECK_FALSE(state.study()->current()->displayed_state.is_flagged);
  }
}

TEST_CASE("Undo takes back suspends, flags and answers, newest first", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId flagged = current_item(state);
  act(state, FlagItem{}, at_secs(1));
  answer_good(state, at_secs(2));
  const ItemId suspended = current_item(state);
  REQUIRE(suspended != flagged);
  act(state, SuspendItem{}, at_secs(3));
  REQUIRE(stored(state, suspended).is_suspended);

  act(state, UndoAnswer{}, at_secs(4));  // the suspend: the item is back on screen
  CHECK_FALSE(stored(state, suspended).is_suspended);
  CHECK(current_item(state) == suspended);
  act(state, UndoAnswer{}, at_secs(5));  // the answer
  CHECK(state.profile()->reviews().empty());
  CHECK(current_item(state) == flagged);
  CHECK(stored(state, flagged).is_flagged);
  act(state, UndoAnswer{}, at_secs(6));  // the flag, on the question on screen
  CHECK_FALSE(stored(state, flagged).is_flagged);
  CHECK_FALSE(state.study()->current()->displayed_state.is_flagged);
  CHECK_FALSE(state.can_undo());
  CHECK(state.profile()->items().empty());
}

TEST_CASE("The deck options unsuspend and unflag items outside a session", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId item = current_item(state);
  act(state, FlagItem{}, at_secs(1));
  act(state, SuspendItem{}, at_secs(2));
  act(state, EndStudy{}, at_secs(3));
  REQUIRE(stored(state, item).is_suspended);
  REQUIRE(stored(state, item).is_flagged);

  act(state, SetItemMarks{kCapitals, item, false, true}, at_secs(4));
  CHECK_FALSE(stored(state, item).is_suspended);
  CHECK(stored(state, item).is_flagged);
  REQUIRE(marked_items(state.library().decks()[0], *state.profile()).size() == 1);
  CHECK_FALSE(marked_items(state.library().decks()[0], *state.profile())[0].is_suspended);
  act(state, SetItemMarks{kCapitals, item, false, false}, at_secs(5));
  CHECK(marked_items(state.library().decks()[0], *state.profile()).empty());
}

TEST_CASE("Edit opens the fact's file at its line in the user's editor", "[state]") {
  StateFolder folder;
  ::setenv("VISUAL", "my-editor  --wait", 1);
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const quizgen::Item& item = *state.library().decks()[0].find_item(current_item(state));
  const int expected_line = 8 + static_cast<int>(item.fact_index);  // facts are lines 8-11
  act(state, EditItem{}, at_secs(1));
  REQUIRE(folder.launched.size() == 1);
  const std::vector<std::string> expected{"my-editor", "--wait", "+" + std::to_string(expected_line),
                                          folder.deck_path().string()};
  CHECK(folder.launched[0] == expected);
  CHECK_FALSE(state.fact_view());
  REQUIRE_FALSE(state.notices().empty());
  CHECK_THAT(state.notices().back().text, Catch::Contains("Ctrl+R"));
  ::unsetenv("VISUAL");
}

TEST_CASE("Edit shows the fact in the app when no editor can be started", "[state]") {
  StateFolder folder;
  folder.launch_fails = true;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId item = current_item(state);
  act(state, EditItem{}, at_secs(1));
  REQUIRE(state.fact_view());
  CHECK(state.fact_view()->item == item);
  REQUIRE(state.fact_view()->location);
  CHECK(state.fact_view()->location->file == folder.deck_path());
  CHECK(state.fact_view()->location->line >= 8);
  CHECK_THAT(state.fact_view()->reason, Catch::Contains("cannot start"));
  act(state, CloseFactView{}, at_secs(2));
  CHECK_FALSE(state.fact_view());
}

TEST_CASE("Reloading an edited deck keeps the progress of unchanged facts", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId answered = current_item(state);
  answer_good(state, at_secs(1));
  const sched::ItemState progress = stored(state, answered);
  REQUIRE(progress.reps == 1);
  const std::size_t items_before = state.library().decks()[0].deck.items.size();
  folder.write_deck(std::string(kCapitalsDeck) +
                    "- [Vienna]{place@capitals} is the capital of [Austria]{place@countries}. {#vienna}\n");

  act(state, ReloadDeck{kCapitals}, at_secs(2));
  CHECK(state.library().decks()[0].deck.items.size() == items_before + 2);
  CHECK(stored(state, answered) == progress);
  CHECK(state.library().decks()[0].find_item(answered) != nullptr);
  CHECK(state.screen() == Screen::Study);
  CHECK(state.study()->current());

  SECTION("a deck that no longer parses stays as it was, with the error shown") {
    folder.write_deck("# Broken\n\n- [Paris]{plase} is a city.\n");
    act(state, ReloadDeck{kCapitals}, at_secs(3));
    CHECK(state.library().decks()[0].deck.items.size() == items_before + 2);
    REQUIRE_FALSE(state.notices().empty());
    CHECK(state.notices().back().level == Notice::Level::Error);
    CHECK_THAT(state.notices().back().text, Catch::Contains(":3:"));
  }
}

TEST_CASE("Undo brings a buried item back on screen and into the session", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  start_study(state, at_secs(0));
  const ItemId buried = current_item(state);
  act(state, BuryItem{}, at_secs(1));
  REQUIRE(current_item(state) != buried);
  CHECK(state.study()->buried() == std::vector<ItemId>{buried});
  CHECK(state.can_undo());

  act(state, UndoAnswer{}, at_secs(2));
  CHECK(current_item(state) == buried);
  CHECK(state.study()->buried().empty());
  CHECK_FALSE(state.can_undo());
  // Not buried any more: it can be answered, and that answer is recorded.
  answer_good(state, at_secs(3));
  CHECK(stored(state, buried).reps == 1);
}
