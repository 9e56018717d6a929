// The class report screen, drawn headless: empty, then with a report of two students.
#include <catch2/catch.hpp>
#include <imgui.h>

#include <fstream>

#include "classroom/results_file.hpp"
#include "state/class_report.hpp"
#include "headless_imgui.hpp"
#include "root_frame.hpp"
#include "../state/state_fixtures.hpp"
#include "ui/root_view.hpp"

using namespace factdeck;
using factdeck::ui::testing::HeadlessImGui;
using factdeck::ui::testing::draw_frame;
using namespace factdeck::state::testing;

namespace {

// A results file of `name` who answered the deck's first item, right or not (typing it, or a
// misspelling), with its memory state: the plots and every column have something to draw.
void write_results(const fs::path& path, const state::LoadedDeck& deck, const std::string& name, bool is_right) {
  classroom::StudentResults results;
  results.student = {name, name};
  results.deck_id = deck.deck_id.str();
  results.deck_hash = classroom::deck_content_hash(deck.deck);
  classroom::QuestionResult question;
  question.item = deck.deck.items.front().id;
  question.attempts = 1;
  question.correct = is_right ? 1 : 0;
  question.is_first_correct = is_right;
  question.answers = {classroom::AnswerResult{at_secs(0), is_right ? sched::Grade::Good : sched::Grade::Again, 4000, false,
                                              is_right, deck.deck.items.front().answer + (is_right ? "" : "x")}};
  results.questions = {question};
  results.memory = {classroom::ItemMemory{question.item, 3.0, 5.0, at_secs(0)}};
  std::ofstream(path) << classroom::results_to_json(results);
}

}  // namespace

TEST_CASE("The class report screen draws empty, then a report, without asserts", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  StateFolder folder;
  state::AppState state = folder.start(at_secs(0));
  act(state, state::GoTo{state::Screen::ClassReport}, at_secs(1));
  HeadlessImGui context(display);
  ui::RootViewUi view;
  for (int frame = 0; frame < 2; ++frame) CHECK(draw_frame(state, view).empty());

  const fs::path results = folder.deck_path().parent_path() / "results";
  fs::create_directories(results);
  const state::LoadedDeck& deck = state.library().decks().front();
  write_results(results / "ada.json", deck, "Ada", true);
  write_results(results / "ben.json", deck, "Ben", false);
  act(state, state::OpenClassReport{results, kCapitals}, at_secs(2));
  REQUIRE(state.class_report().analysis().has_value());
  for (int frame = 0; frame < 2; ++frame) CHECK(draw_frame(state, view).empty());
}
