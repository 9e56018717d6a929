#include "views/settings_view.hpp"

#include <imgui.h>

#include "ui/widgets.hpp"

namespace factdeck::ui {

void draw_settings_view(const state::AppState& state, SettingsViewUi& ui, state::ActionQueue& actions) {
  if (!ui.is_initialized || ui.seen_dark != state.look().is_dark_theme) {
    ui = {true, state.look().ui_scale, state.look().font_factor, state.look().is_dark_theme,
          state.look().is_dark_theme};
  }
  ImGui::TextUnformatted("Appearance (Ctrl+T switches light and dark anywhere)");
  int theme = ui.is_dark ? 1 : 0;
  ImGui::RadioButton("Light", &theme, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Dark", &theme, 1);
  ui.is_dark = theme == 1;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  ImGui::SliderFloat("Font size", &ui.font_factor, 0.6f, 2.0f, "%.2f×");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  ImGui::SliderFloat("Interface scale", &ui.ui_scale, 0.5f, 3.0f, "%.2f×");
  muted_text("The interface scale multiplies the monitor's own scale (HiDPI).");
  ImGui::Spacing();
  const bool has_changes = ui.is_dark != state.look().is_dark_theme ||
                           ui.font_factor != state.look().font_factor || ui.ui_scale != state.look().ui_scale;
  ImGui::BeginDisabled(!has_changes);
  if (ImGui::Button("Apply and save")) {
    actions.emplace_back(state::ChangeLook{ui.ui_scale, ui.font_factor, ui.is_dark});
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Back (Esc)")) actions.emplace_back(state::GoTo{state::Screen::Home});
  ImGui::Spacing();
  if (const store::Profile* profile = state.profile()) {
    muted_text("Progress is kept in " + profile->dir().string());
  }
}

}  // namespace factdeck::ui
