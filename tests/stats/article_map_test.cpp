#include <catch2/catch.hpp>

#include "stats/article_map.hpp"
#include "stats/compute.hpp"
#include "synthetic_history.hpp"

using namespace factdeck;
using namespace factdeck::stats::testing;

TEST_CASE("The article map lists every section, weakest first, with averages and progress",
          "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const quizgen::Deck deck = synthetic_deck();
  const sched::Parameters parameters;
  const TimePoint now = synthetic_now();
  const stats::ArticleMap map = stats::build_article_map(deck, "soviet", h.items, parameters, now);
  const auto recall = [&](ItemId id) {
    return sched::item_retrievability(h.items.at(id).state, parameters, now);
  };
  const double brest = (recall(kItemA) + recall(kItemB)) / 2.0;
  const double rapallo = (recall(kItemC) + recall(kItemD) + 0.0) / 3.0;
  REQUIRE(rapallo < brest);

  CHECK(map.deck_id == "soviet");
  CHECK(map.title == "Soviet diplomacy");
  REQUIRE(map.sections.size() == 3);
  const stats::SectionStats& weakest = map.sections[0];
  CHECK(weakest.title == "Rapallo");
  CHECK(weakest.section == 2);
  CHECK(weakest.average_retrievability == Approx(rapallo).margin(1e-12));
  CHECK(weakest.new_items == 1);
  CHECK(weakest.learning_items == 1);
  CHECK(weakest.known_items == 1);
  REQUIRE(weakest.item_count() == 3);
  CHECK(weakest.items[2].id == kItemE);
  CHECK(weakest.items[2].retrievability == 0.0);

  CHECK(map.sections[1].title == "Brest-Litovsk");
  CHECK(map.sections[1].average_retrievability == Approx(brest).margin(1e-12));
  CHECK(map.sections[1].known_items == 2);
  CHECK(map.sections[1].items[0].reps == h.items.at(kItemA).state.reps);

  CHECK(map.sections[2].title == "Treaties");
  CHECK(map.sections[2].item_count() == 0);
}

TEST_CASE("Items outside any section get their own entry", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  quizgen::Deck deck = synthetic_deck();
  deck.facts[0].section = -1;
  const stats::ArticleMap map =
      stats::build_article_map(deck, "soviet", h.items, sched::Parameters{}, synthetic_now());
  REQUIRE(map.sections.size() == 4);
  const auto outside = std::find_if(map.sections.begin(), map.sections.end(),
                                    [](const stats::SectionStats& s) { return s.section == -1; });
  REQUIRE(outside != map.sections.end());
  CHECK(outside->item_count() == 2);
}

TEST_CASE("compute_stats draws one article map per deck given", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const quizgen::Deck deck = synthetic_deck();
  stats::StatsInput input = synthetic_input(h, travelling_clock());
  input.decks = {{"soviet", &deck}};
  const stats::StatsReport report = stats::compute_stats(input);
  REQUIRE(report.article_maps.size() == 1);
  CHECK(report.article_maps[0].sections[0].title == "Rapallo");
}

TEST_CASE("An item's history lists its answers and its forgetting curve", "[stats]") {
  const HistoryBuilder h = synthetic_history();
  const sched::Parameters parameters;
  const sched::DayClock clock = travelling_clock();
  const stats::ItemHistory a = stats::item_history(h.log, kItemA, parameters, clock, synthetic_now(), 4);
  REQUIRE(a.answers.size() == 5);
  CHECK(a.answers[0].day == date_day(2024, 3, 29));
  CHECK(a.answers[0].phase_before == sched::Phase::New);
  CHECK(a.answers[3].day == date_day(2024, 4, 10));
  CHECK(a.answers[3].grade == sched::Grade::Again);
  CHECK(a.answers[3].interval_before_days == 3.0);
  CHECK(a.answers[4].stability_after_days == 2.5);
  // Five segments of 4 steps (5 points each), each starting at R = 1.
  REQUIRE(a.curve.size() == 25);
  CHECK(a.curve[0].days == 0.0);
  CHECK(a.curve[0].retrievability == Approx(1.0));
  CHECK(a.curve[5].days == Approx(1.0 / 24));
  CHECK(a.curve[5].retrievability == Approx(1.0));
  // The last segment ends now, 1.25 days after the last answer at stability 2.5.
  CHECK(a.curve.back().retrievability == Approx(sched::retrievability(parameters, 1.25, 2.5)));
  for (std::size_t i = 1; i < a.curve.size(); ++i) CHECK(a.curve[i].days >= a.curve[i - 1].days);

  SECTION("practice answers are listed but do not restart the curve") {
    const stats::ItemHistory c = stats::item_history(h.log, kItemC, parameters, clock, synthetic_now(), 4);
    REQUIRE(c.answers.size() == 2);
    CHECK(c.answers[1].is_practice);
    CHECK(c.answers[0].phase_before == sched::Phase::Review);
    CHECK(c.answers[0].interval_before_days == 30.0);
    CHECK(c.curve.size() == 5);
  }
  SECTION("an item never answered has an empty history") {
    const stats::ItemHistory e = stats::item_history(h.log, kItemE, parameters, clock, synthetic_now());
    CHECK(e.answers.empty());
    CHECK(e.curve.empty());
  }
}
