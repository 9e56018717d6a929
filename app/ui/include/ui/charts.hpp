#pragma once
// Charts drawn with ImDrawList: bars, stacked bars (with an optional running-total line), a line
// and a calendar heatmap. Each chart owns a box: axes with labels and units, tick labels, a hover
// tooltip with exact values, theme colours, and nothing drawn outside the box. The layout math is
// in pure functions below (tested without a window); the drawing functions only apply it.
#include <imgui.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::ui {

// ---- Layout math (pure) ----

/// A rectangle in screen pixels; x0 <= x1 and y0 <= y1 (y grows downwards).
struct Rect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] float width() const { return x1 - x0; }
  [[nodiscard]] float height() const { return y1 - y0; }
  friend bool operator==(const Rect&, const Rect&) = default;
};

/// Axis ticks from 0 to `top`: a "nice" step (1, 2 or 5 times a power of ten), at most
/// `max_ticks` + 1 values, and `top` >= the largest value (1 when all values are 0).
struct Ticks {
  double step = 1.0;
  double top = 1.0;
  std::vector<double> values;  // 0, step, ..., top
};
[[nodiscard]] Ticks nice_ticks(double max_value, int max_ticks);

/// Maps [0, top] onto the pixel range [bottom, top_px] (a vertical axis), clamped to it.
[[nodiscard]] float scale_y(double value, double top, const Rect& plot);

/// The plot area inside `box`: room on the left for tick labels `label_px` wide, a line of text
/// (`font_px`) on top for the axis title and two at the bottom for x labels and the x title.
[[nodiscard]] Rect plot_area(const Rect& box, float label_px, float font_px);

/// The horizontal extent of bar `index` of `count` evenly spaced bars, leaving `gap_fraction` of
/// each slot empty (at least one pixel of bar).
[[nodiscard]] Rect bar_rect(const Rect& plot, std::size_t count, std::size_t index, float gap_fraction);

/// The segments of one stacked bar from the bottom up, one per value, clamped to the plot.
[[nodiscard]] std::vector<Rect> stacked_segments(const Rect& bar, std::span<const double> values,
                                                 double top);

/// The bar under the mouse x position, if any.
[[nodiscard]] std::optional<std::size_t> hovered_slot(const Rect& plot, std::size_t count, float mouse_x);

/// Show every n-th x label so that labels `label_px` wide do not overlap.
[[nodiscard]] std::size_t label_stride(std::size_t count, float plot_width, float label_px);

/// A tick value as short text: "0", "15", "2.5", "1.2k", "3M".
[[nodiscard]] std::string tick_text(double value);

/// Cell (column = week, row = weekday) of a heatmap with `columns` weeks filling `plot`; cells
/// are square and leave a gap of 1/8 of their size.
[[nodiscard]] Rect heatmap_cell(const Rect& plot, int columns, int column, int row);

/// Colour level 0..4 of a heatmap count: 0 for none, else quartiles of `max_count`.
[[nodiscard]] int heatmap_level(std::uint32_t count, std::uint32_t max_count);

// ---- Drawing (ImGui) ----

struct ChartSeries {
  std::string_view name;
  ImVec4 colour;
};

/// Axis titles with units, e.g. {"day", "answers"}.
struct ChartAxes {
  std::string_view x_title;
  std::string_view y_title;
};

/// Stacked bars: `values` holds count × series.size() numbers, bar by bar. `x_labels` names each
/// bar (ticks and tooltip). A non-empty `line` (one value per bar) is drawn on its own scale
/// with its labels on the right, named `line_name`.
struct StackedBars {
  std::span<const double> values;
  std::span<const ChartSeries> series;
  std::span<const std::string> x_labels;
  ChartAxes axes;
  std::span<const double> line = {};
  std::string_view line_name = {};
};
void draw_stacked_bars(const char* id, ImVec2 size, const StackedBars& chart);

/// A single series of bars in one colour.
void draw_bars(const char* id, ImVec2 size, std::span<const double> values,
               std::span<const std::string> x_labels, const ChartSeries& series,
               const ChartAxes& axes);

/// A line through `values` with dots; y runs from 0 to `y_top` (0: fit the values).
void draw_line(const char* id, ImVec2 size, std::span<const double> values,
               std::span<const std::string> x_labels, const ChartSeries& series,
               const ChartAxes& axes, double y_top = 0.0);

/// A calendar heatmap: one column per week (Monday at the top), `counts` from the Monday
/// `day_labels[0]`; the tooltip shows the day's label and count.
void draw_heatmap(const char* id, ImVec2 size, std::span<const std::uint32_t> counts,
                  std::span<const std::string> day_labels, std::string_view unit);

/// Colours for the four item phases (new, learning, review, relearning) in the current theme.
[[nodiscard]] std::vector<ImVec4> phase_colours();

}  // namespace factdeck::ui
