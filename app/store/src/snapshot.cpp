#include "store/snapshot.hpp"

#include <cereal/archives/binary.hpp>
#include <sstream>

#include "byte_order.hpp"
#include "memory_stream.hpp"
#include "store/crc32.hpp"
#include "store/formats.hpp"
#include "store/serialization.hpp"

namespace factdeck::store {

std::string frame_snapshot(std::string_view payload, std::uint32_t version,
                           std::uint64_t generation) {
  std::string file(kSnapshotMagic);
  file.reserve(kSnapshotHeaderBytes + payload.size());
  put_u32(file, version);
  put_u64(file, generation);
  put_u64(file, payload.size());
  put_u32(file, crc32(payload));
  put_u32(file, crc32(file));
  file.append(payload);
  return file;
}

std::string encode_snapshot(const ProfileData& data, std::uint64_t generation) {
  std::ostringstream stream;
  {
    cereal::BinaryOutputArchive archive(stream);
    archive(data);
  }
  return frame_snapshot(stream.view(), kFormatVersion, generation);
}

namespace {

Unexpected damaged(const std::string& name, const std::string& what) {
  return fail(ErrorCode::Corrupt, name + " is damaged (" + what + ")", name);
}

/// Checks the header and the payload checksum; returns the payload.
Result<std::string_view> checked_payload(std::string_view bytes, const std::string& name,
                                         SnapshotContents& contents) {
  if (bytes.size() < kSnapshotHeaderBytes) {
    return damaged(name, "only " + std::to_string(bytes.size()) + " bytes, shorter than a header");
  }
  if (bytes.substr(0, kSnapshotMagic.size()) != kSnapshotMagic) {
    return fail(ErrorCode::Corrupt, name + " is not a factdeck snapshot (bad header)", name);
  }
  if (crc32(bytes.substr(0, kSnapshotHeaderBytes - 4)) != get_u32(bytes, kSnapshotHeaderBytes - 4)) {
    return damaged(name, "bad header checksum");
  }
  const std::uint32_t version = get_u32(bytes, 8);
  contents.format_version = version;
  contents.generation = get_u64(bytes, 12);
  if (version > kFormatVersion || version == 0) {
    return fail(ErrorCode::NewerFormat,
                name + " was written by a newer factdeck (format " + std::to_string(version) +
                    "); update factdeck to open it",
                name);
  }
  const std::uint64_t length = get_u64(bytes, 20);
  const std::size_t present = bytes.size() - kSnapshotHeaderBytes;
  if (length != present) {
    return damaged(name, "holds " + std::to_string(present) + " of " + std::to_string(length) +
                             " payload bytes");
  }
  const std::string_view payload = bytes.substr(kSnapshotHeaderBytes);
  if (crc32(payload) != get_u32(bytes, 28)) return damaged(name, "bad checksum");
  return payload;
}

}  // namespace

Result<SnapshotContents> decode_snapshot(std::string_view bytes, const std::string& name) {
  SnapshotContents contents;
  const Result<std::string_view> payload = checked_payload(bytes, name, contents);
  if (!payload) return Unexpected{payload.error()};
  try {
    MemoryIStream stream(*payload);
    cereal::BinaryInputArchive archive(stream);
    archive(contents.data);
    if (stream.rdbuf()->in_avail() != 0) return damaged(name, "extra bytes after the data");
  } catch (const NewerVersionError& error) {
    return fail(ErrorCode::NewerFormat, name + ": " + error.what(), name);
  } catch (const std::exception& error) {
    return damaged(name, std::string("cannot decode: ") + error.what());
  }
  return contents;
}

}  // namespace factdeck::store
