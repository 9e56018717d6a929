#pragma once
// Rotating backups in DIR/backups/NAME/, each a copy of the profile's snapshot (and journal, for
// copies taken before a migration, restore or import). NAME is "YYYYMMDD-HHMMSS" (UTC) for the
// automatic daily backups and "YYYYMMDD-HHMMSS-<reason>" for the others.
// Rotation keeps the newest automatic backup of each of the last 7 days and of each of the 4
// weeks before them; backups with a reason are never rotated away. Every backup is read back when
// it is written, and all of them again once a day when a profile opens (check_backups).
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "scheduler/item_state.hpp"
#include "store/file_io.hpp"

namespace factdeck::store {

struct BackupInfo {
  std::string name;
  sched::TimePoint made{};
  bool is_automatic = true;  // a daily backup (false: taken before a migration, restore, import)
  std::uint64_t size_bytes = 0;
};

/// Backups of the profile in `profile_dir`, newest first; empty when there are none.
[[nodiscard]] Result<std::vector<BackupInfo>> list_backups(
    const std::filesystem::path& profile_dir);

/// True when no automatic backup was made in the 24 hours before `now`.
[[nodiscard]] bool is_backup_due(const std::vector<BackupInfo>& backups, sched::TimePoint now);

/// The automatic backups the rotation policy drops at `now` (pure; `backups` newest first).
[[nodiscard]] std::vector<std::string> backups_to_prune(const std::vector<BackupInfo>& backups,
                                                        sched::TimePoint now);

/// Writes `snapshot_bytes` as a new backup named for `now` (+ "-reason" if given) and reads it
/// back (Corrupt if it differs); returns its name.
[[nodiscard]] Result<std::string> write_backup(const std::filesystem::path& profile_dir,
                                               std::string_view snapshot_bytes,
                                               sched::TimePoint now, std::string_view reason,
                                               FileWriter& writer);

/// Copies the profile's snapshot and journal, as they are on disk, into a new backup (each copy
/// read back and compared).
[[nodiscard]] Result<std::string> copy_files_to_backup(const std::filesystem::path& profile_dir,
                                                       sched::TimePoint now,
                                                       std::string_view reason, FileWriter& writer);

/// Reads every backup back (its snapshot's and journal's checksums and records) and moves each
/// damaged one aside as backups/NAME.damaged-TIME, which is no longer listed; returns one
/// message per damaged backup naming it, what is wrong and where it went. Io when the backups
/// cannot be listed.
[[nodiscard]] Result<std::vector<std::string>> check_backups(const std::filesystem::path& profile_dir,
                                                             sched::TimePoint now, FileWriter& writer);

/// Deletes the automatic backups that backups_to_prune names.
[[nodiscard]] Result<void> prune_backups(const std::filesystem::path& profile_dir,
                                         sched::TimePoint now);

}  // namespace factdeck::store
