#pragma once
// The article map (every section with its items' memory) and the history of one item (its
// answers and its forgetting curve).
#include <map>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "stats/report.hpp"
#include "store/records.hpp"
#include "store/review_log.hpp"

namespace factdeck::stats {

/// The map of `deck` with the states in `items` (an item without a record, or a retired one, is
/// new) at `now`. Sections are ordered as ArticleMap describes.
[[nodiscard]] ArticleMap build_article_map(const quizgen::Deck& deck, const std::string& deck_id,
                                           const std::map<ItemId, store::ItemRecord>& items,
                                           const sched::Parameters& parameters, sched::TimePoint now);

/// One answer to an item.
struct ItemAnswer {
  sched::TimePoint time{};
  std::int64_t day = 0;
  sched::Grade grade = sched::Grade::Good;
  sched::Phase phase_before = sched::Phase::New;
  double interval_before_days = 0.0;
  double stability_after_days = 0.0;  // 0 when the answer left no FSRS memory
  std::uint32_t answer_ms = 0;
  std::uint8_t question_kind = 0;
  bool is_practice = false;
};

/// A point of the forgetting curve: days since the first answer and the recall probability.
struct CurvePoint {
  double days = 0.0;
  double retrievability = 1.0;
};

struct ItemHistory {
  ItemId id;
  std::vector<ItemAnswer> answers;  // oldest first
  /// R over time: after each schedule-moving answer the curve restarts at 1 and decays with the
  /// new stability until the next answer (or `now`); `points_per_segment` samples per segment.
  std::vector<CurvePoint> curve;
};

/// The history of item `id` (empty when it was never answered). One scan of the log.
[[nodiscard]] ItemHistory item_history(const store::ReviewLog& reviews, ItemId id,
                                       const sched::Parameters& parameters,
                                       const sched::DayClock& clock, sched::TimePoint now,
                                       int points_per_segment = 8);

}  // namespace factdeck::stats
