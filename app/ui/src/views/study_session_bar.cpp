// The study screen's session bar: Undo, Bury, Suspend, Flag, Edit, End session, and their keys
// (Ctrl+Z/B/J/K/E, Ctrl+R reloads the deck, Esc). The Ctrl keys work while the answer box has
// the keyboard.
#include "views/study_session_bar.hpp"

#include <imgui.h>

#include "state/study_session.hpp"
#include "ui/keys.hpp"

namespace factdeck::ui {

namespace {

// Puts the next button on this line when it fits, else on the next (the bar wraps at 800×600).
void same_line_if_fits(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right_edge) ImGui::SameLine();
}

}  // namespace

void draw_session_bar(const state::AppState& state, state::ActionQueue& actions) {
  ImGui::Separator();
  ImGui::BeginDisabled(!state.can_undo());
  if (ImGui::Button("Undo (Ctrl+Z)")) actions.emplace_back(state::UndoAnswer{});
  ImGui::EndDisabled();
  const bool is_flagged = state.study()->current()->displayed_state.is_flagged;
  const bool can_mark = !state.is_read_only();
  const char* flag_label = is_flagged ? "Unflag (Ctrl+K)###flag" : "Flag (Ctrl+K)###flag";
  same_line_if_fits("Bury (Ctrl+B)");
  if (ImGui::Button("Bury (Ctrl+B)")) actions.emplace_back(state::BuryItem{});
  ImGui::BeginDisabled(!can_mark);
  same_line_if_fits("Suspend (Ctrl+J)");
  if (ImGui::Button("Suspend (Ctrl+J)")) actions.emplace_back(state::SuspendItem{});
  same_line_if_fits(flag_label);
  if (ImGui::Button(flag_label)) actions.emplace_back(state::FlagItem{});
  ImGui::EndDisabled();
  same_line_if_fits("Edit (Ctrl+E)");
  if (ImGui::Button("Edit (Ctrl+E)")) actions.emplace_back(state::EditItem{});
  if (ImGui::IsItemHovered()) {
    ImGui::SetTooltip("Opens the fact in $VISUAL or $EDITOR at its line; Ctrl+R reloads the deck after saving.");
  }
  same_line_if_fits("End session (Esc)");
  if (ImGui::Button("End session (Esc)")) actions.emplace_back(state::EndStudy{});
  if (state.can_undo() && shortcut_pressed('Z', true)) actions.emplace_back(state::UndoAnswer{});
  if (shortcut_pressed('B', true)) actions.emplace_back(state::BuryItem{});
  if (can_mark && shortcut_pressed('J', true)) actions.emplace_back(state::SuspendItem{});
  if (can_mark && shortcut_pressed('K', true)) actions.emplace_back(state::FlagItem{});
  if (shortcut_pressed('E', true)) actions.emplace_back(state::EditItem{});
  if (shortcut_pressed('R', true)) actions.emplace_back(state::ReloadDeck{state.study()->deck()});
  // Escape closes the in-app fact view first, and only then ends the session.
  if (!state.fact_view() && ImGui::IsKeyPressed(kKeyEscape, false)) actions.emplace_back(state::EndStudy{});
}

}  // namespace factdeck::ui
