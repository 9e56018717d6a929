#include "profile_loader.hpp"

#include <unistd.h>

#include <cerrno>
#include <optional>
#include <system_error>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store/snapshot.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

namespace {

/// One file as read: absent, decoded, or damaged (with the reason).
template <typename Contents>
struct FileState {
  bool is_present = false;
  std::optional<Contents> contents;
  std::string damage;  // non-empty when present but unusable
};

Result<FileState<SnapshotContents>> read_snapshot(const fs::path& path) {
  FileState<SnapshotContents> state;
  Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(path);
  if (!file) {
    if (file.error().code == ErrorCode::NotFound) return state;
    return Unexpected{file.error()};
  }
  state.is_present = true;
  Result<SnapshotContents> decoded = decode_snapshot(std::move(file).value(), path.string());
  if (decoded) {
    state.contents = std::move(decoded).value();
  } else if (decoded.error().code == ErrorCode::NewerFormat) {
    return Unexpected{decoded.error()};
  } else {
    state.damage = decoded.error().message;
  }
  return state;
}

Result<FileState<JournalScan>> read_journal(const fs::path& path) {
  FileState<JournalScan> state;
  Result<std::string> bytes = read_file(path);
  if (!bytes) {
    if (bytes.error().code == ErrorCode::NotFound) return state;
    return Unexpected{bytes.error()};
  }
  state.is_present = true;
  Result<JournalScan> scan = parse_journal(*bytes, path.string());
  if (scan) {
    state.contents = std::move(scan).value();
  } else if (scan.error().code == ErrorCode::NewerFormat) {
    return Unexpected{scan.error()};
  } else {
    state.damage = scan.error().message;
  }
  return state;
}

/// Applies journal entries that still apply; returns how many did not.
std::size_t replay(ProfileData& data, const std::vector<JournalEntry>& entries) {
  std::size_t skipped = 0;
  for (const JournalEntry& entry : entries) {
    if (check_entry(data, entry)) {
      apply_entry(data, entry);
    } else {
      ++skipped;
    }
  }
  return skipped;
}

class Loader {
 public:
  Loader(fs::path dir, bool may_repair, sched::TimePoint now, FileWriter& writer)
      : dir_(std::move(dir)), may_repair_(may_repair), now_(now), writer_(writer) {}

  Result<LoadedProfile> run();

 private:
  Result<void> check_directory();
  Result<void> back_up_before_migration();
  std::string move_damaged(const fs::path& path, const std::string& moved_to);
  void set_aside(const fs::path& path, const std::string& damage);
  void report_journal_damage();
  void choose_journal();
  void use_journal_copy(const std::string& why_not_primary);
  void check_journal_copy();
  Result<void> choose_base();
  bool load_spare();
  bool load_newest_good_backup();
  void apply_journal();
  void note(std::string message) { loaded_.report.messages.push_back(std::move(message)); }

  fs::path dir_;
  bool may_repair_;
  sched::TimePoint now_;
  FileWriter& writer_;
  FileState<SnapshotContents> snapshot_;
  FileState<JournalScan> journal_;
  FileState<JournalScan> journal_copy_;
  std::uint64_t base_generation_ = 0;
  LoadedProfile loaded_;
};

Result<void> Loader::check_directory() {
  std::error_code error;
  const fs::file_status status = fs::status(dir_, error);
  if (status.type() == fs::file_type::not_found) {
    return fail(ErrorCode::NotFound, "there is no profile in " + dir_.string(), dir_.string());
  }
  if (error) return fail(ErrorCode::Io, "cannot read " + dir_.string() + ": " + error.message());
  if (status.type() != fs::file_type::directory) {
    return fail(ErrorCode::Io, dir_.string() + " is not a directory", dir_.string());
  }
  if (::access(dir_.c_str(), R_OK | X_OK) != 0) {
    return io_error("cannot read the profile directory", dir_, errno);
  }
  return {};
}

Result<void> Loader::back_up_before_migration() {
  const std::uint32_t old_version =
      snapshot_.contents ? snapshot_.contents->format_version : journal_.contents->format_version;
  const std::string reason = "before-migration-v" + std::to_string(old_version);
  Result<std::string> backup = copy_files_to_backup(dir_, now_, reason, writer_);
  if (!backup) return Unexpected{backup.error()};
  note("converted the profile from format " + std::to_string(old_version) + " to " +
       std::to_string(kFormatVersion) + "; the old files are kept in backups/" + *backup);
  loaded_.report.is_migrated = true;
  return {};
}

/// Moves a damaged file aside (a ReadWrite open only) and says where it went, `moved_to` being
/// the words before its new name. Either way the profile is rewritten before the next change.
std::string Loader::move_damaged(const fs::path& path, const std::string& moved_to) {
  loaded_.must_compact = true;
  if (!may_repair_) return "left in place (the profile is open read-only)";
  const Result<fs::path> moved = move_aside(path, "damaged", now_, writer_);
  return moved ? moved_to + moved->filename().string()
               : "could not move it aside: " + moved.error().message;
}

void Loader::set_aside(const fs::path& path, const std::string& damage) {
  note(damage + "; " + move_damaged(path, "moved it to "));
}

/// The journal's intact records were all applied; its damaged bytes were skipped. The file
/// itself goes aside as it is (the user's bytes are never thrown away) and compaction writes a
/// clean snapshot and journal, so the damage is not met again.
void Loader::report_journal_damage() {
  const JournalScan& scan = *journal_.contents;
  const std::string damaged =
      std::string(kJournalFile) + " had damaged bytes " + describe_damage(scan);
  if (scan.generation < base_generation_) {
    set_aside(dir_ / kJournalFile, damaged);  // already folded into the snapshot: none applied
    return;
  }
  const std::size_t before = scan.damage.front().records_before;
  const std::size_t after = scan.entries.size() - before;
  note(damaged + "; " + move_damaged(dir_ / kJournalFile, "the damaged file was kept as ") + "; " +
       std::to_string(before) + (before == 1 ? " record" : " records") + " before and " +
       std::to_string(after) + " after the damage were recovered");
}

// ---- The journal and its copy ----

/// Whole: read, with every record intact (a torn last record is a crash, not damage).
bool is_whole(const FileState<JournalScan>& journal) {
  return journal.contents && journal.contents->damage.empty();
}

std::string journal_problem(const FileState<JournalScan>& journal, const fs::path& path) {
  if (!journal.is_present) return path.string() + " is missing";
  if (!journal.contents) return journal.damage;
  return path.filename().string() + " had damaged bytes " + describe_damage(*journal.contents);
}

// Every record is written to both journals, so the one that read back whole (or, both whole,
// the longer one: a damaged length field can look like a torn end) is used, and the other is
// set aside and rewritten at the compaction that follows.
void Loader::choose_journal() {
  const bool is_copy_usable =
      is_whole(journal_copy_) &&
      (!journal_.contents || journal_copy_.contents->generation == journal_.contents->generation);
  const bool is_copy_longer = is_copy_usable && is_whole(journal_) &&
                              journal_copy_.contents->entries.size() > journal_.contents->entries.size();
  if (is_copy_usable && (!is_whole(journal_) || is_copy_longer)) {
    use_journal_copy(is_copy_longer ? journal_problem(journal_, dir_ / kJournalFile) + " ended " +
                                          std::to_string(journal_copy_.contents->entries.size() -
                                                         journal_.contents->entries.size()) +
                                          " records early (" + journal_.contents->problem + ")"
                                    : journal_problem(journal_, dir_ / kJournalFile));
    return;
  }
  if (!journal_.damage.empty()) set_aside(dir_ / kJournalFile, journal_.damage);
  check_journal_copy();
}

void Loader::use_journal_copy(const std::string& why_not_primary) {
  loaded_.must_compact = true;
  std::string message = why_not_primary + "; its copy " + std::string(kJournalCopyFile) +
                        " is whole and was used, so no record was lost";
  if (journal_.is_present) message += "; " + move_damaged(dir_ / kJournalFile, "the damaged file was kept as ");
  note(message);
  journal_ = std::move(journal_copy_);
  journal_copy_ = {};
}

// The primary journal is used: a copy that differs from it is rewritten at compaction, and a
// damaged one is set aside first (a profile from before the copy existed simply gets one).
void Loader::check_journal_copy() {
  if (!journal_copy_.is_present) {
    if (journal_.is_present) loaded_.must_compact = true;
    return;
  }
  if (!is_whole(journal_copy_)) {
    set_aside(dir_ / kJournalCopyFile, journal_problem(journal_copy_, dir_ / kJournalCopyFile));
    return;
  }
  const bool is_same = journal_.contents &&
                       journal_copy_.contents->generation == journal_.contents->generation &&
                       journal_copy_.contents->entries.size() == journal_.contents->entries.size() &&
                       journal_copy_.contents->valid_bytes == journal_.contents->valid_bytes;
  if (!is_same) loaded_.must_compact = true;
}

// ---- Fallbacks for a damaged snapshot ----

// The spare is the previous snapshot plus the journal that led from it to the current one
// (generation G + 1), or a copy of the current snapshot alone. It fits when the journal read is
// of that generation (or older: already folded in).
bool Loader::load_spare() {
  const Result<FileState<SnapshotContents>> spare = read_snapshot(dir_ / kSpareSnapshotFile);
  if (!spare || !spare->contents) return false;
  ProfileData data = std::move(spare->contents->data);
  std::uint64_t generation = spare->contents->generation;
  const Result<FileState<JournalScan>> spare_journal = read_journal(dir_ / kSpareJournalFile);
  if (!spare_journal) return false;
  if (spare_journal->is_present) {
    if (!is_whole(*spare_journal) || spare_journal->contents->generation != generation) return false;
    (void)replay(data, spare_journal->contents->entries);
    generation += 1;
  }
  if (journal_.contents && journal_.contents->generation > generation) return false;  // stale
  loaded_.data = std::move(data);
  base_generation_ = generation;
  loaded_.report.is_restored_from_spare = true;
  note("rebuilt " + std::string(kSnapshotFile) + " from the spare (" + std::string(kSpareSnapshotFile) +
       (spare_journal->is_present ? " and " + std::string(kSpareJournalFile) : std::string()) +
       "), so no answer was lost");
  return true;
}

bool Loader::load_newest_good_backup() {
  const Result<std::vector<BackupInfo>> backups = list_backups(dir_);
  if (!backups) return false;
  for (const BackupInfo& backup : *backups) {
    const fs::path backup_dir = dir_ / kBackupsDir / backup.name;
    const Result<FileState<SnapshotContents>> snapshot = read_snapshot(backup_dir / kSnapshotFile);
    if (!snapshot || !snapshot->contents) continue;
    loaded_.data = std::move(snapshot->contents->data);
    base_generation_ = snapshot->contents->generation;
    const Result<FileState<JournalScan>> journal = read_journal(backup_dir / kJournalFile);
    if (journal && journal->contents && journal->contents->generation >= base_generation_) {
      (void)replay(loaded_.data, journal->contents->entries);
    }
    loaded_.report.restored_backup = backup.name;
    note("restored the backup from " + readable_timestamp(backup.made) + " (backups/" +
         backup.name + "); answers given after it and before the last compaction are lost");
    return true;
  }
  return false;
}

Result<void> Loader::choose_base() {
  if (snapshot_.contents) {
    base_generation_ = snapshot_.contents->generation;
    loaded_.data = std::move(snapshot_.contents->data);
    return {};
  }
  const bool has_journal = journal_.contents.has_value();
  const bool has_no_files = !snapshot_.is_present && !journal_.is_present;
  if (!snapshot_.is_present && journal_.is_present) {
    // Compaction writes the snapshot before the journal, so a journal without one means the
    // snapshot was lost.
    snapshot_.damage = (dir_ / kSnapshotFile).string() + " is missing";
    note(snapshot_.damage);
  }
  if (load_spare()) {
    loaded_.must_compact = true;
    return {};
  }
  if (load_newest_good_backup()) {
    loaded_.must_compact = true;
    if (has_no_files) note("the profile's files were missing from " + dir_.string());
    return {};
  }
  if (has_no_files) {
    loaded_.is_new = true;  // nothing was ever stored here
    return {};
  }
  if (has_journal && !journal_.contents->entries.empty()) {
    note("no good backup was found; kept only the changes recorded in " +
         std::string(kJournalFile));
    return {};
  }
  return fail(ErrorCode::Corrupt,
              "cannot load the profile in " + dir_.string() + ": " + snapshot_.damage +
                  " and no good backup or journal records were found; nothing was changed or "
                  "deleted" +
                  (may_repair_ ? " (the damaged file was moved aside)" : ""),
              (dir_ / kSnapshotFile).string());
}

void Loader::apply_journal() {
  if (!journal_.contents) return;
  const JournalScan& scan = *journal_.contents;
  if (scan.generation < base_generation_) {
    note(std::string(kJournalFile) +
         " was already part of the snapshot (a compaction was "
         "interrupted); ignored it");
    loaded_.must_compact = true;
    return;
  }
  loaded_.report.journal_records_skipped = replay(loaded_.data, scan.entries);
  loaded_.report.journal_records_recovered =
      scan.entries.size() - loaded_.report.journal_records_skipped;
  loaded_.generation = scan.generation;
  loaded_.journal_valid_bytes = scan.valid_bytes;
  if (loaded_.report.journal_records_skipped > 0) {
    note("skipped " + std::to_string(loaded_.report.journal_records_skipped) +
         " journal records that no longer applied to the restored data");
  }
  if (scan.tail == JournalTail::Torn) {
    note("ignored a torn last record in " + std::string(kJournalFile) + " (" + scan.problem +
         "; a write cut short by a crash, never reported as recorded)");
  }
}

Result<LoadedProfile> Loader::run() {
  const Result<void> readable = check_directory();
  if (!readable) {
    if (readable.error().code == ErrorCode::NotFound && may_repair_) {
      loaded_.is_new = true;
      return std::move(loaded_);
    }
    return Unexpected{readable.error()};
  }
  Result<FileState<SnapshotContents>> snapshot = read_snapshot(dir_ / kSnapshotFile);
  if (!snapshot) return Unexpected{snapshot.error()};
  snapshot_ = std::move(snapshot).value();
  Result<FileState<JournalScan>> journal = read_journal(dir_ / kJournalFile);
  if (!journal) return Unexpected{journal.error()};
  journal_ = std::move(journal).value();
  Result<FileState<JournalScan>> copy = read_journal(dir_ / kJournalCopyFile);
  if (!copy) return Unexpected{copy.error()};
  journal_copy_ = std::move(copy).value();

  const bool is_old_format =
      (snapshot_.contents && snapshot_.contents->format_version < kFormatVersion) ||
      (journal_.contents && journal_.contents->format_version < kFormatVersion);
  if (is_old_format) {
    loaded_.must_compact = true;
    if (may_repair_) {
      const Result<void> backed_up = back_up_before_migration();
      if (!backed_up) return Unexpected{backed_up.error()};
    }
  }
  if (!snapshot_.damage.empty()) set_aside(dir_ / kSnapshotFile, snapshot_.damage);
  choose_journal();
  const Result<void> based = choose_base();
  if (!based) return Unexpected{based.error()};
  apply_journal();
  if (journal_.contents && !journal_.contents->damage.empty()) report_journal_damage();
  if (!journal_.contents) loaded_.must_compact = true;
  loaded_.generation = std::max(loaded_.generation, base_generation_);
  if (loaded_.report.journal_records_recovered > 0) {
    note("recovered " + std::to_string(loaded_.report.journal_records_recovered) +
         " journal records written since the last compaction");
  }
  return std::move(loaded_);
}

}  // namespace

Result<LoadedProfile> load_profile(const fs::path& dir, bool may_repair, sched::TimePoint now,
                                   FileWriter& writer) {
  return Loader(dir, may_repair, now, writer).run();
}

}  // namespace factdeck::store
