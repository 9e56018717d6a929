#include "stats/article_map.hpp"

#include <algorithm>

namespace factdeck::stats {

namespace {

constexpr double kSecsPerDay = 86400.0;

/// The item's summary from its stored record (no record, or a retired one: new).
ItemSummary summarize_item(const quizgen::Item& item, std::uint32_t deck_item,
                           const std::map<ItemId, store::ItemRecord>& items,
                           const sched::Parameters& parameters, sched::TimePoint now) {
  ItemSummary summary;
  summary.id = item.id;
  summary.deck_item = deck_item;
  summary.label = item.answer;
  const auto found = items.find(item.id);
  if (found == items.end() || found->second.is_retired) return summary;
  const sched::ItemState& state = found->second.state;
  summary.phase = state.phase;
  summary.reps = state.reps;
  summary.lapses = state.lapses;
  if (state.phase != sched::Phase::New) {
    summary.retrievability = sched::item_retrievability(state, parameters, now);
  }
  return summary;
}

void add_to_section(SectionStats& section, const ItemSummary& item) {
  switch (item.phase) {
    case sched::Phase::New: ++section.new_items; break;
    case sched::Phase::Learning:
    case sched::Phase::Relearning: ++section.learning_items; break;
    case sched::Phase::Review: ++section.known_items; break;
  }
  section.items.push_back(item);
}

/// The section's slot: its index, or the extra last slot for facts outside any section.
std::size_t slot_of(const quizgen::Deck& deck, const quizgen::Item& item) {
  const std::size_t outside = deck.sections.size();
  if (item.fact_index >= deck.facts.size()) return outside;
  const std::int32_t section = deck.facts[item.fact_index].section;
  if (section < 0 || static_cast<std::size_t>(section) >= deck.sections.size()) return outside;
  return static_cast<std::size_t>(section);
}

void finish_average(SectionStats& section) {
  if (section.items.empty()) return;
  double sum = 0.0;
  for (const ItemSummary& item : section.items) sum += item.retrievability;
  section.average_retrievability = sum / static_cast<double>(section.items.size());
}

}  // namespace

ArticleMap build_article_map(const quizgen::Deck& deck, const std::string& deck_id,
                             const std::map<ItemId, store::ItemRecord>& items,
                             const sched::Parameters& parameters, sched::TimePoint now) {
  std::vector<SectionStats> slots(deck.sections.size() + 1);
  for (std::size_t s = 0; s < deck.sections.size(); ++s) {
    slots[s].section = static_cast<std::int32_t>(s);
    slots[s].title = deck.sections[s].title;
    slots[s].level = deck.sections[s].level;
  }
  slots.back().title = "(outside any section)";
  for (std::size_t k = 0; k < deck.items.size(); ++k) {
    const quizgen::Item& item = deck.items[k];
    add_to_section(slots[slot_of(deck, item)],
                   summarize_item(item, static_cast<std::uint32_t>(k), items, parameters, now));
  }
  for (SectionStats& section : slots) finish_average(section);
  if (slots.back().items.empty()) slots.pop_back();

  // Weakest first among sections with items (stable: ties keep article order), then the rest.
  const auto first_empty = std::stable_partition(
      slots.begin(), slots.end(), [](const SectionStats& s) { return !s.items.empty(); });
  std::stable_sort(slots.begin(), first_empty, [](const SectionStats& a, const SectionStats& b) {
    return a.average_retrievability < b.average_retrievability;
  });

  ArticleMap map;
  map.deck_id = deck_id;
  map.title = quizgen::deck_title(deck);
  map.sections = std::move(slots);
  return map;
}

namespace {

ItemAnswer answer_from(const store::ReviewRecord& record, std::int64_t day) {
  ItemAnswer answer;
  answer.time = record.time;
  answer.day = day;
  answer.grade = record.grade;
  answer.phase_before = record.before.phase;
  answer.interval_before_days = record.before.scheduled_days;
  answer.stability_after_days = record.after.memory ? record.after.memory->stability_days : 0.0;
  answer.answer_ms = record.answer_ms;
  answer.question_kind = record.question_kind;
  answer.is_practice = record.is_practice;
  return answer;
}

/// Samples R from `start` (R = 1) to `end` at stability `stability_days`.
void add_segment(std::vector<CurvePoint>& curve, const sched::Parameters& parameters,
                 double start_days, double end_days, double stability_days, int points) {
  const int steps = end_days > start_days ? std::max(points, 1) : 0;
  for (int k = 0; k <= steps; ++k) {
    const double elapsed = steps == 0 ? 0.0 : (end_days - start_days) * k / steps;
    curve.push_back({start_days + elapsed, sched::retrievability(parameters, elapsed, stability_days)});
  }
}

}  // namespace

ItemHistory item_history(const store::ReviewLog& reviews, ItemId id,
                         const sched::Parameters& parameters, const sched::DayClock& clock,
                         sched::TimePoint now, int points_per_segment) {
  ItemHistory history;
  history.id = id;
  std::vector<store::ReviewRecord> records;
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    if (reviews.row(i).item == id.value) records.push_back(reviews.at(i));
  }
  if (records.empty()) return history;
  const sched::TimePoint first = records.front().time;
  const auto days_since_first = [first](sched::TimePoint t) {
    return static_cast<double>((t - first).count()) / kSecsPerDay;
  };
  for (std::size_t r = 0; r < records.size(); ++r) {
    const store::ReviewRecord& record = records[r];
    history.answers.push_back(answer_from(record, clock.day_number(record.time)));
    if (record.is_practice || !record.after.memory.has_value()) continue;
    // The segment lasts until the next schedule-moving answer, or until now.
    sched::TimePoint end = std::max(now, record.time);
    for (std::size_t next = r + 1; next < records.size(); ++next) {
      if (!records[next].is_practice) {
        end = records[next].time;
        break;
      }
    }
    add_segment(history.curve, parameters, days_since_first(record.time), days_since_first(end),
                record.after.memory->stability_days, points_per_segment);
  }
  return history;
}

}  // namespace factdeck::stats
