#pragma once
// Finding and loading the UI font (DejaVu Sans: Latin, Latin Extended, Cyrillic).
#include <string>
#include <vector>

struct ImFont;

namespace factdeck::ui {

/// Paths tried in order for the UI font; the first that exists is used.
[[nodiscard]] std::vector<std::string> font_search_paths();

/// The first existing font file from font_search_paths(), or empty when none exists.
[[nodiscard]] std::string find_ui_font();

/// The question font is this much larger than the body font.
inline constexpr float kLargeFontFactor = 1.45f;

/// Rebuilds the ImGui font atlas at `font_px` from `font_path` (Latin, Latin Extended, Cyrillic,
/// punctuation). Falls back to ImGui's built-in font when the path is empty or fails to load.
/// Returns false on fallback. Call between frames only.
/// Also adds the large (question) font at font_px * kLargeFontFactor.
bool load_ui_font(const std::string& font_path, float font_px);

/// The large font for question text (the body font when only the fallback is loaded).
[[nodiscard]] ImFont* large_font();

}  // namespace factdeck::ui
