#pragma once
// The class report's two plots, drawn with ImGui's draw list like the statistics charts: each
// question's facility against its discrimination (flag thresholds dashed), and each section's
// mastery per student as a heatmap. Hovering names the question or the student and section.
#include <imgui.h>

#include "classroom/class_analysis.hpp"

namespace factdeck::ui {

/// Facility (x, 0..1) × point-biserial discrimination (y, −1..1) of the questions where defined.
void draw_class_scatter(const classroom::ClassAnalysis& analysis, ImVec2 size);

/// Rows: the deck's top-level sections; columns: the students by rank; colour: mastery now.
void draw_mastery_heatmap(const classroom::ClassAnalysis& analysis, float width);

}  // namespace factdeck::ui
