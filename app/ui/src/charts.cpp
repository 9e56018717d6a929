#include "ui/charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/theme.hpp"

namespace factdeck::ui {

// Index: layout math (pure), then drawing helpers, then the four charts.

// ---- Layout math ----

Ticks nice_ticks(double max_value, int max_ticks) {
  Ticks ticks;
  const int wanted = std::max(max_ticks, 1);
  const double top = max_value > 0.0 ? max_value : 1.0;
  // The smallest step of the form {1, 2, 5} × 10^k that needs at most `wanted` steps.
  const double raw = top / wanted;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  ticks.step = 10.0 * power;
  for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (factor * power >= raw * (1.0 - 1e-9)) {
      ticks.step = factor * power;
      break;
    }
  }
  const double steps = std::ceil(top / ticks.step - 1e-9);
  ticks.top = steps * ticks.step;
  for (int i = 0; i <= static_cast<int>(steps); ++i) ticks.values.push_back(i * ticks.step);
  return ticks;
}

float scale_y(double value, double top, const Rect& plot) {
  const double share = top > 0.0 ? std::clamp(value / top, 0.0, 1.0) : 0.0;
  return plot.y1 - static_cast<float>(share) * plot.height();
}

Rect plot_area(const Rect& box, float label_px, float font_px) {
  Rect plot{box.x0 + label_px + font_px * 0.5f, box.y0 + font_px * 1.5f, box.x1 - font_px * 0.5f,
            box.y1 - font_px * 2.5f};
  plot.x1 = std::max(plot.x1, plot.x0);
  plot.y1 = std::max(plot.y1, plot.y0);
  return plot;
}

Rect bar_rect(const Rect& plot, std::size_t count, std::size_t index, float gap_fraction) {
  if (count == 0) return {plot.x0, plot.y0, plot.x0, plot.y1};
  const float slot = plot.width() / static_cast<float>(count);
  const float gap = std::min(slot * std::clamp(gap_fraction, 0.0f, 0.9f), slot - 1.0f);
  const float x0 = plot.x0 + slot * static_cast<float>(index) + std::max(gap, 0.0f) * 0.5f;
  const float x1 = std::min(plot.x0 + slot * static_cast<float>(index + 1) - std::max(gap, 0.0f) * 0.5f,
                            plot.x1);
  return {x0, plot.y0, std::max(x1, x0), plot.y1};
}

std::vector<Rect> stacked_segments(const Rect& bar, std::span<const double> values, double top) {
  std::vector<Rect> segments;
  double running = 0.0;
  for (const double value : values) {
    const float bottom = scale_y(running, top, bar);
    running += std::max(value, 0.0);
    segments.push_back({bar.x0, scale_y(running, top, bar), bar.x1, bottom});
  }
  return segments;
}

std::optional<std::size_t> hovered_slot(const Rect& plot, std::size_t count, float mouse_x) {
  if (count == 0 || mouse_x < plot.x0 || mouse_x >= plot.x1 || plot.width() <= 0.0f) return std::nullopt;
  const auto index = static_cast<std::size_t>((mouse_x - plot.x0) / plot.width() * static_cast<float>(count));
  return std::min(index, count - 1);
}

std::size_t label_stride(std::size_t count, float plot_width, float label_px) {
  if (count == 0 || plot_width <= 0.0f) return 1;
  const auto fitting = static_cast<std::size_t>(std::max(plot_width / std::max(label_px, 1.0f), 1.0f));
  return std::max<std::size_t>(1, (count + fitting - 1) / fitting);
}

std::string tick_text(double value) {
  char text[32];
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e6) {
    std::snprintf(text, sizeof text, "%gM", std::round(value / 1e5) / 10.0);
  } else if (magnitude >= 1e4) {
    std::snprintf(text, sizeof text, "%gk", std::round(value / 1e2) / 10.0);
  } else {
    std::snprintf(text, sizeof text, "%g", std::round(value * 100.0) / 100.0);
  }
  return text;
}

Rect heatmap_cell(const Rect& plot, int columns, int column, int row) {
  const float size = std::min(plot.width() / static_cast<float>(std::max(columns, 1)), plot.height() / 7.0f);
  const float gap = size / 8.0f;
  const float x0 = plot.x0 + size * static_cast<float>(column);
  const float y0 = plot.y0 + size * static_cast<float>(row);
  return {x0, y0, x0 + size - gap, y0 + size - gap};
}

int heatmap_level(std::uint32_t count, std::uint32_t max_count) {
  if (count == 0 || max_count == 0) return 0;
  const std::uint64_t scaled = (static_cast<std::uint64_t>(count) * 4 + max_count - 1) / max_count;
  return static_cast<int>(std::clamp<std::uint64_t>(scaled, 1, 4));
}

// ---- Drawing helpers ----

namespace {

Rect to_rect(ImVec2 min, ImVec2 max) { return {min.x, min.y, max.x, max.y}; }
ImVec2 top_left(const Rect& r) { return {r.x0, r.y0}; }
ImVec2 bottom_right(const Rect& r) { return {r.x1, r.y1}; }

ImU32 colour_u32(const ImVec4& colour, float alpha_factor = 1.0f) {
  return ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, colour.w * alpha_factor));
}

/// Reserves the chart's box as one item (for hover), or nothing when it is too small to draw.
std::optional<Rect> begin_box(const char* id, ImVec2 size) {
  const float font = ImGui::GetFontSize();
  size.x = std::max(size.x, 1.0f);
  size.y = std::max(size.y, 1.0f);
  ImGui::InvisibleButton(id, size);
  const Rect box = to_rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (box.width() < font * 6.0f || box.height() < font * 5.0f) return std::nullopt;
  ImGui::GetWindowDrawList()->PushClipRect(top_left(box), bottom_right(box), true);
  return box;
}

void end_box() { ImGui::GetWindowDrawList()->PopClipRect(); }

float widest_label(const Ticks& ticks) {
  float widest = 0.0f;
  for (const double value : ticks.values) {
    widest = std::max(widest, ImGui::CalcTextSize(tick_text(value).c_str()).x);
  }
  return widest;
}

/// Horizontal grid lines with tick labels on the left, and the y title above them.
void draw_y_axis(const Rect& box, const Rect& plot, const Ticks& ticks, std::string_view title) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.5f);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float half_font = ImGui::GetFontSize() * 0.5f;
  for (const double value : ticks.values) {
    const float y = scale_y(value, ticks.top, plot);
    draw->AddLine({plot.x0, y}, {plot.x1, y}, grid);
    const std::string label = tick_text(value);
    const float width = ImGui::CalcTextSize(label.c_str()).x;
    draw->AddText({plot.x0 - width - half_font, y - half_font}, text, label.c_str());
  }
  const std::string title_text(title);
  draw->AddText({box.x0, box.y0}, text, title_text.c_str());
}

/// Every n-th x label under the plot, and the x title at the bottom right.
void draw_x_axis(const Rect& box, const Rect& plot, std::span<const std::string> labels,
                 std::string_view title) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  float label_px = ImGui::GetFontSize();
  for (const std::string& label : labels) label_px = std::max(label_px, ImGui::CalcTextSize(label.c_str()).x);
  const std::size_t stride = label_stride(labels.size(), plot.width(), label_px * 1.3f);
  for (std::size_t i = 0; i < labels.size(); i += stride) {
    const Rect slot = bar_rect(plot, labels.size(), i, 0.0f);
    const float width = ImGui::CalcTextSize(labels[i].c_str()).x;
    const float x = std::clamp((slot.x0 + slot.x1 - width) * 0.5f, box.x0, box.x1 - width);
    draw->AddText({x, plot.y1 + 2.0f}, text, labels[i].c_str());
  }
  const std::string title_text(title);
  const float width = ImGui::CalcTextSize(title_text.c_str()).x;
  draw->AddText({box.x1 - width, box.y1 - ImGui::GetFontSize()}, text, title_text.c_str());
}

}  // namespace

std::vector<ImVec4> phase_colours() {
  const Palette& colours = palette();
  return {colours.accent, ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram), colours.correct,
          colours.wrong};
}

// ---- Charts ----

namespace {

double max_stack(std::span<const double> values, std::size_t series_count) {
  double best = 0.0;
  for (std::size_t i = 0; i + series_count <= values.size(); i += series_count) {
    double sum = 0.0;
    for (std::size_t s = 0; s < series_count; ++s) sum += std::max(values[i + s], 0.0);
    best = std::max(best, sum);
  }
  return best;
}

void draw_running_line(const Rect& plot, std::span<const double> line, const Ticks& ticks,
                       const ImVec4& colour) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  std::vector<ImVec2> points;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const Rect slot = bar_rect(plot, line.size(), i, 0.0f);
    points.push_back({(slot.x0 + slot.x1) * 0.5f, scale_y(line[i], ticks.top, plot)});
  }
  draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour_u32(colour), 0,
                    std::max(1.0f, ImGui::GetFontSize() / 8.0f));
  const ImU32 text = colour_u32(colour);
  const float half_font = ImGui::GetFontSize() * 0.5f;
  for (const double value : ticks.values) {
    draw->AddText({plot.x1 + half_font * 0.5f, scale_y(value, ticks.top, plot) - half_font}, text,
                  tick_text(value).c_str());
  }
}

// Drawing code marks "no bar hovered" with kNoSlot rather than std::optional: GCC 12 reports a
// false -Wmaybe-uninitialized on an optional<size_t> read after inlining at -O3.
constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

std::size_t hovered_bar(const Rect& plot, std::size_t count) {
  if (!ImGui::IsItemHovered()) return kNoSlot;
  return hovered_slot(plot, count, ImGui::GetIO().MousePos.x).value_or(kNoSlot);
}

void highlight_slot(const Rect& plot, std::size_t count, std::size_t index) {
  const Rect slot = bar_rect(plot, count, index, 0.0f);
  ImGui::GetWindowDrawList()->AddRectFilled(top_left(slot), bottom_right(slot),
                                            ImGui::GetColorU32(ImGuiCol_FrameBgHovered, 0.6f));
}

void stacked_tooltip(const StackedBars& chart, std::size_t series_count, std::size_t index) {
  ImGui::BeginTooltip();
  if (index < chart.x_labels.size()) ImGui::TextUnformatted(chart.x_labels[index].c_str());
  double sum = 0.0;
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const double value = chart.values[index * series_count + s];
    sum += value;
    ImGui::TextColored(chart.series[s].colour, "%.*s: %s", static_cast<int>(chart.series[s].name.size()),
                       chart.series[s].name.data(), tick_text(value).c_str());
  }
  if (chart.series.size() > 1) {
    ImGui::Text("total %.*s: %s", static_cast<int>(chart.axes.y_title.size()), chart.axes.y_title.data(),
                tick_text(sum).c_str());
  }
  if (index < chart.line.size()) {
    ImGui::Text("%.*s: %s", static_cast<int>(chart.line_name.size()), chart.line_name.data(),
                tick_text(chart.line[index]).c_str());
  }
  ImGui::EndTooltip();
}

}  // namespace

void draw_stacked_bars(const char* id, ImVec2 size, const StackedBars& chart) {
  const std::size_t series_count = std::max<std::size_t>(chart.series.size(), 1);
  const std::size_t count = chart.values.size() / series_count;
  const auto box = begin_box(id, size);
  if (!box) return;
  const float font = ImGui::GetFontSize();
  const Ticks ticks = nice_ticks(max_stack(chart.values, series_count), 4);
  const bool has_line = count > 0 && chart.line.size() == count;
  const Ticks line_ticks =
      has_line ? nice_ticks(*std::max_element(chart.line.begin(), chart.line.end()), 4) : Ticks{};
  Rect plot = plot_area(*box, widest_label(ticks), font);
  if (has_line) plot.x1 = std::max(plot.x0, plot.x1 - widest_label(line_ticks) - font * 0.5f);

  draw_y_axis(*box, plot, ticks, chart.axes.y_title);
  const std::size_t hovered = hovered_bar(plot, count);
  if (hovered != kNoSlot) highlight_slot(plot, count, hovered);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < count; ++i) {
    const Rect bar = bar_rect(plot, count, i, 0.2f);
    const auto segments = stacked_segments(bar, chart.values.subspan(i * series_count, series_count), ticks.top);
    for (std::size_t s = 0; s < segments.size() && s < chart.series.size(); ++s) {
      if (segments[s].height() <= 0.0f) continue;
      draw->AddRectFilled(top_left(segments[s]), bottom_right(segments[s]), colour_u32(chart.series[s].colour));
    }
  }
  if (has_line) draw_running_line(plot, chart.line, line_ticks, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  draw_x_axis(*box, plot, chart.x_labels, chart.axes.x_title);
  end_box();
  if (hovered != kNoSlot) stacked_tooltip(chart, series_count, hovered);
}

void draw_bars(const char* id, ImVec2 size, std::span<const double> values,
               std::span<const std::string> x_labels, const ChartSeries& series,
               const ChartAxes& axes) {
  StackedBars chart;
  chart.values = values;
  chart.series = std::span<const ChartSeries>(&series, 1);
  chart.x_labels = x_labels;
  chart.axes = axes;
  draw_stacked_bars(id, size, chart);
}

void draw_line(const char* id, ImVec2 size, std::span<const double> values,
               std::span<const std::string> x_labels, const ChartSeries& series,
               const ChartAxes& axes, double y_top) {
  const auto box = begin_box(id, size);
  if (!box) return;
  const double top = y_top > 0.0 ? y_top
                                 : (values.empty() ? 1.0 : *std::max_element(values.begin(), values.end()));
  const Ticks ticks = nice_ticks(top, 4);
  const Rect plot = plot_area(*box, widest_label(ticks), ImGui::GetFontSize());
  draw_y_axis(*box, plot, ticks, axes.y_title);
  const std::size_t hovered = hovered_bar(plot, values.size());
  if (hovered != kNoSlot) highlight_slot(plot, values.size(), hovered);
  draw_running_line(plot, values, Ticks{ticks.step, ticks.top, {}}, series.colour);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float radius = std::max(1.5f, ImGui::GetFontSize() / 6.0f);
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Rect slot = bar_rect(plot, values.size(), i, 0.0f);
    draw->AddCircleFilled({(slot.x0 + slot.x1) * 0.5f, scale_y(values[i], ticks.top, plot)}, radius,
                          colour_u32(series.colour));
  }
  draw_x_axis(*box, plot, x_labels, axes.x_title);
  end_box();
  if (hovered == kNoSlot) return;
  ImGui::BeginTooltip();
  if (hovered < x_labels.size()) ImGui::TextUnformatted(x_labels[hovered].c_str());
  ImGui::TextColored(series.colour, "%.*s: %s", static_cast<int>(series.name.size()), series.name.data(),
                     tick_text(values[hovered]).c_str());
  ImGui::EndTooltip();
}

void draw_heatmap(const char* id, ImVec2 size, std::span<const std::uint32_t> counts,
                  std::span<const std::string> day_labels, std::string_view unit) {
  const auto box = begin_box(id, size);
  if (!box) return;
  const float font = ImGui::GetFontSize();
  const int columns = static_cast<int>((counts.size() + 6) / 7);
  const float label_px = ImGui::CalcTextSize("Mon").x + font * 0.5f;
  const Rect plot{box->x0 + label_px, box->y0, box->x1, box->y1 - font * 1.5f};
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const char* const kRowNames[] = {"Mon", "", "Wed", "", "Fri", "", ""};
  for (int row = 0; row < 7; ++row) {
    const Rect cell = heatmap_cell(plot, columns, 0, row);
    draw->AddText({box->x0, (cell.y0 + cell.y1 - font) * 0.5f}, text, kRowNames[row]);
  }
  const std::uint32_t max_count = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  const ImVec4 colour = palette().correct;
  std::size_t hovered = kNoSlot;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const Rect cell = heatmap_cell(plot, columns, static_cast<int>(i / 7), static_cast<int>(i % 7));
    const int level = heatmap_level(counts[i], max_count);
    const ImU32 fill = level == 0 ? ImGui::GetColorU32(ImGuiCol_FrameBg) : colour_u32(colour, 0.25f * static_cast<float>(level));
    draw->AddRectFilled(top_left(cell), bottom_right(cell), fill);
    if (ImGui::IsItemHovered() && mouse.x >= cell.x0 && mouse.x < cell.x1 && mouse.y >= cell.y0 && mouse.y < cell.y1) {
      hovered = i;
      draw->AddRect(top_left(cell), bottom_right(cell), ImGui::GetColorU32(ImGuiCol_Text));
    }
  }
  const std::string legend = "darker = more " + std::string(unit) + " per day (most: " + std::to_string(max_count) + ")";
  draw->AddText({plot.x0, box->y1 - font * 1.2f}, text, legend.c_str());
  end_box();
  if (hovered == kNoSlot) return;
  ImGui::BeginTooltip();
  if (hovered < day_labels.size()) ImGui::TextUnformatted(day_labels[hovered].c_str());
  ImGui::Text("%u %.*s", counts[hovered], static_cast<int>(unit.size()), unit.data());
  ImGui::EndTooltip();
}

}  // namespace factdeck::ui
