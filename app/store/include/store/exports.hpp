#pragma once
// Interop: the review history as an fsrs-rs / Anki revlog CSV, and the whole profile as cereal
// JSON (export and import).
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/profile_data.hpp"

namespace factdeck::store {

/// "card_id,review_time,review_rating,review_state,review_duration" and one line per answer:
/// item id as a decimal integer (its low 63 bits, as fsrs-rs reads a signed id), time in ms since
/// the epoch, rating 1-4, the phase *before* the answer (0 New, 1 Learning, 2 Review, 3
/// Relearning), answer time in ms. Practice answers, which do not move the schedule, are left out.
[[nodiscard]] std::string revlog_csv(const ProfileData& data);

/// Everything in the profile as cereal JSON (format-versioned, for `factdeck import --json`).
[[nodiscard]] std::string profile_to_json(const ProfileData& data);

/// Reads profile_to_json's output; Parse with the reason on malformed JSON, NewerFormat on a
/// newer version. `name` is used in messages.
[[nodiscard]] Result<ProfileData> profile_from_json(std::string_view json, const std::string& name);

}  // namespace factdeck::store
