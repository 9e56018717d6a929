#pragma once
// Profile: one learner's progress on disk, opened by at most one writer.
//
// Every change is appended to the journal and its copy, each synced, before the in-memory profile
// changes, so a change that returned success survives a crash at any instant, and a damaged
// journal or snapshot (one file) loses nothing: the other journal copy, or the spare (the
// previous snapshot and the journal since it) covers it (formats.hpp lists the files). Opening replays the journal over
// the snapshot and says, in a RecoveryReport, what it had to repair. A damaged file is moved
// aside (never deleted) and the newest good backup is used instead; a profile whose data cannot
// be loaded at all fails to open rather than coming back empty.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "store/backups.hpp"
#include "store/file_io.hpp"
#include "store/journal.hpp"
#include "store/profile_data.hpp"
#include "store/profile_lock.hpp"

namespace factdeck::store {

enum class OpenMode {
  ReadWrite,  // takes the profile lock; fails with ErrorCode::Locked if another process holds it
  ReadOnly,   // no lock, never writes (not even repairs): for a second running copy and exports
};

/// What opening a profile found and did, for the UI to show. Empty messages: a clean open.
struct RecoveryReport {
  std::vector<std::string> messages;  // one sentence per repair, naming the file
  std::size_t journal_records_recovered = 0;
  std::size_t journal_records_skipped = 0;     // records that no longer applied (after a fallback)
  std::optional<std::string> restored_backup;  // the backup used when the snapshot was lost
  bool is_restored_from_spare = false;         // the snapshot was rebuilt from the spare
  bool is_migrated = false;                    // converted from an older format
  std::size_t damaged_backups = 0;             // found (and set aside) by the daily check
};

struct OpenOptions {
  std::shared_ptr<FileWriter> writer;              // empty: the real POSIX writer
  std::uint64_t compact_journal_bytes = 4u << 20;  // compact on open past this journal size
  bool make_backups = true;
  std::chrono::milliseconds lock_wait{0};  // how long a ReadWrite open waits for another writer
};

class Profile {
 public:
  /// Opens (ReadWrite: creating if missing) the profile in `dir`. Fails with Locked, Io (an
  /// unreadable directory or file), NewerFormat, or Corrupt when nothing could be loaded; the
  /// message names the file and what was kept.
  [[nodiscard]] static Result<Profile> open(const std::filesystem::path& dir, OpenMode mode,
                                            sched::TimePoint now, OpenOptions options = {});

  Profile(Profile&&) noexcept;
  Profile& operator=(Profile&&) noexcept;
  ~Profile();

  [[nodiscard]] const RecoveryReport& recovery_report() const { return report_; }
  [[nodiscard]] bool is_read_only() const { return !lock_.has_value(); }
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

  // ---- Reading ----
  [[nodiscard]] const ProfileData& data() const { return data_; }
  [[nodiscard]] const std::map<ItemId, ItemRecord>& items() const { return data_.items; }
  /// The item's state; a new-item state for an item never answered.
  [[nodiscard]] sched::ItemState item_state(ItemId id) const;
  [[nodiscard]] const ReviewLog& reviews() const { return data_.reviews; }
  /// The deck's settings; the defaults for a deck never configured.
  [[nodiscard]] DeckSettings deck_settings(const std::string& deck_id) const;
  [[nodiscard]] const ProfileSettings& settings() const { return data_.settings; }
  [[nodiscard]] const std::vector<SessionRecord>& sessions() const { return data_.sessions; }

  // ---- Changing (each one durable when it returns success; Io on a failed write, with the
  // ---- profile unchanged; Invalid on a read-only profile) ----
  [[nodiscard]] Result<void> record_answer(const ReviewRecord& review);
  /// Undoes the newest answer (appends an UndoRecord). Conflict when there is none.
  [[nodiscard]] Result<void> undo_last_answer();
  [[nodiscard]] Result<void> set_deck_settings(const std::string& deck_id,
                                               const DeckSettings& settings);
  [[nodiscard]] Result<void> set_profile_settings(const ProfileSettings& settings);
  [[nodiscard]] Result<void> record_session(const SessionRecord& session);
  /// Sets the item's suspended and flagged marks (its schedule is untouched). An item never
  /// answered keeps its marks too.
  [[nodiscard]] Result<void> set_item_flags(const ItemFlagsRecord& record);
  /// Sets the deck's settings and the listed items' states in one durable step (new parameters
  /// applied; see state/apply_parameters.hpp). Invalid when a value is implausible.
  [[nodiscard]] Result<void> apply_recompute(const RecomputeRecord& record);
  /// Retires the deck's items missing from `live` and brings back retired ones present in it;
  /// returns how many items were retired. History is kept either way.
  [[nodiscard]] Result<std::size_t> retire_missing_items(const std::string& deck_id,
                                                         const std::set<ItemId>& live);
  /// Replaces everything with `data` (an import), after backing up the current files.
  /// Invalid if `data` is empty and the profile is not.
  [[nodiscard]] Result<void> replace_all(ProfileData data, sched::TimePoint now);

  // ---- Files ----
  /// Writes the snapshot atomically and starts an empty journal (also makes a due backup).
  [[nodiscard]] Result<void> compact(sched::TimePoint now);
  /// Compacts and releases the lock. The profile is read-only afterwards. (Destroying a Profile
  /// without close() loses nothing: the next open replays the journal.)
  [[nodiscard]] Result<void> close(sched::TimePoint now);
  /// Releases the lock without compacting: the journals already hold every change durably, and
  /// the next open compacts once they pass compact_journal_bytes or a backup is due. For short
  /// writers such as `factdeck answer`, which would otherwise rewrite the whole snapshot for one
  /// record. The profile is read-only afterwards.
  void release();
  [[nodiscard]] Result<std::vector<BackupInfo>> list_backups() const;
  /// Moves the current files aside, puts backup `name` in their place and loads it.
  [[nodiscard]] Result<void> restore_backup(const std::string& name, sched::TimePoint now);

 private:
  Profile() = default;
  [[nodiscard]] Result<void> append(const JournalEntry& entry);
  [[nodiscard]] Result<void> finish_open(sched::TimePoint now, bool must_compact,
                                         std::uint64_t journal_valid_bytes);
  [[nodiscard]] Result<void> write_snapshot_and_journal(sched::TimePoint now);
  [[nodiscard]] Result<void> replace_snapshot(const std::string& bytes, bool& is_spare_linked);
  [[nodiscard]] Result<void> link_spare_pair();
  [[nodiscard]] Result<void> create_journals(std::uint64_t generation);

  std::filesystem::path dir_;
  OpenOptions options_;
  ProfileData data_;
  RecoveryReport report_;
  std::uint64_t generation_ = 0;  // of the current journal
  std::optional<ProfileLock> lock_;
  std::optional<JournalWriter> journal_;
  std::optional<JournalWriter> journal_copy_;  // progress.journal.copy, the same records
  // True while progress.snapshot + progress.journal on disk replay to exactly data_, so that at
  // the next compaction they can become the spare (they cannot after a repair or an import).
  bool is_pair_intact_ = false;
};

}  // namespace factdeck::store
