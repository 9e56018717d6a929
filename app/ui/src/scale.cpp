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

float ui_font_px(float scale, float font_factor) {
  return std::round(kBaseFontPx * scale * font_factor);
}

bool build_ui_fonts(ImFontAtlas& atlas, float scale, float font_factor) {
  const bool has_font = load_ui_font(atlas, find_ui_font(), ui_font_px(scale, font_factor));
  // Rasterise and expand to RGBA now, so the renderer's upload finds the pixels ready.
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  return has_font;
}

void apply_ui_style(float scale, bool is_dark_theme) {
  apply_theme(is_dark_theme);
  ImGui::GetStyle().ScaleAllSizes(scale);
}

}  // namespace factdeck::ui
