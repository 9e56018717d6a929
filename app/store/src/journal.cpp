#include "store/journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cereal/archives/binary.hpp>
#include <cerrno>
#include <cmath>
#include <optional>
#include <sstream>

#include "byte_order.hpp"
#include "store/bounded_archive.hpp"
#include "store/crc32.hpp"
#include "store/formats.hpp"
#include "store/serialization.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

// ---- Encoding ----

std::string journal_header(std::uint32_t version, std::uint64_t generation) {
  std::string header(kJournalMagic);
  put_u32(header, version);
  put_u64(header, generation);
  put_u32(header, crc32(header));
  return header;
}

std::string frame_record(std::string_view payload) {
  std::string frame;
  frame.reserve(kFrameHeaderBytes + payload.size());
  put_u32(frame, static_cast<std::uint32_t>(payload.size()));
  put_u32(frame, crc32(payload));
  frame.append(payload);
  return frame;
}

std::string encode_entry(const JournalEntry& entry) {
  std::ostringstream stream;
  {
    cereal::BinaryOutputArchive archive(stream);
    // Tags are part of the file format: never renumber, only add.
    const auto tag = static_cast<std::uint8_t>(entry.index() + 1);
    archive(tag);
    std::visit([&archive](const auto& record) { archive(record); }, entry);
  }
  return std::move(stream).str();
}

namespace {

/// Tags run 1..kRecordTags, one per JournalEntry alternative (see read_tagged).
constexpr std::uint8_t kRecordTags = 8;
static_assert(std::variant_size_v<JournalEntry> == kRecordTags);

bool is_known_tag(std::uint8_t tag) { return tag >= 1 && tag <= kRecordTags; }

template <typename Record>
JournalEntry read_record(BoundedInputArchive& archive) {
  Record record;
  archive(record);
  return JournalEntry{std::move(record)};
}

JournalEntry read_tagged(BoundedInputArchive& archive, std::uint8_t tag) {
  switch (tag) {
    case 1:
      return read_record<ReviewRecord>(archive);
    case 2:
      return read_record<UndoRecord>(archive);
    case 3:
      return read_record<SessionRecord>(archive);
    case 4:
      return read_record<DeckSettingsRecord>(archive);
    case 5:
      return read_record<ProfileSettings>(archive);
    case 6:
      return read_record<RetireRecord>(archive);
    case 7:
      return read_record<ItemFlagsRecord>(archive);
    case 8:
      return read_record<RecomputeRecord>(archive);
    default:
      throw std::runtime_error("unknown record tag " + std::to_string(tag));
  }
}

}  // namespace

Result<JournalEntry> decode_entry(std::string_view payload) {
  try {
    // Bounded: a record that passed its CRC may still have been crafted (docs/fuzzing.md).
    BoundedInputArchive archive(payload);
    std::uint8_t tag = 0;
    archive(tag);
    JournalEntry entry = read_tagged(archive, tag);
    if (archive.bytes_left() != 0) return fail(ErrorCode::Corrupt, "record has extra bytes");
    return entry;
  } catch (const NewerVersionError& error) {
    return fail(ErrorCode::NewerFormat, error.what());
  } catch (const std::exception& error) {
    return fail(ErrorCode::Corrupt, std::string("record cannot be decoded: ") + error.what());
  }
}

// ---- Parsing ----

namespace {

enum class FrameStatus {
  Intact,      // length, checksum and payload all check out
  Incomplete,  // the file ends inside the frame
  Bad,         // an impossible length, a checksum mismatch or an undecodable payload
};

struct Frame {
  FrameStatus status = FrameStatus::Bad;
  std::size_t size_bytes = 0;  // header plus payload, when intact
  std::optional<JournalEntry> entry;
  std::string problem;  // why it is not intact
};

Frame broken_frame(FrameStatus status, std::string problem) {
  return Frame{status, 0, std::nullopt, std::move(problem)};
}

/// Reads the frame that starts at `offset`: the one check both the scan and the resync search
/// use, so a frame found by the search is exactly as trustworthy as one met in order.
Frame read_frame(std::string_view bytes, std::size_t offset) {
  const std::size_t remaining = bytes.size() - offset;
  if (remaining < kFrameHeaderBytes) {
    return broken_frame(FrameStatus::Incomplete, "an incomplete record header");
  }
  const std::uint32_t length = get_u32(bytes, offset);
  if (length > kMaxRecordBytes) {
    return broken_frame(FrameStatus::Bad, "an impossible record length");
  }
  if (length > remaining - kFrameHeaderBytes) {
    return broken_frame(FrameStatus::Incomplete, "an incomplete last record");
  }
  const std::string_view payload = bytes.substr(offset + kFrameHeaderBytes, length);
  // An empty payload has checksum 0, so a run of zero bytes would pass the CRC; and checking the
  // tag first spares the resync search a checksum at most of the offsets it tries.
  if (payload.empty() || !is_known_tag(static_cast<std::uint8_t>(payload[0]))) {
    return broken_frame(FrameStatus::Bad, "a record of no known kind");
  }
  if (crc32(payload) != get_u32(bytes, offset + 4)) {
    return broken_frame(FrameStatus::Bad, "a record with a bad checksum");
  }
  Result<JournalEntry> entry = decode_entry(payload);
  if (!entry) return broken_frame(FrameStatus::Bad, entry.error().message);
  return Frame{FrameStatus::Intact, kFrameHeaderBytes + length, std::move(entry).value(), {}};
}

/// The first offset at or after `from` where an intact frame starts; the end of `bytes` if none.
std::size_t find_next_frame(std::string_view bytes, std::size_t from) {
  for (std::size_t offset = from; offset < bytes.size(); ++offset) {
    if (read_frame(bytes, offset).status == FrameStatus::Intact) return offset;
  }
  return bytes.size();
}

std::string at_offset(std::uint64_t offset) { return " at offset " + std::to_string(offset); }

Result<void> check_header(std::string_view bytes, const std::string& name, JournalScan& scan) {
  if (bytes.size() < kJournalHeaderBytes ||
      bytes.substr(0, kJournalMagic.size()) != kJournalMagic) {
    return fail(ErrorCode::Corrupt, name + " is not a factdeck journal (bad header)", name);
  }
  if (crc32(bytes.substr(0, kJournalHeaderBytes - 4)) != get_u32(bytes, kJournalHeaderBytes - 4)) {
    return fail(ErrorCode::Corrupt, name + " is damaged (bad header checksum)", name);
  }
  scan.format_version = get_u32(bytes, kJournalMagic.size());
  if (scan.format_version > kFormatVersion || scan.format_version == 0) {
    return fail(ErrorCode::NewerFormat,
                name + " was written by a newer factdeck (format " +
                    std::to_string(scan.format_version) + "); update factdeck to open it",
                name);
  }
  scan.generation = get_u64(bytes, kJournalMagic.size() + 4);
  return {};
}

/// Handles the frame at `offset` that is not intact; returns where the scan goes on (the end
/// of `bytes` when nothing intact follows).
std::size_t skip_broken_frame(std::string_view bytes, std::size_t offset, const Frame& frame,
                              JournalScan& scan) {
  const std::size_t next = find_next_frame(bytes, offset + 1);
  const bool is_last = next == bytes.size();
  if (is_last && frame.status == FrameStatus::Incomplete) {
    // Nothing intact follows a frame the file ends inside: a torn write, never reported saved.
    scan.tail = JournalTail::Torn;
    scan.problem = frame.problem + at_offset(offset);
    return next;
  }
  scan.damage.push_back(JournalDamage{offset, next - offset, scan.entries.size(), frame.problem});
  if (is_last) {
    scan.tail = JournalTail::Damaged;
    scan.problem = frame.problem + at_offset(offset);
  }
  return next;
}

void scan_records(std::string_view bytes, JournalScan& scan) {
  std::size_t offset = kJournalHeaderBytes;
  scan.valid_bytes = offset;
  while (offset < bytes.size()) {
    Frame frame = read_frame(bytes, offset);
    if (frame.status != FrameStatus::Intact) {
      offset = skip_broken_frame(bytes, offset, frame, scan);
      continue;
    }
    scan.entries.push_back(std::move(*frame.entry));
    offset += frame.size_bytes;
    scan.record_bytes += frame.size_bytes;
    scan.valid_bytes = offset;
  }
}

}  // namespace

Result<JournalScan> parse_journal(std::string_view bytes, const std::string& name) {
  JournalScan scan;
  scan.file_bytes = bytes.size();
  const Result<void> header = check_header(bytes, name, scan);
  if (!header) return Unexpected{header.error()};
  scan_records(bytes, scan);
  return scan;
}

std::size_t estimated_records(const JournalScan& scan, const JournalDamage& damage) {
  if (scan.entries.empty() || scan.record_bytes == 0) return 1;
  const double mean_frame_bytes =
      static_cast<double>(scan.record_bytes) / static_cast<double>(scan.entries.size());
  const double records = std::round(static_cast<double>(damage.skipped_bytes) / mean_frame_bytes);
  return std::max<std::size_t>(1, static_cast<std::size_t>(records));
}

std::string describe_damage(const JournalScan& scan) {
  std::string text;
  for (const JournalDamage& damage : scan.damage) {
    if (!text.empty()) text += " and ";
    const std::size_t records = estimated_records(scan, damage);
    text += "at offset " + std::to_string(damage.offset) + " (" +
            std::to_string(damage.skipped_bytes) + " bytes skipped, about " +
            std::to_string(records) +
            (records == 1 ? " record: " : " records: ") + damage.problem + ")";
  }
  return text;
}

// ---- Writing ----

JournalWriter::JournalWriter(int fd, fs::path path, std::shared_ptr<FileWriter> writer,
                             std::uint64_t size_bytes)
    : fd_(fd), path_(std::move(path)), writer_(std::move(writer)), size_bytes_(size_bytes) {}

JournalWriter::JournalWriter(JournalWriter&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      path_(std::move(other.path_)),
      writer_(std::move(other.writer_)),
      size_bytes_(other.size_bytes_),
      is_broken_(other.is_broken_) {}

JournalWriter& JournalWriter::operator=(JournalWriter&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
    writer_ = std::move(other.writer_);
    size_bytes_ = other.size_bytes_;
    is_broken_ = other.is_broken_;
  }
  return *this;
}

JournalWriter::~JournalWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Result<JournalWriter> JournalWriter::create(const fs::path& path,
                                            std::shared_ptr<FileWriter> writer,
                                            std::uint64_t generation) {
  const Result<void> written =
      write_file_atomically(path, journal_header(kFormatVersion, generation), *writer);
  if (!written) return Unexpected{written.error()};
  return open(path, std::move(writer), kJournalHeaderBytes);
}

Result<JournalWriter> JournalWriter::open(const fs::path& path, std::shared_ptr<FileWriter> writer,
                                          std::uint64_t valid_bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return io_error("cannot open", path, errno);
  JournalWriter journal(fd, path, std::move(writer), valid_bytes);
  const auto end = ::lseek(fd, 0, SEEK_END);
  if (end < 0) return io_error("cannot seek", path, errno);
  if (static_cast<std::uint64_t>(end) != valid_bytes) {
    // Dropping a torn last record: it was never reported as recorded.
    if (::ftruncate(fd, static_cast<off_t>(valid_bytes)) != 0) {
      return io_error("cannot cut the torn record off", path, errno);
    }
    const Result<void> synced = journal.writer_->sync(fd, path);
    if (!synced) return Unexpected{synced.error()};
  }
  if (::lseek(fd, static_cast<off_t>(valid_bytes), SEEK_SET) < 0) {
    return io_error("cannot seek", path, errno);
  }
  return journal;
}

Result<void> JournalWriter::append(const JournalEntry& entry) {
  if (is_broken_) {
    return fail(ErrorCode::Io,
                path_.string() +
                    " could not be repaired after an earlier write "
                    "failure; reopen the profile",
                path_.string());
  }
  const std::string frame = frame_record(encode_entry(entry));
  Result<void> written = writer_->write_all(fd_, frame, path_);
  if (written) written = writer_->sync(fd_, path_);
  if (written) {
    size_bytes_ += frame.size();
    return {};
  }
  // Cut a partly written record off so the next append does not land after garbage.
  const bool is_restored = ::ftruncate(fd_, static_cast<off_t>(size_bytes_)) == 0 &&
                           ::lseek(fd_, static_cast<off_t>(size_bytes_), SEEK_SET) >= 0;
  if (!is_restored) is_broken_ = true;
  return written;
}

Result<void> JournalWriter::cut_back(std::uint64_t size_bytes) {
  const bool is_cut = ::ftruncate(fd_, static_cast<off_t>(size_bytes)) == 0 &&
                      ::lseek(fd_, static_cast<off_t>(size_bytes), SEEK_SET) >= 0;
  Result<void> synced = is_cut ? writer_->sync(fd_, path_) : io_error("cannot cut back", path_, errno);
  if (!synced) {
    is_broken_ = true;
    return synced;
  }
  size_bytes_ = size_bytes;
  return {};
}

}  // namespace factdeck::store
