// Writes a small profile in format version 1 (answers stored as full ReviewRecords without
// `is_practice`) into the directory given as argv[1]. Its output is committed under
// tests/data/store/v1/ and read by migration_test.cpp; run it again only to recreate them.
// The version-1 types are declared here on their own, as that format defined them, so the
// fixtures do not depend on the current code's idea of the old format.
#include <cereal/archives/binary.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "store/formats.hpp"
#include "store/journal.hpp"
#include "store/serialization.hpp"
#include "store/snapshot.hpp"

namespace v1 {

using namespace factdeck;
using namespace factdeck::store;

struct ReviewRecordV1 {
  ItemId item;
  std::uint8_t question_kind = 0;
  sched::TimePoint time{};
  sched::Grade grade = sched::Grade::Good;
  std::uint32_t answer_ms = 0;
  sched::ItemState before;
  sched::ItemState after;
  std::string deck_id;
};

template <class Archive>
void serialize(Archive& archive, ReviewRecordV1& review, std::uint32_t /*version*/) {
  archive(review.item, review.question_kind);
  time_field(archive, "time", review.time);
  archive(review.grade, review.answer_ms, review.before, review.after, review.deck_id);
}

struct ProfileDataV1 {
  std::map<ItemId, ItemRecord> items;
  std::vector<ReviewRecordV1> reviews;
  std::map<std::string, DeckSettings> deck_settings;
  ProfileSettings settings;
  std::vector<SessionRecord> sessions;
};

template <class Archive>
void serialize(Archive& archive, ProfileDataV1& data, std::uint32_t /*version*/) {
  archive(data.items, data.reviews, data.deck_settings, data.settings, data.sessions);
}

sched::TimePoint at(std::int64_t secs) { return sched::TimePoint{sched::Seconds{secs}}; }

ReviewRecordV1 review(std::uint64_t item, std::int64_t secs, const sched::ItemState& before) {
  ReviewRecordV1 record{ItemId{item}, 1,      at(secs), sched::Grade::Good,
                        2000,         before, before,   "capitals"};
  record.after.phase = sched::Phase::Review;
  record.after.memory = sched::MemoryState{3.0, 5.5};
  record.after.reps = before.reps + 1;
  record.after.last_review = at(secs);
  record.after.due = at(secs + 3 * 86400);
  record.after.scheduled_days = 3.0;
  return record;
}

template <typename T>
std::string to_binary(const T& value) {
  std::ostringstream stream;
  {
    cereal::BinaryOutputArchive archive(stream);
    archive(value);
  }
  return stream.str();
}

}  // namespace v1

CEREAL_CLASS_VERSION(v1::ReviewRecordV1, 1)
CEREAL_CLASS_VERSION(v1::ProfileDataV1, 1)

int main(int argc, char** argv) {
  using namespace v1;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
    return 2;
  }
  // Snapshot: items 0x11 and 0x22 answered once each, one deck setting, one session.
  ProfileDataV1 data;
  data.reviews = {review(0x11, 1700000000, {}), review(0x22, 1700000100, {})};
  for (const ReviewRecordV1& record : data.reviews) {
    data.items[record.item] = ItemRecord{record.after, record.deck_id, false};
  }
  DeckSettings deck;
  deck.new_per_day = 15;
  data.deck_settings["capitals"] = deck;
  data.settings.theme = "light";
  data.sessions.push_back(SessionRecord{"capitals", at(1700000000), at(1700000200), 2, 2});
  const std::string index = to_binary(data);
  const std::string snapshot = frame_snapshot(index, 1, 3, index.size());

  // Journal (generation 3, after that snapshot): a second answer to item 0x11.
  std::string journal = journal_header(1, 3);
  std::ostringstream payload;
  {
    cereal::BinaryOutputArchive archive(payload);
    const std::uint8_t review_tag = 1;
    archive(review_tag, review(0x11, 1700300000, data.reviews[0].after));
  }
  journal += frame_record(payload.str());

  const std::string dir = argv[1];
  std::ofstream(dir + "/" + std::string(kSnapshotFile), std::ios::binary) << snapshot;
  std::ofstream(dir + "/" + std::string(kJournalFile), std::ios::binary) << journal;
  std::printf("wrote format-1 fixtures to %s\n", dir.c_str());
  return 0;
}
