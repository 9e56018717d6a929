#pragma once
// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum of every journal record and
// of the snapshot payload.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace factdeck::store {

/// CRC-32 of `bytes`, continuing from `crc` (pass the previous result to checksum in pieces).
[[nodiscard]] std::uint32_t crc32(std::span<const std::byte> bytes, std::uint32_t crc = 0);

/// CRC-32 of the characters of `text`.
[[nodiscard]] std::uint32_t crc32(std::string_view text, std::uint32_t crc = 0);

}  // namespace factdeck::store
