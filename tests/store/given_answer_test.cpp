// What the learner was shown and answered (GivenAnswer) is kept with the answer: through the
// journal, a compaction into the snapshot, an undo and the JSON export; answers of format 4
// (ReviewRecord 2, without it) are still read.
#include <catch2/catch.hpp>
#include <cereal/archives/binary.hpp>
#include <sstream>

#include "store/exports.hpp"
#include "store/journal.hpp"
#include "store/serialization.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

const GivenAnswer kChoseLyon{{"Lyon", "Paris", "Nice"}, "Lyon", false};

ReviewRecord answer_with(Profile& profile, std::uint64_t item, sched::TimePoint time, std::optional<GivenAnswer> given) {
  ReviewRecord review = make_answer(item, profile.item_state(ItemId{item}), time);
  review.given = std::move(given);
  REQUIRE(profile.record_answer(review));
  return review;
}

// ReviewRecord as format 4 wrote it (class version 2: no `given`), declared on its own here so
// the test does not depend on the current code's idea of the old layout.
struct ReviewRecordV2 {
  ReviewRecord fields;
  template <class Archive>
  void save(Archive& archive, std::uint32_t /*version*/) const {
    ReviewRecord& r = const_cast<ReviewRecord&>(fields);
    archive(r.item, r.question_kind);
    time_field(archive, "time", r.time);
    archive(r.grade, r.answer_ms, r.before, r.after, r.deck_id, r.is_practice);
  }
};

}  // namespace

CEREAL_CLASS_VERSION(ReviewRecordV2, 2)

TEST_CASE("A given answer survives the journal, the snapshot and an undo", "[store]") {
  TempDir temp;
  const fs::path dir = temp.path() / "p";
  ReviewRecord chosen, bare, typed;
  {
    Profile profile = open_writer(dir, at_secs(0), fast_options(false));
    chosen = answer_with(profile, 1, at_secs(10), kChoseLyon);
    bare = answer_with(profile, 2, at_secs(20), std::nullopt);
    typed = answer_with(profile, 3, at_secs(30), GivenAnswer{{}, "Molotov", true});
    REQUIRE(profile.undo_last_answer());
    CHECK(profile.reviews().given_rows().size() == 1);
    typed = answer_with(profile, 3, at_secs(40), GivenAnswer{{}, "Molotof", true});
  }
  const auto check = [&](const Profile& profile) {
    REQUIRE(profile.reviews().size() == 3);
    CHECK(profile.reviews().at(0) == chosen);
    CHECK(profile.reviews().at(1) == bare);
    CHECK_FALSE(profile.reviews().at(1).given.has_value());
    CHECK(profile.reviews().at(2).given->response == "Molotof");
  };
  {
    Profile replayed = open_writer(dir, at_secs(50), fast_options(false));  // from the journal
    check(replayed);
    REQUIRE(replayed.compact(at_secs(60)));
  }
  Profile from_snapshot = open_writer(dir, at_secs(70), fast_options(false));
  check(from_snapshot);
  SECTION("and the JSON export") {
    const std::string json = profile_to_json(from_snapshot.data());
    CHECK_THAT(json, Catch::Contains("\"response\": \"Lyon\""));
    const Result<ProfileData> read = profile_from_json(json, "export.json");
    REQUIRE(read.has_value());
    CHECK(read->reviews.at(0).given == kChoseLyon);
    CHECK(read->reviews == from_snapshot.data().reviews);
  }
}

TEST_CASE("A format 4 answer record (ReviewRecord 2) is read without a given answer", "[store]") {
  const ReviewRecord old_answer = make_answer(7, {}, at_secs(60));
  std::ostringstream stream;
  {
    cereal::BinaryOutputArchive archive(stream);
    archive(std::uint8_t{1}, ReviewRecordV2{old_answer});  // tag 1: an answer
  }
  const Result<JournalEntry> entry = decode_entry(stream.str());
  REQUIRE(entry.has_value());
  const ReviewRecord& read = std::get<ReviewRecord>(*entry);
  CHECK(read == old_answer);
  CHECK_FALSE(read.given.has_value());
}

TEST_CASE("A snapshot whose rows and given answers disagree is refused", "[store]") {
  ReviewLog log;
  REQUIRE(log.append(make_answer(1, {}, at_secs(0))));
  ReviewRecord with_given = make_answer(2, {}, at_secs(1));
  with_given.given = kChoseLyon;
  REQUIRE(log.append(with_given));
  std::vector<PackedReview> rows(log.tail_rows().begin(), log.tail_rows().end());
  std::vector<GivenRow> stray{{0, kChoseLyon}};  // row 0 has no given answer
  ReviewLog loaded;
  CHECK_THROWS_WITH(loaded.assign(rows, nullptr, {}, log.decks(), stray), "review 1 lacks its given answer");
  CHECK_THROWS_WITH(loaded.assign(rows, nullptr, {}, log.decks(), {}), "review 1 lacks its given answer");
  loaded.assign(rows, nullptr, {}, log.decks(), log.given_rows());
  CHECK(loaded == log);
}
