#pragma once
// Finding and loading the UI font (DejaVu Sans: Latin, Latin Extended, Cyrillic).
#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace factdeck::ui {

/// Paths tried in order for the UI font; the first that exists is used.
[[nodiscard]] std::vector<std::string> font_search_paths();

/// The first existing font file from font_search_paths(), or empty when none exists.
[[nodiscard]] std::string find_ui_font();

/// The question font is this much larger than the body font.
inline constexpr float kLargeFontFactor = 1.45f;

/// Clears `atlas` and adds the UI font at `font_px` from `font_path` (Latin, Latin Extended,
/// Cyrillic, punctuation) and the large (question) font at font_px * kLargeFontFactor. Falls back
/// to ImGui's built-in font when the path is empty or fails to load; returns false then.
/// Needs no ImGui context, so it can run on a worker thread; for the live atlas, call it between
/// frames only.
bool load_ui_font(ImFontAtlas& atlas, const std::string& font_path, float font_px);

/// The large font for question text (the body font when only the fallback is loaded).
[[nodiscard]] ImFont* large_font();

}  // namespace factdeck::ui
