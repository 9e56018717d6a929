// Profile compaction: the new snapshot, the spare and the two fresh journals. The order of the
// steps is what makes any single damaged file survivable, and a crash between any two harmless:
//   1. the new snapshot (generation G+1) is written to progress.snapshot.tmp, synced and read
//      back; a copy that does not read back as meant never replaces anything;
//   2. the old spare is removed; when the files on disk replay to the profile in memory, the old
//      progress.journal and progress.snapshot (generation G) get second names as the spare;
//   3. the new snapshot is renamed into place; the old journals (generation G) are now older
//      than the snapshot and ignored if a crash stops here;
//   4. after a repair or an import, when the old files are not a faithful pair, the spare is a
//      verified copy of the new snapshot instead (with no progress.journal.prev);
//   5. empty journals of generation G+1 replace both journals; the daily backup is verified.
// The loader uses the spare only when progress.snapshot is damaged, and only when its
// generation fits the journal's (profile_loader.cpp).
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "store/formats.hpp"
#include "store/profile.hpp"
#include "store/snapshot.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

namespace {

Result<void> remove_if_present(const fs::path& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return io_error("cannot remove", path, errno);
  return {};
}

Result<void> remove_spare(const fs::path& dir) {
  Result<void> removed = remove_if_present(dir / kSpareJournalFile);
  if (removed) removed = remove_if_present(dir / kSpareSnapshotFile);
  return removed;
}

}  // namespace

Result<void> Profile::write_snapshot_and_journal(sched::TimePoint now) {
  const fs::path snapshot_path = dir_ / kSnapshotFile;
  if (data_.is_empty()) {
    // Never replace a non-empty snapshot with an empty state.
    std::error_code error;
    const auto existing_bytes = fs::file_size(snapshot_path, error);
    if (!error && existing_bytes > encode_snapshot(ProfileData{}, generation_).size()) {
      return fail(ErrorCode::Invalid,
                  "refusing to replace " + snapshot_path.string() + " with an empty profile",
                  snapshot_path.string());
    }
  }
  const std::uint64_t next_generation = generation_ + 1;
  const std::string bytes = encode_snapshot(data_, next_generation);
  bool is_spare_linked = false;
  const Result<void> replaced = replace_snapshot(bytes, is_spare_linked);
  if (!replaced) return replaced;
  journal_.reset();
  journal_copy_.reset();
  is_pair_intact_ = false;
  generation_ = next_generation;
  if (!is_spare_linked) {
    const Result<void> spare = write_file_verified(dir_ / kSpareSnapshotFile, bytes, *options_.writer);
    if (!spare) return spare;
  }
  const Result<void> journals = create_journals(next_generation);
  if (!journals) return journals;
  is_pair_intact_ = true;
  if (!options_.make_backups || data_.is_empty()) return {};
  const Result<std::vector<BackupInfo>> backups = store::list_backups(dir_);
  if (!backups || !is_backup_due(*backups, now)) return {};
  const Result<std::string> backup = write_backup(dir_, bytes, now, "", *options_.writer);
  if (!backup) return Unexpected{backup.error()};
  return prune_backups(dir_, now);
}

// Steps 1-3 above. A file system without hard links leaves is_spare_linked false, and the spare
// is then written as a copy.
Result<void> Profile::replace_snapshot(const std::string& bytes, bool& is_spare_linked) {
  return write_file_verified(dir_ / kSnapshotFile, bytes, *options_.writer, [&]() -> Result<void> {
    const Result<void> removed = remove_spare(dir_);
    if (!removed) return removed;
    if (is_pair_intact_) is_spare_linked = static_cast<bool>(link_spare_pair());
    if (!is_spare_linked) (void)remove_spare(dir_);  // half a pair is no spare
    return options_.writer->sync_directory(dir_);
  });
}

Result<void> Profile::link_spare_pair() {
  const Result<void> journal = link_file(dir_ / kJournalFile, dir_ / kSpareJournalFile);
  if (!journal) return journal;
  return link_file(dir_ / kSnapshotFile, dir_ / kSpareSnapshotFile);
}

Result<void> Profile::create_journals(std::uint64_t generation) {
  Result<JournalWriter> journal = JournalWriter::create(dir_ / kJournalFile, options_.writer, generation);
  if (!journal) return Unexpected{journal.error()};
  Result<JournalWriter> copy = JournalWriter::create(dir_ / kJournalCopyFile, options_.writer, generation);
  if (!copy) return Unexpected{copy.error()};
  journal_.emplace(std::move(journal).value());
  journal_copy_.emplace(std::move(copy).value());
  return {};
}

}  // namespace factdeck::store
