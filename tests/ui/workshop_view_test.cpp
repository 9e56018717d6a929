// The workshop screen drawn headless: its start (no text yet), a draft being decided, and a
// draft whose facts file has an error — at the smallest supported window and the usual one.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <fstream>

#include "headless_imgui.hpp"
#include "root_frame.hpp"
#include "../state/state_fixtures.hpp"
#include "state/workshop_files.hpp"
#include "ui/root_view.hpp"
#include "ui/window_title.hpp"

using namespace factdeck;
using factdeck::ui::testing::HeadlessImGui;
using factdeck::ui::testing::draw_frame;
using namespace factdeck::state::testing;

namespace {

constexpr const char* kText =
    "# Moon landings\n\nEugene Cernan was the last person to walk on the Moon, in December 1972. "
    "Neil Armstrong walked on the Moon in July 1969.\n";

}  // namespace

TEST_CASE("The workshop screen draws its start, a draft and a draft with an error", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  state::AppState state = folder.start(at_secs(0));
  HeadlessImGui context(display);
  ui::RootViewUi view;
  act(state, state::GoTo{state::Screen::Workshop}, at_secs(1));
  for (int frame = 0; frame < 2; ++frame) CHECK(draw_frame(state, view).empty());
  CHECK(ui::window_title(state) == "factdeck \u2014 workshop");

  const fs::path text = folder.deck_path().parent_path() / "moon.txt";
  std::ofstream(text) << kText;
  act(state, state::OpenWorkshopFile{text}, at_secs(2));
  REQUIRE(state.workshop() != nullptr);
  act(state, state::DecideOpenSpans{quizgen::SpanType::Person, state::SpanDecision::Accepted}, at_secs(3));
  for (int frame = 0; frame < 2; ++frame) CHECK(draw_frame(state, view).empty());
  REQUIRE(view.workshop.current.has_value());  // the first proposal is current
  CHECK(ui::window_title(state).find("workshop: 2/") != std::string::npos);

  act(state, state::SaveWorkshop{}, at_secs(4));
  std::ofstream(state.workshop()->facts_file) << "# Broken\n\n- [Moon]{nonsense} is bright.\n";
  fs::last_write_time(state.workshop()->facts_file, fs::last_write_time(text) + std::chrono::seconds(5));
  act(state, state::GoTo{state::Screen::Workshop}, at_secs(10));  // the file is followed
  REQUIRE(state.workshop()->workshop.check().error_count > 0);
  for (int frame = 0; frame < 2; ++frame) CHECK(draw_frame(state, view).empty());
}
