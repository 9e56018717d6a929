#pragma once
// The snapshot: the whole profile at one moment, written atomically at compaction.
//   header  "FDSNAPSH" + u32 format version + u64 journal generation + u64 payload length
//           + u32 CRC-32 of the payload + u32 CRC-32 of the 32 header bytes before it
// The generation is that of the (empty) journal written right after this snapshot.
//   payload cereal binary of ProfileData
#include <cstdint>
#include <string>
#include <string_view>

#include "quizgen/result.hpp"
#include "store/profile_data.hpp"

namespace factdeck::store {

inline constexpr std::string_view kSnapshotMagic = "FDSNAPSH";
inline constexpr std::size_t kSnapshotHeaderBytes = 36;

struct SnapshotContents {
  std::uint32_t format_version = 0;
  std::uint64_t generation = 0;
  ProfileData data;
};

/// The snapshot file for `data`, in the current format.
[[nodiscard]] std::string encode_snapshot(const ProfileData& data, std::uint64_t generation);

/// Header + `payload` for format `version` (also used to write fixtures of older formats).
[[nodiscard]] std::string frame_snapshot(std::string_view payload, std::uint32_t version,
                                         std::uint64_t generation);

/// Decodes a snapshot file; `name` is used in messages. Corrupt on any damage (bad header,
/// truncation, checksum, undecodable payload), NewerFormat on a newer format or record version.
[[nodiscard]] Result<SnapshotContents> decode_snapshot(std::string_view bytes,
                                                       const std::string& name);

}  // namespace factdeck::store
