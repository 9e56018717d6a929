#pragma once
// CSV export of every chart's data: one file per chart, a header row, days as ISO dates.
#include <filesystem>
#include <iosfwd>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "stats/report.hpp"

namespace factdeck::stats {

enum class Chart : std::uint8_t {
  Today, History, Heatmap, Forecast, Retention, QuestionKinds, Stability, Difficulty,
  Retrievability, ArticleMap
};
inline constexpr std::size_t kChartCount = 10;

/// "today", "history", ... : the base of the chart's CSV file name.
[[nodiscard]] std::string_view chart_name(Chart chart);

/// Writes the chart's data as CSV; `period` selects the history's days and the forecast's
/// horizon (30 or 90 days; 90 for 365 and all).
void write_csv(const StatsReport& report, Chart chart, Period period, std::ostream& out);

/// Writes every chart to `<dir>/<chart_name>.csv` (creating `dir`); returns the files written.
/// Fails with ErrorCode::Io naming the file that could not be written.
[[nodiscard]] Result<std::vector<std::filesystem::path>> write_all_csv(
    const StatsReport& report, Period period, const std::filesystem::path& dir);

}  // namespace factdeck::stats
