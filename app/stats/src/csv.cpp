#include "stats/csv.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <ostream>
#include <string>
#include <system_error>

#include "format.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::stats {

namespace {

constexpr std::array<std::string_view, kChartCount> kChartNames = {
    "today", "history", "heatmap", "forecast", "retention", "question_kinds",
    "stability", "difficulty", "retrievability", "article_map"};

/// A CSV field, quoted when it holds a comma, quote or line break.
std::string field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void write_today(const TodayStats& today, std::ostream& out) {
  out << "metric,value\n";
  out << "date," << day_text(today.day) << "\n";
  out << "answered," << today.answered << "\n";
  out << "correct," << today.correct << "\n";
  out << "correct_percent," << percent(today.correct_share()) << "\n";
  out << "time_secs," << fixed(static_cast<double>(today.time_ms) / 1000.0, 1) << "\n";
  for (std::size_t p = 0; p < kPhaseCount; ++p) {
    out << phase_name(static_cast<sched::Phase>(p)) << "," << today.by_phase[p] << "\n";
  }
}

void write_history(const History& history, Period period, std::ostream& out) {
  const HistorySeries series = history_series(history, period);
  out << "date,new,learning,review,relearning,total,cumulative,minutes\n";
  for (std::size_t i = 0; i < series.by_phase.size(); ++i) {
    out << day_text(series.first_day + static_cast<std::int64_t>(i));
    for (std::uint32_t count : series.by_phase[i]) out << "," << count;
    out << "," << total(series.by_phase[i]) << "," << series.cumulative[i] << ","
        << fixed(series.minutes[i], 2) << "\n";
  }
}

void write_heatmap(const Heatmap& heatmap, std::ostream& out) {
  out << "date,weekday,answers\n";
  for (std::size_t i = 0; i < heatmap.counts.size(); ++i) {
    const std::int64_t day = heatmap.first_day + static_cast<std::int64_t>(i);
    out << day_text(day) << "," << weekday(day) << "," << heatmap.counts[i] << "\n";
  }
}

void write_forecast(const Forecast& forecast, Period period, std::ostream& out) {
  const std::size_t horizon = period == Period::Days30 ? 31 : 91;
  out << "date,days_from_today,due\n";
  for (std::size_t i = 0; i < std::min(horizon, forecast.due_per_day.size()); ++i) {
    out << day_text(forecast.today + static_cast<std::int64_t>(i)) << "," << i << ","
        << forecast.due_per_day[i] << "\n";
  }
}

void write_retention(const Retention& retention, std::ostream& out) {
  out << "window,young_passed,young_total,mature_passed,mature_total,retention_percent,"
         "desired_percent\n";
  for (std::size_t w = 0; w < kRetentionWindowCount; ++w) {
    const RetentionRow& row = retention.windows[w];
    out << window_name(static_cast<RetentionWindow>(w)) << "," << row.young.passed << ","
        << row.young.total << "," << row.mature.passed << "," << row.mature.total << ","
        << percent(row.all().share()) << "," << percent(retention.desired_retention) << "\n";
  }
}

void write_question_kinds(const Retention& retention, std::ostream& out) {
  out << "kind,passed,total,accuracy_percent\n";
  for (std::size_t k = 0; k < kQuestionKindCount; ++k) {
    const PassCount& count = retention.by_question_kind[k];
    out << quizgen::kQuestionKinds[k].name << ","
        << count.passed << "," << count.total << "," << percent(count.share()) << "\n";
  }
}

void write_histogram(const Histogram& histogram, int decimals, std::ostream& out) {
  out << "bin_low,bin_high,items\n";
  for (std::size_t b = 0; b < histogram.counts.size(); ++b) {
    out << fixed(histogram.edges[b], decimals) << "," << fixed(histogram.edges[b + 1], decimals)
        << "," << histogram.counts[b] << "\n";
  }
}

void write_article_maps(const std::vector<ArticleMap>& maps, std::ostream& out) {
  out << "deck,section,title,level,items,new,learning,known,average_retrievability\n";
  for (const ArticleMap& map : maps) {
    for (const SectionStats& s : map.sections) {
      out << field(map.deck_id) << "," << s.section << "," << field(s.title) << "," << s.level
          << "," << s.item_count() << "," << s.new_items << "," << s.learning_items << ","
          << s.known_items << "," << fixed(s.average_retrievability, 4) << "\n";
    }
  }
}

}  // namespace

std::string_view chart_name(Chart chart) { return kChartNames[static_cast<std::size_t>(chart)]; }

void write_csv(const StatsReport& report, Chart chart, Period period, std::ostream& out) {
  switch (chart) {
    case Chart::Today: write_today(report.today, out); break;
    case Chart::History: write_history(report.history, period, out); break;
    case Chart::Heatmap: write_heatmap(report.heatmap, out); break;
    case Chart::Forecast: write_forecast(report.forecast, period, out); break;
    case Chart::Retention: write_retention(report.retention, out); break;
    case Chart::QuestionKinds: write_question_kinds(report.retention, out); break;
    case Chart::Stability: write_histogram(report.memory.stability_days, 0, out); break;
    case Chart::Difficulty: write_histogram(report.memory.difficulty, 0, out); break;
    case Chart::Retrievability: write_histogram(report.memory.retrievability, 2, out); break;
    case Chart::ArticleMap: write_article_maps(report.article_maps, out); break;
  }
}

Result<std::vector<std::filesystem::path>> write_all_csv(const StatsReport& report, Period period,
                                                         const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    return fail(ErrorCode::Io, "cannot create the folder " + dir.string() + ": " + error.message());
  }
  std::vector<std::filesystem::path> written;
  for (std::size_t c = 0; c < kChartCount; ++c) {
    const std::filesystem::path path = dir / (std::string(kChartNames[c]) + ".csv");
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    write_csv(report, static_cast<Chart>(c), period, out);
    out.flush();
    if (!out) {
      return fail(ErrorCode::Io, "cannot write " + path.string() + "; " +
                                     std::to_string(written.size()) + " earlier files were written");
    }
    written.push_back(path);
  }
  return written;
}

}  // namespace factdeck::stats
