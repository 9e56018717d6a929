// The decks the learner added open on the worker thread at start-up, one after the other in the
// remembered order, so the window shows the shipped decks at once; other loads wait their turn.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

/// A four-fact article with the given id and title; `tag` keeps its spans apart from the others.
std::string small_article(const std::string& id, const std::string& tag) {
  return "---\ntitle: " + id + "\nid: " + id + "\n---\n\n# Facts\n\n"
         "- [Alpha " + tag + "]{term@" + tag + "} is the first letter of " + id + ". {#a}\n"
         "- [Beta " + tag + "]{term@" + tag + "} is the second letter of " + id + ". {#b}\n"
         "- [Gamma " + tag + "]{term@" + tag + "} is the third letter of " + id + ". {#c}\n"
         "- [Delta " + tag + "]{term@" + tag + "} is the fourth letter of " + id + ". {#d}\n";
}

fs::path write_article(const StateFolder& folder, const std::string& id) {
  const fs::path path = folder.deck_path().parent_path() / (id + ".facts.md");
  std::ofstream(path) << small_article(id, id + "tag");
  return path;
}

/// Opens `planets` and then `moons` from the app, so both are remembered for the next start.
void remember_two_decks(StateFolder& folder) {
  AppState state = folder.start(at_secs(0));
  act(state, OpenDeckFile{write_article(folder, "planets")}, at_secs(1));
  act(state, OpenDeckFile{write_article(folder, "moons")}, at_secs(2));
  REQUIRE(state.library().decks().size() == 3);
  state.shut_down(at_secs(3));
}

std::vector<std::string> deck_ids(const AppState& state) {
  std::vector<std::string> ids;
  for (const LoadedDeck& deck : state.library().decks()) ids.push_back(deck.deck_id.str());
  return ids;
}

bool has_warning(const AppState& state) {
  for (const Notice& notice : state.notices()) {
    if (notice.level != Notice::Level::Info) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Start-up returns with the remembered decks still opening, and they open in the remembered order",
          "[state]") {
  StateFolder folder;
  remember_two_decks(folder);

  AppState state = folder.start(at_secs(10));
  CHECK(deck_ids(state) == std::vector<std::string>{"capitals"});
  REQUIRE(state.library().load_job() != nullptr);
  CHECK(state.library().load_job()->path.filename() == "planets.facts.md");
  REQUIRE(state.library().pending_loads().size() == 1);
  CHECK(state.library().pending_loads().front().path.filename() == "moons.facts.md");
  CHECK(state.is_busy());

  state.wait_for_deck_load(at_secs(10));
  CHECK_FALSE(state.is_busy());
  CHECK(state.library().pending_loads().empty());
  CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "planets", "moons"});
  CHECK(state.deck_counts(DeckId("moons")).total_items == 4);
  CHECK(state.library().is_added(DeckId("planets")));
  CHECK(state.library().is_added(DeckId("moons")));
  CHECK_FALSE(has_warning(state));
}

TEST_CASE("A deck opened while the remembered decks are opening waits its turn and opens after them",
          "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  const fs::path comets = write_article(folder, "comets");

  AppState state = folder.start(at_secs(10));
  state.apply_all({OpenDeckFile{comets}}, at_secs(11));
  REQUIRE_FALSE(state.library().pending_loads().empty());
  CHECK(state.library().pending_loads().back().path == comets);
  CHECK_FALSE(has_warning(state));

  state.wait_for_deck_load(at_secs(11));
  CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "planets", "moons", "comets"});
  CHECK(state.library().is_added(DeckId("comets")));
  CHECK_FALSE(has_warning(state));
}

TEST_CASE("Shutting down while the remembered decks open stops the worker and installs nothing half-built",
          "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  {
    AppState state = folder.start(at_secs(10));
    REQUIRE(state.is_busy());
    state.shut_down(at_secs(11));
    CHECK_FALSE(state.is_busy());
    CHECK(state.library().load_job() == nullptr);
    CHECK(state.library().pending_loads().empty());
    CHECK(deck_ids(state) == std::vector<std::string>{"capitals"});
  }
  // The stopped loads are still remembered: the next start opens them.
  AppState relaunched = folder.start(at_secs(20));
  relaunched.wait_for_deck_load(at_secs(20));
  CHECK(deck_ids(relaunched) == std::vector<std::string>{"capitals", "planets", "moons"});
}

TEST_CASE("A remembered deck that no longer builds stays listed with its error and opens once fixed",
          "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  const fs::path planets = folder.deck_path().parent_path() / "planets.facts.md";
  std::ofstream(planets) << "# Broken\n\n- [Mercury]{plase} is a planet.\n";
  {
    AppState state = folder.start(at_secs(10));
    state.wait_for_deck_load(at_secs(10));
    CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "moons"});
    REQUIRE_FALSE(state.notices().empty());
    CHECK(state.notices().back().level == Notice::Level::Error);
    CHECK_THAT(state.notices().back().text, Catch::Contains("planets.facts.md:3:"));
    state.shut_down(at_secs(11));
  }
  std::ofstream(planets) << small_article("planets", "planetstag");
  AppState fixed = folder.start(at_secs(20));
  fixed.wait_for_deck_load(at_secs(20));
  CHECK(deck_ids(fixed) == std::vector<std::string>{"capitals", "planets", "moons"});
}

// Issue 18, failure 1: a remembered deck of 200,000 nested brackets overflowed the stack of the
// deck reader, so the app crashed at every start until decks.list was edited by hand.
TEST_CASE("A remembered deck of 200,000 nested brackets is listed as unopened and can be removed from the list",
          "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  const fs::path planets = folder.deck_path().parent_path() / "planets.json";
  std::ofstream(planets) << std::string(200000, '[') << std::string(200000, ']');
  {  // the list now names the deep file where planets.facts.md was
    std::ifstream list(folder.deck_path().parent_path() / "data" / "decks.list");
    std::string text((std::istreambuf_iterator<char>(list)), std::istreambuf_iterator<char>());
    const std::size_t at = text.find("planets.facts.md");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("planets.facts.md").size(), "planets.json");
    std::ofstream(folder.deck_path().parent_path() / "data" / "decks.list") << text;
  }
  AppState state = folder.start(at_secs(10));
  state.wait_for_deck_load(at_secs(10));
  CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "moons"});
  REQUIRE(state.library().unopened().size() == 1);
  const UnopenedDeck& unopened = state.library().unopened().front();
  CHECK(unopened.path.filename() == "planets.json");
  CHECK_THAT(unopened.error.to_string(), Catch::Contains("planets.json:1:1"));

  SECTION("retrying keeps it listed as unopened, with its reason") {
    act(state, OpenDeckFile{unopened.path}, at_secs(11));
    CHECK(state.library().unopened().size() == 1);
  }
  SECTION("removing it leaves decks.list, so the next start does not try it again") {
    act(state, ForgetUnopenedDeck{planets}, at_secs(11));
    CHECK(state.library().unopened().empty());
    state.shut_down(at_secs(12));
    AppState relaunched = folder.start(at_secs(20));
    relaunched.wait_for_deck_load(at_secs(20));
    CHECK(deck_ids(relaunched) == std::vector<std::string>{"capitals", "moons"});
    CHECK(relaunched.library().unopened().empty());
  }
}

TEST_CASE("Removing a deck while another deck reloads keeps the reload on its deck", "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  AppState state = folder.start(at_secs(10));
  state.wait_for_deck_load(at_secs(10));
  REQUIRE(deck_ids(state) == std::vector<std::string>{"capitals", "planets", "moons"});

  SECTION("the deck being reloaded cannot be removed until the reload is done") {
    state.apply_all({ReloadDeck{DeckId("moons")}, ForgetDeck{DeckId("moons")}}, at_secs(11));
    CHECK_THAT(state.notices().back().text, Catch::Contains("Finish the session or the work running"));
    state.wait_for_deck_load(at_secs(11));
    CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "planets", "moons"});
  }
  SECTION("another deck can be removed meanwhile; the reload still reloads its own deck") {
    state.apply_all({ReloadDeck{DeckId("moons")}, ForgetDeck{DeckId("planets")}}, at_secs(11));
    state.wait_for_deck_load(at_secs(11));
    CHECK(deck_ids(state) == std::vector<std::string>{"capitals", "moons"});
    CHECK_THAT(state.notices().back().text, Catch::Contains("Reloaded moons.facts.md"));
  }
}

TEST_CASE("A study session keeps its deck when a deck listed before it is removed", "[state]") {
  StateFolder folder;
  remember_two_decks(folder);
  AppState state = folder.start(at_secs(10));
  state.wait_for_deck_load(at_secs(10));
  const DeckId moons("moons");
  act(state, StartStudy{moons, std::nullopt}, at_secs(11));
  REQUIRE(state.study());
  const ItemId shown = current_item(state);
  REQUIRE(state.library().find(moons)->find_item(shown) != nullptr);

  act(state, ForgetDeck{DeckId("planets")}, at_secs(12));
  REQUIRE(deck_ids(state) == std::vector<std::string>{"capitals", "moons"});
  CHECK(state.study()->deck() == moons);
  CHECK(current_item(state) == shown);
  act(state, RevealAnswer{}, at_secs(13));
  act(state, RateAnswer{sched::Grade::Good}, at_secs(14));
  const store::ReviewLog& log = state.profile()->reviews();
  REQUIRE(log.size() == 1);
  CHECK(log.at(0).item == shown);
  CHECK(log.at(0).deck_id == "moons");
}
