#include <catch2/catch.hpp>
#include <imgui.h>

#include "headless_imgui.hpp"
#include "root_frame.hpp"
#include "../state/state_fixtures.hpp"
#include "ui/root_view.hpp"
#include "ui/theme.hpp"
#include "ui/window_title.hpp"

using namespace factdeck;
using factdeck::ui::testing::HeadlessImGui;
using factdeck::ui::testing::draw_frame;
using namespace factdeck::state::testing;

namespace {

template <class Action>
bool contains(const state::ActionQueue& actions) {
  for (const state::Action& action : actions) {
    if (std::holds_alternative<Action>(action)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("The study screen draws a flagged question and its in-app fact view", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  folder.launch_fails = true;
  state::AppState state = folder.start(at_secs(0));
  act(state, state::StartStudy{kCapitals, std::nullopt}, at_secs(0));
  act(state, state::FlagItem{}, at_secs(1));
  act(state, state::EditItem{}, at_secs(2));
  REQUIRE(state.fact_view());
  CHECK_THAT(ui::window_title(state), Catch::Contains("(flagged)"));
  HeadlessImGui context(display);
  ui::RootViewUi view;
  for (int frame = 0; frame < 3; ++frame) CHECK(draw_frame(state, view).empty());
}

TEST_CASE("Ctrl+J, Ctrl+K, Ctrl+E and Ctrl+R on the study screen push their actions", "[ui]") {
  StateFolder folder;
  state::AppState state = folder.start(at_secs(0));
  act(state, state::StartStudy{kCapitals, std::nullopt}, at_secs(0));
  HeadlessImGui context(ImVec2(1280, 800));
  ui::RootViewUi view;
  (void)draw_frame(state, view);
  CHECK(contains<state::SuspendItem>(draw_frame(state, view, 'J')));
  (void)draw_frame(state, view);
  CHECK(contains<state::FlagItem>(draw_frame(state, view, 'K')));
  (void)draw_frame(state, view);
  CHECK(contains<state::EditItem>(draw_frame(state, view, 'E')));
  (void)draw_frame(state, view);
  CHECK(contains<state::ReloadDeck>(draw_frame(state, view, 'R')));
}
