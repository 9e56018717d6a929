#pragma once
// The snapshot: the whole profile at one moment, written atomically at compaction.
//   header   "FDSNAPSH" + u32 format version + u64 journal generation + u64 payload length
//            + u64 index length + u32 CRC-32 of the payload + u32 CRC-32 of the 40 bytes before
//   payload  index: cereal binary of ProfileData (the review log as counts and deck table)
//            zero padding to an 8-byte file offset
//            the review rows (PackedReview), then the explicit before states (ExplicitBefore)
// The generation is that of the (empty) journal written right after this snapshot. Format 1 had
// the same header and a payload that was all index (answers as ReviewRecords).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "store/file_io.hpp"
#include "store/profile_data.hpp"

namespace factdeck::store {

inline constexpr std::string_view kSnapshotMagic = "FDSNAPSH";
inline constexpr std::size_t kSnapshotHeaderBytes = 44;

struct SnapshotContents {
  std::uint32_t format_version = 0;
  std::uint64_t generation = 0;
  ProfileData data;
};

/// The snapshot file for `data`, in the current format.
[[nodiscard]] std::string encode_snapshot(const ProfileData& data, std::uint64_t generation);

/// Header + `payload` for format `version`, whose first `index_bytes` are the cereal index
/// (also used to write fixtures of older formats).
[[nodiscard]] std::string frame_snapshot(std::string_view payload, std::uint32_t version,
                                         std::uint64_t generation, std::uint64_t index_bytes);

/// Decodes a snapshot file held in memory (the rows are copied); `name` is used in messages.
/// Corrupt on any damage (bad header, truncation, checksum, undecodable payload), NewerFormat
/// on a newer format or record version.
[[nodiscard]] Result<SnapshotContents> decode_snapshot(std::string_view bytes,
                                                       const std::string& name);

/// The same for a mapped file, whose review rows are then used in place.
[[nodiscard]] Result<SnapshotContents> decode_snapshot(std::shared_ptr<const MappedFile> file,
                                                       const std::string& name);

}  // namespace factdeck::store
