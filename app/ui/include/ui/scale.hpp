#pragma once
// All UI scaling in one place: font size and ImGui style sizes follow one scale factor.

namespace factdeck::ui {

inline constexpr float kBaseFontPx = 17.0f;

/// The scale to use: FACTDECK_UI_SCALE if set (screenshots, tests), else the window's content
/// scale times the user's own scale. Clamped to [0.5, 4].
[[nodiscard]] float effective_ui_scale(float content_scale, float user_scale);

/// Reloads the UI font at round(kBaseFontPx * scale * font_factor) px, resets the style to the
/// theme and scales every style size. Call between frames only; the caller must then recreate
/// the renderer's font texture. Returns false when the fallback (built-in) font had to be used.
bool apply_ui_scale(float scale, float font_factor, bool is_dark_theme);

}  // namespace factdeck::ui
