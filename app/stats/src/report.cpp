#include "stats/report.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace factdeck::stats {

std::string_view phase_name(sched::Phase phase) {
  switch (phase) {
    case sched::Phase::New: return "new";
    case sched::Phase::Learning: return "learning";
    case sched::Phase::Review: return "review";
    case sched::Phase::Relearning: return "relearning";
  }
  return "unknown";
}

std::uint64_t total(const PhaseCounts& counts) {
  std::uint64_t sum = 0;
  for (std::uint32_t count : counts) sum += count;
  return sum;
}

double PassCount::share() const {
  return total == 0 ? 0.0 : static_cast<double>(passed) / static_cast<double>(total);
}

double TodayStats::correct_share() const {
  return answered == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(answered);
}

std::uint32_t DayStats::answered() const { return static_cast<std::uint32_t>(total(by_phase)); }

std::string_view period_name(Period period) {
  switch (period) {
    case Period::Days30: return "30";
    case Period::Days90: return "90";
    case Period::Days365: return "365";
    case Period::All: return "all";
  }
  return "all";
}

int period_days(Period period) {
  switch (period) {
    case Period::Days30: return 30;
    case Period::Days90: return 90;
    case Period::Days365: return 365;
    case Period::All: return 0;
  }
  return 0;
}

HistorySeries history_series(const History& history, Period period) {
  const int days = period_days(period);
  HistorySeries series;
  series.first_day = days == 0 ? history.first_day : history.today - days + 1;
  const std::int64_t count = history.today - series.first_day + 1;
  const auto size = static_cast<std::size_t>(std::max<std::int64_t>(count, 0));
  series.by_phase.resize(size);
  series.cumulative.resize(size);
  series.minutes.resize(size);
  std::uint64_t running = 0;
  for (std::size_t i = 0; i < size; ++i) {
    const std::int64_t day = series.first_day + static_cast<std::int64_t>(i);
    const std::int64_t index = day - history.first_day;
    if (index >= 0 && index < static_cast<std::int64_t>(history.days.size())) {
      const DayStats& stats = history.days[static_cast<std::size_t>(index)];
      series.by_phase[i] = stats.by_phase;
      series.minutes[i] = static_cast<double>(stats.time_ms) / 60000.0;
      running += stats.answered();
    }
    series.cumulative[i] = running;
  }
  return series;
}

int weekday(std::int64_t day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const std::int64_t shifted = (day + 3) % 7;
  return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

std::string day_text(std::int64_t day) {
  const std::chrono::sys_days date{std::chrono::days{day}};
  const std::chrono::year_month_day ymd{date};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

std::string_view window_name(RetentionWindow window) {
  switch (window) {
    case RetentionWindow::Today: return "today";
    case RetentionWindow::Yesterday: return "yesterday";
    case RetentionWindow::Week: return "7 days";
    case RetentionWindow::Month: return "30 days";
    case RetentionWindow::Quarter: return "90 days";
    case RetentionWindow::Year: return "365 days";
    case RetentionWindow::All: return "all";
  }
  return "all";
}

PassCount RetentionRow::all() const {
  return PassCount{young.passed + mature.passed, young.total + mature.total};
}

void Histogram::add(double value) {
  if (counts.empty()) return;
  // upper_bound finds the first edge above the value; the bin is the one before it.
  const auto above = std::upper_bound(edges.begin(), edges.end(), value);
  std::ptrdiff_t bin = (above - edges.begin()) - 1;
  bin = std::clamp<std::ptrdiff_t>(bin, 0, static_cast<std::ptrdiff_t>(counts.size()) - 1);
  ++counts[static_cast<std::size_t>(bin)];
}

std::uint32_t SectionStats::item_count() const { return static_cast<std::uint32_t>(items.size()); }

}  // namespace factdeck::stats
