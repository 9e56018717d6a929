// Several learners on one machine: switching profiles keeps each one's progress apart, and the
// app reopens the profile last switched to.
#include <catch2/catch.hpp>

#include <fstream>

#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

std::size_t answered_items(const AppState& state) {
  std::size_t answered = 0;
  for (const quizgen::Item& item : state.library().decks()[0].deck.items) {
    if (state.profile()->item_state(item.id).phase != sched::Phase::New) ++answered;
  }
  return answered;
}

void answer_one(AppState& state, sched::TimePoint now) {
  act(state, StartStudy{kCapitals, std::nullopt}, now);
  REQUIRE(state.study()->current());
  act(state, RevealAnswer{}, now);
  act(state, RateAnswer{sched::Grade::Good}, now);
}

}  // namespace

TEST_CASE("Switching to a new profile starts it fresh and keeps the first one's answers apart",
          "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  CHECK(state.profiles().name() == "default");
  answer_one(state, at_secs(10));
  REQUIRE(answered_items(state) == 1);

  act(state, SwitchProfile{"alice"}, at_secs(20));
  REQUIRE(state.profile() != nullptr);
  CHECK(state.profiles().name() == "alice");
  CHECK(state.screen() == Screen::Home);
  CHECK_FALSE(state.study());
  CHECK(answered_items(state) == 0);
  CHECK(state.profiles().names() == std::vector<std::string>{"alice", "default"});
  CHECK_THAT(state.notices().back().text, Catch::Contains("Now studying as alice"));

  act(state, SwitchProfile{"default"}, at_secs(30));
  CHECK(state.profiles().name() == "default");
  CHECK(answered_items(state) == 1);
}

TEST_CASE("The app reopens the profile last switched to", "[state]") {
  StateFolder folder;
  {
    AppState state = folder.start(at_secs(0));
    act(state, SwitchProfile{"bob"}, at_secs(10));
    answer_one(state, at_secs(20));
    state.shut_down(at_secs(30));
  }
  AppState relaunched = folder.start(at_secs(40));
  CHECK(relaunched.profiles().name() == "bob");
  CHECK(answered_items(relaunched) == 1);
}

TEST_CASE("A profile name with a slash is refused and the open profile stays", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, SwitchProfile{"../elsewhere"}, at_secs(10));
  CHECK(state.profiles().name() == "default");
  REQUIRE(state.profile() != nullptr);
  CHECK(state.notices().back().level == Notice::Level::Error);
  CHECK_THAT(state.notices().back().text, Catch::Contains("not a profile name"));
}

TEST_CASE("The study day's start hour is saved for every open deck and kept", "[state]") {
  StateFolder folder;
  {
    AppState state = folder.start(at_secs(0));
    REQUIRE(state.deck_settings(kCapitals).day_start_hour == 4);
    act(state, SetDayStartHour{2}, at_secs(10));
    CHECK(state.deck_settings(kCapitals).day_start_hour == 2);
    act(state, SetDayStartHour{24}, at_secs(20));  // not an hour: ignored
    CHECK(state.deck_settings(kCapitals).day_start_hour == 2);
    state.shut_down(at_secs(30));
  }
  AppState relaunched = folder.start(at_secs(40));
  CHECK(relaunched.deck_settings(kCapitals).day_start_hour == 2);
}

TEST_CASE("A damaged last-profile file opens the default profile", "[state]") {
  StateFolder folder;
  { AppState first = folder.start(at_secs(0)); }
  std::ofstream(folder.deck_path().parent_path() / "data" / "last-profile") << "../../etc\n";
  AppState state = folder.start(at_secs(10));
  CHECK(state.profiles().name() == "default");
  CHECK(state.profile() != nullptr);
}
