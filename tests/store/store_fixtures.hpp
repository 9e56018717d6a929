#pragma once
// Shared fixtures of the store tests: a temporary directory and builders of answers.
#include <algorithm>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "store/formats.hpp"
#include "store/profile.hpp"

namespace factdeck::store::testing {

namespace fs = std::filesystem;

/// Where test profiles go: /dev/shm when present (tmpfs: the corruption tests open profiles
/// hundreds of times, and on a busy ext4 disk each replacing rename forces a flush), else the
/// system temp dir. Process crashes behave the same on both; power loss is not simulated.
inline fs::path temp_root() {
  std::error_code error;
  if (fs::is_directory("/dev/shm", error) && ::access("/dev/shm", W_OK) == 0) return "/dev/shm";
  return fs::temp_directory_path();
}

/// A fresh directory under temp_root(), removed (permissions restored) afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (temp_root() / "factdeck-store-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code error;
    for (const auto& entry : fs::recursive_directory_iterator(path_, error)) {
      if (entry.is_directory(error)) ::chmod(entry.path().c_str(), 0755);
    }
    ::chmod(path_.c_str(), 0755);
    fs::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

/// Writes for real but skips every fsync. For tests about file *contents* that open profiles
/// hundreds of times; durability itself is what crash_test.cpp checks, with the real writer.
class NoSyncWriter final : public FileWriter {
 public:
  Result<void> write_all(int fd, std::string_view bytes, const fs::path& path) override {
    return real_->write_all(fd, bytes, path);
  }
  Result<void> sync(int, const fs::path&) override { return {}; }
  Result<void> sync_directory(const fs::path&) override { return {}; }

 private:
  std::shared_ptr<FileWriter> real_ = posix_file_writer();
};

/// Options with the NoSyncWriter.
inline OpenOptions fast_options(bool make_backups = true) {
  OpenOptions options;
  options.writer = std::make_shared<NoSyncWriter>();
  options.make_backups = make_backups;
  return options;
}

/// A fixed "now": 2026-03-01 12:00 UTC plus `secs`.
inline sched::TimePoint at_secs(std::int64_t secs) {
  return sched::TimePoint{sched::Seconds{1772366400 + secs}};
}

inline constexpr std::int64_t kDaySecs = 86400;

/// A plausible answer to `item` given its current state `before`: one more rep, in Review.
inline ReviewRecord make_answer(std::uint64_t item, const sched::ItemState& before,
                                sched::TimePoint time, sched::Grade grade = sched::Grade::Good,
                                const std::string& deck_id = "capitals") {
  ReviewRecord review;
  review.item = ItemId{item};
  review.question_kind = static_cast<std::uint8_t>(item % 3);
  review.time = time;
  review.grade = grade;
  review.answer_ms = static_cast<std::uint32_t>(1500 + item * 10);
  review.before = before;
  review.deck_id = deck_id;
  sched::ItemState after = before;
  after.phase = grade == sched::Grade::Again ? sched::Phase::Relearning : sched::Phase::Review;
  // Growing as FSRS-6 lets it (up to 36,500 days), however often the item is answered.
  const double stability = before.memory ? std::min(before.memory->stability_days * 2.5, 36500.0) : 2.3;
  after.memory = sched::MemoryState{stability, 5.0 + static_cast<double>(item % 4) * 0.25};
  after.sm2.repetition += 1;
  after.last_review = time;
  after.scheduled_days = stability;
  after.due = time + sched::Seconds{static_cast<std::int64_t>(stability * kDaySecs)};
  after.reps += 1;
  if (grade == sched::Grade::Again) after.lapses += 1;
  review.after = after;
  return review;
}

/// Answers `item` in `profile` (from its current state); the test fails if it cannot.
inline ReviewRecord answer(Profile& profile, std::uint64_t item, sched::TimePoint time,
                           sched::Grade grade = sched::Grade::Good) {
  ReviewRecord review = make_answer(item, profile.item_state(ItemId{item}), time, grade);
  const Result<void> recorded = profile.record_answer(review);
  if (!recorded) throw std::runtime_error("record_answer failed: " + recorded.error().message);
  return review;
}

/// Opens for writing; the test fails with the error's message if it cannot.
inline Profile open_writer(const fs::path& dir, sched::TimePoint now, OpenOptions options = {}) {
  Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, now, std::move(options));
  if (!profile) throw std::runtime_error("open failed: " + profile.error().message);
  return std::move(profile).value();
}

/// Copies a whole profile directory (to damage the copy).
inline void copy_dir(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

/// The whole file as bytes.
inline std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Replaces the file with `bytes` (not atomically: tests use it to damage files).
inline void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

/// Replaces the journal and its copy (byte-identical while intact) with `bytes`: damage that the
/// other copy cannot make good, for the tests of what one damaged journal alone would cost.
inline void write_both_journals(const fs::path& dir, const std::string& bytes) {
  write_bytes(dir / kJournalFile, bytes);
  write_bytes(dir / kJournalCopyFile, bytes);
}

/// Removes the spare (progress.snapshot.prev, progress.journal.prev), so that a damaged snapshot
/// has to come back from a backup.
inline void remove_spare(const fs::path& dir) {
  fs::remove(dir / kSpareSnapshotFile);
  fs::remove(dir / kSpareJournalFile);
}

}  // namespace factdeck::store::testing
