#include "views/class_report_plots.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "classroom/class_report.hpp"
#include "ui/theme.hpp"

namespace factdeck::ui {

namespace {

ImU32 rgb(std::uint32_t colour) {
  return IM_COL32((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF, 255);
}

// A dashed line: ImGui 1.86 draws only solid ones.
void dashed_line(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 colour, float dash_px) {
  const float length = std::hypot(to.x - from.x, to.y - from.y);
  if (length <= 0.0f) return;
  const ImVec2 step{(to.x - from.x) / length, (to.y - from.y) / length};
  for (float at = 0.0f; at < length; at += dash_px * 2.0f) {
    const float end = std::min(length, at + dash_px);
    draw->AddLine({from.x + step.x * at, from.y + step.y * at}, {from.x + step.x * end, from.y + step.y * end}, colour);
  }
}

struct ScatterFrame {
  ImVec2 min, max;  // the plot area in screen pixels
  [[nodiscard]] ImVec2 at(double facility, double discrimination) const {
    return {min.x + (max.x - min.x) * static_cast<float>(facility),
            min.y + (max.y - min.y) * static_cast<float>((1.0 - discrimination) / 2.0)};
  }
};

void draw_scatter_axes(ImDrawList* draw, const ScatterFrame& frame) {
  const ImU32 line = ImGui::GetColorU32(ImGuiCol_Border);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 warn = ImGui::GetColorU32(palette().wrong);
  const float font = ImGui::GetFontSize();
  draw->AddRect(frame.min, frame.max, line);
  draw->AddLine(frame.at(0.0, 0.0), frame.at(1.0, 0.0), line);
  dashed_line(draw, frame.at(0.0, classroom::kLowDiscrimination), frame.at(1.0, classroom::kLowDiscrimination), warn, font * 0.3f);
  dashed_line(draw, frame.at(classroom::kLowFacility, -1.0), frame.at(classroom::kLowFacility, 1.0), warn, font * 0.3f);
  for (const double d : {1.0, 0.0, -1.0}) {
    const std::string label = d > 0 ? "+1" : d < 0 ? "-1" : "0";
    const ImVec2 at = frame.at(0.0, d);
    draw->AddText({at.x - ImGui::CalcTextSize(label.c_str()).x - font * 0.3f, at.y - font * 0.5f}, text, label.c_str());
  }
  for (const double f : {0.0, 0.5, 1.0}) {
    char label[8];
    std::snprintf(label, sizeof label, "%.1f", f);
    const ImVec2 at = frame.at(f, -1.0);
    draw->AddText({at.x - ImGui::CalcTextSize(label).x * 0.5f, at.y + font * 0.2f}, text, label);
  }
}

// The question nearest the mouse within a few pixels, for the tooltip.
const classroom::QuestionStats* hovered_question(const classroom::ClassAnalysis& analysis, const ScatterFrame& frame,
                                                 float radius) {
  if (!ImGui::IsItemHovered()) return nullptr;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const classroom::QuestionStats* nearest = nullptr;
  float best = radius * radius * 4.0f;
  for (const classroom::QuestionStats& q : analysis.questions) {
    if (!q.discrimination) continue;
    const ImVec2 at = frame.at(q.facility, *q.discrimination);
    const float d2 = (at.x - mouse.x) * (at.x - mouse.x) + (at.y - mouse.y) * (at.y - mouse.y);
    if (d2 < best) {
      best = d2;
      nearest = &q;
    }
  }
  return nearest;
}

void question_tooltip(const classroom::QuestionStats& q) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
  ImGui::Text("%s: %s", q.answer.c_str(), q.prompt.c_str());
  ImGui::Text("facility %.2f, discrimination %+.2f", q.facility, q.discrimination.value_or(0.0));
  if (q.flag != classroom::Flag::None) ImGui::TextColored(palette().wrong, "%s", std::string(classroom::flag_text(q.flag)).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

void draw_class_scatter(const classroom::ClassAnalysis& analysis, ImVec2 size) {
  const float font = ImGui::GetFontSize();
  ImGui::InvisibleButton("##scatter", {std::max(size.x, font * 8.0f), std::max(size.y, font * 6.0f)});
  const ImVec2 box_min = ImGui::GetItemRectMin(), box_max = ImGui::GetItemRectMax();
  // Room above for the axis title, on the left for "+1"/"-1", on the right for half of "1.0",
  // below for the facility labels and title.
  const ScatterFrame frame{{box_min.x + font * 2.0f, box_min.y + font * 1.8f}, {box_max.x - font * 1.2f, box_max.y - font * 2.6f}};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(box_min, box_max, true);
  draw_scatter_axes(draw, frame);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const char* x_title = "facility (share right on first sight)";
  draw->AddText({(frame.min.x + frame.max.x - ImGui::CalcTextSize(x_title).x) * 0.5f, frame.max.y + font * 1.3f}, text, x_title);
  draw->AddText({box_min.x, box_min.y}, text, "discrimination r");
  const float radius = std::max(2.0f, font * 0.25f);
  for (const classroom::QuestionStats& q : analysis.questions) {
    if (!q.discrimination) continue;
    const ImVec4 colour = q.flag != classroom::Flag::None ? palette().wrong : palette().correct;
    draw->AddCircleFilled(frame.at(q.facility, *q.discrimination), radius, ImGui::GetColorU32(colour));
  }
  draw->PopClipRect();
  if (const classroom::QuestionStats* q = hovered_question(analysis, frame, radius)) question_tooltip(*q);
}

void draw_mastery_heatmap(const classroom::ClassAnalysis& analysis, float width) {
  const float font = ImGui::GetFontSize();
  const std::size_t columns = std::max<std::size_t>(1, analysis.students.size());
  // Cells share 60% of the width (1 to 2.5 em each); section titles take what is left, up to
  // 24 em; rows are one line high, so a long article stays on one screen.
  const float cell_w = std::clamp(width * 0.6f / static_cast<float>(columns), font * 1.0f, font * 2.5f);
  const float cell_h = font * 1.3f;
  const float label_px = std::clamp(width - cell_w * static_cast<float>(columns), font * 4.0f, font * 24.0f);
  const float height = font * 1.4f + cell_h * static_cast<float>(analysis.sections.size());
  ImGui::InvisibleButton("##heatmap", {std::max(width, font * 4.0f), std::max(height, font)});
  const ImVec2 origin = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  std::optional<std::pair<std::size_t, std::size_t>> hovered;
  for (std::size_t st = 0; st < analysis.students.size(); ++st) {
    const std::string rank = std::to_string(analysis.students[st].rank);
    const float x = origin.x + label_px + cell_w * (static_cast<float>(st) + 0.5f) - ImGui::CalcTextSize(rank.c_str()).x * 0.5f;
    draw->AddText({x, origin.y}, text, rank.c_str());
  }
  for (std::size_t se = 0; se < analysis.sections.size(); ++se) {
    const float y = origin.y + font * 1.4f + cell_h * static_cast<float>(se);
    const ImVec4 clip{origin.x, y, origin.x + label_px - font * 0.3f, y + cell_h};
    draw->AddText(nullptr, 0.0f, {origin.x, y + (cell_h - font) * 0.5f}, text, analysis.sections[se].c_str(), nullptr, 0.0f, &clip);
    for (std::size_t st = 0; st < analysis.students.size(); ++st) {
      const std::vector<std::optional<double>>& by_section = analysis.students[st].section_mastery;
      const std::optional<double> mastery = se < by_section.size() ? by_section[se] : std::nullopt;
      const ImVec2 a{origin.x + label_px + cell_w * static_cast<float>(st) + 1.0f, y + 1.0f};
      const ImVec2 b{a.x + cell_w - 2.0f, a.y + cell_h - 2.0f};
      draw->AddRectFilled(a, b, mastery ? rgb(classroom::mastery_color(*mastery)) : ImGui::GetColorU32(ImGuiCol_FrameBg));
      if (ImGui::IsItemHovered() && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) hovered = {{se, st}};
    }
  }
  draw->PopClipRect();
  if (!hovered) return;
  const classroom::StudentStats& student = analysis.students[hovered->second];
  const std::optional<double> mastery = student.section_mastery[hovered->first];
  ImGui::BeginTooltip();
  ImGui::Text("%s, %s", student.name.c_str(), analysis.sections[hovered->first].c_str());
  if (mastery) ImGui::Text("mastery now %.0f%%", *mastery * 100.0);
  else ImGui::TextUnformatted("no memory states in this student's file (format 1)");
  ImGui::EndTooltip();
}

}  // namespace factdeck::ui
