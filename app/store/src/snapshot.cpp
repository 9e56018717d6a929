#include "store/snapshot.hpp"

#include <cereal/archives/binary.hpp>
#include <cstring>
#include <sstream>

#include "byte_order.hpp"
#include "store/crc32.hpp"
#include "store/formats.hpp"
#include "store/serialization.hpp"

namespace factdeck::store {

namespace {

// Header field offsets.
constexpr std::size_t kVersionAt = 8;
constexpr std::size_t kGenerationAt = 12;
constexpr std::size_t kPayloadBytesAt = 20;
constexpr std::size_t kIndexBytesAt = 28;
constexpr std::size_t kPayloadCrcAt = 36;
constexpr std::size_t kHeaderCrcAt = 40;

/// Zero bytes that bring `offset` to a multiple of 8, so the rows are aligned in a mapping.
std::size_t padding_after(std::size_t offset) { return (8 - offset % 8) % 8; }

template <typename T>
void append_bytes(std::string& out, std::span<const T> items) {
  if (!items.empty()) out.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
}

}  // namespace

std::string frame_snapshot(std::string_view payload, std::uint32_t version,
                           std::uint64_t generation, std::uint64_t index_bytes) {
  std::string file(kSnapshotMagic);
  file.reserve(kSnapshotHeaderBytes + payload.size());
  put_u32(file, version);
  put_u64(file, generation);
  put_u64(file, payload.size());
  put_u64(file, index_bytes);
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
  std::string payload = std::move(stream).str();
  const std::size_t index_bytes = payload.size();
  payload.append(padding_after(kSnapshotHeaderBytes + index_bytes), '\0');
  append_bytes(payload, data.reviews.base_rows());
  append_bytes(payload, data.reviews.tail_rows());
  append_bytes(payload, std::span<const ExplicitBefore>(data.reviews.explicit_befores()));
  return frame_snapshot(payload, kFormatVersion, generation, index_bytes);
}

void attach_review_rows(ReviewLog& log, const ReviewRowsSource& source, std::uint64_t row_count,
                        std::uint64_t before_count, std::vector<std::string> decks,
                        std::vector<GivenRow> givens) {
  const bool is_plausible = row_count < kNoRow && before_count <= row_count;
  const std::uint64_t row_bytes = row_count * sizeof(PackedReview);
  const std::uint64_t before_bytes = before_count * sizeof(ExplicitBefore);
  if (!is_plausible || source.blob.size() != row_bytes + before_bytes) {
    throw std::runtime_error("the review rows do not match their counts");
  }
  std::vector<ExplicitBefore> befores(static_cast<std::size_t>(before_count));
  if (before_count > 0) std::memcpy(befores.data(), source.blob.data() + row_bytes, before_bytes);
  const auto count = static_cast<std::size_t>(row_count);
  const auto address = reinterpret_cast<std::uintptr_t>(source.blob.data());
  if (source.owner && address % alignof(PackedReview) == 0) {
    const auto* rows = reinterpret_cast<const PackedReview*>(source.blob.data());
    log.assign({rows, count}, source.owner, std::move(befores), std::move(decks), std::move(givens));
    return;
  }
  auto copy = std::make_shared<std::vector<PackedReview>>(count);
  if (count > 0) std::memcpy(copy->data(), source.blob.data(), row_bytes);
  const std::span<const PackedReview> rows(*copy);
  log.assign(rows, std::move(copy), std::move(befores), std::move(decks), std::move(givens));
}

namespace {

Unexpected damaged(const std::string& name, const std::string& what) {
  return fail(ErrorCode::Corrupt, name + " is damaged (" + what + ")", name);
}

/// Checks the header and the payload checksum; returns the payload.
Result<std::string_view> checked_payload(std::string_view bytes, const std::string& name,
                                         SnapshotContents& contents, std::uint64_t& index_bytes) {
  if (bytes.size() < kSnapshotHeaderBytes) {
    return damaged(name, "only " + std::to_string(bytes.size()) + " bytes, shorter than a header");
  }
  if (bytes.substr(0, kSnapshotMagic.size()) != kSnapshotMagic) {
    return fail(ErrorCode::Corrupt, name + " is not a factdeck snapshot (bad header)", name);
  }
  if (crc32(bytes.substr(0, kHeaderCrcAt)) != get_u32(bytes, kHeaderCrcAt)) {
    return damaged(name, "bad header checksum");
  }
  const std::uint32_t version = get_u32(bytes, kVersionAt);
  contents.format_version = version;
  contents.generation = get_u64(bytes, kGenerationAt);
  if (version > kFormatVersion || version == 0) {
    return fail(ErrorCode::NewerFormat,
                name + " was written by a newer factdeck (format " + std::to_string(version) +
                    "); update factdeck to open it",
                name);
  }
  const std::uint64_t length = get_u64(bytes, kPayloadBytesAt);
  const std::size_t present = bytes.size() - kSnapshotHeaderBytes;
  if (length != present) {
    return damaged(name, "holds " + std::to_string(present) + " of " + std::to_string(length) +
                             " payload bytes");
  }
  index_bytes = get_u64(bytes, kIndexBytesAt);
  if (index_bytes > length) return damaged(name, "bad index length");
  const std::string_view payload = bytes.substr(kSnapshotHeaderBytes);
  if (crc32(payload) != get_u32(bytes, kPayloadCrcAt)) return damaged(name, "bad checksum");
  return payload;
}

Result<SnapshotContents> decode(std::string_view bytes, const std::string& name,
                                std::shared_ptr<const void> owner) {
  SnapshotContents contents;
  std::uint64_t index_bytes = 0;
  const Result<std::string_view> payload = checked_payload(bytes, name, contents, index_bytes);
  if (!payload) return Unexpected{payload.error()};
  const std::string_view index = payload->substr(0, index_bytes);
  const std::size_t rows_at = std::min<std::size_t>(
      index_bytes + padding_after(kSnapshotHeaderBytes + index_bytes), payload->size());
  ReviewRowsSource rows{payload->substr(rows_at), std::move(owner)};
  try {
    SnapshotInputArchive archive(index, std::move(rows));
    archive(contents.data);
    if (archive.bytes_left() != 0) return damaged(name, "extra bytes after the data");
  } catch (const NewerVersionError& error) {
    return fail(ErrorCode::NewerFormat, name + ": " + error.what(), name);
  } catch (const std::exception& error) {
    return damaged(name, std::string("cannot decode: ") + error.what());
  }
  return contents;
}

}  // namespace

Result<SnapshotContents> decode_snapshot(std::string_view bytes, const std::string& name) {
  return decode(bytes, name, nullptr);
}

Result<SnapshotContents> decode_snapshot(std::shared_ptr<const MappedFile> file,
                                         const std::string& name) {
  const std::string_view bytes = file->bytes();
  return decode(bytes, name, std::move(file));
}

}  // namespace factdeck::store
