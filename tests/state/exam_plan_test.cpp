#include <catch2/catch.hpp>

#include "scheduler/exam.hpp"
#include "state/answering.hpp"
#include "state/exam_plan.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

constexpr const char* kTwoSectionDeck =
    "---\n"
    "title: Capitals\n"
    "id: capitals\n"
    "---\n"
    "\n"
    "# Europe\n"
    "\n"
    "- [Paris]{place@capitals} is the capital of [France]{place@countries}. {#paris}\n"
    "- [Rome]{place@capitals} is the capital of [Italy]{place@countries}. {#rome}\n"
    "\n"
    "# Asia\n"
    "\n"
    "- [Tokyo]{place@capitals} is the capital of [Japan]{place@countries}. {#tokyo}\n"
    "- [Hanoi]{place@capitals} is the capital of [Vietnam]{place@countries}. {#hanoi}\n";

/// 2024-03-01 12:00 UTC.
const sched::TimePoint kNow{sched::Seconds{1709294400}};
constexpr std::int64_t kDay = 86400;

/// Every item of the deck answered 10 days ago and due in 40 days (stability 45 days).
store::ProfileData studied(const LoadedDeck& deck) {
  store::ProfileData data;
  for (const quizgen::Item& item : deck.deck.items) {
    sched::ItemState state;
    state.phase = sched::Phase::Review;
    state.memory = sched::MemoryState{45.0, 5.0};
    state.last_review = kNow - sched::Seconds{10 * kDay};
    state.due = kNow + sched::Seconds{40 * kDay};
    state.scheduled_days = 50;
    state.reps = 4;
    data.items[item.id] = store::ItemRecord{state, deck.deck_id.str(), false};
  }
  return data;
}

}  // namespace

TEST_CASE("Setting an exam gives the items that would miss its target a review before it", "[state]") {
  StateFolder folder;
  folder.write_deck(kTwoSectionDeck);
  Result<quizgen::Deck> loaded = load_deck(folder.deck_path());
  REQUIRE(loaded);
  const LoadedDeck deck = make_loaded_deck(std::move(loaded).value(), folder.deck_path());
  const store::ProfileData data = studied(deck);
  const sched::DayClock clock(sched::Seconds{0}, 4);
  store::DeckSettings settings;
  settings.exam_date = "2024-03-21";  // in 20 days: recall then would be under 0.97
  settings.exam_target = 0.97;
  const std::int64_t exam_day = *sched::study_day_of_date(settings.exam_date);
  const std::string section = GENERATE(std::string(), std::string("Asia"));
  settings.exam_section = section;

  const RecomputePlan plan = plan_exam(data, deck, settings, clock, kNow);
  const std::size_t in_scope = section.empty() ? deck.deck.items.size() : 4;
  CHECK(plan.moved_due == in_scope);
  CHECK(plan.record.settings == settings);
  for (std::size_t i = 0; i < plan.record.items.size(); ++i) {
    const sched::ItemState& moved = plan.record.states[i];
    if (!section.empty()) CHECK(section_path_of(deck, plan.record.items[i]).front() == section);
    CHECK(clock.day_number(moved.due) < exam_day);
    const int review_in = static_cast<int>(clock.day_number(moved.due) - clock.day_number(*moved.last_review));
    const int to_exam = static_cast<int>(exam_day - clock.day_number(*moved.last_review));
    CHECK(sched::expected_exam_recall(sched::Parameters{}, *moved.memory, review_in, to_exam, true) >= 0.97);
    CHECK(plan.undo.states[i] == data.items.at(plan.record.items[i]).state);
  }
  SECTION("a target that recall on the exam day reaches anyway, or no exam, moves nothing") {
    settings.exam_target = 0.90;
    CHECK(plan_exam(data, deck, settings, clock, kNow).moved_due == 0);
    settings.exam_date.clear();
    CHECK(plan_exam(data, deck, settings, clock, kNow).moved_due == 0);
  }
}

TEST_CASE("Saving deck options with an exam moves items before it, in one journal record", "[state]") {
  StateFolder folder;
  AppState app = folder.start(kNow);
  app.wait_for_deck_load(kNow);
  for (int day = 0; day < 3; ++day) {
    const sched::TimePoint now = kNow + sched::Seconds{day * kDay};
    REQUIRE(app.apply(StartStudy{kCapitals, std::nullopt}, now));
    for (int answers = 0; answers < 12 && app.study() != nullptr && app.study()->current(); ++answers) {
      REQUIRE(app.apply(RevealAnswer{}, now));
      REQUIRE(app.apply(RateAnswer{sched::Grade::Good}, now + sched::Seconds{1}));
    }
    REQUIRE(app.apply(EndStudy{}, now));
  }
  store::DeckSettings settings = app.deck_settings(kCapitals);
  settings.exam_date = "2024-03-08";
  settings.exam_target = 0.99;
  const sched::TimePoint now = kNow + sched::Seconds{3 * kDay};
  REQUIRE(app.apply(SaveDeckSettings{kCapitals, settings}, now));
  CHECK(app.deck_settings(kCapitals).exam_date == "2024-03-08");
  const std::int64_t exam_day = *sched::study_day_of_date("2024-03-08");
  const sched::DayClock clock = local_day_clock(settings);
  std::size_t reviewed = 0;
  for (const auto& [id, record] : app.profile()->data().items) {
    if (record.state.phase != sched::Phase::Review) continue;
    ++reviewed;
    CHECK(clock.day_number(record.state.due) < exam_day);
  }
  CHECK(reviewed > 0);
}
