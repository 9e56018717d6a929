#pragma once
// The window title names the screen and, while studying, the kind of question on screen, so
// window managers, screen readers and end-to-end tests can tell where the user is.
#include <string>

#include "state/app_state.hpp"

namespace factdeck::ui {

/// "factdeck", "factdeck — study: multiple choice", "factdeck — study: rate the answer",
/// "factdeck — practice 3/10: chronology", "factdeck — practice result 7/10", ...
[[nodiscard]] std::string window_title(const state::AppState& state);

}  // namespace factdeck::ui
