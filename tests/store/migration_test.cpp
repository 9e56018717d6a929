#include <catch2/catch.hpp>
#include <fstream>

#include "store/formats.hpp"
#include "store/snapshot.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

const fs::path kFixtureDir = fs::path(FACTDECK_TEST_DATA_DIR) / "store" / "v1";

sched::TimePoint at(std::int64_t secs) { return sched::TimePoint{sched::Seconds{secs}}; }

/// What make_v1_fixtures.cpp wrote: answers to 0x11, 0x22, then 0x11 again (in the journal).
void check_fixture_contents(const Profile& profile) {
  REQUIRE(profile.reviews().size() == 3);
  const ReviewRecord first = profile.reviews().at(0);
  CHECK(first.item == ItemId{0x11});
  CHECK(first.time == at(1700000000));
  CHECK(first.answer_ms == 2000);
  CHECK(first.before == sched::ItemState{});
  CHECK(first.after.memory == sched::MemoryState{3.0, 5.5});
  CHECK_FALSE(first.is_practice);
  const ReviewRecord last = profile.reviews().at(2);
  CHECK(last.item == ItemId{0x11});
  CHECK(last.before == first.after);
  CHECK(last.after.reps == 2);
  CHECK(profile.item_state(ItemId{0x11}).reps == 2);
  CHECK(profile.item_state(ItemId{0x22}).reps == 1);
  CHECK(profile.deck_settings("capitals").new_per_day == 15);
  // DeckSettings version 1 had no maximum interval, fuzz switch or exam: the defaults.
  CHECK(profile.deck_settings("capitals").maximum_interval_days == 36500);
  CHECK(profile.deck_settings("capitals").is_fuzz_enabled);
  CHECK(profile.deck_settings("capitals").exam_date.empty());
  CHECK(profile.settings().theme == "light");
  CHECK(profile.sessions().size() == 1);
}

}  // namespace

TEST_CASE("A format 1 profile is migrated after a backup of its original files", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  copy_dir(kFixtureDir, dir);
  {
    Profile profile = open_writer(dir, at_secs(0));
    check_fixture_contents(profile);
    const RecoveryReport& report = profile.recovery_report();
    CHECK(report.is_migrated);
    CHECK_THAT(report.messages.front(), Catch::Contains("from format 1 to " + std::to_string(kFormatVersion)));
    const Result<std::vector<BackupInfo>> backups = profile.list_backups();
    REQUIRE(backups);
    const auto migration = std::find_if(backups->begin(), backups->end(), [](const BackupInfo& b) {
      return b.name.find("before-migration-v1") != std::string::npos;
    });
    REQUIRE(migration != backups->end());
    CHECK_FALSE(migration->is_automatic);
    const fs::path kept = dir / kBackupsDir / migration->name;
    CHECK(read_bytes(kept / kSnapshotFile) == read_bytes(kFixtureDir / kSnapshotFile));
    CHECK(read_bytes(kept / kJournalFile) == read_bytes(kFixtureDir / kJournalFile));
  }
  const Result<SnapshotContents> rewritten =
      decode_snapshot(read_bytes(dir / kSnapshotFile), "snapshot");
  REQUIRE(rewritten);
  CHECK(rewritten->format_version == kFormatVersion);
  Profile reopened = open_writer(dir, at_secs(10));
  CHECK_FALSE(reopened.recovery_report().is_migrated);
  check_fixture_contents(reopened);
}

TEST_CASE("A format 1 profile opens read-only without being changed", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  copy_dir(kFixtureDir, dir);
  const Result<Profile> profile = Profile::open(dir, OpenMode::ReadOnly, at_secs(0));
  REQUIRE(profile);
  check_fixture_contents(*profile);
  CHECK(read_bytes(dir / kSnapshotFile) == read_bytes(kFixtureDir / kSnapshotFile));
  CHECK_FALSE(fs::exists(dir / kBackupsDir));
}
