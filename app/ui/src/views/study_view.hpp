#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// Study: one question at a time; after the answer, the verdict, the source sentence and the four
/// grade buttons with their intervals (keys 1–4, Enter confirms the preselected grade).
void draw_study_view(const state::AppState& state, StudyViewUi& ui, state::ActionQueue& actions);

/// Session summary: answered, correct %, time, and when the next item is due.
void draw_summary_view(const state::AppState& state, state::ActionQueue& actions);

}  // namespace factdeck::ui
