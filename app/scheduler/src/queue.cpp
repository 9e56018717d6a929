#include "scheduler/queue.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <unordered_map>
#include <unordered_set>

// Index: classify candidates · pick reviews · pick new items · interleave · entity spacing.

namespace factdeck::sched {

namespace {

constexpr std::int64_t kSecsPerDay = 86400;

/// `later` − `earlier` in seconds, saturated at the int64 limits: stored times are checked on
/// the way in, but a due time at the far end of the clock must still sort, not overflow.
std::int64_t seconds_between(TimePoint earlier, TimePoint later) {
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(later.time_since_epoch().count(), earlier.time_since_epoch().count(), &difference)) {
    return later > earlier ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
  }
  return difference;
}

/// A due review with its sort key: more overdue first, then lower retrievability. FSRS-6's
/// R = (1 + factor·t/S)^(−decay) falls as t/S grows, so ordering by t/S (elapsed days over
/// stability) gives the same order without a pow() per item.
struct DueReview {
  std::int64_t overdue_days;
  double elapsed_over_stability;
  std::uint32_t index;
};

bool is_shown_before(const DueReview& a, const DueReview& b) {
  if (a.overdue_days != b.overdue_days) return a.overdue_days > b.overdue_days;
  if (a.elapsed_over_stability != b.elapsed_over_stability) {
    return a.elapsed_over_stability > b.elapsed_over_stability;
  }
  return a.index < b.index;
}

double elapsed_over_stability(const ItemState& item, TimePoint now) {
  if (!item.memory.has_value() || !item.last_review.has_value()) return 0.0;
  const double elapsed_days = static_cast<double>(seconds_between(*item.last_review, now)) / kSecsPerDay;
  return std::max(0.0, elapsed_days) / item.memory->stability_days;
}

struct Classified {
  std::vector<std::uint32_t> learning;
  std::vector<DueReview> reviews;
  std::vector<std::uint32_t> fresh;
  std::unordered_set<std::uint64_t> facts_taken;
};

struct Context {
  std::span<const QueueCandidate> candidates;
  const QueueConfig& config;
  const Parameters& parameters;
  TimePoint now;
  TimePoint today_start;
  TimePoint tomorrow_start;
};

void classify_one(const Context& c, std::uint32_t index, Classified& out, DailyQueue& queue) {
  const QueueCandidate& candidate = c.candidates[index];
  const ItemState& item = *candidate.state;
  if (item.lapses >= c.config.leech_lapses) queue.leeches.push_back(candidate.id);
  if (item.is_suspended) return;
  if (item.last_review.has_value() && *item.last_review >= c.today_start) {
    out.facts_taken.insert(candidate.fact_key);
  }
  switch (item.phase) {
    case Phase::New:
      out.fresh.push_back(index);
      return;
    case Phase::Learning:
    case Phase::Relearning:
      if (item.due <= c.now + c.config.learn_ahead) {
        out.learning.push_back(index);
        out.facts_taken.insert(candidate.fact_key);
      } else if (item.due < c.tomorrow_start &&
                 (!queue.next_learning_due || item.due < *queue.next_learning_due)) {
        queue.next_learning_due = item.due;
      }
      return;
    case Phase::Review:
      if (item.due < c.tomorrow_start) {
        // Whole days overdue counted back from the end of today; DST shifts of an hour do not
        // change the order within a day.
        const std::int64_t overdue = seconds_between(item.due, c.tomorrow_start) / kSecsPerDay;
        out.reviews.push_back({overdue, elapsed_over_stability(item, c.now), index});
      }
      return;
  }
}

/// Takes up to `limit` reviews in display order, burying siblings of facts already taken.
std::vector<std::uint32_t> pick_reviews(const Context& c, Classified& classified, int limit,
                                        DailyQueue& queue) {
  std::vector<std::uint32_t> picked;
  auto& heap = classified.reviews;
  // A heap costs O(n) to build and O(log n) per item taken: cheaper than sorting all due reviews
  // when the limit is far below the number due.
  const auto shown_later = [](const DueReview& a, const DueReview& b) { return is_shown_before(b, a); };
  std::make_heap(heap.begin(), heap.end(), shown_later);
  while (!heap.empty() && static_cast<int>(picked.size()) < limit) {
    std::pop_heap(heap.begin(), heap.end(), shown_later);
    const DueReview next = heap.back();
    heap.pop_back();
    const std::uint64_t fact = c.candidates[next.index].fact_key;
    if (!classified.facts_taken.insert(fact).second) {
      ++queue.buried_siblings;
      continue;
    }
    picked.push_back(next.index);
  }
  return picked;
}

/// Takes up to `limit` new items in deck order: one per fact, and one per entity per day.
std::vector<std::uint32_t> pick_new(const Context& c, Classified& classified, int limit,
                                    DailyQueue& queue) {
  std::vector<std::uint32_t> picked;
  std::unordered_set<std::uint64_t> entities_introduced;
  for (std::uint32_t index : classified.fresh) {
    if (static_cast<int>(picked.size()) >= limit) break;
    const QueueCandidate& candidate = c.candidates[index];
    if (classified.facts_taken.contains(candidate.fact_key)) {
      ++queue.buried_siblings;
      continue;
    }
    const bool shares_entity = std::any_of(candidate.entity_keys.begin(), candidate.entity_keys.end(),
                                           [&](std::uint64_t key) { return entities_introduced.contains(key); });
    if (shares_entity) {
      ++queue.deferred_by_entity;
      continue;
    }
    entities_introduced.insert(candidate.entity_keys.begin(), candidate.entity_keys.end());
    classified.facts_taken.insert(candidate.fact_key);
    picked.push_back(index);
  }
  return picked;
}

/// Spreads the new items evenly among the reviews (new item j goes after review ⌊(j+1)·R/(N+1)⌋).
std::vector<std::uint32_t> interleave(const std::vector<std::uint32_t>& reviews,
                                      const std::vector<std::uint32_t>& fresh) {
  std::vector<std::uint32_t> mixed;
  mixed.reserve(reviews.size() + fresh.size());
  std::size_t next_review = 0;
  for (std::size_t j = 0; j < fresh.size(); ++j) {
    const std::size_t reviews_before = (j + 1) * reviews.size() / (fresh.size() + 1);
    while (next_review < reviews_before) mixed.push_back(reviews[next_review++]);
    mixed.push_back(fresh[j]);
  }
  while (next_review < reviews.size()) mixed.push_back(reviews[next_review++]);
  return mixed;
}

/// Reorders so that two items sharing an entity have at least `gap` items between them, when the
/// queue allows it; an item that must wait is shown as soon as it fits.
std::vector<std::uint32_t> space_entities(const Context& c, const std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> out;
  out.reserve(order.size());
  std::unordered_map<std::uint64_t, std::size_t> last_position;
  const auto fits = [&](std::uint32_t index) {
    for (std::uint64_t key : c.candidates[index].entity_keys) {
      const auto found = last_position.find(key);
      if (found != last_position.end() &&
          out.size() - found->second <= static_cast<std::size_t>(c.config.entity_gap)) {
        return false;
      }
    }
    return true;
  };
  const auto place = [&](std::uint32_t index) {
    for (std::uint64_t key : c.candidates[index].entity_keys) last_position[key] = out.size();
    out.push_back(index);
  };
  std::deque<std::uint32_t> waiting;
  std::size_t next = 0;
  while (next < order.size() || !waiting.empty()) {
    const auto ready = std::find_if(waiting.begin(), waiting.end(), fits);
    if (ready != waiting.end()) {
      place(*ready);
      waiting.erase(ready);
    } else if (next < order.size()) {
      const std::uint32_t index = order[next++];
      if (fits(index)) {
        place(index);
      } else {
        waiting.push_back(index);
      }
    } else {
      place(waiting.front());  // nothing else left to put in between
      waiting.pop_front();
    }
  }
  return out;
}

QueueEntry make_entry(const Context& c, std::uint32_t index, QueueSection section) {
  const ItemState& item = *c.candidates[index].state;
  return {c.candidates[index].id, section, retrieval_for(item, c.config.escalation),
          item_retrievability(item, c.parameters, c.now)};
}

}  // namespace

DailyQueue build_daily_queue(std::span<const QueueCandidate> candidates, const QueueConfig& config,
                             const Parameters& parameters, const DayClock& clock, TimePoint now) {
  const Context c{candidates, config, parameters, now, clock.day_start(now), clock.next_day_start(now)};
  DailyQueue queue;
  Classified classified;
  for (std::uint32_t i = 0; i < candidates.size(); ++i) classify_one(c, i, classified, queue);
  queue.reviews_due = classified.reviews.size();
  queue.new_available = classified.fresh.size();

  std::sort(classified.learning.begin(), classified.learning.end(), [&](std::uint32_t a, std::uint32_t b) {
    return candidates[a].state->due < candidates[b].state->due;
  });
  const int review_limit = std::max(0, config.reviews_per_day - config.reviews_done_today);
  const int new_limit = std::max(0, config.new_per_day - config.new_done_today);
  const std::vector<std::uint32_t> reviews = pick_reviews(c, classified, review_limit, queue);
  const std::vector<std::uint32_t> fresh = pick_new(c, classified, new_limit, queue);

  std::vector<std::uint32_t> learning_spaced = space_entities(c, classified.learning);
  std::vector<std::uint32_t> rest_spaced = space_entities(c, interleave(reviews, fresh));
  queue.entries.reserve(learning_spaced.size() + rest_spaced.size());
  for (std::uint32_t index : learning_spaced) queue.entries.push_back(make_entry(c, index, QueueSection::Learning));
  for (std::uint32_t index : rest_spaced) {
    const bool is_new = candidates[index].state->phase == Phase::New;
    queue.entries.push_back(make_entry(c, index, is_new ? QueueSection::New : QueueSection::Review));
  }
  return queue;
}

}  // namespace factdeck::sched
