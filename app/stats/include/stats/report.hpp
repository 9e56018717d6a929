#pragma once
// The results of the statistics screen as plain data: what was answered today, the history per
// study day, a year heatmap, the forecast of due items, true retention, the memory distributions
// and the article map. Computed by compute_stats() (compute.hpp); drawn by the UI and printed by
// `factdeck stats`. Every day is a study-day number of the learner's DayClock.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/item_id.hpp"
#include "quizgen/question_kinds.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::stats {

inline constexpr std::size_t kPhaseCount = 4;
/// Counts indexed by sched::Phase (New, Learning, Review, Relearning).
using PhaseCounts = std::array<std::uint32_t, kPhaseCount>;

/// "new", "learning", "review", "relearning".
[[nodiscard]] std::string_view phase_name(sched::Phase phase);
/// Sum of the four counts.
[[nodiscard]] std::uint64_t total(const PhaseCounts& counts);

/// How many of some answers passed (grade Hard, Good or Easy).
struct PassCount {
  std::uint32_t passed = 0;
  std::uint32_t total = 0;
  /// passed / total, or 0 when there were none.
  [[nodiscard]] double share() const;
  friend bool operator==(const PassCount&, const PassCount&) = default;
};

// ---- Today ----

/// Today's answers, split by the item's phase *before* the answer.
struct TodayStats {
  std::int64_t day = 0;
  std::uint32_t answered = 0;
  std::uint32_t correct = 0;  // rated Hard, Good or Easy
  std::uint64_t time_ms = 0;
  PhaseCounts by_phase{};
  PhaseCounts correct_by_phase{};
  /// correct / answered, or 0 without answers.
  [[nodiscard]] double correct_share() const;
};

// ---- History ----

/// The answers of one study day.
struct DayStats {
  PhaseCounts by_phase{};  // by the phase before the answer
  std::uint32_t correct = 0;
  std::uint64_t time_ms = 0;
  [[nodiscard]] std::uint32_t answered() const;
};

/// Every study day from the first answer to today, without gaps.
struct History {
  std::int64_t first_day = 0;  // day of days[0]; today when there are no answers
  std::int64_t today = 0;
  std::vector<DayStats> days;  // first_day .. today inclusive
  std::uint32_t days_studied = 0;
  /// Consecutive study days with answers ending today, or ending yesterday while today has
  /// none yet (a day not yet studied does not break the streak).
  std::uint32_t current_streak_days = 0;
  std::uint32_t longest_streak_days = 0;
};

enum class Period : std::uint8_t { Days30, Days90, Days365, All };

/// "30", "90", "365", "all" (the --period values).
[[nodiscard]] std::string_view period_name(Period period);
/// Days in the period (30, 90, 365), or 0 for All.
[[nodiscard]] int period_days(Period period);

/// One period of the history, ready to draw: per day counts stacked by phase, the running
/// total within the period and the study minutes.
struct HistorySeries {
  std::int64_t first_day = 0;
  std::vector<PhaseCounts> by_phase;
  std::vector<std::uint64_t> cumulative;  // answers from first_day up to and including the day
  std::vector<double> minutes;            // study time per day, minutes
};

/// The last `period_days(period)` days ending today (all days for All). Days before the first
/// answer are included as zeros so that every period has its full width.
[[nodiscard]] HistorySeries history_series(const History& history, Period period);

/// Answers per day for the calendar heatmap: from the Monday of the week containing
/// today - 364 up to today (53 weeks at most), counts per day.
struct Heatmap {
  std::int64_t first_day = 0;  // a Monday
  std::int64_t last_day = 0;   // today
  std::vector<std::uint32_t> counts;
};

/// Weekday of a study day: 0 = Monday .. 6 = Sunday (day 0, 1970-01-01, was a Thursday).
[[nodiscard]] int weekday(std::int64_t day);
/// The study day as an ISO date "YYYY-MM-DD" (the local calendar date on which it starts).
[[nodiscard]] std::string day_text(std::int64_t day);

// ---- Forecast ----

/// Items due per study day from today on.
struct Forecast {
  std::int64_t today = 0;
  std::vector<std::uint32_t> due_per_day;  // [0] = today, overdue items included
  std::uint32_t overdue = 0;               // due before today (counted in due_per_day[0])
  std::uint32_t scheduled_items = 0;       // items past New, not suspended or retired
  /// Expected answers per day in the long run: the sum of 1 / interval over scheduled items
  /// (interval in days, at least 1), as Anki's "daily load".
  double daily_load = 0.0;
};

// ---- Retention ----

enum class RetentionWindow : std::uint8_t { Today, Yesterday, Week, Month, Quarter, Year, All };
inline constexpr std::size_t kRetentionWindowCount = 7;
/// "today", "yesterday", "7 days", "30 days", "90 days", "365 days", "all".
[[nodiscard]] std::string_view window_name(RetentionWindow window);

/// Interval before the answer from which a review counts as mature (as in Anki).
inline constexpr double kMatureIntervalDays = 21.0;

/// True retention of one window: non-practice answers to Review-phase items, split by the
/// interval before the answer (young < 21 days <= mature).
struct RetentionRow {
  PassCount young;
  PassCount mature;
  [[nodiscard]] PassCount all() const;
};

inline constexpr std::size_t kQuestionKindCount = quizgen::kQuestionKinds.size();

struct Retention {
  std::array<RetentionRow, kRetentionWindowCount> windows{};  // indexed by RetentionWindow
  double desired_retention = 0.9;
  /// Every answer (practice included) by question kind, in quizgen::QuestionKind order.
  std::array<PassCount, kQuestionKindCount> by_question_kind{};
};

// ---- Memory ----

/// Counts of values in bins [edges[i], edges[i+1]); the last bin also takes values >= its
/// upper edge.
struct Histogram {
  std::vector<double> edges;  // bins + 1 ascending edges
  std::vector<std::uint32_t> counts;
  /// Adds one value to its bin (values below edges[0] go to the first bin).
  void add(double value);
};

struct MemoryStats {
  Histogram stability_days;   // of studied items
  Histogram difficulty;       // 1..10
  Histogram retrievability;   // 0..1 in 5% bins, now
  std::uint32_t studied_items = 0;
  std::uint32_t new_items = 0;
  double known_estimate = 0.0;          // sum of current retrievability over studied items
  double average_retrievability = 0.0;  // of studied items; 0 when none
};

// ---- Article map ----

/// One item of the article map.
struct ItemSummary {
  ItemId id;
  std::uint32_t deck_item = 0;  // index into Deck::items
  std::string label;            // the item's answer as written in the article
  sched::Phase phase = sched::Phase::New;
  double retrievability = 0.0;  // now; 0 for a new item
  std::uint32_t reps = 0;
  std::uint32_t lapses = 0;
};

/// One section of the article with its items' memory.
struct SectionStats {
  std::int32_t section = -1;  // index into Deck::sections; -1 = facts outside any section
  std::string title;
  std::int32_t level = 1;
  std::uint32_t new_items = 0;
  std::uint32_t learning_items = 0;  // Learning or Relearning
  std::uint32_t known_items = 0;     // Review phase
  /// Mean current retrievability over the section's items, new items counted as 0: the share
  /// of the section the learner would recall now.
  double average_retrievability = 0.0;
  std::vector<ItemSummary> items;  // in deck order
  [[nodiscard]] std::uint32_t item_count() const;
};

/// Every section of one deck: sections with items, weakest (lowest average) first, ties in
/// article order; then sections without items of their own, in article order.
struct ArticleMap {
  std::string deck_id;
  std::string title;
  std::vector<SectionStats> sections;
};

// ---- Everything ----

struct StatsReport {
  std::uint64_t total_answers = 0;  // answers counted (after the deck filter)
  TodayStats today;
  History history;
  Heatmap heatmap;
  Forecast forecast;
  Retention retention;
  MemoryStats memory;
  std::vector<ArticleMap> article_maps;  // one per deck given to compute_stats
};

}  // namespace factdeck::stats
