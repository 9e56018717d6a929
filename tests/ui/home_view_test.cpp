// The home screen while the decks the learner added are still opening (start-up), and after.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <fstream>

#include "headless_imgui.hpp"
#include "root_frame.hpp"
#include "../state/state_fixtures.hpp"
#include "ui/root_view.hpp"

using namespace factdeck;
using factdeck::ui::testing::HeadlessImGui;
using factdeck::ui::testing::draw_frame;
using namespace factdeck::state::testing;

TEST_CASE("The home screen draws the remembered decks still opening, then the opened decks", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  const fs::path planets = folder.deck_path().parent_path() / "planets.facts.md";
  std::ofstream(planets) << "---\ntitle: Planets\nid: planets\n---\n\n# Planets\n\n"
                            "- [Mars]{place@planets} is the fourth planet from the Sun. {#mars}\n"
                            "- [Venus]{place@planets} is the second planet from the Sun. {#venus}\n";
  {
    state::AppState first = folder.start(at_secs(0));  // remembers the capitals deck
    act(first, state::OpenDeckFile{planets}, at_secs(1));
    first.shut_down(at_secs(2));
  }
  // Started without a deck of its own and with no shipped decks, the app has nothing open yet.
  state::StartOptions options;
  options.data_dir = (folder.deck_path().parent_path() / "data").string();
  state::AppState state = state::AppState::start(options, at_secs(10));
  REQUIRE(state.library().decks().empty());
  REQUIRE(state.library().load_job() != nullptr);
  REQUIRE(state.library().pending_loads().size() == 1);

  HeadlessImGui context(display);
  ui::RootViewUi view;
  for (int frame = 0; frame < 3; ++frame) CHECK(draw_frame(state, view).empty());
  state.wait_for_deck_load(at_secs(10));
  REQUIRE(state.library().decks().size() == 2);
  for (int frame = 0; frame < 3; ++frame) CHECK(draw_frame(state, view).empty());
}

TEST_CASE("The home screen lists a remembered deck that did not open, with Retry and Remove buttons", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  const fs::path deep = folder.deck_path().parent_path() / "deep.json";
  {
    state::AppState first = folder.start(at_secs(0));
    act(first, state::OpenDeckFile{folder.deck_path()}, at_secs(1));
    first.shut_down(at_secs(2));
  }
  std::ofstream(folder.deck_path().parent_path() / "data" / "decks.list") << deep.string() << "\n";
  std::ofstream(deep) << std::string(200000, '[') << std::string(200000, ']');
  state::StartOptions options;
  options.data_dir = (folder.deck_path().parent_path() / "data").string();
  state::AppState state = state::AppState::start(options, at_secs(10));
  state.wait_for_deck_load(at_secs(10));
  REQUIRE(state.library().decks().empty());
  REQUIRE(state.library().unopened().size() == 1);

  HeadlessImGui context(display);
  ui::RootViewUi view;
  for (int frame = 0; frame < 3; ++frame) CHECK(draw_frame(state, view).empty());
}

TEST_CASE("A deck's options draw the results export for the teacher", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  state::AppState state = folder.start(at_secs(0));
  HeadlessImGui context(display);
  ui::RootViewUi view;
  view.home.options_deck = kCapitals;
  view.home.student_name = "Ada L.";
  for (int frame = 0; frame < 3; ++frame) CHECK(draw_frame(state, view).empty());
  CHECK(view.home.options_deck == kCapitals);  // drawing alone neither saves nor closes the options
}
