#pragma once
// Finding and loading the UI font (DejaVu Sans: Latin, Latin Extended, Cyrillic).
#include <string>
#include <vector>

namespace factdeck::ui {

/// Paths tried in order for the UI font; the first that exists is used.
[[nodiscard]] std::vector<std::string> font_search_paths();

/// The first existing font file from font_search_paths(), or empty when none exists.
[[nodiscard]] std::string find_ui_font();

/// Rebuilds the ImGui font atlas at `font_px` from `font_path` (Latin, Latin Extended, Cyrillic,
/// punctuation). Falls back to ImGui's built-in font when the path is empty or fails to load.
/// Returns false on fallback. Call between frames only.
bool load_ui_font(const std::string& font_path, float font_px);

}  // namespace factdeck::ui
