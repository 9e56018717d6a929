// Fuzz target: the journal reader (header, frames, resynchronisation after damage, record
// decoding) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/journal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto scan = factdeck::store::parse_journal(bytes, "fuzz.journal");
  if (scan) (void)factdeck::store::describe_damage(*scan);
  (void)factdeck::store::decode_entry(bytes);
  return 0;
}
