#include <catch2/catch.hpp>


#include <filesystem>
#include <optional>
#include <thread>

#include "temp_folder.hpp"
#include "state/answering.hpp"
#include "state/apply_parameters.hpp"
#include "state/parameter_applier.hpp"

using namespace factdeck;
using namespace factdeck::state;

namespace {

namespace fs = std::filesystem;

/// 2026-03-01 12:00 UTC plus `days`.
sched::TimePoint at_day(double days) {
  return sched::TimePoint{sched::Seconds{1772366400 + static_cast<std::int64_t>(days * 86400)}};
}

class TempProfile {
 public:
  [[nodiscard]] store::Profile open(sched::TimePoint now) const {
    Result<store::Profile> profile = store::Profile::open(folder_.path() / "p", store::OpenMode::ReadWrite, now);
    REQUIRE(profile);
    return std::move(profile).value();
  }

 private:
  factdeck::testing::TempFolder folder_{"recompute"};
};

const DeckId kDeck{"capitals"};

/// Answers items 1..6 over 40 days with a fixed pattern of grades (lapses, same-day steps),
/// through the app's answering path with the deck's current (default) settings.
void study(store::Profile& profile) {
  const sched::Grade grades[] = {sched::Grade::Good, sched::Grade::Again, sched::Grade::Good,
                                 sched::Grade::Hard, sched::Grade::Easy, sched::Grade::Good};
  int turn = 0;
  for (double day : {0.0, 0.01, 0.02, 1.0, 3.0, 3.01, 8.0, 20.0, 40.0}) {
    for (std::uint64_t item = 1; item <= 6; ++item) {
      AnswerRequest request{ItemId{item}, kDeck, quizgen::QuestionKind::Cloze,
                            grades[(turn++ + item) % 6], 4000, at_day(day), std::nullopt, false, std::nullopt};
      REQUIRE(record_answer(profile, request));
    }
  }
  // A practice answer never moves the schedule, so it is not part of the history.
  AnswerRequest practice{ItemId{1}, kDeck, quizgen::QuestionKind::Cloze, sched::Grade::Again, 4000,
                         at_day(41), std::nullopt, true, std::nullopt};
  REQUIRE(record_answer(profile, practice));
}

store::DeckSettings fitted_settings() {
  store::DeckSettings settings;
  settings.params.assign(sched::kDefaultWeights.begin(), sched::kDefaultWeights.end());
  settings.params[2] = 3.4;
  settings.params[8] = 1.6;
  settings.params[11] = 1.9;
  settings.params[20] = 0.25;
  return settings;
}

/// The pure FSRS-6 model folded over an item's history: the memory fsrs-rs computes for it.
sched::MemoryState folded_memory(const std::vector<sched::HistoryAnswer>& history,
                                 const sched::Parameters& parameters, const sched::DayClock& clock) {
  std::optional<sched::MemoryState> memory;
  std::optional<sched::TimePoint> previous;
  for (const sched::HistoryAnswer& answer : history) {
    const double elapsed = previous ? static_cast<double>(clock.elapsed_days(*previous, answer.time)) : 0.0;
    memory = sched::next_memory_state(parameters, memory, elapsed, answer.grade);
    previous = answer.time;
  }
  return *memory;
}

/// Waits for the applier's worker and stores its plan; returns what was applied.
AppliedParameters finish_when_done(ParameterApplier& applier, store::Profile& profile) {
  for (;;) {
    Result<std::optional<AppliedParameters>> finished = applier.finish(profile);
    REQUIRE(finished);
    if (finished->has_value()) return **finished;
    REQUIRE(applier.is_running());
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

}  // namespace

TEST_CASE("Applying new parameters stores every item's state replayed with them, durably and undoably",
          "[state]") {
  TempProfile temp;
  store::ProfileData before;
  {
    store::Profile profile = temp.open(at_day(0));
    study(profile);
    before = profile.data();
  }
  store::Profile profile = temp.open(at_day(42));
  const store::DeckSettings settings = fitted_settings();
  const sched::DayClock clock = local_day_clock(settings);
  const bool is_rescheduled = GENERATE(false, true);
  const RecomputePlan plan = plan_recompute(profile.data(), kDeck.str(), settings, clock, is_rescheduled, at_day(42));
  REQUIRE(plan.record.items.size() == 6);
  CHECK(plan.changed_items == 6);
  CHECK((plan.moved_due > 0) == is_rescheduled);
  REQUIRE(apply_recompute_plan(profile, plan));

  const auto histories = schedule_histories(profile.data(), kDeck.str());
  const sched::Parameters parameters = scheduler_config(settings).parameters;
  for (const auto& [id, history] : histories) {
    CHECK(history.size() == 9);  // the practice answer is not history
    const sched::MemoryState expected = folded_memory(history, parameters, clock);
    const sched::ItemState stored = profile.item_state(id);
    CHECK(stored.memory->stability_days == Approx(expected.stability_days).epsilon(1e-12));
    CHECK(stored.memory->difficulty == Approx(expected.difficulty).epsilon(1e-12));
    CHECK(stored.memory != before.items.at(id).state.memory);
    if (!is_rescheduled) CHECK(stored.due == before.items.at(id).state.due);
  }
  CHECK(profile.deck_settings(kDeck.str()) == settings);

  SECTION("the change survives reopening (it is in the journal)") {
    const store::ProfileData applied = profile.data();
    { const store::Profile dropped = std::move(profile); }  // not closed: only the journal has it
    profile = temp.open(at_day(43));
    CHECK(profile.recovery_report().journal_records_recovered > 0);
    CHECK(profile.data().items == applied.items);
    CHECK(profile.deck_settings(kDeck.str()) == settings);
  }
  SECTION("undo puts the previous settings and states back") {
    REQUIRE(profile.apply_recompute(plan.undo));
    CHECK(profile.data().items == before.items);
    CHECK(profile.deck_settings(kDeck.str()) == store::DeckSettings{});
  }
  SECTION("the next answer starts from the recomputed state") {
    const ItemId item{3};
    const sched::ItemState recomputed = profile.item_state(item);
    AnswerRequest request{item, kDeck, quizgen::QuestionKind::Cloze, sched::Grade::Good, 4000,
                          at_day(60), recomputed, false, std::nullopt};
    const Result<store::ReviewRecord> answered = record_answer(profile, request);
    REQUIRE(answered);
    CHECK(answered->before == recomputed);
  }
}

TEST_CASE("The app applies new parameters in the background, stores the plan and can undo it", "[state]") {
  TempProfile temp;
  store::Profile profile = temp.open(at_day(0));
  study(profile);
  const store::ProfileData before = profile.data();
  const store::DeckSettings settings = fitted_settings();
  const sched::DayClock clock = local_day_clock(settings);
  ParameterApplier applier;
  applier.start(profile, kDeck, settings, true, at_day(42));

  SECTION("the stored states are the plan's, and undo puts the old ones back") {
    const RecomputePlan expected = plan_recompute(before, kDeck.str(), settings, clock, true, at_day(42));
    const AppliedParameters applied = finish_when_done(applier, profile);
    CHECK(applied.deck == kDeck);
    CHECK(applied.items == 6);
    CHECK(applied.changed_items == expected.changed_items);
    CHECK(applied.moved_due == expected.moved_due);
    for (std::size_t i = 0; i < expected.record.items.size(); ++i) {
      CHECK(profile.item_state(expected.record.items[i]) == expected.record.states[i]);
    }
    CHECK(profile.deck_settings(kDeck.str()) == settings);
    REQUIRE(applier.undo(profile));
    CHECK(profile.data().items == before.items);
    CHECK(profile.deck_settings(kDeck.str()) == store::DeckSettings{});
    CHECK_FALSE(applier.last_applied().has_value());
  }
  SECTION("an answer given while the worker runs is part of the applied state") {
    AnswerRequest request{ItemId{2}, kDeck, quizgen::QuestionKind::Cloze, sched::Grade::Good, 4000,
                          at_day(42.5), std::nullopt, false, std::nullopt};
    REQUIRE(record_answer(profile, request));
    finish_when_done(applier, profile);
    const auto histories = schedule_histories(profile.data(), kDeck.str());
    REQUIRE(histories.at(ItemId{2}).size() == 10);
    const sched::MemoryState expected = folded_memory(histories.at(ItemId{2}), scheduler_config(settings).parameters, clock);
    CHECK(profile.item_state(ItemId{2}).memory->stability_days == Approx(expected.stability_days).epsilon(1e-12));

    SECTION("and an answer after applying refuses the undo, which would lose it") {
      AnswerRequest later{ItemId{3}, kDeck, quizgen::QuestionKind::Cloze, sched::Grade::Good, 4000,
                          at_day(43), std::nullopt, false, std::nullopt};
      REQUIRE(record_answer(profile, later));
      const Result<void> undone = applier.undo(profile);
      REQUIRE_FALSE(undone);
      CHECK(undone.error().code == ErrorCode::Conflict);
      CHECK(profile.deck_settings(kDeck.str()) == settings);
    }
  }
}
