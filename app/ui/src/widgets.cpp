#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace factdeck::ui {

void centered_wrapped_text(std::string_view text, float scale) {
  ImGui::SetWindowFontScale(scale);
  const float available = ImGui::GetContentRegionAvail().x;
  const float wrap_width = std::min(available, ImGui::GetFontSize() * 32.0f);
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  const ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap_width);
  const float indent = (available - std::min(size.x, wrap_width)) * 0.5f;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, indent));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
  ImGui::TextUnformatted(begin, end);
  ImGui::PopTextWrapPos();
  ImGui::SetWindowFontScale(1.0f);
}

bool centered_button(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2.0f;
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
  return ImGui::Button(label);
}

}  // namespace factdeck::ui
