#include "ui/scale.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace factdeck::ui {

float effective_ui_scale(float content_scale, float user_scale) {
  float scale = content_scale * user_scale;
  if (const char* forced = std::getenv("FACTDECK_UI_SCALE"); forced != nullptr && *forced != '\0') {
    scale = std::strtof(forced, nullptr);
  }
  if (!(scale > 0.0f)) scale = 1.0f;
  return std::clamp(scale, 0.5f, 4.0f);
}

bool apply_ui_scale(float scale, float font_factor, bool is_dark_theme) {
  const float font_px = std::round(kBaseFontPx * scale * font_factor);
  const bool has_font = load_ui_font(find_ui_font(), font_px);
  apply_theme(is_dark_theme);
  ImGui::GetStyle().ScaleAllSizes(scale);
  return has_font;
}

}  // namespace factdeck::ui
