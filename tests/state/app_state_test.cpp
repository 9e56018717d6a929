// AppState as the router: each action returns what it changed or why nothing did, and the rules
// that span parts hold.
#include <catch2/catch.hpp>

#include "classroom/results_file.hpp"
#include "state/class_report.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

TEST_CASE("An applied action returns what it changed", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  const Result<Changes> started = state.apply(StartStudy{kCapitals, std::nullopt}, at_secs(1));
  REQUIRE(started);
  CHECK(*started == Changes{.schedule = true});
  REQUIRE(state.apply(RevealAnswer{}, at_secs(2)));
  const Result<Changes> rated = state.apply(RateAnswer{sched::Grade::Good}, at_secs(3));
  REQUIRE(rated);
  CHECK(rated->schedule);
  const Result<Changes> selected = state.apply(SelectDeck{kCapitals}, at_secs(4));
  REQUIRE(selected);
  CHECK(*selected == Changes{});
  const Result<Changes> ended = state.apply(EndStudy{}, at_secs(5));
  REQUIRE(ended);
  CHECK(*ended == Changes{.schedule = true, .screen = true});
  CHECK(state.screen() == Screen::Home);
  CHECK(state.deck_counts(kCapitals).studied_today == 1);  // refreshed by the changes, on home
}

TEST_CASE("A grade for a question whose item changed since it was shown is refused and shown as a notice",
          "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  const ItemId shown = current_item(state);
  act(state, RevealAnswer{}, at_secs(2));
  // The deck options' list marks the item on screen behind the session's back.
  act(state, SetItemMarks{kCapitals, shown, false, true}, at_secs(3));

  const Result<Changes> refused = state.apply(RateAnswer{sched::Grade::Good}, at_secs(4));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Conflict);
  CHECK(state.profile()->reviews().size() == 0);
  CHECK(current_item(state) == shown);
  CHECK(state.study()->answered() == 0);

  const std::size_t notices_before = state.notices().size();
  state.apply_all({RateAnswer{sched::Grade::Good}}, at_secs(5));
  REQUIRE(state.notices().size() == notices_before + 1);
  CHECK(state.notices().back().level == Notice::Level::Warning);
  CHECK_THAT(state.notices().back().text, Catch::StartsWith("Your answer was not saved: "));
}

TEST_CASE("A deck being studied cannot leave the list until the session ends", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  const Result<Changes> refused = state.apply(ForgetDeck{kCapitals}, at_secs(2));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Conflict);
  CHECK(state.library().find(kCapitals) != nullptr);
  act(state, EndStudy{}, at_secs(3));
  const Result<Changes> forgotten = state.apply(ForgetDeck{kCapitals}, at_secs(4));
  REQUIRE(forgotten);
  CHECK(forgotten->decks);
  CHECK(state.library().find(kCapitals) == nullptr);
}

TEST_CASE("Exporting my results writes the results file for the teacher and says where", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  act(state, RevealAnswer{}, at_secs(2));
  act(state, RateAnswer{sched::Grade::Good}, at_secs(3));
  act(state, EndStudy{}, at_secs(4));
  const Result<Changes> exported = state.apply(ExportResults{kCapitals, "Ada L."}, at_secs(5));
  REQUIRE(exported);
  CHECK(*exported == Changes{});
  REQUIRE_FALSE(state.notices().empty());
  const std::string& notice = state.notices().back().text;
  CHECK_THAT(notice, Catch::StartsWith("Exported your results on Capitals (1 questions) to ") &&
                         Catch::EndsWith("capitals.results.json: send this file to your teacher"));
  const std::string path = notice.substr(notice.find(" to ") + 4, notice.find(": send") - notice.find(" to ") - 4);
  const Result<classroom::StudentResults> read = classroom::read_results_file(path);
  REQUIRE(read);
  CHECK(read->student.name == "Ada L.");
  CHECK(read->deck_id == "capitals");
  REQUIRE(read->questions.size() == 1);
  CHECK(read->questions[0].attempts == 1);
  CHECK(read->exported_at == at_secs(5));
}

TEST_CASE("A class report opens over a folder of results, all or nothing", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  act(state, RevealAnswer{}, at_secs(2));
  act(state, RateAnswer{sched::Grade::Good}, at_secs(3));
  act(state, EndStudy{}, at_secs(4));
  act(state, ExportResults{kCapitals, "Ada"}, at_secs(5));
  const std::string& notice = state.notices().back().text;
  const fs::path exported = notice.substr(notice.find(" to ") + 4, notice.find(": send") - notice.find(" to ") - 4);
  const fs::path results = exported.parent_path();

  const Result<Changes> opened = state.apply(OpenClassReport{results, kCapitals}, at_secs(6));
  REQUIRE(opened);
  CHECK(opened->screen);
  CHECK(state.screen() == Screen::ClassReport);
  REQUIRE(state.class_report().analysis().has_value());
  CHECK(state.class_report().analysis()->students.size() == 1);
  CHECK(state.class_report().analysis()->students[0].name == "Ada");
  CHECK(state.class_report().analysis()->questions.size() == 1);

  SECTION("a damaged file refuses the report and keeps the one shown") {
    std::ofstream(results / "ben.results.json") << "{\"factdeck_results\": 1";
    const Result<Changes> refused = state.apply(OpenClassReport{results, kCapitals}, at_secs(7));
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().to_string(), Catch::Contains("ben.results.json") && Catch::StartsWith("The class report was not opened: "));
    CHECK(state.class_report().analysis()->students.size() == 1);
  }
  SECTION("a folder without results says so") {
    const fs::path empty = results.parent_path() / "empty";
    fs::create_directories(empty);
    const Result<Changes> refused = state.apply(OpenClassReport{empty, kCapitals}, at_secs(7));
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().to_string(), Catch::Contains("holds no results file"));
  }
}
