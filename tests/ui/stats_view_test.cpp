#include <catch2/catch.hpp>
#include <imgui.h>

#include "headless_imgui.hpp"
#include "../stats/synthetic_history.hpp"
#include "stats/compute.hpp"
#include "ui/theme.hpp"
#include "ui/stats_view.hpp"

using namespace factdeck;
using factdeck::ui::testing::HeadlessImGui;

namespace {

/// Draws every tab of the view for one frame each, hovering the middle of the window.
void draw_all_tabs(const stats::StatsReport& report, const stats::ItemHistory* history, ui::StatsViewUi& view) {
  for (int tab = 0; tab <= static_cast<int>(ui::StatsTab::ArticleMap); ++tab) {
    view.open_tab = static_cast<ui::StatsTab>(tab);
    for (int frame = 0; frame < 2; ++frame) {
      ImGui::GetIO().MousePos = ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f);
      ImGui::NewFrame();
      ImGui::SetNextWindowPos({0, 0});
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("stats", nullptr, ImGuiWindowFlags_NoDecoration);
      (void)ui::draw_stats_view(report, history, view);
      ImGui::End();
      ImGui::Render();
    }
  }
}

}  // namespace

TEST_CASE("The stats view draws every tab of an empty report without asserts", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  HeadlessImGui context(display);
  const stats::StatsReport report;
  ui::StatsViewUi view;
  draw_all_tabs(report, nullptr, view);
  CHECK(view.cache.report == &report);
}

TEST_CASE("The stats view draws a synthetic history, an article map and an item history", "[ui]") {
  const ImVec2 display = GENERATE(ImVec2(800, 600), ImVec2(1280, 800));
  HeadlessImGui context(display);
  const auto h = stats::testing::synthetic_history();
  const quizgen::Deck deck = stats::testing::synthetic_deck();
  stats::StatsInput input;
  input.reviews = &h.log;
  input.items = &h.items;
  input.clock = stats::testing::travelling_clock();
  input.now = stats::testing::synthetic_now();
  input.decks = {{"soviet", &deck}};
  const stats::StatsReport report = stats::compute_stats(input);
  const stats::ItemHistory history = stats::item_history(h.log, stats::testing::kItemA, input.parameters,
                                                         input.clock, input.now);
  ui::StatsViewUi view;
  view.period = stats::Period::Days365;
  view.selected_section = 0;
  view.selected_item = stats::testing::kItemA;
  draw_all_tabs(report, &history, view);
  CHECK(view.cache.history_labels.size() == 365);
  CHECK(view.cache.forecast_due.size() == 31);
}
