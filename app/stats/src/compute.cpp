#include "stats/compute.hpp"

#include <algorithm>
#include <cassert>
#include <limits>

#include "stats/article_map.hpp"
#include "store/profile_check.hpp"
#include "stats/day_bucketer.hpp"

namespace factdeck::stats {

// Index: the pass over the log (today, history, retention, question kinds), the pass over the
// items (forecast, memory), then streaks and the heatmap derived from the history.

// The store checks stored kinds against its own count, since it does not know the generator: a
// kind added to the table must be allowed there too.
static_assert(store::kQuestionKindCount == kQuestionKindCount, "store and quizgen disagree on the question kinds");

namespace {

// The store's PackedReview::flags bit for a practice answer (kIsPractice in the store's
// review_log.cpp). tests/stats pins it against ReviewLog::at(i).is_practice.
constexpr std::uint8_t kPracticeFlag = 1u << 0;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// What the stats need of the state before an answer.
struct BeforeFacts {
  sched::Phase phase = sched::Phase::New;
  double interval_days = 0.0;
};

sched::Phase phase_of(std::uint8_t raw) {
  return raw < kPhaseCount ? static_cast<sched::Phase>(raw) : sched::Phase::New;
}

BeforeFacts facts_of(const store::PackedState& state) {
  return {phase_of(state.phase), state.scheduled_days};
}

/// Walks the log's explicit `before` states (sorted by row) alongside the rows, so that the state
/// before each answer comes from the previous row of its item, or from the explicit copy.
class BeforeCursor {
 public:
  explicit BeforeCursor(const store::ReviewLog& log) : log_(&log) {}

  BeforeFacts before(std::uint32_t index) {
    const auto& explicit_befores = log_->explicit_befores();
    while (next_ < explicit_befores.size() && explicit_befores[next_].row < index) ++next_;
    if (next_ < explicit_befores.size() && explicit_befores[next_].row == index) {
      return facts_of(explicit_befores[next_].state);
    }
    const store::PackedReview& row = log_->row(index);
    if (row.prev_index == store::kNoRow) return {};
    return facts_of(log_->row(row.prev_index).after);
  }

 private:
  const store::ReviewLog* log_;
  std::size_t next_ = 0;
};

/// The history's day slots, growing at either end as answers arrive (the log is in time order,
/// so growing at the front is rare: only after a clock that went backwards).
class DaySlots {
 public:
  DayStats& at(std::int64_t day) {
    if (days_.empty()) {
      first_day_ = day;
      days_.emplace_back();
    } else if (day < first_day_) {
      days_.insert(days_.begin(), static_cast<std::size_t>(first_day_ - day), DayStats{});
      first_day_ = day;
    } else if (day - first_day_ >= static_cast<std::int64_t>(days_.size())) {
      days_.resize(static_cast<std::size_t>(day - first_day_ + 1));
    }
    return days_[static_cast<std::size_t>(day - first_day_)];
  }

  /// The slots as a History from the first answer (or today) up to today.
  History finish(std::int64_t today) {
    History history;
    history.today = today;
    history.first_day = days_.empty() ? today : first_day_;
    days_.resize(static_cast<std::size_t>(today - history.first_day + 1));
    history.days = std::move(days_);
    return history;
  }

 private:
  std::int64_t first_day_ = 0;
  std::vector<DayStats> days_;
};

void count_retention(Retention& retention, std::int64_t age_days, const BeforeFacts& before,
                     bool is_passed) {
  // Upper bounds (exclusive) of the age in days of each window; Yesterday is handled apart.
  static constexpr std::array<std::int64_t, kRetentionWindowCount> kMaxAge = {
      1, 2, 7, 30, 90, 365, std::numeric_limits<std::int64_t>::max()};
  const bool is_mature = before.interval_days >= kMatureIntervalDays;
  for (std::size_t w = 0; w < kRetentionWindowCount; ++w) {
    const bool is_in_window = static_cast<RetentionWindow>(w) == RetentionWindow::Yesterday
                                  ? age_days == 1
                                  : age_days < kMaxAge[w];
    if (!is_in_window) continue;
    PassCount& count = is_mature ? retention.windows[w].mature : retention.windows[w].young;
    ++count.total;
    if (is_passed) ++count.passed;
  }
}

void count_today(TodayStats& today, sched::Phase phase, bool is_passed, std::uint32_t answer_ms) {
  const auto p = static_cast<std::size_t>(phase);
  ++today.answered;
  ++today.by_phase[p];
  today.time_ms += answer_ms;
  if (is_passed) {
    ++today.correct;
    ++today.correct_by_phase[p];
  }
}

/// The single pass over the review log.
void scan_log(const StatsInput& input, StatsReport& report) {
  const store::ReviewLog& log = *input.reviews;
  const std::int64_t today = input.clock.day_number(input.now);
  report.today.day = today;
  report.retention.desired_retention = input.desired_retention;

  std::optional<std::uint16_t> only_deck;
  bool is_deck_missing = false;
  if (input.deck_filter.has_value()) {
    const auto& decks = log.decks();
    const auto found = std::find(decks.begin(), decks.end(), *input.deck_filter);
    if (found == decks.end()) is_deck_missing = true;
    else only_deck = static_cast<std::uint16_t>(found - decks.begin());
  }

  DayBucketer bucketer(input.clock);
  BeforeCursor cursor(log);
  DaySlots slots;
  const auto size = static_cast<std::uint32_t>(is_deck_missing ? 0 : log.size());
  for (std::uint32_t i = 0; i < size; ++i) {
    const store::PackedReview& row = log.row(i);
    if (only_deck.has_value() && row.deck_index != *only_deck) continue;
    const BeforeFacts before = cursor.before(i);
    const std::int64_t day =
        std::min(today, bucketer.day_of(sched::TimePoint{sched::Seconds{row.time_secs}}));
    const bool is_passed = row.grade > static_cast<std::uint8_t>(sched::Grade::Again);
    const auto phase = static_cast<std::size_t>(before.phase);

    if (today - day <= kMaxHistoryDays) {
      DayStats& slot = slots.at(day);
      ++slot.by_phase[phase];
      slot.time_ms += row.answer_ms;
      if (is_passed) ++slot.correct;
    }
    if (day == today) count_today(report.today, before.phase, is_passed, row.answer_ms);

    const bool is_practice = (row.flags & kPracticeFlag) != 0;
    if (!is_practice && before.phase == sched::Phase::Review) {
      count_retention(report.retention, today - day, before, is_passed);
    }
    if (row.question_kind < kQuestionKindCount) {
      PassCount& kind = report.retention.by_question_kind[row.question_kind];
      ++kind.total;
      if (is_passed) ++kind.passed;
    }
    ++report.total_answers;
  }
  report.history = slots.finish(today);
}

void count_streaks(History& history) {
  std::uint32_t run = 0;
  for (const DayStats& day : history.days) {
    if (day.answered() > 0) {
      ++run;
      ++history.days_studied;
      history.longest_streak_days = std::max(history.longest_streak_days, run);
    } else {
      run = 0;
    }
  }
  // Walk back from today; an empty today does not break the streak yet.
  std::uint32_t current = 0;
  for (std::size_t i = history.days.size(); i-- > 0;) {
    const bool is_today = i + 1 == history.days.size();
    if (history.days[i].answered() > 0) ++current;
    else if (!is_today) break;
  }
  history.current_streak_days = current;
}

Heatmap year_heatmap(const History& history) {
  Heatmap heatmap;
  heatmap.last_day = history.today;
  const std::int64_t year_start = history.today - 364;
  heatmap.first_day = year_start - weekday(year_start);
  heatmap.counts.resize(static_cast<std::size_t>(heatmap.last_day - heatmap.first_day + 1));
  for (std::size_t i = 0; i < heatmap.counts.size(); ++i) {
    const std::int64_t index = heatmap.first_day + static_cast<std::int64_t>(i) - history.first_day;
    if (index >= 0 && index < static_cast<std::int64_t>(history.days.size())) {
      heatmap.counts[i] = history.days[static_cast<std::size_t>(index)].answered();
    }
  }
  return heatmap;
}

MemoryStats empty_memory_stats() {
  MemoryStats memory;
  memory.stability_days.edges = {0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 60, 90, 180, 365, 730, kInfinity};
  memory.difficulty.edges = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  for (int i = 0; i <= 20; ++i) memory.retrievability.edges.push_back(i * 0.05);
  for (Histogram* histogram : {&memory.stability_days, &memory.difficulty, &memory.retrievability}) {
    histogram->counts.assign(histogram->edges.size() - 1, 0);
  }
  return memory;
}

/// The first instant of each study day from today to today + `days` + 1, so that due times are
/// bucketed by a binary search instead of one time-zone lookup per item (study days are
/// consecutive and monotone in time within the forecast window).
std::vector<sched::TimePoint> forecast_day_starts(const sched::DayClock& clock, sched::TimePoint now,
                                                  std::size_t days) {
  std::vector<sched::TimePoint> starts{clock.day_start(now)};
  for (std::size_t k = 0; k <= days; ++k) starts.push_back(clock.next_day_start(starts.back()));
  return starts;
}

void count_forecast(const std::vector<sched::TimePoint>& day_starts, const sched::ItemState& state,
                    Forecast& forecast) {
  if (state.is_suspended) return;
  ++forecast.scheduled_items;
  forecast.daily_load += 1.0 / std::max(1.0, state.scheduled_days);
  if (state.due < day_starts.front()) {
    ++forecast.overdue;
    ++forecast.due_per_day[0];
    return;
  }
  // day_starts[k] <= due < day_starts[k + 1] means study day today + k.
  const auto above = std::upper_bound(day_starts.begin(), day_starts.end(), state.due);
  const auto offset = static_cast<std::size_t>(above - day_starts.begin()) - 1;
  if (offset < forecast.due_per_day.size()) ++forecast.due_per_day[offset];
}

void count_memory(const StatsInput& input, const sched::ItemState& state, MemoryStats& memory) {
  ++memory.studied_items;
  if (!state.memory.has_value()) return;
  memory.stability_days.add(state.memory->stability_days);
  memory.difficulty.add(state.memory->difficulty);
  const double recall = sched::item_retrievability(state, input.parameters, input.now);
  memory.retrievability.add(recall);
  memory.known_estimate += recall;
}

/// The pass over the items: forecast and memory.
void scan_items(const StatsInput& input, StatsReport& report) {
  report.forecast.today = report.history.today;
  report.forecast.due_per_day.assign(static_cast<std::size_t>(std::max(input.forecast_days, 0)) + 1, 0);
  report.memory = empty_memory_stats();
  const auto day_starts =
      forecast_day_starts(input.clock, input.now, report.forecast.due_per_day.size());
  for (const auto& [id, record] : *input.items) {
    if (record.is_retired) continue;
    if (input.deck_filter.has_value() && record.deck_id != *input.deck_filter) continue;
    if (record.state.phase == sched::Phase::New) {
      ++report.memory.new_items;
      continue;
    }
    count_forecast(day_starts, record.state, report.forecast);
    count_memory(input, record.state, report.memory);
  }
  if (report.memory.studied_items > 0) {
    report.memory.average_retrievability =
        report.memory.known_estimate / static_cast<double>(report.memory.studied_items);
  }
}

}  // namespace

bool is_practice_row(const store::PackedReview& row) { return (row.flags & kPracticeFlag) != 0; }

StatsReport compute_stats(const StatsInput& input) {
  assert(input.reviews != nullptr && input.items != nullptr);
  StatsReport report;
  scan_log(input, report);
  count_streaks(report.history);
  report.heatmap = year_heatmap(report.history);
  scan_items(input, report);
  for (const DeckInput& deck : input.decks) {
    if (deck.deck == nullptr) continue;
    report.article_maps.push_back(
        build_article_map(*deck.deck, deck.deck_id, *input.items, input.parameters, input.now));
  }
  return report;
}

}  // namespace factdeck::stats
