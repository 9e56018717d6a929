// Issue 18, failure 2: one flipped bit in progress.snapshot lost every answer since the day's
// backup (1 of 300 remained), because each CLI answer compacts the journal into the snapshot.
// Now every store file of a profile with answers from today is flipped, bit by bit, and every
// acknowledged answer (and every other change) must still be there.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "store/formats.hpp"
#include "store/snapshot.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

/// A profile left open (not closed) after a day of answers: two compactions, so the snapshot,
/// the spare and the daily backup all hold answers, and 20 more answers only in the journals.
ProfileData make_day_of_answers(const fs::path& dir) {
  Profile profile = open_writer(dir, at_secs(0), fast_options(/*make_backups=*/true));
  for (std::uint64_t item = 1; item <= 20; ++item) answer(profile, item, at_secs(static_cast<std::int64_t>(item)));
  REQUIRE(profile.compact(at_secs(100)));
  for (std::uint64_t item = 21; item <= 40; ++item) answer(profile, item, at_secs(static_cast<std::int64_t>(item)));
  REQUIRE(profile.set_item_flags(ItemFlagsRecord{"capitals", ItemId{3}, at_secs(150), true, false}));
  REQUIRE(profile.compact(at_secs(200)));
  for (std::uint64_t item = 1; item <= 10; ++item) answer(profile, item, at_secs(300 + static_cast<std::int64_t>(item)));
  for (std::uint64_t item = 41; item <= 50; ++item) answer(profile, item, at_secs(300 + static_cast<std::int64_t>(item)));
  return profile.data();
}

/// Every file the store keeps for the profile, backups included (the lock holds no data).
std::vector<fs::path> store_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != kLockFile) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// The bits to flip in a file of `bytes` bytes: every bit of the first 64 bytes (headers, length
/// fields) and of the last 16, and every `stride`-th bit of the rest, at a moving bit position.
std::vector<std::size_t> bits_to_flip(std::size_t bytes, std::size_t stride) {
  std::vector<std::size_t> bits;
  for (std::size_t bit = 0; bit < bytes * 8; ++bit) {
    const std::size_t byte = bit / 8;
    if (byte < 64 || byte + 16 >= bytes || bit % stride == 0) bits.push_back(bit);
  }
  return bits;
}

void flip(const fs::path& file, std::string& bytes, std::size_t bit) {
  bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
  write_bytes(file, bytes);
}

}  // namespace

TEST_CASE("A flipped bit in any store file of a profile loses no acknowledged answer", "[store]") {
  TempDir temp;
  const fs::path dir = temp.path() / "p";
  const ProfileData full = make_day_of_answers(dir);
  REQUIRE(full.reviews.size() == 60);
  const std::vector<fs::path> files = store_files(dir);
  std::vector<std::string> names;
  for (const fs::path& file : files) names.push_back(fs::relative(file, dir).string());
  INFO("files: " << Catch::Detail::stringify(names));
  for (std::string_view name : {kSnapshotFile, kJournalFile, kJournalCopyFile, kSpareSnapshotFile, kSpareJournalFile}) {
    REQUIRE(fs::exists(dir / name));
  }

  std::size_t flips = 0;
  for (const fs::path& file : files) {
    std::string bytes = read_bytes(file);
    for (const std::size_t bit : bits_to_flip(bytes.size(), 7)) {
      flip(file, bytes, bit);
      const Result<Profile> profile = Profile::open(dir, OpenMode::ReadOnly, at_secs(400), fast_options());
      INFO(fs::relative(file, dir).string() << ", bit " << bit);
      if (!profile) {
        // A flip that makes a file claim a newer format refuses the profile, touching nothing.
        CHECK(profile.error().code == ErrorCode::NewerFormat);
      } else if (!(profile->data() == full)) {
        FAIL_CHECK("changes were lost; report: " << Catch::Detail::stringify(profile->recovery_report().messages));
      }
      flip(file, bytes, bit);
      ++flips;
    }
  }
  WARN("bit flips: " << flips << " in " << files.size() << " files");
}

TEST_CASE("After a flipped bit is repaired, the profile is again protected against the next one", "[store]") {
  TempDir temp;
  const fs::path original = temp.path() / "original";
  const ProfileData full = make_day_of_answers(original);
  const std::string name = GENERATE(std::string(kSnapshotFile), std::string(kJournalFile));
  const std::string bytes = read_bytes(original / name);
  for (const std::size_t bit : bits_to_flip(bytes.size(), 97)) {
    const fs::path dir = temp.path() / ("flip" + std::to_string(bit));
    copy_dir(original, dir);
    std::string flipped = bytes;
    flip(dir / name, flipped, bit);
    INFO(name << ", bit " << bit);
    {
      Result<Profile> repaired = Profile::open(dir, OpenMode::ReadWrite, at_secs(400), fast_options());
      if (!repaired) {
        CHECK(repaired.error().code == ErrorCode::NewerFormat);
        fs::remove_all(dir);
        continue;
      }
      CHECK(repaired->data() == full);
    }
    // The repair wrote a fresh snapshot and journals and a verified spare: a second bit, now in
    // the new snapshot, still loses nothing.
    std::string snapshot = read_bytes(dir / kSnapshotFile);
    flip(dir / kSnapshotFile, snapshot, 8 * kSnapshotHeaderBytes + 3);
    const Result<Profile> again = Profile::open(dir, OpenMode::ReadOnly, at_secs(500), fast_options());
    REQUIRE(again);
    CHECK(again->data() == full);
    CHECK(again->recovery_report().is_restored_from_spare);
    fs::remove_all(dir);
  }
}
