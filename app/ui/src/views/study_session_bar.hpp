#pragma once
#include "state/app_state.hpp"

namespace factdeck::ui {

/// The buttons under a study question, each with its key; needs a question on screen.
void draw_session_bar(const state::AppState& state, state::ActionQueue& actions);

}  // namespace factdeck::ui
