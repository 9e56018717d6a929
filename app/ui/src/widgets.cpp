#include "ui/widgets.hpp"

#include <algorithm>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace factdeck::ui {

void centered_wrapped_text(std::string_view text, bool is_large) {
  if (is_large) ImGui::PushFont(large_font());
  const float available = ImGui::GetContentRegionAvail().x;
  const float wrap_width = std::min(available, ImGui::GetFontSize() * 36.0f);
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  const ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap_width);
  const float indent = (available - std::min(size.x, wrap_width)) * 0.5f;
  const float start_x = ImGui::GetCursorPosX() + std::max(0.0f, indent);
  ImGui::SetCursorPosX(start_x);
  ImGui::PushTextWrapPos(start_x + wrap_width);
  ImGui::TextUnformatted(begin, end);
  ImGui::PopTextWrapPos();
  if (is_large) ImGui::PopFont();
}

void colored_wrapped_text(const ImVec4& color, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void muted_text(std::string_view text) { colored_wrapped_text(palette().muted_text, text); }

void wrap_row_before(float width) {
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool centered_button(const char* label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowWidth() - width) * 0.5f));
  return ImGui::Button(label);
}

bool wide_button(const char* label, float width_em, bool is_highlighted) {
  if (is_highlighted) {
    ImVec4 accent = palette().accent;
    ImGui::PushStyleColor(ImGuiCol_Button, accent);
    accent.w = 0.85f;
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, accent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  const bool clicked = ImGui::Button(label, ImVec2(width_em * ImGui::GetFontSize(), 0.0f));
  if (is_highlighted) ImGui::PopStyleColor(3);
  return clicked;
}

void begin_centered_column(float max_em) {
  const float available = ImGui::GetContentRegionAvail().x;
  const float width = std::min(available, max_em * ImGui::GetFontSize());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - width) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

void end_centered_column() {
  ImGui::PopTextWrapPos();
  ImGui::PopItemWidth();
  ImGui::EndGroup();
}

}  // namespace factdeck::ui
