#include "profile_json_schema.hpp"

#include <cstdint>
#include <limits>

#include "store/formats.hpp"
#include "store/profile_check.hpp"

namespace factdeck::store {

namespace {

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::uint32_t kUint32Max = std::numeric_limits<std::uint32_t>::max();
constexpr double kDoubleMax = std::numeric_limits<double>::max();

json::Schema u32() { return json::unsigned_integer(kUint32Max); }
json::Schema seconds() { return json::integer(kInt64Min, kInt64Max); }
json::Schema real() { return json::number(-kDoubleMax, kDoubleMax); }

// cereal writes a class version into the first object of each type, and a versioned value's name
// as "value0" there (its name is taken by the version field): both names are accepted.
json::Field item_id_field(const std::string& name) {
  return json::field_named({name, "value0"}, json::unsigned_integer());
}

json::Schema item_state() {
  const json::Schema memory = json::object({json::field("stability_days", real()), json::field("difficulty", real())});
  const json::Schema sm2 = json::object({json::field("ease", real()), json::field("interval_days", real()),
                                         json::field("repetition", json::integer(std::numeric_limits<int>::min(),
                                                                                 std::numeric_limits<int>::max()))});
  return json::object({json::field("phase", json::integer(0, 3)), json::field("memory", json::cereal_optional(memory)),
                       json::field("sm2", sm2), json::field("due", seconds()),
                       json::field("last_review", json::cereal_optional(seconds())), json::field("step", u32()),
                       json::field("reps", u32()), json::field("lapses", u32()),
                       json::field("scheduled_days", real()), json::field("is_suspended", json::boolean()),
                       json::field("is_flagged", json::boolean())});
}

json::Schema given_answer() {
  return json::object({json::field("options", json::array_of(json::text())), json::field("response", json::text()),
                       json::field("is_correct", json::boolean())});
}

json::Schema review() {
  return json::object({item_id_field("item"), json::field("question_kind", json::integer(0, kQuestionKindCount - 1)),
                       json::field("time", seconds()), json::field("grade", json::integer(1, 4)),
                       json::field("answer_ms", u32()), json::field("before", item_state()),
                       json::field("after", item_state()), json::field("deck_id", json::text()),
                       json::optional_field("is_practice", json::boolean()),
                       json::optional_field("given", json::cereal_optional(given_answer()))});
}

json::Schema deck_settings() {
  return json::object({json::field("desired_retention", real()), json::field("new_per_day", u32()),
                       json::field("reviews_per_day", u32()), json::field("scheduler", json::integer(0, 1)),
                       json::field("learning_steps_mins", json::array_of(u32())),
                       json::field("relearning_steps_mins", json::array_of(u32())),
                       json::field("day_start_hour", u32()), json::field("params", json::array_of(real()))});
}

json::Schema profile() {
  const json::Schema item_record = json::object({json::field("state", item_state()),
                                                 json::field("deck_id", json::text()),
                                                 json::field("is_retired", json::boolean())});
  const json::Schema items = json::array_of(json::object({item_id_field("key"), json::field("value", item_record)}));
  const json::Schema deck_settings_entry =
      json::object({json::field("key", json::text()), json::field("value", deck_settings())});
  const json::Schema settings = json::object(
      {json::field("theme", json::text()), json::field("font_px", real()), json::field("ui_scale", real())});
  const json::Schema session = json::object({json::field("deck_id", json::text()), json::field("started", seconds()),
                                             json::field("ended", seconds()), json::field("answers", u32()),
                                             json::field("correct", u32())});
  return json::object({json::field("items", items),
                       json::field("reviews", json::object({json::field("answers", json::array_of(review()))})),
                       json::field("deck_settings", json::array_of(deck_settings_entry)),
                       json::field("settings", settings), json::field("sessions", json::array_of(session))});
}

}  // namespace

const json::Schema& profile_json_schema() {
  static const json::Schema schema = json::object(
      {json::field("factdeck_format", json::format_version(kFormatVersion, "factdeck")), json::field("profile", profile())});
  return schema;
}

}  // namespace factdeck::store
