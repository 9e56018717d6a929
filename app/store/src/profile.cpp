#include "store/profile.hpp"

#include <system_error>
#include <utility>

#include "profile_loader.hpp"
#include "store/formats.hpp"
#include "store/snapshot.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

Profile::Profile(Profile&&) noexcept = default;
Profile& Profile::operator=(Profile&&) noexcept = default;
Profile::~Profile() = default;

// ---- Opening ----

namespace {

/// Once a day, when a ReadWrite open finds a backup due, every backup is read back, so that a
/// damaged one is reported (and set aside) now rather than on the day it is needed.
void check_backups_when_due(const fs::path& dir, sched::TimePoint now, FileWriter& writer,
                            RecoveryReport& report) {
  const Result<std::vector<BackupInfo>> backups = store::list_backups(dir);
  if (!backups || !is_backup_due(*backups, now)) return;
  Result<std::vector<std::string>> damaged = check_backups(dir, now, writer);
  if (!damaged) {
    report.messages.push_back("the backups could not be checked: " + damaged.error().message);
    return;
  }
  report.damaged_backups = damaged->size();
  for (std::string& message : *damaged) report.messages.push_back(std::move(message));
}

}  // namespace

Result<Profile> Profile::open(const fs::path& dir, OpenMode mode, sched::TimePoint now,
                              OpenOptions options) {
  Profile profile;
  profile.dir_ = dir;
  profile.options_ = std::move(options);
  if (!profile.options_.writer) profile.options_.writer = posix_file_writer();
  const bool is_writer = mode == OpenMode::ReadWrite;
  if (is_writer) {
    std::error_code error;
    fs::create_directories(dir, error);
    if (error) {
      return fail(ErrorCode::Io,
                  "cannot create the profile directory " + dir.string() + ": " + error.message(),
                  dir.string());
    }
    Result<ProfileLock> lock = ProfileLock::acquire(dir, profile.options_.lock_wait);
    if (!lock) return Unexpected{lock.error()};
    profile.lock_.emplace(std::move(lock).value());
  }
  Result<LoadedProfile> loaded = load_profile(dir, is_writer, now, *profile.options_.writer);
  if (!loaded) return Unexpected{loaded.error()};
  profile.data_ = std::move(loaded->data);
  profile.report_ = std::move(loaded->report);
  profile.generation_ = loaded->generation;
  if (is_writer) {
    if (profile.options_.make_backups) {
      check_backups_when_due(dir, now, *profile.options_.writer, profile.report_);
    }
    const Result<void> ready =
        profile.finish_open(now, loaded->must_compact, loaded->journal_valid_bytes);
    if (!ready) return Unexpected{ready.error()};
  }
  return profile;
}

Result<void> Profile::finish_open(sched::TimePoint now, bool must_compact,
                                  std::uint64_t journal_valid_bytes) {
  if (must_compact) return compact(now);
  // The loader compacts unless both journals hold the same records up to the same length.
  Result<JournalWriter> journal =
      JournalWriter::open(dir_ / kJournalFile, options_.writer, journal_valid_bytes);
  if (!journal) return Unexpected{journal.error()};
  journal_.emplace(std::move(journal).value());
  Result<JournalWriter> copy =
      JournalWriter::open(dir_ / kJournalCopyFile, options_.writer, journal_valid_bytes);
  if (!copy) return Unexpected{copy.error()};
  journal_copy_.emplace(std::move(copy).value());
  is_pair_intact_ = true;
  const Result<std::vector<BackupInfo>> backups = store::list_backups(dir_);
  const bool is_backup_wanted = options_.make_backups && backups && is_backup_due(*backups, now);
  if (journal_->size_bytes() > options_.compact_journal_bytes || is_backup_wanted) {
    return compact(now);
  }
  return {};
}

// ---- Reading ----

sched::ItemState Profile::item_state(ItemId id) const {
  const auto found = data_.items.find(id);
  return found == data_.items.end() ? sched::ItemState{} : found->second.state;
}

DeckSettings Profile::deck_settings(const std::string& deck_id) const {
  const auto found = data_.deck_settings.find(deck_id);
  return found == data_.deck_settings.end() ? DeckSettings{} : found->second;
}

// ---- Changing ----

Result<void> Profile::append(const JournalEntry& entry) {
  if (!lock_) {
    return fail(ErrorCode::Invalid, "the profile in " + dir_.string() + " is open read-only");
  }
  const Result<void> checked = check_entry(data_, entry);
  if (!checked) return checked;
  if (!journal_ || !journal_copy_) {
    return fail(ErrorCode::Io,
                "the journal of " + dir_.string() + " could not be recreated; reopen the profile");
  }
  const std::uint64_t size_before = journal_->size_bytes();
  Result<void> written = journal_->append(entry);
  if (!written) return written;
  written = journal_copy_->append(entry);
  if (!written) {
    // Reported as not recorded, so it must not come back at the next open either.
    (void)journal_->cut_back(size_before);
    return written;
  }
  apply_entry(data_, entry);  // only after the record is on disk, twice
  return {};
}

Result<void> Profile::record_answer(const ReviewRecord& review) { return append(review); }

Result<void> Profile::undo_last_answer() {
  if (data_.reviews.empty()) return fail(ErrorCode::Conflict, "there is no answer to undo");
  const PackedReview& newest = data_.reviews.row(data_.reviews.size() - 1);
  return append(
      UndoRecord{ItemId{newest.item}, sched::TimePoint{sched::Seconds{newest.time_secs}}});
}

Result<void> Profile::set_deck_settings(const std::string& deck_id, const DeckSettings& settings) {
  return append(DeckSettingsRecord{deck_id, settings});
}

Result<void> Profile::set_profile_settings(const ProfileSettings& settings) {
  return append(settings);
}

Result<void> Profile::record_session(const SessionRecord& session) { return append(session); }

Result<void> Profile::set_item_flags(const ItemFlagsRecord& record) { return append(record); }

Result<void> Profile::apply_recompute(const RecomputeRecord& record) { return append(record); }

Result<std::size_t> Profile::retire_missing_items(const std::string& deck_id,
                                                  const std::set<ItemId>& live) {
  RetireRecord record = plan_retirement(data_, deck_id, live);
  const std::size_t retired = record.retired.size();
  if (record.retired.empty() && record.restored.empty()) return retired;
  const Result<void> written = append(record);
  if (!written) return Unexpected{written.error()};
  return retired;
}

Result<void> Profile::replace_all(ProfileData data, sched::TimePoint now) {
  if (!lock_) return fail(ErrorCode::Invalid, "the profile is open read-only");
  if (data.is_empty() && !data_.is_empty()) {
    return fail(ErrorCode::Invalid,
                "refusing to replace the profile in " + dir_.string() + " with empty data");
  }
  const Result<std::string> backup =
      copy_files_to_backup(dir_, now, "before-import", *options_.writer);
  if (!backup) return Unexpected{backup.error()};
  std::swap(data_, data);
  // The files on disk no longer replay to data_, so they cannot become the spare.
  const bool was_pair_intact = std::exchange(is_pair_intact_, false);
  const Result<void> written = write_snapshot_and_journal(now);
  if (!written && journal_) {  // the files are unchanged, so is the profile
    std::swap(data_, data);
    is_pair_intact_ = was_pair_intact;
  }
  return written;
}

// ---- Files ----

Result<void> Profile::compact(sched::TimePoint now) {
  if (!lock_) return fail(ErrorCode::Invalid, "the profile is open read-only");
  return write_snapshot_and_journal(now);
}

Result<void> Profile::close(sched::TimePoint now) {
  const Result<void> compacted = is_read_only() ? Result<void>{} : compact(now);
  release();
  return compacted;
}

void Profile::release() {
  journal_.reset();
  journal_copy_.reset();
  lock_.reset();
}

Result<std::vector<BackupInfo>> Profile::list_backups() const { return store::list_backups(dir_); }

Result<void> Profile::restore_backup(const std::string& name, sched::TimePoint now) {
  if (!lock_) return fail(ErrorCode::Invalid, "the profile is open read-only");
  const fs::path backup_dir = dir_ / kBackupsDir / name;
  Result<std::string> snapshot = read_file(backup_dir / kSnapshotFile);
  if (!snapshot) return Unexpected{snapshot.error()};
  Result<SnapshotContents> decoded =
      decode_snapshot(*snapshot, (backup_dir / kSnapshotFile).string());
  if (!decoded) return Unexpected{decoded.error()};
  journal_.reset();
  journal_copy_.reset();
  is_pair_intact_ = false;
  for (std::string_view file : {kSnapshotFile, kJournalFile, kJournalCopyFile}) {
    std::error_code error;
    if (!fs::exists(dir_ / file, error)) continue;
    const Result<fs::path> moved = move_aside(dir_ / file, "replaced", now, *options_.writer);
    if (!moved) return Unexpected{moved.error()};
  }
  // The backup's snapshot (and journal, if it has one) become the profile's files.
  Result<void> copied = write_file_atomically(dir_ / kSnapshotFile, *snapshot, *options_.writer);
  if (!copied) return copied;
  Result<std::string> journal = read_file(backup_dir / kJournalFile);
  if (journal) copied = write_file_atomically(dir_ / kJournalFile, *journal, *options_.writer);
  if (!copied) return copied;
  Result<LoadedProfile> loaded = load_profile(dir_, true, now, *options_.writer);
  if (!loaded) return Unexpected{loaded.error()};
  data_ = std::move(loaded->data);
  report_ = std::move(loaded->report);
  report_.messages.insert(report_.messages.begin(),
                          "restored backup " + name + "; the replaced files were moved aside");
  generation_ = std::max(generation_, loaded->generation);
  return compact(now);
}

}  // namespace factdeck::store
