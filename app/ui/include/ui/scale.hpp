#pragma once
// All UI scaling in one place: font size and ImGui style sizes follow one scale factor.

struct ImFontAtlas;

namespace factdeck::ui {

inline constexpr float kBaseFontPx = 17.0f;

/// The scale to use: FACTDECK_UI_SCALE if set (screenshots, tests), else the window's content
/// scale times the user's own scale. Clamped to [0.5, 4].
[[nodiscard]] float effective_ui_scale(float content_scale, float user_scale);

/// The body font size in pixels for a UI scale and the user's font factor.
[[nodiscard]] float ui_font_px(float scale, float font_factor);

/// Loads the UI fonts into `atlas` at ui_font_px(scale, font_factor) and rasterises them. Needs
/// no ImGui context (safe on a worker thread for an atlas no context uses yet); for the live atlas
/// call it between frames, then recreate the renderer's font texture. Returns false when the
/// fallback (built-in) font had to be used.
bool build_ui_fonts(ImFontAtlas& atlas, float scale, float font_factor);

/// Resets the style to the theme and scales every style size. Call between frames only.
void apply_ui_style(float scale, bool is_dark_theme);

}  // namespace factdeck::ui
