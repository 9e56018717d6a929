#pragma once
// What profile_to_json writes (cereal JSON of ProfileData), as a json::Schema: the types cereal
// needs to read each field without asserting, and the ranges of the small enumerations. The
// ranges of times and measures are checked on the loaded data (profile_check.hpp), so that the
// journal's records share those checks.
#include "base/json_check.hpp"

namespace factdeck::store {

[[nodiscard]] const json::Schema& profile_json_schema();

}  // namespace factdeck::store
