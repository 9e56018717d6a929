#pragma once
// Small widgets shared by the views. Sizes follow the current font, never raw pixels.
#include <string_view>

namespace factdeck::ui {

/// Text wrapped to at most ~40 em and centred in the window, drawn `scale` times the font size.
void centered_wrapped_text(std::string_view text, float scale);

/// A button centred horizontally in the window; true when clicked.
bool centered_button(const char* label);

}  // namespace factdeck::ui
