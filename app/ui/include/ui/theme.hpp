#pragma once
// Light and dark themes: ImGui's style plus the few colours our own widgets use.
#include <imgui.h>

namespace factdeck::ui {

/// Colours our widgets use beyond ImGui's style, chosen to read well on the current theme.
struct Palette {
  ImVec4 accent;      // primary action, progress
  ImVec4 correct;     // right answers, "Good"
  ImVec4 wrong;       // wrong answers, "Again"
  ImVec4 muted_text;  // secondary text (section names, hints)
};

/// Resets ImGui's style to the light or dark theme (unscaled sizes) and sets the palette.
void apply_theme(bool is_dark);

/// The palette of the theme last applied.
[[nodiscard]] const Palette& palette();

}  // namespace factdeck::ui
