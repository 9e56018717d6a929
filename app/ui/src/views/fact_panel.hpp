#pragma once
#include "state/app_state.hpp"
#include "state/fact_editor.hpp"

namespace factdeck::ui {

/// The in-app view of a fact (shown when no editor could be opened): file and line, section,
/// the source sentence and its tagged spans, with Close (Esc) and Reload deck (Ctrl+R).
void draw_fact_panel(const state::AppState& state, const state::FactView& view,
                     state::ActionQueue& actions);

}  // namespace factdeck::ui
