#pragma once
// The journal: an append-only file of every change since the last snapshot.
//   header  "FDJOURNL" + u32 format version + u64 generation + u32 CRC-32 of those 20 bytes
//           (all integers little-endian)
//   record  u32 payload length + u32 CRC-32 of the payload + payload (cereal binary: u8 entry
//           tag, then the record)
// A record is durable once append() returns: it is written and fdatasync'd first.
// The generation ties a journal to its snapshot: compaction writes a snapshot of generation G+1
// and then an empty journal of generation G+1, so a journal older than its snapshot (a crash
// between the two steps) is recognised as already folded in and never applied twice.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/result.hpp"
#include "store/file_io.hpp"
#include "store/records.hpp"

namespace factdeck::store {

inline constexpr std::string_view kJournalMagic = "FDJOURNL";
inline constexpr std::size_t kJournalHeaderBytes = 24;
inline constexpr std::size_t kFrameHeaderBytes = 8;
/// No single record is larger; a longer length field is damage, not a torn write.
inline constexpr std::uint32_t kMaxRecordBytes = 16u << 20;

/// How a journal ends after its last intact record.
enum class JournalTail {
  Clean,    // nothing after the last intact record
  Torn,     // an incomplete last record: a write cut short by a crash (safe to drop)
  Damaged,  // a bad checksum or undecodable record with data after it: keep the file aside
};

struct JournalScan {
  std::uint32_t format_version = 0;
  std::uint64_t generation = 0;
  std::vector<JournalEntry> entries;
  std::uint64_t valid_bytes = 0;  // header plus the intact records
  std::uint64_t file_bytes = 0;
  JournalTail tail = JournalTail::Clean;
  std::string problem;  // what is past valid_bytes, for the recovery report
};

/// Parses a journal's bytes; `name` is used in messages. Fails with Corrupt on a bad header and
/// NewerFormat on a version above kFormatVersion; a damaged record ends the scan instead.
[[nodiscard]] Result<JournalScan> parse_journal(std::string_view bytes, const std::string& name);

/// The file header for format `version`.
[[nodiscard]] std::string journal_header(std::uint32_t version, std::uint64_t generation);
/// Length + CRC-32 + payload.
[[nodiscard]] std::string frame_record(std::string_view payload);
/// The cereal binary payload of one entry.
[[nodiscard]] std::string encode_entry(const JournalEntry& entry);
/// Decodes a payload; Corrupt on anything malformed, NewerFormat on a newer record version.
[[nodiscard]] Result<JournalEntry> decode_entry(std::string_view payload);

/// Appends records to an open journal.
class JournalWriter {
 public:
  /// Creates a fresh, empty journal of `generation` at `path` atomically (replacing any file).
  [[nodiscard]] static Result<JournalWriter> create(const std::filesystem::path& path,
                                                    std::shared_ptr<FileWriter> writer,
                                                    std::uint64_t generation);
  /// Opens an existing journal for appending after its first `valid_bytes` bytes; anything after
  /// them (a torn record) is cut off first.
  [[nodiscard]] static Result<JournalWriter> open(const std::filesystem::path& path,
                                                  std::shared_ptr<FileWriter> writer,
                                                  std::uint64_t valid_bytes);
  JournalWriter(JournalWriter&& other) noexcept;
  JournalWriter& operator=(JournalWriter&& other) noexcept;
  JournalWriter(const JournalWriter&) = delete;
  JournalWriter& operator=(const JournalWriter&) = delete;
  ~JournalWriter();

  /// Appends one record and syncs it to disk. On failure the file is cut back to its previous
  /// length so the journal stays valid; if even that fails, every later append fails too.
  [[nodiscard]] Result<void> append(const JournalEntry& entry);
  [[nodiscard]] std::uint64_t size_bytes() const { return size_bytes_; }

 private:
  JournalWriter(int fd, std::filesystem::path path, std::shared_ptr<FileWriter> writer,
                std::uint64_t size_bytes);
  int fd_ = -1;
  std::filesystem::path path_;
  std::shared_ptr<FileWriter> writer_;
  std::uint64_t size_bytes_ = 0;
  bool is_broken_ = false;
};

}  // namespace factdeck::store
