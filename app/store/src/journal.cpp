#include "store/journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cereal/archives/binary.hpp>
#include <cerrno>
#include <sstream>

#include "byte_order.hpp"
#include "memory_stream.hpp"
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

template <typename Record>
JournalEntry read_record(cereal::BinaryInputArchive& archive) {
  Record record;
  archive(record);
  return JournalEntry{std::move(record)};
}

JournalEntry read_tagged(cereal::BinaryInputArchive& archive, std::uint8_t tag) {
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
    default:
      throw std::runtime_error("unknown record tag " + std::to_string(tag));
  }
}

}  // namespace

Result<JournalEntry> decode_entry(std::string_view payload) {
  try {
    MemoryIStream stream(payload);
    cereal::BinaryInputArchive archive(stream);
    std::uint8_t tag = 0;
    archive(tag);
    JournalEntry entry = read_tagged(archive, tag);
    if (stream.rdbuf()->in_avail() != 0) return fail(ErrorCode::Corrupt, "record has extra bytes");
    return entry;
  } catch (const NewerVersionError& error) {
    return fail(ErrorCode::NewerFormat, error.what());
  } catch (const std::exception& error) {
    return fail(ErrorCode::Corrupt, std::string("record cannot be decoded: ") + error.what());
  }
}

// ---- Parsing ----

namespace {

/// Marks the scan as ending at `offset` and says why.
void stop_scan(JournalScan& scan, JournalTail tail, std::string problem) {
  scan.tail = tail;
  scan.problem = std::move(problem);
}

std::string at_offset(std::uint64_t offset) { return " at offset " + std::to_string(offset); }

}  // namespace

Result<JournalScan> parse_journal(std::string_view bytes, const std::string& name) {
  JournalScan scan;
  scan.file_bytes = bytes.size();
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
  std::size_t offset = kJournalHeaderBytes;
  while (offset < bytes.size()) {
    const std::size_t remaining = bytes.size() - offset;
    if (remaining < kFrameHeaderBytes) {
      stop_scan(scan, JournalTail::Torn, "an incomplete record header" + at_offset(offset));
      break;
    }
    const std::uint32_t length = get_u32(bytes, offset);
    const std::uint32_t expected_crc = get_u32(bytes, offset + 4);
    if (length > kMaxRecordBytes) {
      stop_scan(scan, JournalTail::Damaged, "an impossible record length" + at_offset(offset));
      break;
    }
    if (length > remaining - kFrameHeaderBytes) {
      stop_scan(scan, JournalTail::Torn, "an incomplete last record" + at_offset(offset));
      break;
    }
    const std::string_view payload = bytes.substr(offset + kFrameHeaderBytes, length);
    if (crc32(payload) != expected_crc) {
      stop_scan(scan, JournalTail::Damaged, "a record with a bad checksum" + at_offset(offset));
      break;
    }
    Result<JournalEntry> entry = decode_entry(payload);
    if (!entry) {
      stop_scan(scan, JournalTail::Damaged, entry.error().message + at_offset(offset));
      break;
    }
    scan.entries.push_back(std::move(entry).value());
    offset += kFrameHeaderBytes + length;
  }
  scan.valid_bytes = scan.tail == JournalTail::Clean ? bytes.size() : offset;
  return scan;
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

}  // namespace factdeck::store
