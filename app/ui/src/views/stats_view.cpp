#include "ui/stats_view.hpp"

#include <imgui.h>

#include <array>
#include <cstdio>

#include "stats_view_parts.hpp"
#include "ui/charts.hpp"
#include "ui/theme.hpp"

namespace factdeck::ui {

namespace {

constexpr std::array<stats::Period, 4> kPeriods = {stats::Period::Days30, stats::Period::Days90,
                                                   stats::Period::Days365, stats::Period::All};
constexpr std::array<const char*, 4> kPeriodLabels = {"30 days", "90 days", "1 year", "All"};

/// "Apr 12" style short label of a study day.
std::string short_day(std::int64_t day) {
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string iso = stats::day_text(day);  // YYYY-MM-DD
  const int month = std::stoi(iso.substr(5, 2));
  return std::string(kMonths[static_cast<std::size_t>(month - 1)]) + " " + iso.substr(8, 2) + " " +
         iso.substr(0, 4);
}

void rebuild_cache(const stats::StatsReport& report, StatsViewUi& ui) {
  StatsChartCache& cache = ui.cache;
  cache = StatsChartCache{&report, report.total_answers, report.history.today, ui.period,
                          ui.forecast_days, {}, {}, {}, {}, {}, {}, {}};
  const stats::HistorySeries series = stats::history_series(report.history, ui.period);
  for (std::size_t i = 0; i < series.by_phase.size(); ++i) {
    for (std::uint32_t count : series.by_phase[i]) cache.history_stacked.push_back(count);
    cache.history_cumulative.push_back(static_cast<double>(series.cumulative[i]));
    cache.history_minutes.push_back(series.minutes[i]);
    cache.history_labels.push_back(short_day(series.first_day + static_cast<std::int64_t>(i)));
  }
  const std::size_t horizon =
      std::min(report.forecast.due_per_day.size(), static_cast<std::size_t>(ui.forecast_days) + 1);
  for (std::size_t i = 0; i < horizon; ++i) {
    cache.forecast_due.push_back(report.forecast.due_per_day[i]);
    cache.forecast_labels.push_back(short_day(report.forecast.today + static_cast<std::int64_t>(i)));
  }
  for (std::size_t i = 0; i < report.heatmap.counts.size(); ++i) {
    cache.heatmap_labels.push_back(short_day(report.heatmap.first_day + static_cast<std::int64_t>(i)));
  }
}

bool is_cache_stale(const stats::StatsReport& report, const StatsViewUi& ui) {
  const StatsChartCache& cache = ui.cache;
  return cache.report != &report || cache.total_answers != report.total_answers ||
         cache.today != report.history.today || cache.period != ui.period ||
         cache.forecast_days != ui.forecast_days;
}

/// Period picker and the export button, on one line.
void draw_toolbar(StatsViewUi& ui, StatsViewRequest& request) {
  ImGui::TextUnformatted("Period");
  for (std::size_t p = 0; p < kPeriods.size(); ++p) {
    ImGui::SameLine();
    if (ImGui::RadioButton(kPeriodLabels[p], ui.period == kPeriods[p]) && ui.period != kPeriods[p]) {
      ui.period = kPeriods[p];
      request.period = kPeriods[p];
    }
  }
  ImGui::SameLine();
  const char* csv_label = "Export CSV (Ctrl+E)";
  const char* png_label = "Save as PNG (Ctrl+P)";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(csv_label).x + ImGui::CalcTextSize(png_label).x +
                      style.FramePadding.x * 4 + style.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
  if (ImGui::Button(csv_label)) request.export_csv = true;
  ImGui::SameLine();
  if (ImGui::Button(png_label)) request.export_png = true;
}

void draw_today_tab(const stats::StatsReport& report) {
  const stats::TodayStats& today = report.today;
  ImGui::Text("%u answers", today.answered);
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  ImGui::Text("%.1f min", static_cast<double>(today.time_ms) / 60000.0);
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  ImGui::TextColored(palette().correct, "%.1f%% correct", today.correct_share() * 100.0);
  if (today.answered == 0) {
    ImGui::TextColored(palette().muted_text, "Nothing answered yet today.");
    return;
  }
  if (!ImGui::BeginTable("today_phases", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::TableSetupColumn("Phase before the answer");
  ImGui::TableSetupColumn("Answers");
  ImGui::TableSetupColumn("Correct");
  ImGui::TableHeadersRow();
  const std::vector<ImVec4> colours = phase_colours();
  for (std::size_t p = 0; p < stats::kPhaseCount; ++p) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string_view name = stats::phase_name(static_cast<sched::Phase>(p));
    ImGui::TextColored(colours[p], "%.*s", static_cast<int>(name.size()), name.data());
    ImGui::TableNextColumn();
    ImGui::Text("%u", today.by_phase[p]);
    ImGui::TableNextColumn();
    const stats::PassCount pass{today.correct_by_phase[p], today.by_phase[p]};
    ImGui::Text("%u (%.1f%%)", pass.passed, pass.share() * 100.0);
  }
  ImGui::EndTable();
}

void draw_history_tab(const stats::StatsReport& report, const StatsChartCache& cache) {
  const stats::History& history = report.history;
  ImGui::Text("Streak: %u days (longest %u) - %u days studied", history.current_streak_days,
              history.longest_streak_days, history.days_studied);
  const std::vector<ImVec4> colours = phase_colours();
  std::array<ChartSeries, stats::kPhaseCount> series;
  for (std::size_t p = 0; p < stats::kPhaseCount; ++p) {
    series[p] = {stats::phase_name(static_cast<sched::Phase>(p)), colours[p]};
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  StackedBars answers;
  answers.values = cache.history_stacked;
  answers.series = series;
  answers.x_labels = cache.history_labels;
  answers.axes = {"study day", "answers"};
  answers.line = cache.history_cumulative;
  answers.line_name = "cumulative answers";
  draw_stacked_bars("##history_answers", {avail.x, avail.y * 0.42f - spacing}, answers);
  draw_bars("##history_minutes", {avail.x, avail.y * 0.26f - spacing}, cache.history_minutes,
            cache.history_labels, {"study time (min)", palette().accent}, {"study day", "minutes"});
  draw_heatmap("##history_heatmap", {avail.x, avail.y * 0.32f - spacing}, report.heatmap.counts,
               cache.heatmap_labels, "answers");
}

void draw_forecast_tab(const stats::StatsReport& report, StatsViewUi& ui) {
  const stats::Forecast& forecast = report.forecast;
  if (ImGui::RadioButton("30 days", ui.forecast_days == 30)) ui.forecast_days = 30;
  ImGui::SameLine();
  if (ImGui::RadioButton("90 days", ui.forecast_days == 90)) ui.forecast_days = 90;
  ImGui::Text("Due today: %u (%u overdue).  Daily load: %.1f answers/day over %u items.",
              forecast.due_per_day.empty() ? 0u : forecast.due_per_day[0], forecast.overdue,
              forecast.daily_load, forecast.scheduled_items);
  draw_bars("##forecast", ImGui::GetContentRegionAvail(), ui.cache.forecast_due, ui.cache.forecast_labels,
            {"due", palette().accent}, {"study day", "items due"});
}

/// BeginTabItem, selecting the tab when a script asked for it.
bool begin_tab(const char* label, StatsTab tab, const StatsViewUi& ui) {
  const ImGuiTabItemFlags flags = ui.open_tab == tab ? ImGuiTabItemFlags_SetSelected : 0;
  return ImGui::BeginTabItem(label, nullptr, flags);
}

}  // namespace

StatsViewRequest draw_stats_view(const stats::StatsReport& report, const stats::ItemHistory* item_history,
                                 StatsViewUi& ui) {
  StatsViewRequest request;
  draw_toolbar(ui, request);
  if (is_cache_stale(report, ui)) rebuild_cache(report, ui);
  if (report.total_answers == 0 && report.memory.studied_items == 0) {
    ImGui::TextColored(palette().muted_text,
                       "No answers yet. Study a deck and your progress shows up here.");
  }
  if (!ImGui::BeginTabBar("stats_tabs")) return request;
  if (begin_tab("1 Today###today", StatsTab::Today, ui)) {
    draw_today_tab(report);
    ImGui::EndTabItem();
  }
  if (begin_tab("2 History###history", StatsTab::History, ui)) {
    draw_history_tab(report, ui.cache);
    ImGui::EndTabItem();
  }
  if (begin_tab("3 Forecast###forecast", StatsTab::Forecast, ui)) {
    draw_forecast_tab(report, ui);
    ImGui::EndTabItem();
  }
  if (begin_tab("4 Retention###retention", StatsTab::Retention, ui)) {
    stats_tabs::draw_retention_tab(report);
    ImGui::EndTabItem();
  }
  if (begin_tab("5 Memory###memory", StatsTab::Memory, ui)) {
    stats_tabs::draw_memory_tab(report);
    ImGui::EndTabItem();
  }
  if (begin_tab("6 Article map###map", StatsTab::ArticleMap, ui)) {
    stats_tabs::draw_article_map_tab(report, item_history, ui, request);
    ImGui::EndTabItem();
  }
  ui.open_tab.reset();
  ImGui::EndTabBar();
  return request;
}

}  // namespace factdeck::ui
