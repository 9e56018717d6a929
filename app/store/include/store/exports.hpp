#pragma once
// Interop: the review history as an fsrs-rs / Anki revlog CSV, and the whole profile as cereal
// JSON (export and import).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/profile_data.hpp"

namespace factdeck::store {

/// Names a question kind number as stored in ReviewRecord::question_kind (the store does not know
/// quizgen's kinds; the caller passes quizgen::question_kind_name).
using QuestionKindName = std::function<std::string(std::uint8_t kind)>;

/// "card_id,review_time,review_rating,review_state,review_duration,question_kind,item_id" and one
/// line per answer. The first five are fsrs-rs's columns: card_id is the item id as a decimal
/// integer with its top bit cleared (fsrs-rs and Anki read a signed 64-bit id, so it must stay
/// positive; for ids below 2^63 it is the item id itself), time in ms since the epoch, rating 1-4,
/// the phase *before* the answer (0 New, 1 Learning, 2 Review, 3 Relearning), answer time in ms.
/// Then the question kind that was asked and the full item id in 16 hex digits, as decks and
/// `factdeck due` write it. Practice answers, which do not move the schedule, are left out.
[[nodiscard]] std::string revlog_csv(const ProfileData& data, const QuestionKindName& kind_name);

/// Everything in the profile as cereal JSON (format-versioned, for `factdeck import --json`).
[[nodiscard]] std::string profile_to_json(const ProfileData& data);

/// Reads profile_to_json's output; Parse with the reason on malformed JSON, NewerFormat on a
/// newer version. `name` is used in messages.
[[nodiscard]] Result<ProfileData> profile_from_json(std::string_view json, const std::string& name);

}  // namespace factdeck::store
