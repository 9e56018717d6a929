#include <catch2/catch.hpp>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

RecomputeRecord recompute(const Profile& profile, std::uint64_t item, double stability) {
  DeckSettings settings;
  settings.params.assign(21, 0.5);
  sched::ItemState state = profile.item_state(ItemId{item});
  state.memory = sched::MemoryState{stability, 5.0};
  return RecomputeRecord{"capitals", at_secs(100), settings, {ItemId{item}}, {state}};
}

}  // namespace

TEST_CASE("A recompute record decodes to the record that was encoded, with tag 8", "[store]") {
  sched::ItemState state;
  state.phase = sched::Phase::Review;
  state.memory = sched::MemoryState{12.5, 4.25};
  DeckSettings settings;
  settings.params.assign(21, 0.25);
  const RecomputeRecord record{"rivers", at_secs(77), settings, {ItemId{3}, ItemId{9}}, {state, sched::ItemState{}}};
  const std::string encoded = encode_entry(record);
  CHECK(static_cast<std::uint8_t>(encoded.front()) == 8);
  const Result<JournalEntry> decoded = decode_entry(encoded);
  REQUIRE(decoded);
  CHECK(std::get<RecomputeRecord>(*decoded) == record);
}

TEST_CASE("A recompute record sets the deck's settings and its items' states", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0), fast_options(false));
  answer(profile, 1, at_secs(0));
  const RecomputeRecord record = recompute(profile, 1, 42.0);
  REQUIRE(profile.apply_recompute(record));
  CHECK(profile.item_state(ItemId{1}).memory->stability_days == 42.0);
  CHECK(profile.deck_settings("capitals").params == record.settings.params);

  SECTION("a record with a state per item only") {
    RecomputeRecord lopsided = record;
    lopsided.states.clear();
    const Result<void> refused = profile.apply_recompute(lopsided);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
  }
  SECTION("a record with an implausible state is refused and changes nothing") {
    RecomputeRecord broken = recompute(profile, 1, -3.0);
    REQUIRE_FALSE(profile.apply_recompute(broken));
    CHECK(profile.item_state(ItemId{1}).memory->stability_days == 42.0);
  }
}

TEST_CASE("A format 3 journal, written before recompute records, opens with its answers", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  {
    Profile profile = open_writer(dir, at_secs(0), fast_options(false));
    answer(profile, 1, at_secs(0));
    answer(profile, 2, at_secs(10));
  }  // not closed: both answers are only in the journal
  const fs::path journal_path = dir / kJournalFile;
  const std::string bytes = read_bytes(journal_path);
  const Result<JournalScan> scan = parse_journal(bytes, "journal");
  REQUIRE(scan);
  write_bytes(journal_path, journal_header(3, scan->generation) + bytes.substr(kJournalHeaderBytes));

  Profile reopened = open_writer(dir, at_secs(20), fast_options(false));
  CHECK(reopened.recovery_report().is_migrated);
  CHECK(reopened.reviews().size() == 2);
  REQUIRE(reopened.apply_recompute(recompute(reopened, 2, 7.0)));
  CHECK(reopened.item_state(ItemId{2}).memory->stability_days == 7.0);
}
