#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store/snapshot.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

bool has_file_starting_with(const fs::path& dir, const std::string& prefix) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return true;
  }
  return false;
}

/// A closed profile: 3 answers in the snapshot, plus (unless `compacted`) 3 more in the journal.
ProfileData make_profile(const fs::path& dir, bool with_backup, bool compacted) {
  Profile profile = open_writer(dir, at_secs(0), fast_options(with_backup));
  for (std::uint64_t item = 1; item <= 3; ++item) answer(profile, item, at_secs(0));
  REQUIRE(profile.compact(at_secs(1)));
  if (!compacted) {
    for (std::uint64_t item = 1; item <= 3; ++item) answer(profile, item, at_secs(kDaySecs));
  }
  return profile.data();
}

}  // namespace

TEST_CASE("A snapshot cut at any byte is rebuilt from the spare with nothing lost", "[store]") {
  TempDir temp;
  const auto original = temp.path() / "original";
  const ProfileData full = make_profile(original, /*with_backup=*/false, /*compacted=*/false);
  const std::string bytes = read_bytes(original / kSnapshotFile);
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    const auto dir = temp.path() / ("cut" + std::to_string(length));
    copy_dir(original, dir);
    write_bytes(dir / kSnapshotFile, bytes.substr(0, length));
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(2), fast_options());
    REQUIRE(profile);
    CHECK(profile->data() == full);
    CHECK(profile->recovery_report().is_restored_from_spare);
    CHECK_THAT(profile->recovery_report().messages.front(),
               Catch::Contains(std::string(kSnapshotFile)) && Catch::Contains("moved it to"));
    CHECK_THAT(profile->recovery_report().messages[1], Catch::Contains("no answer was lost"));
    fs::remove_all(dir);
  }
}

TEST_CASE("A snapshot cut at any byte, without its spare, is reported and the backup restored", "[store]") {
  TempDir temp;
  const auto original = temp.path() / "original";
  const ProfileData saved = make_profile(original, /*with_backup=*/true, /*compacted=*/true);
  remove_spare(original);
  const std::string bytes = read_bytes(original / kSnapshotFile);
  std::size_t cuts = 0;
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    const auto dir = temp.path() / ("cut" + std::to_string(length));
    copy_dir(original, dir);
    write_bytes(dir / kSnapshotFile, bytes.substr(0, length));
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(2), fast_options());
    REQUIRE(profile);
    CHECK(profile->data() == saved);  // the backup was taken right after this snapshot
    REQUIRE(profile->recovery_report().restored_backup.has_value());
    CHECK_THAT(profile->recovery_report().messages.front(),
               Catch::Contains(std::string(kSnapshotFile)) && Catch::Contains("moved it to"));
    CHECK(has_file_starting_with(dir, std::string(kSnapshotFile) + ".damaged-"));
    fs::remove_all(dir);
    ++cuts;
  }
  CHECK(cuts == bytes.size());
}

TEST_CASE("A snapshot cut at any byte without a spare or a backup fails instead of opening empty",
          "[store]") {
  TempDir temp;
  const auto original = temp.path() / "original";
  make_profile(original, /*with_backup=*/false, /*compacted=*/true);
  remove_spare(original);
  const std::string bytes = read_bytes(original / kSnapshotFile);
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    const auto dir = temp.path() / ("cut" + std::to_string(length));
    copy_dir(original, dir);
    write_bytes(dir / kSnapshotFile, bytes.substr(0, length));
    const Result<Profile> profile =
        Profile::open(dir, OpenMode::ReadWrite, at_secs(2), fast_options());
    REQUIRE_FALSE(profile);
    CHECK(profile.error().code == ErrorCode::Corrupt);
    CHECK_THAT(profile.error().message, Catch::Contains(std::string(kSnapshotFile)) &&
                                            Catch::Contains("nothing was changed or deleted"));
    CHECK(has_file_starting_with(dir, std::string(kSnapshotFile) + ".damaged-"));
    fs::remove_all(dir);
  }
}

TEST_CASE("A journal and its copy cut at any byte keep every whole record before the cut", "[store]") {
  TempDir temp;
  const auto original = temp.path() / "original";
  const ProfileData full = make_profile(original, /*with_backup=*/false, /*compacted=*/false);
  const std::string bytes = read_bytes(original / kJournalFile);
  const Result<JournalScan> scan = parse_journal(bytes, "journal");
  REQUIRE(scan);
  REQUIRE(scan->entries.size() == 3);
  for (std::size_t length = 0; length <= bytes.size(); ++length) {
    const auto dir = temp.path() / ("cut" + std::to_string(length));
    copy_dir(original, dir);
    write_both_journals(dir, bytes.substr(0, length));
    Result<Profile> profile =
        Profile::open(dir, OpenMode::ReadWrite, at_secs(2 * kDaySecs), fast_options());
    REQUIRE(profile);
    const Result<JournalScan> kept = parse_journal(bytes.substr(0, length), "journal");
    const std::size_t whole_records = kept ? kept->entries.size() : 0;
    CHECK(profile->reviews().size() == 3 + whole_records);
    const auto& messages = profile->recovery_report().messages;
    const bool is_record_boundary = kept && kept->tail == JournalTail::Clean;
    if (length == bytes.size()) {
      CHECK(profile->data() == full);
    } else if (!is_record_boundary) {
      REQUIRE_FALSE(messages.empty());
      CHECK_THAT(messages.front(), Catch::Contains(std::string(kJournalFile)));
    }
    // The repaired profile takes new answers, and they survive.
    answer(*profile, 50, at_secs(3 * kDaySecs));
    const std::size_t expected = profile->reviews().size();
    REQUIRE(profile->close(at_secs(3 * kDaySecs)));
    CHECK(open_writer(dir, at_secs(4 * kDaySecs), fast_options()).reviews().size() == expected);
    fs::remove_all(dir);
  }
}

TEST_CASE("A single flipped bit anywhere in the snapshot or the journal loses nothing and is reported",
          "[store]") {
  TempDir temp;
  const auto original = temp.path() / "original";
  const ProfileData full = make_profile(original, /*with_backup=*/true, /*compacted=*/false);
  const std::string file = GENERATE(std::string(kSnapshotFile), std::string(kJournalFile));
  const std::string bytes = read_bytes(original / file);
  std::size_t opened = 0;
  std::size_t refused = 0;
  for (std::size_t offset = 0; offset < bytes.size(); ++offset) {
    const auto dir = temp.path() / ("flip" + std::to_string(offset));
    copy_dir(original, dir);
    std::string flipped = bytes;
    flipped[offset] = static_cast<char>(flipped[offset] ^ (1 << (offset % 8)));
    write_bytes(dir / file, flipped);
    Result<Profile> profile =
        Profile::open(dir, OpenMode::ReadWrite, at_secs(2 * kDaySecs), fast_options());
    if (!profile) {
      // Only a flip that makes the file claim a newer format may refuse to open; files untouched.
      CHECK(profile.error().code == ErrorCode::NewerFormat);
      CHECK_THAT(profile.error().message, Catch::Contains(file));
      CHECK(read_bytes(dir / file) == flipped);
      ++refused;
    } else {
      // The snapshot is covered by the spare, the journal by its copy.
      CHECK(profile->data() == full);
      REQUIRE_FALSE(profile->recovery_report().messages.empty());
      CHECK_THAT(profile->recovery_report().messages.front(), Catch::Contains(file));
      ++opened;
    }
    fs::remove_all(dir);
  }
  CHECK(opened + refused == bytes.size());
  CHECK(opened > refused);
}

TEST_CASE("A file from a newer factdeck is refused and left untouched", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  make_profile(dir, /*with_backup=*/false, /*compacted=*/false);

  SECTION("snapshot") {
    const std::string newer = frame_snapshot("future payload", kFormatVersion + 1, 9, 14);
    write_bytes(dir / kSnapshotFile, newer);
    const Result<Profile> profile =
        Profile::open(dir, OpenMode::ReadWrite, at_secs(5), fast_options());
    REQUIRE_FALSE(profile);
    CHECK(profile.error().code == ErrorCode::NewerFormat);
    CHECK_THAT(profile.error().message,
               Catch::Contains(std::string(kSnapshotFile)) && Catch::Contains("newer factdeck"));
    CHECK(read_bytes(dir / kSnapshotFile) == newer);
  }
  SECTION("journal") {
    const std::string newer = journal_header(kFormatVersion + 1, 9);
    write_bytes(dir / kJournalFile, newer);
    const Result<Profile> profile = Profile::open(dir, OpenMode::ReadOnly, at_secs(5));
    REQUIRE_FALSE(profile);
    CHECK(profile.error().code == ErrorCode::NewerFormat);
    CHECK_THAT(profile.error().message, Catch::Contains(std::string(kJournalFile)));
  }
}

TEST_CASE("An unreadable profile directory gives a clear error", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  make_profile(dir, /*with_backup=*/false, /*compacted=*/true);
  REQUIRE(::chmod(dir.c_str(), 0) == 0);
  if (::access(dir.c_str(), R_OK) == 0) {
    WARN(
        "skipped: running with privileges that ignore permissions (root), chmod 000 blocks "
        "nothing");
    return;
  }
  const Result<Profile> profile = Profile::open(dir, OpenMode::ReadOnly, at_secs(5));
  REQUIRE_FALSE(profile);
  CHECK(profile.error().code == ErrorCode::Io);
  CHECK_THAT(profile.error().message, Catch::Contains(dir.string()));
}

TEST_CASE("A damaged journal header costs nothing: the journal copy is used", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  const ProfileData full = make_profile(dir, /*with_backup=*/false, /*compacted=*/false);
  write_bytes(dir / kJournalFile, "garbage that is not a journal");
  Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(5), fast_options());
  REQUIRE(profile);
  CHECK(profile->data() == full);
  CHECK_THAT(profile->recovery_report().messages.front(),
             Catch::Contains("not a factdeck journal") && Catch::Contains("progress.journal.copy is whole"));
  CHECK(has_file_starting_with(dir, std::string(kJournalFile) + ".damaged-"));
}

TEST_CASE("Damaged headers in both journals are moved aside and the snapshot kept", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  make_profile(dir, /*with_backup=*/false, /*compacted=*/false);
  write_both_journals(dir, "garbage that is not a journal");
  Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(5), fast_options());
  REQUIRE(profile);
  CHECK(profile->reviews().size() == 3);
  CHECK_THAT(profile->recovery_report().messages.front(),
             Catch::Contains("not a factdeck journal") && Catch::Contains("moved it to"));
  CHECK(has_file_starting_with(dir, std::string(kJournalFile) + ".damaged-"));
}
