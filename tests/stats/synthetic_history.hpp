#pragma once
// A synthetic history with known answers on known days, across a daylight-saving change and a
// time-zone change (a learner who flies from Berlin to New York), shared by the stats tests.
#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "quizgen/deck.hpp"
#include "scheduler/day_clock.hpp"
#include "stats/compute.hpp"
#include "store/records.hpp"
#include "store/review_log.hpp"

namespace factdeck::stats::testing {

using sched::Grade;
using sched::Phase;
using sched::TimePoint;

/// A UTC instant.
inline TimePoint utc(int year, unsigned month, unsigned day, int hour, int minute = 0) {
  const std::chrono::sys_days date{std::chrono::year{year} / std::chrono::month{month} /
                                   std::chrono::day{day}};
  return TimePoint{std::chrono::duration_cast<sched::Seconds>(date.time_since_epoch()) +
                   std::chrono::hours{hour} + std::chrono::minutes{minute}};
}

/// The study-day number whose local calendar date is year-month-day.
inline std::int64_t date_day(int year, unsigned month, unsigned day) {
  const std::chrono::sys_days date{std::chrono::year{year} / std::chrono::month{month} /
                                   std::chrono::day{day}};
  return date.time_since_epoch().count();
}

/// Berlin winter time (+1 h) until the DST change on 2024-03-31 01:00 UTC, then summer time
/// (+2 h); from 2024-04-10 12:00 UTC the learner is in New York (-4 h). Study days start at 4 am.
inline sched::DayClock travelling_clock() {
  const TimePoint dst_change = utc(2024, 3, 31, 1);
  const TimePoint flight = utc(2024, 4, 10, 12);
  return sched::DayClock(
      [dst_change, flight](TimePoint t) {
        if (t < dst_change) return sched::Seconds{3600};
        if (t < flight) return sched::Seconds{7200};
        return sched::Seconds{-4 * 3600};
      },
      4);
}

inline const ItemId kItemA{0xA}, kItemB{0xB}, kItemC{0xC}, kItemD{0xD}, kItemE{0xE},
    kItemF{0xF}, kItemG{0x10};

inline sched::ItemState state_of(Phase phase, double scheduled_days, double stability_days,
                                 double difficulty, TimePoint last, TimePoint due) {
  sched::ItemState state;
  state.phase = phase;
  state.scheduled_days = scheduled_days;
  state.memory = sched::MemoryState{stability_days, difficulty};
  state.last_review = last;
  state.due = due;
  return state;
}

/// Builds the log answer by answer, keeping each item's current state as the next `before`.
struct HistoryBuilder {
  store::ReviewLog log;
  std::map<ItemId, store::ItemRecord> items;

  void answer(ItemId item, TimePoint time, Grade grade, const sched::ItemState& after,
              std::uint32_t answer_ms, std::uint8_t question_kind = 0,
              const std::string& deck = "soviet") {
    store::ReviewRecord record;
    record.item = item;
    record.time = time;
    record.grade = grade;
    record.answer_ms = answer_ms;
    record.question_kind = question_kind;
    record.before = items.count(item) != 0 ? items[item].state : sched::ItemState{};
    record.after = after;
    record.deck_id = deck;
    (void)log.append(record);
    items[item] = store::ItemRecord{after, deck, false};
  }

  /// A practice answer: logged, the state does not move.
  void practice(ItemId item, TimePoint time, Grade grade, std::uint32_t answer_ms,
                std::uint8_t question_kind) {
    store::ReviewRecord record;
    record.item = item;
    record.time = time;
    record.grade = grade;
    record.answer_ms = answer_ms;
    record.question_kind = question_kind;
    record.before = items[item].state;
    record.after = items[item].state;
    record.deck_id = items[item].deck_id;
    record.is_practice = true;
    (void)log.append(record);
  }
};

/// "Now" in the synthetic history: 2024-04-12 15:00 UTC, 11:00 in New York.
inline TimePoint synthetic_now() { return utc(2024, 4, 12, 15); }

/// Statistics input over `h` at synthetic_now(), days counted by `clock`; `h` must outlive it.
inline stats::StatsInput synthetic_input(const HistoryBuilder& h, const sched::DayClock& clock) {
  stats::StatsInput input;
  input.reviews = &h.log;
  input.items = &h.items;
  input.clock = clock;
  input.now = synthetic_now();
  input.desired_retention = 0.9;
  return input;
}

/// The history (local times in comments; "day" is the study day each answer belongs to).
inline HistoryBuilder synthetic_history() {
  HistoryBuilder h;
  // 03:30 Berlin winter time: before 4 am, so it belongs to Mar 29.
  h.answer(kItemA, utc(2024, 3, 30, 2, 30), Grade::Good,
           state_of(Phase::Learning, 0, 2.3, 5.0, utc(2024, 3, 30, 2, 30), utc(2024, 3, 30, 2, 40)),
           2000);
  // 04:30 winter time: Mar 30. Graduates with a 1-day interval.
  h.answer(kItemA, utc(2024, 3, 30, 3, 30), Grade::Good,
           state_of(Phase::Review, 1, 2.4, 5.0, utc(2024, 3, 30, 3, 30), utc(2024, 3, 31, 3, 30)),
           2000);
  // 04:30 summer time (it would be 03:30, Mar 30, without the DST change): Mar 31. Young pass.
  h.answer(kItemA, utc(2024, 3, 31, 2, 30), Grade::Good,
           state_of(Phase::Review, 3, 4.0, 5.5, utc(2024, 3, 31, 2, 30), utc(2024, 4, 3, 2, 30)),
           2000);
  // 14:00 summer time, Apr 1; item D lives in another deck.
  h.answer(kItemD, utc(2024, 4, 1, 12), Grade::Good,
           state_of(Phase::Learning, 0, 0.5, 5.5, utc(2024, 4, 1, 12), utc(2024, 4, 1, 12, 10)),
           2000, 0, "other");
  // 12:00 summer time, Apr 10.
  h.answer(kItemB, utc(2024, 4, 10, 10), Grade::Again,
           state_of(Phase::Learning, 0, 1.0, 7.0, utc(2024, 4, 10, 10), utc(2024, 4, 10, 10, 1)),
           2000);
  // 23:00 in New York, Apr 10 (it would be 05:00 Apr 11 in Berlin). Young lapse.
  h.answer(kItemA, utc(2024, 4, 11, 3), Grade::Again,
           state_of(Phase::Relearning, 0, 1.5, 6.0, utc(2024, 4, 11, 3), utc(2024, 4, 11, 3, 10)),
           2000);
  // 05:00 New York, Apr 11.
  h.answer(kItemA, utc(2024, 4, 11, 9), Grade::Good,
           state_of(Phase::Review, 2, 2.5, 6.0, utc(2024, 4, 11, 9), utc(2024, 4, 13, 9)), 2000);
  // Today (Apr 12), 09:00 and 10:00 New York.
  h.answer(kItemB, utc(2024, 4, 12, 13), Grade::Good,
           state_of(Phase::Review, 1, 1.2, 5.0, utc(2024, 4, 12, 13), utc(2024, 4, 13, 13)), 4000);
  // Item C comes with an imported mature state (an explicit `before` in the log).
  h.items[kItemC] = store::ItemRecord{
      state_of(Phase::Review, 30, 40.0, 3.0, utc(2024, 3, 13, 14), utc(2024, 4, 12, 14)), "soviet",
      false};
  h.answer(kItemC, utc(2024, 4, 12, 14), Grade::Good,
           state_of(Phase::Review, 60, 70.0, 3.0, utc(2024, 4, 12, 14), utc(2024, 6, 11, 14)), 6000,
           1);
  h.practice(kItemC, utc(2024, 4, 12, 14, 30), Grade::Again, 5000, 1);
  // Items never in the log: a new one, a suspended one and a retired one.
  h.items[kItemE] = store::ItemRecord{sched::ItemState{}, "soviet", false};
  sched::ItemState suspended =
      state_of(Phase::Review, 10, 12.0, 4.0, utc(2024, 4, 1, 12), utc(2024, 4, 11, 12));
  suspended.is_suspended = true;
  h.items[kItemF] = store::ItemRecord{suspended, "soviet", false};
  h.items[kItemG] = store::ItemRecord{
      state_of(Phase::Review, 5, 6.0, 4.0, utc(2024, 4, 1, 12), utc(2024, 4, 6, 12)), "soviet", true};
  return h;
}

/// A deck of three sections: "Treaties" (no items of its own), "Brest-Litovsk" (items A, B) and
/// "Rapallo" (items C, D, E).
inline quizgen::Deck synthetic_deck() {
  quizgen::Deck deck;
  deck.meta.title = "Soviet diplomacy";
  deck.sections = {{"Treaties", 1, -1}, {"Brest-Litovsk", 2, 0}, {"Rapallo", 2, 0}};
  quizgen::DeckFact brest;
  brest.key = "brest";
  brest.section = 1;
  quizgen::DeckFact rapallo;
  rapallo.key = "rapallo";
  rapallo.section = 2;
  deck.facts = {brest, rapallo};
  const auto item = [](ItemId id, std::uint32_t fact) {
    quizgen::Item it;
    it.id = id;
    it.fact_index = fact;
    return it;
  };
  deck.items = {item(kItemA, 0), item(kItemB, 0), item(kItemC, 1), item(kItemD, 1), item(kItemE, 1)};
  return deck;
}

}  // namespace factdeck::stats::testing
