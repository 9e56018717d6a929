// Opening a deck from the app builds it on a worker thread; the window keeps drawing meanwhile.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include "state_fixtures.hpp"

using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

constexpr const char* kPlanetsDeck =
    "---\n"
    "title: Planets\n"
    "id: planets\n"
    "---\n"
    "\n"
    "# Inner planets\n"
    "\n"
    "- [Mercury]{place@planets} is the planet nearest the Sun. {#mercury}\n"
    "- [Venus]{place@planets} is the hottest planet. {#venus}\n"
    "- [Mars]{place@planets} has the highest volcano, [Olympus Mons]{place}. {#mars}\n"
    "- [Earth]{place@planets} is the only planet known to have life. {#earth}\n";

fs::path write_file(const fs::path& path, const std::string& text) {
  std::ofstream(path) << text;
  return path;
}

// Applies empty frames, as the window does while busy, until the background work is done.
void run_frames_until_idle(AppState& state) {
  for (int frame = 0; frame < 2000 && state.is_busy(); ++frame) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    state.apply_all({}, at_secs(1));
  }
}

}  // namespace

TEST_CASE("A deck file opened from the app is built in the background and installed between frames",
          "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  const fs::path planets = write_file(folder.deck_path().parent_path() / "planets.facts.md", kPlanetsDeck);

  state.apply_all({OpenDeckFile{planets}}, at_secs(1));
  run_frames_until_idle(state);

  REQUIRE_FALSE(state.is_busy());
  CHECK(state.library().load_job() == nullptr);
  REQUIRE(state.library().decks().size() == 2);
  CHECK(state.library().decks()[1].deck_id == DeckId("planets"));
  CHECK(state.deck_counts(DeckId("planets")).total_items == 5);
}

TEST_CASE("The same deck opened twice while it is loading is listed once, without a warning", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  const fs::path planets = write_file(folder.deck_path().parent_path() / "planets.facts.md", kPlanetsDeck);

  state.apply_all({OpenDeckFile{planets}, OpenDeckFile{planets}}, at_secs(1));
  state.wait_for_deck_load(at_secs(1));

  CHECK(state.notices().empty());
  CHECK(state.library().decks().size() == 2);
  CHECK(state.library().pending_loads().empty());
}

TEST_CASE("A deck file that does not parse leaves the open decks as they were", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  const fs::path broken =
      write_file(folder.deck_path().parent_path() / "broken.facts.md", "# Broken\n\n- [Paris]{plase} is a city.\n");

  act(state, OpenDeckFile{broken}, at_secs(1));

  CHECK(state.library().decks().size() == 1);
  REQUIRE_FALSE(state.notices().empty());
  CHECK(state.notices().back().level == Notice::Level::Error);
  CHECK_THAT(state.notices().back().text, Catch::Contains("broken.facts.md:3:"));
}

TEST_CASE("A deck the learner opened is listed again at the next start until it is removed", "[state]") {
  StateFolder folder;
  const fs::path planets = write_file(folder.deck_path().parent_path() / "planets.facts.md", kPlanetsDeck);
  {
    AppState state = folder.start(at_secs(0));
    act(state, OpenDeckFile{planets}, at_secs(1));
    REQUIRE(state.library().decks().size() == 2);
    CHECK(state.library().is_added(DeckId("planets")));
    state.shut_down(at_secs(2));
  }
  AppState relaunched = folder.start(at_secs(10));
  relaunched.wait_for_deck_load(at_secs(10));  // remembered decks open on the worker thread
  REQUIRE(relaunched.library().decks().size() == 2);
  CHECK(relaunched.library().decks()[1].deck_id == DeckId("planets"));

  act(relaunched, ForgetDeck{DeckId("planets")}, at_secs(11));
  CHECK(relaunched.library().decks().size() == 1);
  CHECK(relaunched.deck_counts(DeckId("planets")).total_items == 0);
  CHECK(relaunched.deck_counts(kCapitals).total_items == 8);
  CHECK_THAT(relaunched.notices().back().text, Catch::Contains("no longer listed"));
  relaunched.shut_down(at_secs(12));
  AppState third = folder.start(at_secs(20));
  third.wait_for_deck_load(at_secs(20));
  CHECK(third.library().decks().size() == 1);
}

TEST_CASE("A remembered deck whose file is gone is dropped from the list with a notice", "[state]") {
  StateFolder folder;
  const fs::path planets = write_file(folder.deck_path().parent_path() / "planets.facts.md", kPlanetsDeck);
  {
    AppState state = folder.start(at_secs(0));
    act(state, OpenDeckFile{planets}, at_secs(1));
    state.shut_down(at_secs(2));
  }
  fs::remove(planets);
  AppState relaunched = folder.start(at_secs(10));
  CHECK(relaunched.library().load_job() == nullptr);  // nothing left to open
  CHECK(relaunched.library().decks().size() == 1);
  REQUIRE_FALSE(relaunched.notices().empty());
  CHECK_THAT(relaunched.notices().back().text, Catch::Contains("planets.facts.md was not found"));
}
