// Fuzz target: the profile import reader (JSON schema, then value and id checks) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/exports.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  (void)factdeck::store::profile_from_json(json, "fuzz.json");
  return 0;
}
