#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// The class report: a folder of students' results files opened for one deck, the students
/// ranked and the questions to check first (docs/classroom.md).
void draw_class_report_view(const state::AppState& state, ClassReportViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
