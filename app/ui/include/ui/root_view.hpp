#pragma once
// The one full-window ImGui view: the top bar, notices, and the current screen.
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// Draws the whole window for this frame and pushes the user's actions.
void draw_root_view(const state::AppState& state, RootViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
