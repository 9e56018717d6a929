#pragma once
// Small widgets shared by the views. Sizes follow the current font, never raw pixels.
#include <imgui.h>

#include <string_view>

namespace factdeck::ui {

/// Text wrapped to at most ~36 em and centred in the window; with `is_large`, in the question font.
void centered_wrapped_text(std::string_view text, bool is_large = false);

/// Wrapped text in the muted colour (section names, hints, secondary facts).
void muted_text(std::string_view text);

/// Wrapped text in `color`.
void colored_wrapped_text(const ImVec4& color, std::string_view text);

/// A button centred horizontally in the window; true when clicked.
bool centered_button(const char* label);

/// A wide button of `width_em` font sizes (0: fit the label), drawn in `color` when highlighted.
bool wide_button(const char* label, float width_em, bool is_highlighted = false);

/// Call between ImGui::SameLine() and an item `width` pixels wide: starts a new row when the rest
/// of this one is narrower, so a row of buttons wraps instead of running off the window (small
/// windows, UI scale 2).
void wrap_row_before(float width);

/// The width of a Button or SmallButton labelled `label` (SmallButton keeps the side padding).
[[nodiscard]] float button_width(const char* label);

/// Keeps the content of the current window to a centred column at most `max_em` font sizes wide.
void begin_centered_column(float max_em);
void end_centered_column();

}  // namespace factdeck::ui
