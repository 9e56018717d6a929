// A journal record or snapshot index whose length or count field was crafted (the fuzzers'
// findings in docs/fuzzing.md: a 70 TB string, an 8.4 GB index) is refused as Corrupt, naming
// the field and the bytes left, before anything of that size is allocated. Random damage stops
// at the CRC-32; these inputs carry valid checksums, as a crafted file would.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store/snapshot.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

constexpr std::uint64_t kHugeCount = std::uint64_t{1} << 62;

std::string le_bytes(std::uint64_t value, int width) {
  std::string bytes;
  for (int i = 0; i < width; ++i) bytes += static_cast<char>((value >> (8 * i)) & 0xff);
  return bytes;
}

/// `bytes` with the little-endian u64 at `at` replaced by `value`.
std::string with_u64(std::string bytes, std::size_t at, std::uint64_t value) {
  REQUIRE(at + 8 <= bytes.size());
  bytes.replace(at, 8, le_bytes(value, 8));
  return bytes;
}

/// Where cereal wrote the length of the string `text`: the 8 bytes just before it.
std::size_t length_field_of(const std::string& bytes, std::string_view text) {
  const std::size_t at = bytes.find(text);
  REQUIRE(at != std::string::npos);
  REQUIRE(at >= 8);
  return at - 8;
}

std::size_t find_bytes(const std::string& bytes, const std::string& pattern) {
  const std::size_t at = bytes.find(pattern);
  REQUIRE(at != std::string::npos);
  return at;
}

void require_refused(const Result<JournalEntry>& entry, const std::string& field) {
  REQUIRE_FALSE(entry);
  CHECK(entry.error().code == ErrorCode::Corrupt);
  CHECK_THAT(entry.error().message, Catch::Contains(field + ": ") &&
                                        Catch::Contains("bytes are left"));
}

// ---- Snapshots ----

ProfileData profile_with_answer() {
  ProfileData data;
  data.settings.theme = "theme-under-attack";
  const ReviewRecord review = make_answer(7, {}, at_secs(60), sched::Grade::Good, "deck-under-attack");
  REQUIRE(data.reviews.append(review));
  data.items[ItemId{7}] = ItemRecord{review.after, "item-deck", false};
  return data;
}

std::uint64_t index_bytes_of(const std::string& snapshot) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(snapshot[28 + static_cast<std::size_t>(i)]);
  }
  return value;
}

/// The snapshot again, its payload byte `at` on replaced by a u64, with valid checksums.
std::string reframed_with_u64(const std::string& snapshot, std::size_t payload_at,
                              std::uint64_t value) {
  const std::string payload =
      with_u64(snapshot.substr(kSnapshotHeaderBytes), payload_at, value);
  return frame_snapshot(payload, kFormatVersion, 1, index_bytes_of(snapshot));
}

}  // namespace

TEST_CASE("A journal record with a crafted length or count is Corrupt, naming the field",
          "[store]") {
  SECTION("a string length past the end of the record") {
    const std::string payload = encode_entry(RetireRecord{"deck-under-attack", {}, {}});
    const std::string crafted =
        with_u64(payload, length_field_of(payload, "deck-under-attack"), kHugeCount);
    require_refused(decode_entry(crafted), "deck_id");
  }
  SECTION("a count of item ids past the end of the record") {
    const std::string payload =
        encode_entry(RetireRecord{"deck", {ItemId{0xabcdef}, ItemId{0xfedcba}}, {}});
    const std::size_t count_at = length_field_of(payload, "deck") + 8 + 4;
    REQUIRE(payload.substr(count_at, 8) == le_bytes(2, 8));
    require_refused(decode_entry(with_u64(payload, count_at, kHugeCount)), "retired");
  }
  SECTION("a count of numbers whose bytes are not all there") {
    DeckSettingsRecord record{"deck", {}};
    record.settings.learning_steps_mins = {7777, 8888};
    const std::string payload = encode_entry(record);
    const std::size_t count_at =
        find_bytes(payload, le_bytes(2, 8) + le_bytes(7777, 4) + le_bytes(8888, 4));
    // One byte per element would fit; four bytes per element do not.
    const std::uint64_t bytes_after_count = payload.size() - count_at - 8;
    require_refused(decode_entry(with_u64(payload, count_at, bytes_after_count)),
                    "learning_steps_mins");
  }
  SECTION("a count of item states past the end of the record") {
    RecomputeRecord record;
    record.deck_id = "deck";
    const std::string payload = encode_entry(record);
    // The states vector is last: its (empty) count ends the record.
    require_refused(decode_entry(with_u64(payload, payload.size() - 8, kHugeCount)), "states");
  }
}

TEST_CASE("A journal record with a true/false byte other than 0 or 1 is Corrupt", "[store]") {
  // Found by the journal and snapshot fuzzers: cereal read the byte straight into a bool.
  ItemFlagsRecord record{"deck", ItemId{5}, at_secs(0), false, true};
  std::string payload = encode_entry(record);
  // The two marks end the record: is_suspended, then is_flagged.
  payload[payload.size() - 2] = 2;
  const Result<JournalEntry> entry = decode_entry(payload);
  REQUIRE_FALSE(entry);
  CHECK(entry.error().code == ErrorCode::Corrupt);
  CHECK_THAT(entry.error().message,
             Catch::Contains("is_suspended: a true/false byte of 2 at byte " +
                             std::to_string(payload.size() - 2)));
}

TEST_CASE("A journal holding a crafted record reports it at its offset and keeps the others",
          "[store]") {
  const std::string good = encode_entry(RetireRecord{"deck", {ItemId{1}}, {}});
  const std::string bad_payload = encode_entry(RetireRecord{"deck-under-attack", {}, {}});
  const std::string bad =
      with_u64(bad_payload, length_field_of(bad_payload, "deck-under-attack"), kHugeCount);
  const std::string journal =
      journal_header(kFormatVersion, 1) + frame_record(good) + frame_record(bad) + frame_record(good);

  const Result<JournalScan> scan = parse_journal(journal, "progress.journal");
  REQUIRE(scan);
  CHECK(scan->entries.size() == 2);
  REQUIRE(scan->damage.size() == 1);
  CHECK(scan->damage[0].offset == kJournalHeaderBytes + kFrameHeaderBytes + good.size());
  CHECK_THAT(describe_damage(*scan), Catch::Contains("deck_id: ") &&
                                         Catch::Contains("at offset " +
                                                         std::to_string(scan->damage[0].offset)));
}

TEST_CASE("A snapshot with a crafted length or count is Corrupt, naming the field", "[store]") {
  const std::string snapshot = encode_snapshot(profile_with_answer(), 1);
  const std::string index = snapshot.substr(kSnapshotHeaderBytes, index_bytes_of(snapshot));
  std::string crafted;
  std::string field;
  SECTION("a string length past the end of the index") {
    crafted = reframed_with_u64(snapshot, length_field_of(index, "theme-under-attack"), kHugeCount);
    field = "settings.theme";
  }
  SECTION("a count of deck names past the end of the index") {
    // The review log's deck table: a count, then each name as length + text.
    crafted = reframed_with_u64(snapshot, length_field_of(index, "deck-under-attack") - 8,
                                kHugeCount);
    field = "reviews";
  }
  SECTION("a count of sessions past the end of the index") {
    // The sessions vector is last: its (empty) count ends the index.
    crafted = reframed_with_u64(snapshot, index.size() - 8, kHugeCount);
    field = "sessions";
  }
  const Result<SnapshotContents> decoded = decode_snapshot(crafted, "progress.snapshot");
  REQUIRE_FALSE(decoded);
  CHECK(decoded.error().code == ErrorCode::Corrupt);
  CHECK_THAT(decoded.error().message, Catch::StartsWith("progress.snapshot is damaged") &&
                                          Catch::Contains(field + ": ") &&
                                          Catch::Contains("bytes are left"));
}

TEST_CASE("A snapshot decoded with the bounded reader keeps every field", "[store]") {
  const ProfileData data = profile_with_answer();
  const Result<SnapshotContents> decoded = decode_snapshot(encode_snapshot(data, 3), "s");
  REQUIRE(decoded);
  CHECK(decoded->generation == 3);
  CHECK(decoded->data == data);
}
