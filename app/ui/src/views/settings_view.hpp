#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// Settings: theme, font size and UI scale, saved in the profile.
void draw_settings_view(const state::AppState& state, SettingsViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
