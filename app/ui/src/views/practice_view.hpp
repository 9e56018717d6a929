#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// Practice-test set-up: sections, question kinds, count, and whether it moves the schedule.
void draw_practice_setup_view(const state::AppState& state, PracticeViewUi& ui,
                              state::ActionQueue& actions);
/// One practice question at a time (chronology and matching answered with number keys).
void draw_practice_view(const state::AppState& state, PracticeViewUi& ui, state::ActionQueue& actions);
/// The score, with every wrong answer explained and linked to its fact.
void draw_practice_result_view(const state::AppState& state, state::ActionQueue& actions);

}  // namespace factdeck::ui
