#include <catch2/catch.hpp>
#include <fstream>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

ItemFlagsRecord flags(std::uint64_t item, bool is_suspended, bool is_flagged,
                      sched::TimePoint time = at_secs(0)) {
  return ItemFlagsRecord{"capitals", ItemId{item}, time, is_suspended, is_flagged};
}

/// The entry tag: the first byte of an encoded record.
std::uint8_t tag_of(const JournalEntry& entry) {
  return static_cast<std::uint8_t>(encode_entry(entry).front());
}

}  // namespace

TEST_CASE("An item flags record decodes to the record that was encoded", "[store]") {
  const ItemFlagsRecord record{"rivers", ItemId{0xabcdef0123456789}, at_secs(77), true, false};
  const Result<JournalEntry> decoded = decode_entry(encode_entry(record));
  REQUIRE(decoded);
  REQUIRE(std::holds_alternative<ItemFlagsRecord>(*decoded));
  CHECK(std::get<ItemFlagsRecord>(*decoded) == record);
}

TEST_CASE("Older records keep their tags, so journals written before item flags still load",
          "[store]") {
  CHECK(tag_of(ReviewRecord{}) == 1);
  CHECK(tag_of(UndoRecord{}) == 2);
  CHECK(tag_of(SessionRecord{}) == 3);
  CHECK(tag_of(DeckSettingsRecord{}) == 4);
  CHECK(tag_of(ProfileSettings{}) == 5);
  CHECK(tag_of(RetireRecord{}) == 6);
  CHECK(tag_of(ItemFlagsRecord{}) == 7);
  // A journal of only older records, as an earlier build wrote it, replays unchanged.
  std::string bytes = journal_header(kFormatVersion, 1);
  const ReviewRecord review = make_answer(4, {}, at_secs(5));
  bytes += frame_record(encode_entry(review));
  bytes += frame_record(encode_entry(RetireRecord{"capitals", {ItemId{9}}, {}}));
  const Result<JournalScan> scan = parse_journal(bytes, "old.journal");
  REQUIRE(scan);
  CHECK(scan->tail == JournalTail::Clean);
  REQUIRE(scan->entries.size() == 2);
  CHECK(std::get<ReviewRecord>(scan->entries[0]) == review);
}

TEST_CASE("A format 2 journal, written before item flags, is migrated with its answers", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0), fast_options(false));
    answer(profile, 1, at_secs(0));
    answer(profile, 2, at_secs(10));
  }  // not closed: both answers are only in the journal
  // Rewrite the journal's header as a format 2 build wrote it; the records are unchanged.
  const fs::path journal_path = dir / kJournalFile;
  std::string bytes;
  {
    std::ifstream in(journal_path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const Result<JournalScan> scan = parse_journal(bytes, "journal");
  REQUIRE(scan);
  std::ofstream(journal_path, std::ios::binary | std::ios::trunc)
      << journal_header(2, scan->generation) << bytes.substr(kJournalHeaderBytes);

  Profile migrated = open_writer(dir, at_secs(20), fast_options(false));
  CHECK(migrated.recovery_report().is_migrated);
  CHECK(migrated.reviews().size() == 2);
  CHECK(migrated.item_state(ItemId{2}).reps == 1);
  REQUIRE(migrated.set_item_flags(flags(2, true, true)));
  CHECK(migrated.item_state(ItemId{2}).is_suspended);
}

TEST_CASE("Suspended and flagged marks survive the journal and the snapshot", "[store]") {
  const bool is_closed = GENERATE(false, true);  // closed: compacted into the snapshot
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0), fast_options(false));
    answer(profile, 1, at_secs(0));
    REQUIRE(profile.set_item_flags(flags(1, true, false)));
    REQUIRE(profile.set_item_flags(flags(2, false, true)));  // never answered
    CHECK(profile.item_state(ItemId{1}).is_suspended);
    CHECK(profile.item_state(ItemId{1}).reps == 1);  // the schedule is untouched
    CHECK(profile.item_state(ItemId{2}).is_flagged);
    CHECK(profile.items().at(ItemId{2}).deck_id == "capitals");
    if (is_closed) REQUIRE(profile.close(at_secs(5)));
  }
  Profile reopened = open_writer(dir, at_secs(10), fast_options(false));
  CHECK(reopened.recovery_report().journal_records_recovered == (is_closed ? 0u : 3u));
  CHECK(reopened.item_state(ItemId{1}).is_suspended);
  CHECK_FALSE(reopened.item_state(ItemId{1}).is_flagged);
  CHECK(reopened.item_state(ItemId{2}).is_flagged);
  CHECK(rebuild_items_from_log(reopened.data()) == reopened.items());
}

TEST_CASE("Answering a marked item keeps its marks", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0), fast_options(false));
  REQUIRE(profile.set_item_flags(flags(3, false, true)));
  answer(profile, 3, at_secs(10));
  CHECK(profile.item_state(ItemId{3}).is_flagged);
  CHECK(profile.item_state(ItemId{3}).reps == 1);

  SECTION("undoing its first answer keeps the marks it had before") {
    REQUIRE(profile.undo_last_answer());
    CHECK(profile.item_state(ItemId{3}).is_flagged);
    CHECK(profile.item_state(ItemId{3}).reps == 0);
  }
  SECTION("unflagging it later leaves the schedule alone") {
    REQUIRE(profile.set_item_flags(flags(3, false, false, at_secs(20))));
    CHECK_FALSE(profile.item_state(ItemId{3}).is_flagged);
    CHECK(profile.item_state(ItemId{3}).reps == 1);
  }
}

TEST_CASE("Unmarking a never-answered item leaves no entry behind", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0), fast_options(false));
  REQUIRE(profile.set_item_flags(flags(8, true, true)));
  REQUIRE(profile.items().size() == 1);
  REQUIRE(profile.set_item_flags(flags(8, false, false)));
  CHECK(profile.items().empty());
  CHECK(profile.item_state(ItemId{8}) == sched::ItemState{});
}

TEST_CASE("A read-only profile refuses to mark items", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile writer = open_writer(dir, at_secs(0), fast_options(false));
    answer(writer, 1, at_secs(0));
    REQUIRE(writer.close(at_secs(1)));
  }
  Result<Profile> reader = Profile::open(dir, OpenMode::ReadOnly, at_secs(2));
  REQUIRE(reader);
  const Result<void> refused = reader->set_item_flags(flags(1, true, false));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Invalid);
  CHECK_FALSE(reader->item_state(ItemId{1}).is_suspended);
}
