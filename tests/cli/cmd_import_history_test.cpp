// `factdeck import --apkg` with a review log: each card's Anki reviews become its item's answers
// in the profile, replayed through the scheduler; all or nothing.
#include <catch2/catch.hpp>

#include "anki/apkg_file.hpp"
#include "cli_fixtures.hpp"
#include "store/profile.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::run_cli;

namespace {

constexpr std::int64_t kDay = 86'400'000;                  // ms
constexpr std::int64_t kStart = 1'764'000'000'000;         // 2025-11-24, in ms

anki::PastReview review(std::int64_t day, int ease, int taken_ms = 4000) {
  return anki::PastReview{kStart + day * kDay, ease, 1, 0, 2500, taken_ms, 1};
}

// A Basic note reviewed three times, a Cloze note whose second cloze (card ord 1) was reviewed
// twice and whose first never, and one review logged without a grade (rescheduled by hand).
anki::Package reviewed_package() {
  anki::Package package;
  package.deck_name = "Capitals";
  package.note_types = {anki::NoteType{1111, "Basic", anki::NoteKind::Standard, {"Front", "Back"}, "{{Front}}", "{{Back}}", ""},
                        anki::NoteType{2222, "Cloze", anki::NoteKind::Cloze, {"Text", "Back Extra"}, "{{cloze:Text}}",
                                       "{{cloze:Text}}", ""}};
  anki::Card basic_card;
  basic_card.reviews = {review(0, 3), review(3, 1), review(4, 3, 9000), review(5, 0)};
  package.notes.push_back(anki::Note{"g1", 1111, {"Capital of France", "Paris"}, {"europe"}, {basic_card}});
  anki::Card first_cloze{0, std::nullopt, {}};
  anki::Card second_cloze{1, std::nullopt, {review(1, 4), review(2, 3)}};
  package.notes.push_back(anki::Note{"g2", 2222, {"{{c1::Berlin}} is the capital of {{c2::Germany}}.", ""}, {"europe"},
                                     {first_cloze, second_cloze}});
  return package;
}

std::string write_package(const CliFolder& folder) {
  const std::string path = folder.file("capitals.apkg");
  REQUIRE(anki::write_apkg(path, reviewed_package(), sched::TimePoint{sched::Seconds{kStart / 1000}}));
  return path;
}

store::Profile open_profile(const CliFolder& folder) {
  Result<store::Profile> profile = store::Profile::open(std::filesystem::path(folder.data_dir()) / "profiles" / "default",
                                                       store::OpenMode::ReadOnly, sched::TimePoint{sched::Seconds{kStart / 1000 + 86400 * 10}});
  REQUIRE(profile.has_value());
  return std::move(profile).value();
}

}  // namespace

TEST_CASE("An Anki package's review history becomes its items' answers, oldest first", "[cli]") {
  CliFolder folder;
  const std::string apkg = write_package(folder);
  const std::string out = folder.file("capitals.facts.md");
  const testing::CommandRun run = run_cli({"--data-dir", folder.data_dir(), "import", "--apkg", apkg, "-o", out});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("imported 2 cards into " + out + " (0 skipped) with 5 answers of their Anki review history"));

  const store::Profile profile = open_profile(folder);
  const store::ReviewLog& log = profile.reviews();
  REQUIRE(log.size() == 5);  // the ungraded row is left out
  // By time: Paris (day 0), Germany (days 1, 2), Paris (days 3, 4).
  const store::ReviewRecord first = log.at(0), germany = log.at(1), last = log.at(4);
  CHECK(first.time == sched::TimePoint{sched::Seconds{kStart / 1000}});
  CHECK(first.grade == sched::Grade::Good);
  CHECK(first.answer_ms == 4000);
  CHECK(first.deck_id == "capitals-imported");
  CHECK(germany.item == log.at(2).item);
  CHECK(germany.item != first.item);
  CHECK(germany.grade == sched::Grade::Easy);
  CHECK(last.item == first.item);
  CHECK(last.answer_ms == 9000);
  // Replayed through the scheduler: each answer starts from the state the one before left.
  CHECK(log.at(3).before == first.after);
  CHECK(log.at(3).grade == sched::Grade::Again);
  CHECK(last.before == log.at(3).after);
  CHECK(profile.item_state(first.item).reps == 3);
  CHECK(profile.item_state(germany.item).reps == 2);
  CHECK(profile.item_state(first.item).memory.has_value());

  SECTION("importing it again into the same profile is refused, and writes nothing") {
    const std::string again = folder.file("again.facts.md");
    const testing::CommandRun second = run_cli({"--data-dir", folder.data_dir(), "import", "--apkg", apkg, "-o", again});
    CHECK(second.exit_code == 1);
    CHECK_THAT(second.err, Catch::Contains("already has answers on deck 'capitals-imported'"));
    CHECK_FALSE(std::filesystem::exists(again));
    CHECK(open_profile(folder).reviews().size() == 5);
  }
}
}  // namespace factdeck::cli
