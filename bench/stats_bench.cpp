// Statistics speed: every figure of the statistics screen (compute_stats: today, history,
// streaks, heatmap, forecast, retention, memory, article map) over a profile-like review log of
// 1,000,000 answers to 20,000 items in 200 article sections over three years (two sessions a
// day, one answer every 8 s), with study days in Europe/Berlin (daylight saving) when the time-zone database is installed. Target: < 200 ms.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <vector>

#include "quizgen/deck.hpp"
#include "scheduler/time_zone.hpp"
#include "stats/compute.hpp"

namespace {

using namespace factdeck;

constexpr std::size_t kAnswers = 1'000'000;
constexpr std::size_t kItems = 20'000;
constexpr std::size_t kSections = 200;
constexpr std::int64_t kDays = 1095;
constexpr std::int64_t kSecsBetweenAnswers = 8;

/// A small deterministic generator (64-bit LCG, top bits).
struct Lcg {
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  std::uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  }
  double unit() { return next() / 2147483648.0; }
};

/// The state after one answer: a plausible life cycle (not the FSRS model: this only has to
/// look like a real log to the statistics code).
sched::ItemState next_state(sched::ItemState state, bool is_passed, sched::TimePoint now, Lcg& rng) {
  double interval = state.scheduled_days;
  switch (state.phase) {
    case sched::Phase::New: state.phase = sched::Phase::Learning; interval = 0; break;
    case sched::Phase::Learning: if (is_passed) { state.phase = sched::Phase::Review; interval = 1; } break;
    case sched::Phase::Review:
      if (is_passed) {
        interval = std::min(365.0, std::max(1.0, interval) * (2.0 + rng.unit()));
      } else {
        state.phase = sched::Phase::Relearning;
        ++state.lapses;
      }
      break;
    case sched::Phase::Relearning: if (is_passed) { state.phase = sched::Phase::Review; interval = std::max(1.0, interval / 2); } break;
  }
  state.scheduled_days = interval;
  state.memory = sched::MemoryState{std::max(0.1, interval * 1.1), 1.0 + 9.0 * rng.unit()};
  state.last_review = now;
  state.due = now + sched::Seconds{static_cast<std::int64_t>(std::max(interval, 0.007) * 86400)};
  ++state.reps;
  return state;
}

struct Dataset {
  store::ReviewLog log;
  std::map<ItemId, store::ItemRecord> items;
  quizgen::Deck deck;
  sched::TimePoint now{};
};

Dataset make_dataset() {
  Dataset data;
  Lcg rng;
  const sched::TimePoint start{sched::Seconds{1'672'531'200}};  // 2023-01-01 00:00 UTC
  const std::int64_t per_session = static_cast<std::int64_t>(kAnswers) / kDays / 2 + 1;
  std::vector<sched::ItemState> states(kItems);
  for (std::size_t k = 0; k < kAnswers; ++k) {
    const std::size_t introduced = std::min(kItems, 1 + k / 40);
    const std::size_t index = rng.next() % introduced;
    // Sessions at 07:00 and 19:00 UTC; answer k is number k % per_session of its session.
    const auto session = static_cast<std::int64_t>(k) / per_session;
    const std::int64_t session_start = (session / 2) * 86400 + (session % 2 == 0 ? 7 : 19) * 3600;
    const sched::TimePoint now =
        start + sched::Seconds{session_start + (static_cast<std::int64_t>(k) % per_session) * kSecsBetweenAnswers};
    store::ReviewRecord record;
    record.item = ItemId{index + 1};
    record.time = now;
    record.grade = rng.unit() < 0.12 ? sched::Grade::Again : sched::Grade::Good;
    record.answer_ms = 3000 + rng.next() % 9000;
    record.question_kind = static_cast<std::uint8_t>(k % 4);
    record.deck_id = "bench";
    record.is_practice = rng.unit() < 0.02;
    record.before = states[index];
    record.after = record.is_practice
                       ? states[index]
                       : next_state(states[index], record.grade != sched::Grade::Again, now, rng);
    states[index] = record.after;
    (void)data.log.append(record);
    data.now = now;
  }
  for (std::size_t s = 0; s < kSections; ++s) {
    data.deck.sections.push_back({"Section " + std::to_string(s + 1), 2, -1});
    quizgen::DeckFact fact;
    fact.section = static_cast<std::int32_t>(s);
    data.deck.facts.push_back(fact);
  }
  for (std::size_t i = 0; i < kItems; ++i) {
    quizgen::Item item;
    item.id = ItemId{i + 1};
    item.fact_index = static_cast<std::uint32_t>(i % kSections);
    data.deck.items.push_back(item);
    data.items[item.id] = store::ItemRecord{states[i], "bench", false};
  }
  data.now += sched::Seconds{3600};
  return data;
}

double elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main() {
  const auto build_start = std::chrono::steady_clock::now();
  const Dataset data = make_dataset();
  std::printf("dataset: %zu answers, %zu items, %zu sections (built in %.0f ms)\n", data.log.size(),
              data.items.size(), data.deck.sections.size(), elapsed_ms(build_start));

  stats::StatsInput input;
  input.reviews = &data.log;
  input.items = &data.items;
  input.decks = {{"bench", &data.deck}};
  input.now = data.now;
  const char* zone = "fixed +01:00";
  if (auto berlin = sched::time_zone_offset("Europe/Berlin")) {
    input.clock = sched::DayClock(*berlin, 4);
    zone = "Europe/Berlin";
  } else {
    input.clock = sched::DayClock(sched::Seconds{3600}, 4);
  }

  std::vector<double> runs;
  std::uint64_t checksum = 0;
  for (int run = 0; run < 7; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const stats::StatsReport report = stats::compute_stats(input);
    runs.push_back(elapsed_ms(start));
    checksum += report.total_answers + report.history.days.size() + report.forecast.scheduled_items;
  }
  // The first run fills the scheduler's time-zone offset cache (one tzset per new quarter hour).
  const double first_ms = runs.front();
  std::sort(runs.begin(), runs.end());
  std::printf("compute_stats (all statistics, day clock %s): min %.1f ms, median %.1f ms, max %.1f ms "
              "over %zu runs; first run (cold time-zone cache) %.1f ms (target < 200 ms) [checksum %llu]\n",
              zone, runs.front(), runs[runs.size() / 2], runs.back(), runs.size(), first_ms,
              static_cast<unsigned long long>(checksum));
  return 0;
}
