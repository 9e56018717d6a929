#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <fstream>

#include "store/formats.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

/// The real writer, until armed: then a write stores only part of its bytes and fails with
/// ENOSPC, as on a full disk (or the sync fails, with `fail_sync`).
class FullDiskWriter final : public FileWriter {
 public:
  bool is_armed = false;
  bool fail_sync = false;
  int failures = 0;

  Result<void> write_all(int fd, std::string_view bytes, const fs::path& path) override {
    if (is_armed && !fail_sync) {
      ++failures;
      const Result<void> partial = real_->write_all(fd, bytes.substr(0, bytes.size() / 2), path);
      (void)partial;
      return io_error("cannot write", path, ENOSPC);
    }
    return real_->write_all(fd, bytes, path);
  }
  Result<void> sync(int fd, const fs::path& path) override {
    if (is_armed && fail_sync) {
      ++failures;
      return io_error("cannot flush to disk", path, EIO);
    }
    return real_->sync(fd, path);
  }
  Result<void> sync_directory(const fs::path& dir) override { return real_->sync_directory(dir); }

 private:
  std::shared_ptr<FileWriter> real_ = posix_file_writer();
};

}  // namespace

TEST_CASE("A failed write during an answer leaves the previous state intact", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  auto writer = std::make_shared<FullDiskWriter>();
  OpenOptions options;
  options.writer = writer;
  const bool fail_sync = GENERATE(false, true);
  {
    Profile profile = open_writer(dir, at_secs(0), options);
    answer(profile, 1, at_secs(0));
    const ProfileData before = profile.data();
    const auto journal_bytes = read_bytes(dir / kJournalFile);

    writer->is_armed = true;
    writer->fail_sync = fail_sync;
    const Result<void> failed =
        profile.record_answer(make_answer(2, {}, at_secs(10), sched::Grade::Good));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK_THAT(failed.error().message,
               Catch::Contains(fail_sync ? "Input/output error" : "No space left on device") &&
                   Catch::Contains(std::string(kJournalFile)));
    CHECK(writer->failures == 1);
    CHECK(profile.data() == before);
    CHECK(read_bytes(dir / kJournalFile) == journal_bytes);  // the partial record was cut off

    writer->is_armed = false;
    answer(profile, 3, at_secs(20));
  }
  Profile reopened = open_writer(dir, at_secs(30));
  REQUIRE(reopened.reviews().size() == 2);
  CHECK(reopened.reviews().at(0).item == ItemId{1});
  CHECK(reopened.reviews().at(1).item == ItemId{3});
}

TEST_CASE("A failed snapshot write during compaction keeps the old snapshot", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  auto writer = std::make_shared<FullDiskWriter>();
  OpenOptions options;
  options.writer = writer;
  Profile profile = open_writer(dir, at_secs(0), options);
  answer(profile, 1, at_secs(0));
  REQUIRE(profile.compact(at_secs(1)));
  answer(profile, 2, at_secs(2));
  const std::string snapshot = read_bytes(dir / kSnapshotFile);
  const std::string journal = read_bytes(dir / kJournalFile);
  writer->is_armed = true;
  const Result<void> failed = profile.compact(at_secs(3));
  REQUIRE_FALSE(failed);
  CHECK_THAT(failed.error().message, Catch::Contains("No space left on device"));
  CHECK(read_bytes(dir / kSnapshotFile) == snapshot);
  CHECK(read_bytes(dir / kJournalFile) == journal);
  CHECK_FALSE(fs::exists(fs::path(dir / kSnapshotFile).concat(".tmp")));
  writer->is_armed = false;
  answer(profile, 3, at_secs(4));
  CHECK(profile.reviews().size() == 3);
}

TEST_CASE("A full disk (RLIMIT_FSIZE) during an answer is an error and loses nothing", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  OpenOptions options;
  options.make_backups = false;
  {
    Profile profile = open_writer(dir, at_secs(0), options);
    answer(profile, 1, at_secs(0));
  }
  const std::string journal = read_bytes(dir / kJournalFile);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // Exit codes: 0 the answer failed cleanly, 1 it succeeded, 2 it failed with the wrong error.
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(1), options);
    if (!profile) _exit(3);
    ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG
    const rlimit limit{static_cast<rlim_t>(journal.size() + 16),
                       static_cast<rlim_t>(journal.size() + 16)};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(4);
    const Result<void> recorded =
        profile->record_answer(make_answer(2, {}, at_secs(2), sched::Grade::Good));
    if (recorded) _exit(1);
    const bool is_clear = recorded.error().code == ErrorCode::Io &&
                          recorded.error().message.find("File too large") != std::string::npos;
    _exit(is_clear && profile->reviews().size() == 1 ? 0 : 2);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(read_bytes(dir / kJournalFile) == journal);
  Profile reopened = open_writer(dir, at_secs(3), options);
  CHECK(reopened.reviews().size() == 1);
  CHECK(reopened.recovery_report().journal_records_recovered == 1);
}
