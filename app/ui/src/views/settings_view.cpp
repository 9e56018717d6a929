#include "views/settings_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "state/deck_library.hpp"
#include "state/profiles.hpp"
#include "state/settings.hpp"
#include "ui/keys.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

// When a new study day begins, for every deck (reviews due "tomorrow" appear at this hour).
void draw_day_start(const state::AppState& state, SettingsViewUi& ui, state::ActionQueue& actions) {
  if (state.library().decks().empty()) return;
  const int saved = static_cast<int>(state.deck_settings(state.library().decks().front().deck_id).day_start_hour);
  if (ui.day_start_hour < 0 || ui.day_start_profile != state.profiles().name()) {
    ui.day_start_hour = saved;
    ui.day_start_profile = state.profiles().name();
  }
  ImGui::TextUnformatted("Study day");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  ImGui::SliderInt("A new study day starts at", &ui.day_start_hour, 0, 23, "%02d:00");
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.day_start_hour == saved);
  if (ImGui::Button("Apply to every deck")) {
    actions.emplace_back(state::SetDayStartHour{static_cast<std::uint32_t>(ui.day_start_hour)});
  }
  ImGui::EndDisabled();
  muted_text("Night owls: answers before this hour still count for the previous day.");
}

// Who is studying: the open profile, the others to switch to, and a new one by name.
void draw_profiles(const state::AppState& state, SettingsViewUi& ui, state::ActionQueue& actions) {
  ImGui::TextUnformatted("Profile (each learner's progress is kept apart)");
  ImGui::Text("Studying as: %s", state.profiles().name().empty() ? "(none open)" : state.profiles().name().c_str());
  bool has_others = false;
  for (const std::string& name : state.profiles().names()) {
    if (name == state.profiles().name()) continue;
    if (has_others) ImGui::SameLine();
    has_others = true;
    ImGui::PushID(name.c_str());
    if (ImGui::Button(("Switch to " + name).c_str())) actions.emplace_back(state::SwitchProfile{name});
    ImGui::PopID();
  }
  if (!has_others) muted_text("No other profiles yet: name one below to add a learner.");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  if (shortcut_pressed('N', true)) ImGui::SetKeyboardFocusHere();
  const bool entered = ImGui::InputTextWithHint("##new-profile", "new profile name (Ctrl+N)",
                                                &ui.new_profile_name, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.new_profile_name.empty());
  if ((ImGui::Button("Create and switch") || entered) && !ui.new_profile_name.empty()) {
    actions.emplace_back(state::SwitchProfile{ui.new_profile_name});
    ui.new_profile_name.clear();
  }
  ImGui::EndDisabled();
}

}  // namespace

void draw_settings_view(const state::AppState& state, SettingsViewUi& ui, state::ActionQueue& actions) {
  if (!ui.is_initialized || ui.seen_dark != state.look().is_dark_theme) {
    ui.is_initialized = true;
    ui.ui_scale = state.look().ui_scale;
    ui.font_factor = state.look().font_factor;
    ui.is_dark = ui.seen_dark = state.look().is_dark_theme;
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
  ImGui::Separator();
  draw_day_start(state, ui, actions);
  ImGui::Separator();
  draw_profiles(state, ui, actions);
  if (const store::Profile* profile = state.profile()) {
    muted_text("Progress is kept in " + profile->dir().string());
  }
}

}  // namespace factdeck::ui
