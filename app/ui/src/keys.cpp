#include "ui/keys.hpp"

#include <imgui.h>

namespace factdeck::ui {

bool shortcut_pressed(int key, bool needs_ctrl) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput && !needs_ctrl) return false;
  if (io.KeyCtrl != needs_ctrl) return false;
  return ImGui::IsKeyPressed(key, false);
}

bool enter_pressed() {
  return ImGui::IsKeyPressed(kKeyEnter, false) || ImGui::IsKeyPressed(kKeyKeypadEnter, false);
}

}  // namespace factdeck::ui
