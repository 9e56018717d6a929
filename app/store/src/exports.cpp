#include "store/exports.hpp"

#include <cereal/archives/json.hpp>
#include <sstream>

#include "base/json_check.hpp"
#include "base/memory_stream.hpp"
#include "profile_json_schema.hpp"
#include "store/profile_check.hpp"
#include "store/formats.hpp"
#include "store/serialization.hpp"

namespace factdeck::store {

std::string revlog_csv(const ProfileData& data, const QuestionKindName& kind_name) {
  std::string csv =
      "card_id,review_time,review_rating,review_state,review_duration,question_kind,item_id\n";
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const ReviewRecord review = data.reviews.at(i);
    if (review.is_practice) continue;
    const std::int64_t time_ms = review.time.time_since_epoch().count() * 1000;
    // fsrs-rs reads card_id as a signed 64-bit integer: keep the id positive (low 63 bits).
    const std::uint64_t card_id = review.item.value & 0x7FFFFFFFFFFFFFFFULL;
    csv += std::to_string(card_id) + ',' + std::to_string(time_ms) + ',' +
           std::to_string(static_cast<int>(review.grade)) + ',' +
           std::to_string(static_cast<int>(review.before.phase)) + ',' +
           std::to_string(review.answer_ms) + ',' + kind_name(review.question_kind) + ',' +
           to_hex(review.item) + '\n';
  }
  return csv;
}

std::string profile_to_json(const ProfileData& data) {
  std::ostringstream stream;
  {
    cereal::JSONOutputArchive archive(stream);
    const std::uint32_t format = kFormatVersion;
    archive(cereal::make_nvp("factdeck_format", format), cereal::make_nvp("profile", data));
  }
  return std::move(stream).str();
}

Result<ProfileData> profile_from_json(std::string_view json, const std::string& name) {
  // Depth and types first (cereal recurses once per bracket and asserts on a wrong type), then
  // cereal, then the values and cross-references.
  if (Result<void> checked = json::check_json(json, profile_json_schema(), name); !checked) {
    // Store messages name their file themselves ("NAME:LINE:COL: PATH: expected ...").
    const Error& error = checked.error();
    const ErrorCode code = error.code == ErrorCode::NewerFormat ? ErrorCode::NewerFormat : ErrorCode::Parse;
    return fail(code, error.to_string(), name, error.line, error.column);
  }
  ProfileData data;
  try {
    MemoryIStream stream(json);
    cereal::JSONInputArchive archive(stream);
    std::uint32_t format = 0;
    archive(cereal::make_nvp("factdeck_format", format));
    archive(cereal::make_nvp("profile", data));
  } catch (const NewerVersionError& error) {
    return fail(ErrorCode::NewerFormat, name + ": " + error.what(), name);
  } catch (const std::exception& error) {
    return fail(ErrorCode::Parse, name + " is not a factdeck profile export: " + error.what(), name);
  }
  if (Result<void> checked = check_profile_data(data, name); !checked) return Unexpected{checked.error()};
  return data;
}

}  // namespace factdeck::store
