#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "stats/compute.hpp"
#include "stats/csv.hpp"
#include "stats/text_report.hpp"
#include "synthetic_history.hpp"

using namespace factdeck;
using namespace factdeck::stats::testing;

namespace {

stats::StatsReport synthetic_report() {
  static const HistoryBuilder h = synthetic_history();
  static const quizgen::Deck deck = synthetic_deck();
  stats::StatsInput input = synthetic_input(h, travelling_clock());
  input.decks = {{"soviet", &deck}};
  return stats::compute_stats(input);
}

std::string csv_of(const stats::StatsReport& report, stats::Chart chart, stats::Period period) {
  std::ostringstream out;
  stats::write_csv(report, chart, period, out);
  return out.str();
}

}  // namespace

TEST_CASE("Study days print as ISO dates with Monday-first weekdays", "[stats]") {
  CHECK(stats::day_text(date_day(2024, 1, 1)) == "2024-01-01");
  CHECK(stats::weekday(date_day(2024, 1, 1)) == 0);
  CHECK(stats::weekday(0) == 3);
  CHECK(stats::weekday(-1) == 2);
}

TEST_CASE("The history series of a period has its full width and a running total", "[stats]") {
  const stats::StatsReport report = synthetic_report();
  const stats::HistorySeries series = stats::history_series(report.history, stats::Period::Days30);
  REQUIRE(series.by_phase.size() == 30);
  CHECK(series.first_day == date_day(2024, 3, 14));
  CHECK(series.cumulative.back() == 10);
  CHECK(series.cumulative[static_cast<std::size_t>(date_day(2024, 4, 1) - series.first_day)] == 4);
  const stats::HistorySeries all = stats::history_series(report.history, stats::Period::All);
  CHECK(all.by_phase.size() == 15);
  CHECK(all.minutes.back() == Approx(15.0 / 60.0));
}

TEST_CASE("The heatmap starts on a Monday and ends today", "[stats]") {
  const stats::StatsReport report = synthetic_report();
  CHECK(stats::weekday(report.heatmap.first_day) == 0);
  CHECK(report.heatmap.last_day == date_day(2024, 4, 12));
  CHECK(report.heatmap.counts.back() == 3);
  CHECK(report.heatmap.first_day <= report.heatmap.last_day - 364);
  CHECK(report.heatmap.first_day > report.heatmap.last_day - 371);
}

TEST_CASE("CSV rows hold each chart's exact figures", "[stats]") {
  const stats::StatsReport report = synthetic_report();
  const std::string history = csv_of(report, stats::Chart::History, stats::Period::Days30);
  CHECK(history.rfind("date,new,learning,review,relearning,total,cumulative,minutes\n", 0) == 0);
  CHECK(history.find("\n2024-04-10,1,0,1,0,2,6,0.07\n") != std::string::npos);
  CHECK(history.find("\n2024-04-12,0,1,2,0,3,10,0.25\n") != std::string::npos);
  const std::string forecast = csv_of(report, stats::Chart::Forecast, stats::Period::Days30);
  CHECK(forecast.find("\n2024-04-13,1,2\n") != std::string::npos);
  CHECK(std::count(forecast.begin(), forecast.end(), '\n') == 32);
  const std::string retention = csv_of(report, stats::Chart::Retention, stats::Period::All);
  CHECK(retention.find("\nall,1,2,1,1,66.7,90.0\n") != std::string::npos);
  const std::string kinds = csv_of(report, stats::Chart::QuestionKinds, stats::Period::All);
  CHECK(kinds.find("\ncloze,6,8,75.0\n") != std::string::npos);
  const std::string map = csv_of(report, stats::Chart::ArticleMap, stats::Period::All);
  CHECK(map.find("\nsoviet,2,Rapallo,2,3,1,1,1,") != std::string::npos);
  const std::string stability = csv_of(report, stats::Chart::Stability, stats::Period::All);
  CHECK(stability.find("\n730,inf,0\n") != std::string::npos);
}

TEST_CASE("write_all_csv writes one file per chart", "[stats]") {
  const stats::StatsReport report = synthetic_report();
  const auto dir = std::filesystem::temp_directory_path() / "factdeck_stats_csv_test";
  std::filesystem::remove_all(dir);
  const auto written = stats::write_all_csv(report, stats::Period::Days90, dir);
  REQUIRE(written.has_value());
  CHECK(written->size() == stats::kChartCount);
  std::ifstream today(dir / "today.csv");
  std::string first_line;
  std::getline(today, first_line);
  CHECK(first_line == "metric,value");
  std::filesystem::remove_all(dir);
}

TEST_CASE("The JSON and text summaries carry the figures", "[stats]") {
  const stats::StatsReport report = synthetic_report();
  std::ostringstream json;
  stats::write_json(report, stats::Period::Days30, json);
  CHECK(json.str().find("\"current_streak_days\":3,\"longest_streak_days\":4") != std::string::npos);
  CHECK(json.str().find("\"total_answers\":10") != std::string::npos);
  CHECK(json.str().find("\"title\":\"Rapallo\"") != std::string::npos);
  std::ostringstream text;
  stats::write_summary(report, stats::Period::Days30, text);
  CHECK(text.str().find("Streak       current 3 days, longest 4 days") != std::string::npos);
  CHECK(text.str().find("3 answers, 66.7% correct") != std::string::npos);
}
