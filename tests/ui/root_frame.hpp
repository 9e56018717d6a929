#pragma once
// One frame of the whole window drawn headless over an AppState, returning the actions the views
// asked for: the screen tests' common step.
#include <imgui.h>

#include "state/actions.hpp"
#include "state/app_state.hpp"
#include "ui/root_view.hpp"

namespace factdeck::ui::testing {

/// Draws one frame, with Ctrl+`ctrl_key` held down when `ctrl_key` is not 0 (and no other key).
inline state::ActionQueue draw_frame(const state::AppState& state, RootViewUi& view, int ctrl_key = 0) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl_key != 0;
  for (bool& down : io.KeysDown) down = false;
  if (ctrl_key != 0) io.KeysDown[ctrl_key] = true;
  state::ActionQueue actions;
  ImGui::NewFrame();
  draw_root_view(state, view, actions);
  ImGui::Render();
  return actions;
}

}  // namespace factdeck::ui::testing
