#include "ui/root_view.hpp"

#include <imgui.h>

#include <string>

#include "state/deck_library.hpp"
#include "state/settings.hpp"
#include "state/statistics.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/class_report_view.hpp"
#include "views/home_view.hpp"
#include "views/practice_view.hpp"
#include "views/settings_view.hpp"
#include "ui/stats_view.hpp"
#include "views/study_view.hpp"
#include "views/workshop_view.hpp"

namespace factdeck::ui {

namespace {

constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

using state::Screen;

// One button of the top bar, on the row so far when it fits, else on a new row (a small window,
// UI scale 2): a button cut off at the edge cannot be read or clicked.
void nav_button(const char* label, Screen target, Screen current, state::ActionQueue& actions) {
  wrap_row_before(button_width(label));
  if (wide_button(label, 0.0f, current == target)) actions.emplace_back(state::GoTo{target});
  ImGui::SameLine();
}

void draw_top_bar(const state::AppState& state, state::ActionQueue& actions) {
  const Screen screen = state.screen();
  const bool is_studying = screen == Screen::Study || screen == Screen::Practice;
  if (!is_studying) {
    nav_button("Decks (Esc)###home", Screen::Home, screen, actions);
    nav_button("Statistics (Ctrl+S)###stats", Screen::Stats, screen, actions);
    nav_button("Settings (Ctrl+,)###settings", Screen::Settings, screen, actions);
    nav_button("Class report###class_report", Screen::ClassReport, screen, actions);
    nav_button("Workshop (W)###workshop", Screen::Workshop, screen, actions);
  }
  if (state.is_read_only()) {
    ImGui::SameLine();
    ImGui::TextColored(palette().wrong, "Read-only: answers are not saved");
  }
  ImGui::NewLine();
  ImGui::Separator();
}

void draw_notices(const state::AppState& state, state::ActionQueue& actions) {
  const auto& notices = state.notices();
  for (std::size_t i = 0; i < notices.size(); ++i) {
    const state::Notice& notice = notices[i];
    const ImVec4 color = notice.level == state::Notice::Level::Info ? palette().accent : palette().wrong;
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton("Dismiss")) actions.emplace_back(state::DismissNotice{i});
    ImGui::SameLine();
    colored_wrapped_text(color, notice.text);
    ImGui::PopID();
  }
  if (!notices.empty()) ImGui::Separator();
}

// A deck being opened or reloaded on the worker thread: its name and how far the build is; then
// the decks waiting for their turn (at start-up, the decks the learner added earlier).
void draw_deck_load_progress(const state::AppState& state) {
  const state::DeckLoadJob* job = state.library().load_job();
  if (job == nullptr) return;
  const std::size_t total = job->facts_total;
  const std::size_t done = job->facts_done;
  const std::string label = (job->reload_of ? "Reloading " : "Opening ") + job->path.filename().string() + "…";
  ImGui::TextUnformatted(label.c_str());
  ImGui::SameLine();
  const float fraction = total == 0 ? 0.0f : static_cast<float>(done) / static_cast<float>(total);
  const std::string overlay =
      total == 0 ? std::string("reading the article") : std::to_string(done) + " of " + std::to_string(total) + " facts";
  ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 18.0f, 0.0f), overlay.c_str());
  for (const state::PendingDeckLoad& pending : state.library().pending_loads()) {
    const std::string waiting = (pending.reload_of ? "Waiting to reload " : "Waiting to open ") +
                                pending.path.filename().string();
    muted_text(waiting);
  }
  ImGui::Separator();
}

void push_global_shortcuts(const state::AppState& state, state::ActionQueue& actions) {
  if (shortcut_pressed('Q', true)) actions.emplace_back(state::Quit{});
  // Studying keys are the session's; in the workshop Ctrl+S saves.
  if (state.screen() == Screen::Study || state.screen() == Screen::Practice || state.screen() == Screen::Workshop) {
    if (state.screen() == Screen::Workshop && shortcut_pressed(kKeyEscape)) actions.emplace_back(state::GoTo{Screen::Home});
    return;
  }
  if (shortcut_pressed(',', true)) actions.emplace_back(state::GoTo{Screen::Settings});
  if (shortcut_pressed('S', true)) actions.emplace_back(state::GoTo{Screen::Stats});
  if (state.screen() == Screen::Home && shortcut_pressed('W')) actions.emplace_back(state::GoTo{Screen::Workshop});
  if (shortcut_pressed('T', true)) {
    const state::LookSettings& look = state.look();
    actions.emplace_back(state::ChangeLook{look.ui_scale, look.font_factor, !look.is_dark_theme});
  }
  if (state.screen() != Screen::Home && shortcut_pressed(kKeyEscape)) {
    actions.emplace_back(state::GoTo{Screen::Home});
  }
}

// The statistics view reports what the learner asked for; turn it into actions.
void draw_stats_screen(const state::AppState& state, StatsViewUi& ui, state::ActionQueue& actions) {
  const state::Statistics& statistics = state.statistics();
  if (!statistics.report()) {
    muted_text("Statistics appear once a profile is open and you have studied.");
    return;
  }
  // Keys 1–6 pick the tabs (Today, History, Forecast, Retention, Memory, Article map).
  for (int tab = 0; tab < 6; ++tab) {
    if (shortcut_pressed('1' + tab)) ui.open_tab = static_cast<StatsTab>(tab);
  }
  const stats::ItemHistory* history = statistics.item_history() ? &*statistics.item_history() : nullptr;
  const StatsViewRequest request = draw_stats_view(*statistics.report(), history, ui);
  if (request.export_csv || shortcut_pressed('E', true)) actions.emplace_back(state::ExportStatsCsv{ui.period});
  if (request.export_png || shortcut_pressed('P', true)) actions.emplace_back(state::ExportStatsPng{});
  if (request.show_item) actions.emplace_back(state::ShowItemHistory{*request.show_item});
  if (request.study_section) {
    actions.emplace_back(state::StartStudy{state::DeckId(request.study_deck_id), *request.study_section});
  }
}

void draw_screen(const state::AppState& state, RootViewUi& ui, state::ActionQueue& actions) {
  switch (state.screen()) {
    case Screen::Home: draw_home_view(state, ui.home, actions); break;
    case Screen::Study: draw_study_view(state, ui.study, actions); break;
    case Screen::Summary: draw_summary_view(state, actions); break;
    case Screen::PracticeSetup: draw_practice_setup_view(state, ui.practice, actions); break;
    case Screen::Practice: draw_practice_view(state, ui.practice, actions); break;
    case Screen::PracticeResult: draw_practice_result_view(state, actions); break;
    case Screen::Settings: draw_settings_view(state, ui.settings, actions); break;
    case Screen::Stats: draw_stats_screen(state, ui.stats, actions); break;
    case Screen::ClassReport: draw_class_report_view(state, ui.class_report, actions); break;
    case Screen::Workshop: draw_workshop_view(state, ui.workshop, actions); break;
  }
}

}  // namespace

void draw_root_view(const state::AppState& state, RootViewUi& ui, state::ActionQueue& actions) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  if (ImGui::Begin("factdeck###root", nullptr, kRootFlags)) {
    draw_top_bar(state, actions);
    draw_notices(state, actions);
    draw_deck_load_progress(state);
    if (ImGui::BeginChild("screen###screen", ImVec2(0, 0), false)) draw_screen(state, ui, actions);
    ImGui::EndChild();
  }
  ImGui::End();
  push_global_shortcuts(state, actions);
}

}  // namespace factdeck::ui
