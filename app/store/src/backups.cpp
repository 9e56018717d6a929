#include "store/backups.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <optional>
#include <system_error>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store/snapshot.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kSecsPerDay = 86400;
constexpr std::int64_t kDailyKept = 7;
constexpr std::int64_t kWeeklyKept = 4;

/// The time encoded in a backup name, or empty if the name is not one of ours (a backup set
/// aside as damaged, NAME.damaged-TIME, is not).
std::optional<sched::TimePoint> time_from_name(const std::string& name) {
  std::tm parts{};
  if (name.size() < 15 || name[8] != '-' || (name.size() > 15 && name[15] != '-')) return std::nullopt;
  const char* end = strptime(name.c_str(), "%Y%m%d-%H%M%S", &parts);
  if (end == nullptr || end != name.c_str() + 15) return std::nullopt;
  return sched::TimePoint{sched::Seconds{timegm(&parts)}};
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

/// Creates backups/NAME (with a counter if two backups land in the same second).
Result<fs::path> make_backup_dir(const fs::path& profile_dir, sched::TimePoint now,
                                 std::string_view reason) {
  std::string base = compact_timestamp(now);
  if (!reason.empty()) base += "-" + std::string(reason);
  const fs::path backups = profile_dir / kBackupsDir;
  std::error_code error;
  fs::create_directories(backups, error);
  if (error)
    return fail(ErrorCode::Io, "cannot create " + backups.string() + ": " + error.message());
  fs::path target = backups / base;
  for (int counter = 2; fs::exists(target, error); ++counter) {
    target = backups / (base + "-" + std::to_string(counter));
  }
  fs::create_directory(target, error);
  if (error)
    return fail(ErrorCode::Io, "cannot create " + target.string() + ": " + error.message());
  return target;
}

/// Removes a backup folder this process just created when its files could not be written:
/// left behind empty, it would count as the day's backup and none would be made until tomorrow.
template <typename T>
Result<T> discard_unfinished(const fs::path& dir, Result<T> outcome) {
  if (outcome) return outcome;
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  return outcome;
}

/// What is wrong with the backup in `dir`, or empty when its files read back whole (or are of
/// a newer format, which is not damage).
std::string backup_damage(const fs::path& dir, const std::string& shown_dir) {
  const std::string snapshot_name = shown_dir + "/" + std::string(kSnapshotFile);
  const Result<std::string> snapshot = read_file(dir / kSnapshotFile);
  if (!snapshot) {
    return snapshot.error().code == ErrorCode::NotFound ? snapshot_name + " is missing"
                                                        : snapshot.error().message;
  }
  const Result<SnapshotContents> decoded = decode_snapshot(*snapshot, snapshot_name);
  if (!decoded && decoded.error().code != ErrorCode::NewerFormat) return decoded.error().message;
  const Result<std::string> journal = read_file(dir / kJournalFile);
  if (!journal) return journal.error().code == ErrorCode::NotFound ? std::string() : journal.error().message;
  const std::string journal_name = shown_dir + "/" + std::string(kJournalFile);
  const Result<JournalScan> scan = parse_journal(*journal, journal_name);
  if (!scan) return scan.error().code == ErrorCode::NewerFormat ? std::string() : scan.error().message;
  if (!scan->damage.empty()) return journal_name + " had damaged bytes " + describe_damage(*scan);
  return {};
}

Result<void> copy_if_present(const fs::path& from, const fs::path& to, FileWriter& writer) {
  Result<std::string> bytes = read_file(from);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::NotFound) return {};
    return Unexpected{bytes.error()};
  }
  return write_file_verified(to, *bytes, writer);
}

}  // namespace

Result<std::vector<BackupInfo>> list_backups(const fs::path& profile_dir) {
  std::vector<BackupInfo> backups;
  const fs::path dir = profile_dir / kBackupsDir;
  std::error_code error;
  if (!fs::exists(dir, error)) return backups;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (!entry.is_directory(error)) continue;
    const std::string name = entry.path().filename().string();
    const auto made = time_from_name(name);
    if (!made) continue;
    backups.push_back(BackupInfo{name, *made, name.size() == 15, directory_bytes(entry.path())});
  }
  if (error) return fail(ErrorCode::Io, "cannot list " + dir.string() + ": " + error.message());
  std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
    return a.made != b.made ? a.made > b.made : a.name > b.name;
  });
  return backups;
}

bool is_backup_due(const std::vector<BackupInfo>& backups, sched::TimePoint now) {
  for (const BackupInfo& backup : backups) {
    if (backup.is_automatic && now - backup.made < sched::Seconds{kSecsPerDay}) return false;
  }
  return true;
}

std::vector<std::string> backups_to_prune(const std::vector<BackupInfo>& backups,
                                          sched::TimePoint now) {
  // Buckets 0..6 are the last 7 days; 7..10 the 4 weeks before them. Newest first, so the
  // first backup seen in a bucket is the one kept.
  std::map<std::int64_t, bool> is_bucket_taken;
  std::vector<std::string> pruned;
  bool is_newest = true;
  for (const BackupInfo& backup : backups) {
    if (!backup.is_automatic) continue;
    const std::int64_t age_days =
        std::max<std::int64_t>(0, (now - backup.made).count() / kSecsPerDay);
    std::int64_t bucket = -1;
    if (age_days < kDailyKept) {
      bucket = age_days;
    } else if (age_days < kDailyKept * (1 + kWeeklyKept)) {
      bucket = kDailyKept + (age_days - kDailyKept) / kDailyKept;
    }
    const bool keep = is_newest || (bucket >= 0 && !is_bucket_taken[bucket]);
    if (bucket >= 0) is_bucket_taken[bucket] = true;
    is_newest = false;
    if (!keep) pruned.push_back(backup.name);
  }
  return pruned;
}

Result<std::string> write_backup(const fs::path& profile_dir, std::string_view snapshot_bytes,
                                 sched::TimePoint now, std::string_view reason,
                                 FileWriter& writer) {
  const Result<fs::path> dir = make_backup_dir(profile_dir, now, reason);
  if (!dir) return Unexpected{dir.error()};
  // Read back before it counts: a backup is only ever needed when something else went wrong.
  const Result<void> written =
      discard_unfinished(*dir, write_file_verified(*dir / kSnapshotFile, snapshot_bytes, writer));
  if (!written) return Unexpected{written.error()};
  return dir->filename().string();
}

Result<std::string> copy_files_to_backup(const fs::path& profile_dir, sched::TimePoint now,
                                         std::string_view reason, FileWriter& writer) {
  const Result<fs::path> dir = make_backup_dir(profile_dir, now, reason);
  if (!dir) return Unexpected{dir.error()};
  for (std::string_view file : {kSnapshotFile, kJournalFile}) {
    const Result<void> copied =
        discard_unfinished(*dir, copy_if_present(profile_dir / file, *dir / file, writer));
    if (!copied) return Unexpected{copied.error()};
  }
  return dir->filename().string();
}

Result<std::vector<std::string>> check_backups(const fs::path& profile_dir, sched::TimePoint now,
                                               FileWriter& writer) {
  const Result<std::vector<BackupInfo>> backups = list_backups(profile_dir);
  if (!backups) return Unexpected{backups.error()};
  std::vector<std::string> damaged;
  for (const BackupInfo& backup : *backups) {
    const fs::path dir = profile_dir / kBackupsDir / backup.name;
    const std::string shown_dir = std::string(kBackupsDir) + "/" + backup.name;
    const std::string damage = backup_damage(dir, shown_dir);
    if (damage.empty()) continue;
    const Result<fs::path> moved = move_aside(dir, "damaged", now, writer);
    damaged.push_back("the backup " + shown_dir + " is damaged (" + damage +
                      ") and could not restore the profile; " +
                      (moved ? "it was kept as " + std::string(kBackupsDir) + "/" + moved->filename().string()
                             : "it could not be moved aside: " + moved.error().message));
  }
  const std::size_t good = backups->size() - damaged.size();
  for (std::string& message : damaged) {
    message += "; " + std::to_string(good) + (good == 1 ? " good backup remains" : " good backups remain");
  }
  return damaged;
}

Result<void> prune_backups(const fs::path& profile_dir, sched::TimePoint now) {
  const Result<std::vector<BackupInfo>> backups = list_backups(profile_dir);
  if (!backups) return Unexpected{backups.error()};
  for (const std::string& name : backups_to_prune(*backups, now)) {
    std::error_code error;
    fs::remove_all(profile_dir / kBackupsDir / name, error);
    if (error)
      return fail(ErrorCode::Io, "cannot remove old backup " + name + ": " + error.message());
  }
  return {};
}

}  // namespace factdeck::store
