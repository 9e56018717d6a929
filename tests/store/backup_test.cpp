#include <catch2/catch.hpp>
#include <fstream>

#include "store/backups.hpp"
#include "store/formats.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

BackupInfo automatic_backup(std::int64_t age_secs, sched::TimePoint now) {
  const sched::TimePoint made = now - sched::Seconds{age_secs};
  return BackupInfo{compact_timestamp(made), made, true, 100};
}

}  // namespace

TEST_CASE("Rotation keeps one backup per day for 7 days and per week for 4 weeks", "[store]") {
  const sched::TimePoint now = at_secs(100 * kDaySecs);
  std::vector<BackupInfo> backups;
  for (std::int64_t hours = 1; hours < 60 * 24; hours += 12) {  // two a day for 60 days
    backups.push_back(automatic_backup(hours * 3600, now));
  }
  backups.push_back(BackupInfo{"20200101-000000-before-migration-v1", at_secs(0), false, 5});
  const std::vector<std::string> pruned = backups_to_prune(backups, now);
  std::vector<std::string> kept;
  for (const BackupInfo& backup : backups) {
    if (std::find(pruned.begin(), pruned.end(), backup.name) == pruned.end())
      kept.push_back(backup.name);
  }
  CHECK(kept.size() == 7 + 4 + 1);
  CHECK(std::find(kept.begin(), kept.end(), backups.front().name) != kept.end());
  CHECK(std::find(kept.begin(), kept.end(), "20200101-000000-before-migration-v1") != kept.end());
}

TEST_CASE("A daily backup is made at the first compaction of each day", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  for (std::int64_t secs : {0L, 3600L, kDaySecs + 10, 3 * kDaySecs}) {
    Profile profile = open_writer(dir, at_secs(secs));
    answer(profile, static_cast<std::uint64_t>(secs), at_secs(secs));
    REQUIRE(profile.close(at_secs(secs + 1)));
  }
  Profile profile = open_writer(dir, at_secs(3 * kDaySecs + 5));
  const Result<std::vector<BackupInfo>> backups = profile.list_backups();
  REQUIRE(backups);
  REQUIRE(backups->size() == 3);                          // day 0, day 1 and day 3
  CHECK(backups->front().made == at_secs(3 * kDaySecs));  // made when that day's open compacted
  CHECK(backups->front().is_automatic);
  CHECK(backups->front().size_bytes > 0);
}

TEST_CASE("Restoring a backup moves the current files aside and loads the backup", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0));
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.close(at_secs(1)));  // backup of day 0: one answer
  }
  Profile profile = open_writer(dir, at_secs(10));
  answer(profile, 2, at_secs(10));
  answer(profile, 3, at_secs(11));
  const Result<std::vector<BackupInfo>> backups = profile.list_backups();
  REQUIRE(backups);
  REQUIRE(backups->size() == 1);
  REQUIRE(profile.restore_backup(backups->front().name, at_secs(20)));
  CHECK(profile.reviews().size() == 1);
  CHECK_THAT(profile.recovery_report().messages.front(), Catch::Contains("restored backup"));
  bool has_replaced_snapshot = false;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("progress.journal.replaced-", 0) == 0) {
      has_replaced_snapshot = true;
    }
  }
  CHECK(has_replaced_snapshot);
  answer(profile, 4, at_secs(30));
  REQUIRE(profile.close(at_secs(31)));
  CHECK(open_writer(dir, at_secs(40)).reviews().size() == 2);
}

TEST_CASE("Restoring a backup that does not exist changes nothing", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0));
  answer(profile, 1, at_secs(0));
  const Result<void> restored = profile.restore_backup("19990101-000000", at_secs(1));
  REQUIRE_FALSE(restored);
  CHECK(restored.error().code == ErrorCode::NotFound);
  CHECK(profile.reviews().size() == 1);
  answer(profile, 2, at_secs(2));
}

TEST_CASE("A lost snapshot falls back to the newest good backup plus the journal", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0));
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.compact(at_secs(1)));  // snapshot + backup with answer 1
    answer(profile, 2, at_secs(2));        // only in the journal
  }
  std::ofstream(dir / kSnapshotFile, std::ios::binary | std::ios::trunc) << "FDSNAPSH broken";
  remove_spare(dir);
  Profile profile = open_writer(dir, at_secs(3));
  CHECK(profile.reviews().size() == 2);
  const RecoveryReport& report = profile.recovery_report();
  REQUIRE(report.restored_backup.has_value());
  CHECK(report.journal_records_recovered == 1);
  CHECK_THAT(report.messages[0], Catch::Contains("progress.snapshot is damaged"));
  CHECK_THAT(report.messages[1], Catch::Contains("restored the backup from 2026-03-01 12:00"));
}

TEST_CASE("A deleted snapshot is reported and the backup plus journal used", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0));
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.compact(at_secs(1)));
    answer(profile, 2, at_secs(2));
  }
  fs::remove(dir / kSnapshotFile);
  remove_spare(dir);
  Profile profile = open_writer(dir, at_secs(3));
  CHECK(profile.reviews().size() == 2);
  CHECK_THAT(profile.recovery_report().messages[0],
             Catch::Contains("progress.snapshot is missing"));
  CHECK(profile.recovery_report().restored_backup.has_value());
}

TEST_CASE("A profile whose files were all deleted comes back from its backup", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0));
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.close(at_secs(1)));
  }
  fs::remove(dir / kSnapshotFile);
  fs::remove(dir / kJournalFile);
  fs::remove(dir / kJournalCopyFile);
  remove_spare(dir);
  Profile profile = open_writer(dir, at_secs(3));
  CHECK(profile.reviews().size() == 1);
  CHECK_THAT(profile.recovery_report().messages.back(), Catch::Contains("files were missing"));
}
