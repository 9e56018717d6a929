#include <catch2/catch.hpp>

#include "stats/compute.hpp"
#include "stats/day_bucketer.hpp"
#include "synthetic_history.hpp"

using namespace factdeck;
using namespace factdeck::stats::testing;

namespace {

std::uint32_t answered_on(const stats::History& history, std::int64_t day) {
  return history.days[static_cast<std::size_t>(day - history.first_day)].answered();
}

}  // namespace

TEST_CASE("Answers are counted on their study day across a DST change and a time-zone change",
          "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const stats::StatsReport report = compute_stats(synthetic_input(h, travelling_clock()));
  const stats::History& history = report.history;

  CHECK(report.total_answers == 10);
  CHECK(history.today == date_day(2024, 4, 12));
  CHECK(history.first_day == date_day(2024, 3, 29));
  REQUIRE(history.days.size() == 15);
  CHECK(answered_on(history, date_day(2024, 3, 29)) == 1);
  CHECK(answered_on(history, date_day(2024, 3, 30)) == 1);
  CHECK(answered_on(history, date_day(2024, 3, 31)) == 1);
  CHECK(answered_on(history, date_day(2024, 4, 1)) == 1);
  CHECK(answered_on(history, date_day(2024, 4, 2)) == 0);
  CHECK(answered_on(history, date_day(2024, 4, 10)) == 2);
  CHECK(answered_on(history, date_day(2024, 4, 11)) == 1);
  CHECK(answered_on(history, date_day(2024, 4, 12)) == 3);

  SECTION("stacked by the phase before the answer") {
    const auto& apr10 = history.days[static_cast<std::size_t>(date_day(2024, 4, 10) - history.first_day)];
    CHECK(apr10.by_phase == stats::PhaseCounts{1, 0, 1, 0});
    CHECK(apr10.correct == 0);
    CHECK(apr10.time_ms == 4000);
    const auto& apr11 = history.days[static_cast<std::size_t>(date_day(2024, 4, 11) - history.first_day)];
    CHECK(apr11.by_phase == stats::PhaseCounts{0, 0, 0, 1});
  }
  SECTION("streaks: Mar 29 - Apr 1 is the longest, Apr 10 - 12 the current") {
    CHECK(history.days_studied == 7);
    CHECK(history.longest_streak_days == 4);
    CHECK(history.current_streak_days == 3);
  }
}

TEST_CASE("Today counts answers, time and correct share by phase before the answer", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const stats::TodayStats today = compute_stats(synthetic_input(h, travelling_clock())).today;
  CHECK(today.day == date_day(2024, 4, 12));
  CHECK(today.answered == 3);
  CHECK(today.correct == 2);
  CHECK(today.correct_share() == Approx(2.0 / 3.0));
  CHECK(today.time_ms == 15000);
  CHECK(today.by_phase == stats::PhaseCounts{0, 1, 2, 0});
  CHECK(today.correct_by_phase == stats::PhaseCounts{0, 1, 1, 0});
}

TEST_CASE("True retention counts non-practice Review answers, young and mature", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const stats::Retention retention = compute_stats(synthetic_input(h, travelling_clock())).retention;
  const auto window = [&](stats::RetentionWindow w) { return retention.windows[static_cast<std::size_t>(w)]; };
  using W = stats::RetentionWindow;
  CHECK(window(W::Today).young == stats::PassCount{0, 0});
  CHECK(window(W::Today).mature == stats::PassCount{1, 1});
  CHECK(window(W::Yesterday).all() == stats::PassCount{0, 0});
  CHECK(window(W::Week).young == stats::PassCount{0, 1});
  CHECK(window(W::Week).mature == stats::PassCount{1, 1});
  CHECK(window(W::Month).young == stats::PassCount{1, 2});
  CHECK(window(W::All).all() == stats::PassCount{2, 3});
  CHECK(window(W::All).all().share() == Approx(2.0 / 3.0));
  CHECK(retention.desired_retention == 0.9);
  SECTION("accuracy per question kind includes practice answers") {
    CHECK(retention.by_question_kind[0] == stats::PassCount{6, 8});
    CHECK(retention.by_question_kind[1] == stats::PassCount{1, 2});
    CHECK(retention.by_question_kind[2] == stats::PassCount{0, 0});
  }
}

TEST_CASE("The forecast counts due items per study day, overdue on today", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const stats::Forecast forecast = compute_stats(synthetic_input(h, travelling_clock())).forecast;
  REQUIRE(forecast.due_per_day.size() == 91);
  CHECK(forecast.due_per_day[0] == 1);
  CHECK(forecast.due_per_day[1] == 2);
  CHECK(forecast.due_per_day[60] == 1);
  std::uint32_t sum = 0;
  for (std::uint32_t due : forecast.due_per_day) sum += due;
  CHECK(sum == 4);
  CHECK(forecast.overdue == 1);
  CHECK(forecast.scheduled_items == 4);
  CHECK(forecast.daily_load == Approx(1.0 / 2 + 1.0 + 1.0 / 60 + 1.0));
}

TEST_CASE("Memory histograms and the known estimate cover studied live items, suspended too",
          "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const stats::StatsInput input = synthetic_input(h, travelling_clock());
  const stats::MemoryStats memory = compute_stats(input).memory;
  CHECK(memory.studied_items == 5);
  CHECK(memory.new_items == 1);
  CHECK(memory.stability_days.counts[0] == 1);
  CHECK(memory.stability_days.counts[1] == 1);
  CHECK(memory.stability_days.counts[2] == 1);
  CHECK(memory.stability_days.counts[10] == 1);
  CHECK(memory.stability_days.counts[6] == 1);
  CHECK(memory.difficulty.counts[2] == 1);
  CHECK(memory.difficulty.counts[4] == 2);
  CHECK(memory.difficulty.counts[5] == 1);
  double expected_known = 0.0;
  for (const auto id : {kItemA, kItemB, kItemC, kItemD, kItemF}) {
    expected_known += sched::item_retrievability(h.items.at(id).state, input.parameters, input.now);
  }
  CHECK(memory.known_estimate == Approx(expected_known).margin(1e-12));
  CHECK(memory.average_retrievability == Approx(expected_known / 5).margin(1e-12));
  // Item A: last answer 30 hours ago at stability 2.5 days.
  const double recall_a = sched::retrievability(input.parameters, 1.25, 2.5);
  CHECK(sched::item_retrievability(h.items.at(kItemA).state, input.parameters, input.now) ==
        Approx(recall_a));
  std::uint32_t binned = 0;
  for (std::uint32_t count : memory.retrievability.counts) binned += count;
  CHECK(binned == 5);
}

TEST_CASE("A deck filter keeps only that deck's answers and items", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  stats::StatsInput input = synthetic_input(h, travelling_clock());
  input.deck_filter = "other";
  const stats::StatsReport other = compute_stats(input);
  CHECK(other.total_answers == 1);
  CHECK(other.history.first_day == date_day(2024, 4, 1));
  CHECK(other.memory.studied_items == 1);
  input.deck_filter = "missing";
  CHECK(compute_stats(input).total_answers == 0);
}

TEST_CASE("Without the time-zone change the late-evening lapse moves to the next day", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const sched::DayClock berlin_summer(sched::Seconds{7200}, 4);
  const stats::StatsReport report = compute_stats(synthetic_input(h, berlin_summer));
  CHECK(answered_on(report.history, date_day(2024, 4, 10)) == 1);
  CHECK(answered_on(report.history, date_day(2024, 4, 11)) == 2);
}

TEST_CASE("An empty log gives a one-day history and no streak", "[stats]") {
  const store::ReviewLog log;
  const std::map<ItemId, store::ItemRecord> items;
  stats::StatsInput input;
  input.reviews = &log;
  input.items = &items;
  input.now = synthetic_now();
  const stats::StatsReport report = compute_stats(input);
  CHECK(report.history.days.size() == 1);
  CHECK(report.history.current_streak_days == 0);
  CHECK(report.today.correct_share() == 0.0);
  CHECK(report.memory.average_retrievability == 0.0);
  CHECK(report.heatmap.counts.size() >= 365);
}

TEST_CASE("The practice flag read from packed rows matches the log's records", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  std::size_t practice_rows = 0;
  for (std::size_t i = 0; i < h.log.size(); ++i) {
    CHECK(stats::is_practice_row(h.log.row(i)) == h.log.at(i).is_practice);
    if (stats::is_practice_row(h.log.row(i))) ++practice_rows;
  }
  CHECK(practice_rows == 1);
}

TEST_CASE("The day bucketer agrees with the clock at every minute around the changes", "[stats]") {
  const sched::DayClock clock = travelling_clock();
  stats::DayBucketer bucketer(clock);
  for (const TimePoint start : {utc(2024, 3, 30, 22), utc(2024, 4, 10, 0)}) {
    for (int minute = 0; minute < 48 * 60; minute += 7) {
      const TimePoint t = start + std::chrono::minutes{minute};
      REQUIRE(bucketer.day_of(t) == clock.day_number(t));
    }
  }
}

TEST_CASE("An answer dated far in the past does not size the history from it", "[stats]") {
  // Imported before imports were checked: -10^15 s is 31.7 million years ago, and a slot per day
  // since then was a 370 GB allocation (std::bad_alloc on every `factdeck stats`).
  HistoryBuilder h = synthetic_history();
  const sched::TimePoint ancient{sched::Seconds{-1'000'000'000'000'000}};
  h.answer(ItemId{0x11}, ancient, Grade::Good, state_of(Phase::Review, 1, 2.0, 5.0, ancient, ancient), 1000);
  const stats::StatsReport report = compute_stats(synthetic_input(h, sched::DayClock{}));
  CHECK(report.total_answers == 11);
  CHECK(report.history.days.size() <= stats::kMaxHistoryDays + 1);
  CHECK(report.history.today - report.history.first_day <= stats::kMaxHistoryDays);
}
