#include "ui/theme.hpp"

namespace factdeck::ui {

namespace {
Palette g_palette;  // UI-only presentation data; set between frames by apply_theme().

void apply_common_style(ImGuiStyle& style) {
  style.WindowRounding = 6.0f;
  style.FrameRounding = 5.0f;
  style.GrabRounding = 5.0f;
  style.ChildRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.FramePadding = ImVec2(10.0f, 6.0f);
  style.ItemSpacing = ImVec2(10.0f, 8.0f);
  style.WindowPadding = ImVec2(16.0f, 14.0f);
  style.WindowBorderSize = 0.0f;
}
}  // namespace

void apply_theme(bool is_dark) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (is_dark) {
    ImGui::StyleColorsDark(&style);
    g_palette = {ImVec4(0.36f, 0.62f, 0.98f, 1.0f), ImVec4(0.35f, 0.80f, 0.45f, 1.0f),
                 ImVec4(0.95f, 0.42f, 0.40f, 1.0f), ImVec4(0.65f, 0.67f, 0.72f, 1.0f)};
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    g_palette = {ImVec4(0.10f, 0.40f, 0.85f, 1.0f), ImVec4(0.10f, 0.55f, 0.22f, 1.0f),
                 ImVec4(0.78f, 0.16f, 0.14f, 1.0f), ImVec4(0.38f, 0.40f, 0.44f, 1.0f)};
  }
  apply_common_style(style);
}

const Palette& palette() { return g_palette; }

}  // namespace factdeck::ui
