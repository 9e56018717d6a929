#pragma once
// A backend-less Dear ImGui context for drawing views in tests: no window, fonts built in memory.
#include <imgui.h>

#include "ui/theme.hpp"

namespace factdeck::ui::testing {

/// Creates the context (display of `display` pixels, 60 fps) with its font atlas built and the
/// dark theme, and destroys it at the end of the scope.
struct HeadlessImGui {
  explicit HeadlessImGui(ImVec2 display) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    apply_theme(true);
  }
  ~HeadlessImGui() { ImGui::DestroyContext(); }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

}  // namespace factdeck::ui::testing
