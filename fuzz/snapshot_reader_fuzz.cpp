// Fuzz target: the snapshot reader (header, checksums, cereal index, review rows) on any bytes.
// The checksums stop almost every mutation at the header, so the payload is also tried framed
// with valid checksums.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/formats.hpp"
#include "store/snapshot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)factdeck::store::decode_snapshot(bytes, "fuzz.snapshot");
  if (size >= 8) {
    std::uint64_t index_bytes = 0;
    for (int i = 0; i < 8; ++i) index_bytes = (index_bytes << 8) | data[i];
    const std::string_view payload = bytes.substr(8);
    const std::string framed = factdeck::store::frame_snapshot(
        payload, factdeck::store::kFormatVersion, 1, index_bytes % (payload.size() + 1));
    (void)factdeck::store::decode_snapshot(framed, "fuzz.snapshot");
  }
  return 0;
}
