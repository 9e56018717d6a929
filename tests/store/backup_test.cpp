#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>

#include "store/backups.hpp"
#include "store/formats.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

/// Writes every file under backups/ with its first byte changed, as a failing disk might: what
/// reaches the file is not what was meant. Other files are written as they are.
class BadBackupDiskWriter final : public FileWriter {
 public:
  Result<void> write_all(int fd, std::string_view bytes, const fs::path& path) override {
    if (path.string().find("/backups/") == std::string::npos || bytes.empty()) {
      return real_.write_all(fd, bytes, path);
    }
    std::string changed(bytes);
    changed[0] = static_cast<char>(changed[0] ^ 0x20);
    return real_.write_all(fd, changed, path);
  }
  Result<void> sync(int fd, const fs::path& path) override { return real_.sync(fd, path); }
  Result<void> sync_directory(const fs::path& dir) override { return real_.sync_directory(dir); }

 private:
  NoSyncWriter real_;
};

/// The names in backups/ (backups and the damaged ones set aside alike).
std::vector<std::string> backup_folder_names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir / kBackupsDir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

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

TEST_CASE("A backup that does not read back as written fails, and leaves no backup behind", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  OpenOptions bad_disk = fast_options();
  bad_disk.writer = std::make_shared<BadBackupDiskWriter>();
  {
    Profile profile = open_writer(dir, at_secs(0), bad_disk);
    answer(profile, 1, at_secs(0));
    const Result<void> compacted = profile.compact(at_secs(1));  // the day's first backup
    REQUIRE_FALSE(compacted);
    CHECK(compacted.error().code == ErrorCode::Corrupt);
    CHECK_THAT(compacted.error().message, Catch::Contains("did not read back as written (first difference at offset 0"));
  }
  // Before, the empty folder stayed and counted as the day's backup, so none was made that day.
  CHECK(backup_folder_names(dir).empty());
  Profile profile = open_writer(dir, at_secs(2), fast_options());
  CHECK(profile.reviews().size() == 1);
  const Result<std::vector<BackupInfo>> backups = profile.list_backups();
  REQUIRE(backups);
  REQUIRE(backups->size() == 1);  // made by this open, on a good disk
  CHECK(backups->front().size_bytes > 0);
}

TEST_CASE("A damaged backup is reported at the day's first open and set aside, not when it is needed", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0), fast_options());
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.close(at_secs(1)));  // day 0's backup
  }
  const std::vector<std::string> made = backup_folder_names(dir);
  REQUIRE(made.size() == 1);
  const fs::path damaged_file = dir / kBackupsDir / made[0] / kSnapshotFile;
  std::string bytes = read_bytes(damaged_file);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x04);  // one bit
  write_bytes(damaged_file, bytes);

  SECTION("an open the same day does not read the backups again") {
    Profile profile = open_writer(dir, at_secs(3600), fast_options());
    CHECK(profile.recovery_report().messages.empty());
    CHECK(backup_folder_names(dir) == made);
  }
  SECTION("the next day's first open reports it, sets it aside and makes a good one") {
    Profile profile = open_writer(dir, at_secs(kDaySecs + 10), fast_options());
    const RecoveryReport& report = profile.recovery_report();
    CHECK(report.damaged_backups == 1);
    REQUIRE(report.messages.size() == 1);
    const std::string& message = report.messages[0];
    CHECK_THAT(message, Catch::StartsWith("the backup backups/" + made[0] + " is damaged (backups/" + made[0] +
                                          "/progress.snapshot"));
    CHECK_THAT(message, Catch::Contains("and could not restore the profile; it was kept as backups/" + made[0] +
                                        ".damaged-20260302-120010; 0 good backups remain"));
    CHECK(profile.reviews().size() == 1);
    const std::vector<std::string> names = backup_folder_names(dir);
    REQUIRE(names.size() == 2);
    CHECK(names[0] == made[0] + ".damaged-20260302-120010");  // kept, never deleted
    CHECK(names[1] == "20260302-120010");                     // the day's new backup, good
    const Result<std::vector<BackupInfo>> backups = profile.list_backups();
    REQUIRE(backups);
    REQUIRE(backups->size() == 1);
    CHECK(backups->front().name == "20260302-120010");
  }
}
