#include <catch2/catch.hpp>

#include "ui/charts.hpp"

using factdeck::ui::Rect;
namespace ui = factdeck::ui;

TEST_CASE("Ticks use steps of 1, 2 or 5 times a power of ten and cover the maximum", "[ui]") {
  const auto [max_value, expected_step, expected_top] = GENERATE(table<double, double, double>({
      {0.0, 0.5, 1.0}, {7.0, 2.0, 8.0}, {10.0, 5.0, 10.0}, {37.0, 10.0, 40.0},
      {95.0, 50.0, 100.0}, {1234.0, 500.0, 1500.0}, {0.3, 0.1, 0.3}}));
  const ui::Ticks ticks = ui::nice_ticks(max_value, 4);
  CHECK(ticks.step == Approx(expected_step));
  CHECK(ticks.top == Approx(expected_top));
  CHECK(ticks.values.front() == 0.0);
  CHECK(ticks.values.back() == Approx(ticks.top));
  CHECK(ticks.values.size() <= 5);
}

TEST_CASE("Values map onto the plot's height and stay inside it", "[ui]") {
  const Rect plot{10, 20, 110, 220};
  CHECK(ui::scale_y(0.0, 50.0, plot) == 220.0f);
  CHECK(ui::scale_y(25.0, 50.0, plot) == 120.0f);
  CHECK(ui::scale_y(50.0, 50.0, plot) == 20.0f);
  CHECK(ui::scale_y(80.0, 50.0, plot) == 20.0f);
  CHECK(ui::scale_y(-3.0, 50.0, plot) == 220.0f);
}

TEST_CASE("The plot area leaves room for labels and titles inside the box", "[ui]") {
  const Rect box{0, 0, 400, 200};
  const Rect plot = ui::plot_area(box, 30.0f, 16.0f);
  CHECK(plot.x0 == 38.0f);
  CHECK(plot.y0 == 24.0f);
  CHECK(plot.x1 == 392.0f);
  CHECK(plot.y1 == 160.0f);
  const Rect tiny = ui::plot_area({0, 0, 20, 20}, 30.0f, 16.0f);
  CHECK(tiny.width() >= 0.0f);
  CHECK(tiny.height() >= 0.0f);
}

TEST_CASE("Bars split the plot evenly with gaps and never leave it", "[ui]") {
  const Rect plot{0, 0, 100, 50};
  const Rect first = ui::bar_rect(plot, 10, 0, 0.2f);
  CHECK(first.x0 == Approx(1.0f));
  CHECK(first.x1 == Approx(9.0f));
  const Rect last = ui::bar_rect(plot, 10, 9, 0.2f);
  CHECK(last.x1 <= plot.x1);
  SECTION("a thousand bars in 100 px keep at least zero width and stay inside") {
    for (std::size_t i = 0; i < 1000; ++i) {
      const Rect bar = ui::bar_rect(plot, 1000, i, 0.2f);
      REQUIRE(bar.x0 >= plot.x0);
      REQUIRE(bar.x1 <= plot.x1);
      REQUIRE(bar.x1 >= bar.x0);
    }
  }
}

TEST_CASE("Stacked segments sit on each other from the bottom up", "[ui]") {
  const Rect bar{0, 0, 10, 100};
  const std::vector<double> values = {10, 20, 30};
  const auto segments = ui::stacked_segments(bar, values, 100.0);
  REQUIRE(segments.size() == 3);
  CHECK(segments[0].y1 == 100.0f);
  CHECK(segments[0].y0 == 90.0f);
  CHECK(segments[1].y1 == segments[0].y0);
  CHECK(segments[1].y0 == 70.0f);
  CHECK(segments[2].y0 == Approx(40.0f));
  SECTION("a stack above the axis top is clipped at the top") {
    const auto clipped = ui::stacked_segments(bar, values, 40.0);
    CHECK(clipped[2].y0 == 0.0f);
    CHECK(clipped[2].y1 == Approx(25.0f));
  }
}

TEST_CASE("The hovered bar is found from the mouse position", "[ui]") {
  const Rect plot{100, 0, 200, 50};
  CHECK(ui::hovered_slot(plot, 4, 100.0f) == std::optional<std::size_t>(0));
  CHECK(ui::hovered_slot(plot, 4, 160.0f) == std::optional<std::size_t>(2));
  CHECK(ui::hovered_slot(plot, 4, 199.9f) == std::optional<std::size_t>(3));
  CHECK_FALSE(ui::hovered_slot(plot, 4, 99.0f).has_value());
  CHECK_FALSE(ui::hovered_slot(plot, 4, 200.0f).has_value());
  CHECK_FALSE(ui::hovered_slot(plot, 0, 150.0f).has_value());
}

TEST_CASE("X labels are thinned so that they do not overlap", "[ui]") {
  CHECK(ui::label_stride(30, 600.0f, 60.0f) == 3);
  CHECK(ui::label_stride(5, 600.0f, 60.0f) == 1);
  CHECK(ui::label_stride(365, 700.0f, 70.0f) == 37);
  CHECK(ui::label_stride(0, 700.0f, 70.0f) == 1);
}

TEST_CASE("Tick values print short", "[ui]") {
  CHECK(ui::tick_text(0) == "0");
  CHECK(ui::tick_text(15) == "15");
  CHECK(ui::tick_text(2.5) == "2.5");
  CHECK(ui::tick_text(12000) == "12k");
  CHECK(ui::tick_text(15500) == "15.5k");
  CHECK(ui::tick_text(3000000) == "3M");
}

TEST_CASE("Heatmap cells are square, in week columns, inside the plot", "[ui]") {
  const Rect plot{0, 0, 530, 70};
  const Rect first = ui::heatmap_cell(plot, 53, 0, 0);
  CHECK(first.x0 == 0.0f);
  CHECK(first.width() == Approx(8.75f));
  CHECK(first.height() == Approx(first.width()));
  const Rect last = ui::heatmap_cell(plot, 53, 52, 6);
  CHECK(last.x1 <= plot.x1);
  CHECK(last.y1 <= plot.y1);
  CHECK(ui::heatmap_level(0, 10) == 0);
  CHECK(ui::heatmap_level(1, 10) == 1);
  CHECK(ui::heatmap_level(5, 10) == 2);
  CHECK(ui::heatmap_level(10, 10) == 4);
  CHECK(ui::heatmap_level(3, 0) == 0);
}
