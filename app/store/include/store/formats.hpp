#pragma once
// File names and format versions of a profile directory:
//   progress.snapshot   the whole profile at the last compaction (snapshot.hpp)
//   progress.journal    every change since then, one framed record each (journal.hpp)
//   progress.journal.copy  the same records, written and synced right after each one: a damaged
//                       record or header in one of the two costs nothing
//   progress.snapshot.prev + progress.journal.prev   the spare: the previous snapshot and the
//                       journal that led from it to the current snapshot (hard links, kept at
//                       compaction), or, after a repair, a verified copy of the current snapshot
//                       alone; used when progress.snapshot is damaged (profile_files.cpp)
//   profile.lock        held with flock(2) by the one process that may write
//   backups/            rotating copies of the snapshot (backups.hpp)
#include <cstdint>
#include <string_view>

namespace factdeck::store {

/// Version of the snapshot and journal files. 1: answers stored as full ReviewRecords without
/// `is_practice`; 2: compact review rows, practice answers; 3: ItemFlagsRecord (tag 7) in the
/// journal. A build that knows only 2 would take tag 7 for damage, so 3 makes it refuse the
/// profile cleanly ("written by a newer factdeck") instead; 2 is read and migrated as it is.
/// 4: RecomputeRecord (tag 8) in the journal, for the same reason; 3 is read as it is.
/// 5: answers keep what the learner was shown and answered (ReviewRecord 3 in the journal,
/// ReviewLog 2 in the snapshot); a build that knows only 4 refuses the profile instead of taking
/// the new records for damage; 4 is read as it is (its answers have no given answer).
inline constexpr std::uint32_t kFormatVersion = 5;

inline constexpr std::string_view kSnapshotFile = "progress.snapshot";
inline constexpr std::string_view kJournalFile = "progress.journal";
inline constexpr std::string_view kJournalCopyFile = "progress.journal.copy";
inline constexpr std::string_view kSpareSnapshotFile = "progress.snapshot.prev";
inline constexpr std::string_view kSpareJournalFile = "progress.journal.prev";
inline constexpr std::string_view kLockFile = "profile.lock";
inline constexpr std::string_view kBackupsDir = "backups";

}  // namespace factdeck::store
