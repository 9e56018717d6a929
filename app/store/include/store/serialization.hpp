#pragma once
// cereal serialization of every stored type, as non-member functions so the scheduler and
// quizgen headers stay free of cereal. Each type carries a CEREAL_CLASS_VERSION; loading a
// version newer than this build knows throws NewerVersionError, which the store turns into
// ErrorCode::NewerFormat.
//
// Versions: ReviewRecord 1 had no `is_practice` (added in 2), 2 no `given` (added in 3).
// ProfileData 1 stored the review log as a list of ReviewRecord; 2 stores the compact rows of
// ReviewLog. ReviewLog 1 (binary) had no given answers beside its rows (added in 2).
#include <cereal/archives/binary.hpp>
#include <cereal/cereal.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "store/bounded_archive.hpp"
#include "store/profile_data.hpp"
#include "store/records.hpp"
#include "store/review_log.hpp"

namespace factdeck::store {

/// A stored object written by a newer version of factdeck.
class NewerVersionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Throws NewerVersionError when `version` is above `current`.
void check_class_version(const char* type_name, std::uint32_t version, std::uint32_t current);

inline constexpr std::uint32_t kReviewRecordVersion = 3;
inline constexpr std::uint32_t kReviewLogVersion = 2;
inline constexpr std::uint32_t kProfileDataVersion = 2;

/// Time points are stored as whole seconds since the Unix epoch.
template <class Archive>
void time_field(Archive& archive, const char* name, sched::TimePoint& time) {
  std::int64_t secs = time.time_since_epoch().count();
  archive(cereal::make_nvp(name, secs));
  time = sched::TimePoint{sched::Seconds{secs}};
}

template <class Archive>
void optional_time_field(Archive& archive, const char* name,
                         std::optional<sched::TimePoint>& time) {
  std::optional<std::int64_t> secs;
  if (time) secs = time->time_since_epoch().count();
  archive(cereal::make_nvp(name, secs));
  time.reset();
  if (secs) time = sched::TimePoint{sched::Seconds{*secs}};
}

}  // namespace factdeck::store

namespace factdeck {

template <class Archive>
std::uint64_t save_minimal(const Archive&, const ItemId& id, std::uint32_t /*version*/) {
  return id.value;
}
template <class Archive>
void load_minimal(const Archive&, ItemId& id, const std::uint64_t& value, std::uint32_t version) {
  store::check_class_version("ItemId", version, 1);
  id.value = value;
}

}  // namespace factdeck

namespace factdeck::sched {

template <class Archive>
void serialize(Archive& archive, MemoryState& memory, std::uint32_t version) {
  store::check_class_version("MemoryState", version, 1);
  archive(cereal::make_nvp("stability_days", memory.stability_days),
          cereal::make_nvp("difficulty", memory.difficulty));
}

template <class Archive>
void serialize(Archive& archive, Sm2State& sm2, std::uint32_t version) {
  store::check_class_version("Sm2State", version, 1);
  archive(cereal::make_nvp("ease", sm2.ease), cereal::make_nvp("interval_days", sm2.interval_days),
          cereal::make_nvp("repetition", sm2.repetition));
}

template <class Archive>
void serialize(Archive& archive, ItemState& state, std::uint32_t version) {
  store::check_class_version("ItemState", version, 1);
  archive(cereal::make_nvp("phase", state.phase), cereal::make_nvp("memory", state.memory),
          cereal::make_nvp("sm2", state.sm2));
  store::time_field(archive, "due", state.due);
  store::optional_time_field(archive, "last_review", state.last_review);
  archive(cereal::make_nvp("step", state.step), cereal::make_nvp("reps", state.reps),
          cereal::make_nvp("lapses", state.lapses),
          cereal::make_nvp("scheduled_days", state.scheduled_days),
          cereal::make_nvp("is_suspended", state.is_suspended),
          cereal::make_nvp("is_flagged", state.is_flagged));
}

}  // namespace factdeck::sched

namespace factdeck::store {

template <class Archive>
void serialize(Archive& archive, GivenAnswer& given, std::uint32_t version) {
  check_class_version("GivenAnswer", version, 1);
  archive(cereal::make_nvp("options", given.options), cereal::make_nvp("response", given.response),
          cereal::make_nvp("is_correct", given.is_correct));
}

template <class Archive>
void serialize(Archive& archive, GivenRow& given, std::uint32_t version) {
  check_class_version("GivenRow", version, 1);
  archive(cereal::make_nvp("row", given.row), cereal::make_nvp("given", given.given));
}

template <class Archive>
void serialize(Archive& archive, ReviewRecord& review, std::uint32_t version) {
  check_class_version("ReviewRecord", version, kReviewRecordVersion);
  archive(cereal::make_nvp("item", review.item),
          cereal::make_nvp("question_kind", review.question_kind));
  time_field(archive, "time", review.time);
  archive(cereal::make_nvp("grade", review.grade), cereal::make_nvp("answer_ms", review.answer_ms),
          cereal::make_nvp("before", review.before), cereal::make_nvp("after", review.after),
          cereal::make_nvp("deck_id", review.deck_id));
  if (version >= 2) {
    archive(cereal::make_nvp("is_practice", review.is_practice));
  } else {
    review.is_practice = false;  // version 1 had no practice tests
  }
  if (version >= 3) {
    archive(cereal::make_nvp("given", review.given));
  } else {
    review.given.reset();  // versions 1 and 2 kept only the grade
  }
}

template <class Archive>
void serialize(Archive& archive, UndoRecord& undo, std::uint32_t version) {
  check_class_version("UndoRecord", version, 1);
  archive(cereal::make_nvp("item", undo.item));
  time_field(archive, "time", undo.time);
}

template <class Archive>
void serialize(Archive& archive, SessionRecord& session, std::uint32_t version) {
  check_class_version("SessionRecord", version, 1);
  archive(cereal::make_nvp("deck_id", session.deck_id));
  time_field(archive, "started", session.started);
  time_field(archive, "ended", session.ended);
  archive(cereal::make_nvp("answers", session.answers),
          cereal::make_nvp("correct", session.correct));
}

template <class Archive>
void serialize(Archive& archive, DeckSettings& deck, std::uint32_t version) {
  check_class_version("DeckSettings", version, 2);
  archive(cereal::make_nvp("desired_retention", deck.desired_retention),
          cereal::make_nvp("new_per_day", deck.new_per_day),
          cereal::make_nvp("reviews_per_day", deck.reviews_per_day),
          cereal::make_nvp("scheduler", deck.scheduler),
          cereal::make_nvp("learning_steps_mins", deck.learning_steps_mins),
          cereal::make_nvp("relearning_steps_mins", deck.relearning_steps_mins),
          cereal::make_nvp("day_start_hour", deck.day_start_hour),
          cereal::make_nvp("params", deck.params));
  if (version < 2) return;  // version 1 files keep the defaults of the fields below
  archive(cereal::make_nvp("maximum_interval_days", deck.maximum_interval_days),
          cereal::make_nvp("is_fuzz_enabled", deck.is_fuzz_enabled),
          cereal::make_nvp("exam_date", deck.exam_date), cereal::make_nvp("exam_target", deck.exam_target),
          cereal::make_nvp("exam_section", deck.exam_section));
}

template <class Archive>
void serialize(Archive& archive, ProfileSettings& settings, std::uint32_t version) {
  check_class_version("ProfileSettings", version, 1);
  archive(cereal::make_nvp("theme", settings.theme), cereal::make_nvp("font_px", settings.font_px),
          cereal::make_nvp("ui_scale", settings.ui_scale));
}

template <class Archive>
void serialize(Archive& archive, DeckSettingsRecord& record, std::uint32_t version) {
  check_class_version("DeckSettingsRecord", version, 1);
  archive(cereal::make_nvp("deck_id", record.deck_id),
          cereal::make_nvp("settings", record.settings));
}

template <class Archive>
void serialize(Archive& archive, RetireRecord& record, std::uint32_t version) {
  check_class_version("RetireRecord", version, 1);
  archive(cereal::make_nvp("deck_id", record.deck_id), cereal::make_nvp("retired", record.retired),
          cereal::make_nvp("restored", record.restored));
}

template <class Archive>
void serialize(Archive& archive, ItemFlagsRecord& record, std::uint32_t version) {
  check_class_version("ItemFlagsRecord", version, 1);
  archive(cereal::make_nvp("deck_id", record.deck_id), cereal::make_nvp("item", record.item));
  time_field(archive, "time", record.time);
  archive(cereal::make_nvp("is_suspended", record.is_suspended),
          cereal::make_nvp("is_flagged", record.is_flagged));
}

template <class Archive>
void serialize(Archive& archive, RecomputeRecord& record, std::uint32_t version) {
  check_class_version("RecomputeRecord", version, 1);
  archive(cereal::make_nvp("deck_id", record.deck_id));
  time_field(archive, "time", record.time);
  archive(cereal::make_nvp("settings", record.settings), cereal::make_nvp("items", record.items),
          cereal::make_nvp("states", record.states));
}

template <class Archive>
void serialize(Archive& archive, ItemRecord& item, std::uint32_t version) {
  check_class_version("ItemRecord", version, 1);
  archive(cereal::make_nvp("state", item.state), cereal::make_nvp("deck_id", item.deck_id),
          cereal::make_nvp("is_retired", item.is_retired));
}

// ---- ReviewLog: readable records in text archives, compact rows in binary ones ----

/// Where a binary archive finds the review rows: the snapshot stores them after its cereal part
/// (see snapshot.hpp) and hands them to the archive as cereal user data.
struct ReviewRowsSource {
  std::string_view blob;              // the row bytes, then the explicit-before bytes
  std::shared_ptr<const void> owner;  // keeps `blob` valid; empty: rows are copied out of it
};

/// The input archive of a snapshot's index (bounded, as any file may have been crafted): it also
/// knows where the review rows are.
class SnapshotInputArchive : public BoundedInputArchive {
 public:
  SnapshotInputArchive(std::string_view index, ReviewRowsSource rows)
      : BoundedInputArchive(index), rows_(std::move(rows)) {}
  [[nodiscard]] const ReviewRowsSource& rows() const { return rows_; }

 private:
  ReviewRowsSource rows_;
};

/// Binary archives hold only the counts and the deck table; the rows follow the archive.
template <class Archive>
void save(Archive& archive, const ReviewLog& log, std::uint32_t /*version*/) {
  if constexpr (cereal::traits::is_text_archive<Archive>::value) {
    std::vector<ReviewRecord> records;
    records.reserve(log.size());
    for (std::size_t i = 0; i < log.size(); ++i) records.push_back(log.at(i));
    archive(cereal::make_nvp("answers", records));
  } else {
    archive(static_cast<std::uint64_t>(log.size()),
            static_cast<std::uint64_t>(log.explicit_befores().size()), log.decks(), log.given_rows());
  }
}

/// Attaches the rows of a binary archive's ReviewLog (defined in snapshot.cpp).
void attach_review_rows(ReviewLog& log, const ReviewRowsSource& source, std::uint64_t row_count,
                        std::uint64_t before_count, std::vector<std::string> decks,
                        std::vector<GivenRow> givens);

template <class Archive>
void load(Archive& archive, ReviewLog& log, std::uint32_t version) {
  check_class_version("ReviewLog", version, kReviewLogVersion);
  if constexpr (cereal::traits::is_text_archive<Archive>::value) {
    std::vector<ReviewRecord> records;
    archive(cereal::make_nvp("answers", records));
    for (const ReviewRecord& record : records) {
      if (!log.append(record)) throw std::runtime_error("too many answers");
    }
  } else {
    std::uint64_t row_count = 0;
    std::uint64_t before_count = 0;
    std::vector<std::string> decks;
    std::vector<GivenRow> givens;
    archive(row_count, before_count, decks);
    if (version >= 2) archive(givens);
    const auto* snapshot_archive = dynamic_cast<const SnapshotInputArchive*>(&archive);
    if (snapshot_archive == nullptr) throw std::runtime_error("review rows outside a snapshot");
    attach_review_rows(log, snapshot_archive->rows(), row_count, before_count, std::move(decks),
                       std::move(givens));
  }
}

// ---- ProfileData ----

template <class Archive>
void save(Archive& archive, const ProfileData& data, std::uint32_t /*version*/) {
  archive(cereal::make_nvp("items", data.items), cereal::make_nvp("reviews", data.reviews),
          cereal::make_nvp("deck_settings", data.deck_settings),
          cereal::make_nvp("settings", data.settings), cereal::make_nvp("sessions", data.sessions));
}

template <class Archive>
void load(Archive& archive, ProfileData& data, std::uint32_t version) {
  check_class_version("ProfileData", version, kProfileDataVersion);
  archive(cereal::make_nvp("items", data.items));
  if (version >= 2) {
    archive(cereal::make_nvp("reviews", data.reviews));
  } else {
    // Version 1 stored each answer as a full ReviewRecord (two complete states per answer).
    std::vector<ReviewRecord> records;
    archive(cereal::make_nvp("reviews", records));
    data.reviews = ReviewLog{};
    for (const ReviewRecord& record : records) {
      if (!data.reviews.append(record)) throw std::runtime_error("too many answers");
    }
  }
  archive(cereal::make_nvp("deck_settings", data.deck_settings),
          cereal::make_nvp("settings", data.settings), cereal::make_nvp("sessions", data.sessions));
}

}  // namespace factdeck::store

CEREAL_CLASS_VERSION(factdeck::ItemId, 1)
CEREAL_CLASS_VERSION(factdeck::sched::MemoryState, 1)
CEREAL_CLASS_VERSION(factdeck::sched::Sm2State, 1)
CEREAL_CLASS_VERSION(factdeck::sched::ItemState, 1)
CEREAL_CLASS_VERSION(factdeck::store::ReviewRecord, factdeck::store::kReviewRecordVersion)
CEREAL_CLASS_VERSION(factdeck::store::UndoRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::SessionRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::DeckSettings, 2)
CEREAL_CLASS_VERSION(factdeck::store::ProfileSettings, 1)
CEREAL_CLASS_VERSION(factdeck::store::DeckSettingsRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::RetireRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::ItemFlagsRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::RecomputeRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::ItemRecord, 1)
CEREAL_CLASS_VERSION(factdeck::store::GivenAnswer, 1)
CEREAL_CLASS_VERSION(factdeck::store::GivenRow, 1)
CEREAL_CLASS_VERSION(factdeck::store::ReviewLog, factdeck::store::kReviewLogVersion)
CEREAL_CLASS_VERSION(factdeck::store::ProfileData, factdeck::store::kProfileDataVersion)
