#include "views/home_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <sstream>

#include "state/deck_counts.hpp"
#include "state/deck_library.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

std::size_t waiting_work(const state::DeckCounts& counts) {
  return counts.due + counts.learning + counts.new_available;
}

// The deck with the most work waiting; the first deck when nothing is due anywhere.
const state::LoadedDeck& busiest_deck(const state::AppState& state) {
  const state::LoadedDeck* best = &state.library().decks().front();
  std::size_t best_work = 0;
  for (const state::LoadedDeck& deck : state.library().decks()) {
    const std::size_t work = waiting_work(state.deck_counts(deck.deck_id));
    if (work > best_work) {
      best = &deck;
      best_work = work;
    }
  }
  return *best;
}

void draw_study_call(const state::AppState& state, state::ActionQueue& actions) {
  const state::LoadedDeck& deck = busiest_deck(state);
  const std::size_t waiting = waiting_work(state.deck_counts(deck.deck_id));
  const std::string title = quizgen::deck_title(deck.deck);
  if (waiting == 0) {
    centered_wrapped_text("All done for today. Come back tomorrow, or take a practice test.");
    return;
  }
  centered_wrapped_text(title, true);
  char label[128];
  std::snprintf(label, sizeof label, "Study now: %zu waiting   [Enter]###study-main", waiting);
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetFontSize() * 3.0f;
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - width) * 0.5f));
  ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
  const bool clicked = wide_button(label, 0.0f, true);
  ImGui::PopFont();
  if (clicked || shortcut_pressed(kKeyEnter)) actions.emplace_back(state::StartStudy{deck.deck_id, std::nullopt});
}

void open_options(const state::AppState& state, const state::DeckId& deck, HomeViewUi& ui) {
  ui.options_deck = deck;
  ui.options = state.deck_settings(deck);
  std::ostringstream steps;
  for (std::uint32_t step : ui.options.learning_steps_mins) steps << step << ' ';
  ui.steps_text = steps.str();
}

void draw_deck_row(const state::AppState& state, const state::LoadedDeck& deck, HomeViewUi& ui,
                   state::ActionQueue& actions) {
  const state::DeckCounts counts = state.deck_counts(deck.deck_id);
  ImGui::PushID(deck.deck_id.str().c_str());
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", quizgen::deck_title(deck.deck).c_str());
  ImGui::TableNextColumn();
  ImGui::TextColored(palette().accent, "%zu", counts.new_available);
  ImGui::TableNextColumn();
  ImGui::TextColored(palette().wrong, "%zu", counts.learning);
  ImGui::TableNextColumn();
  ImGui::TextColored(palette().correct, "%zu", counts.due);
  ImGui::TableNextColumn();
  ImGui::Text("%zu", counts.studied_today);
  ImGui::TableNextColumn();
  if (ImGui::SmallButton("Study")) actions.emplace_back(state::StartStudy{deck.deck_id, std::nullopt});
  ImGui::SameLine();
  if (ImGui::SmallButton("Test (P)")) {
    actions.emplace_back(state::SelectDeck{deck.deck_id});
    actions.emplace_back(state::GoTo{state::Screen::PracticeSetup});
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Options (O)")) open_options(state, deck.deck_id, ui);
  ImGui::PopID();
}

void draw_deck_table(const state::AppState& state, HomeViewUi& ui, state::ActionQueue& actions) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("decks", 6, kFlags)) return;
  ImGui::TableSetupColumn("Deck", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("New", ImGuiTableColumnFlags_WidthStretch, 0.5f);
  ImGui::TableSetupColumn("Learning", ImGuiTableColumnFlags_WidthStretch, 0.75f);
  ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthStretch, 0.5f);
  ImGui::TableSetupColumn("Today", ImGuiTableColumnFlags_WidthStretch, 0.55f);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 2.8f);
  ImGui::TableHeadersRow();
  for (const state::LoadedDeck& deck : state.library().decks()) draw_deck_row(state, deck, ui, actions);
  ImGui::EndTable();
}

void draw_open_deck(HomeViewUi& ui, state::ActionQueue& actions) {
  ImGui::TextUnformatted("Open a deck (.facts.md source or built .json), Ctrl+O:");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
  if (shortcut_pressed('O', true)) ImGui::SetKeyboardFocusHere();
  const bool entered = ImGui::InputTextWithHint("##open", "path/to/article.facts.md", &ui.open_path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open") || entered) && !ui.open_path.empty()) {
    actions.emplace_back(state::OpenDeckFile{ui.open_path});
    ui.open_path.clear();
  }
}

// A remembered deck that did not open is listed with its reason (the file, and the line or field
// at fault), so the learner can fix the file and retry, or drop it from the list.
void draw_unopened_decks(const state::AppState& state, state::ActionQueue& actions) {
  const std::vector<state::UnopenedDeck>& unopened = state.library().unopened();
  if (unopened.empty()) return;
  ImGui::Spacing();
  ImGui::TextColored(palette().wrong, "Decks that did not open:");
  for (const state::UnopenedDeck& deck : unopened) {
    ImGui::PushID(deck.path.string().c_str());
    ImGui::Bullet();
    ImGui::TextWrapped("%s", deck.path.filename().string().c_str());
    muted_text(deck.error.to_string());
    if (ImGui::SmallButton("Retry")) actions.emplace_back(state::OpenDeckFile{deck.path});
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove from list")) actions.emplace_back(state::ForgetUnopenedDeck{deck.path});
    ImGui::PopID();
  }
}

}  // namespace

void draw_deck_options(const state::AppState& state, HomeViewUi& ui, state::ActionQueue& actions);

void draw_home_view(const state::AppState& state, HomeViewUi& ui, state::ActionQueue& actions) {
  if (state.library().decks().empty() && state.library().load_job() != nullptr) {
    ImGui::Spacing();
    centered_wrapped_text("Opening your decks…", true);  // their progress is shown above
    return;
  }
  if (state.library().decks().empty()) {
    ImGui::Spacing();
    centered_wrapped_text("No decks yet.", true);
    muted_text("Open a tagged article (.facts.md) below; docs/facts-format.md shows how to write one.");
    draw_unopened_decks(state, actions);
    draw_open_deck(ui, actions);
    return;
  }
  ImGui::Spacing();
  draw_study_call(state, actions);
  if (shortcut_pressed('O')) open_options(state, busiest_deck(state).deck_id, ui);
  if (shortcut_pressed('P')) {
    actions.emplace_back(state::SelectDeck{busiest_deck(state).deck_id});
    actions.emplace_back(state::GoTo{state::Screen::PracticeSetup});
  }
  ImGui::Spacing();
  draw_deck_table(state, ui, actions);
  ImGui::Spacing();
  if (ui.options_deck) draw_deck_options(state, ui, actions);
  draw_unopened_decks(state, actions);
  ImGui::Separator();
  draw_open_deck(ui, actions);
}

}  // namespace factdeck::ui
