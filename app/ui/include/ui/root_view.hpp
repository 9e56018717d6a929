#pragma once
// The one full-window ImGui view that hosts every screen.
#include "state/app_state.hpp"

namespace factdeck::ui {

/// UI-only state of the root view (nothing here is domain data).
struct RootViewUi {
  bool is_first_frame = true;
};

/// Draws the whole window for this frame and pushes the user's actions.
void draw_root_view(const state::AppState& state, RootViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
