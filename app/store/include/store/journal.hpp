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
// Reading resynchronises after damage: a bad record costs only its own bytes, because the scan
// looks for the next offset where a whole frame (length, CRC-32, decodable payload) validates.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
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
  Damaged,  // damaged bytes run to the end of the file (listed in JournalScan::damage)
};

/// One run of damaged bytes the scan skipped to reach the next intact record (or the end).
struct JournalDamage {
  std::uint64_t offset = 0;         // where the first bad frame starts
  std::uint64_t skipped_bytes = 0;  // from `offset` to the next intact record or the end
  std::size_t records_before = 0;   // intact records read before this damage
  std::string problem;              // what was wrong with the frame at `offset`
};

struct JournalScan {
  std::uint32_t format_version = 0;
  std::uint64_t generation = 0;
  std::vector<JournalEntry> entries;  // every intact record, before and after any damage
  std::uint64_t valid_bytes = 0;      // just past the last intact record (or the header)
  std::uint64_t record_bytes = 0;     // the frames of the intact records, headers included
  std::uint64_t file_bytes = 0;
  JournalTail tail = JournalTail::Clean;
  std::string problem;                // why the tail is not Clean, for the recovery report
  std::vector<JournalDamage> damage;  // in file order; the user's bytes there are not applied
};

/// Parses a journal's bytes; `name` is used in messages. Fails with Corrupt on a bad header and
/// NewerFormat on a version above kFormatVersion. A damaged record does not end the scan: it
/// searches on, byte by byte, for the next frame that validates, and lists what it skipped.
[[nodiscard]] Result<JournalScan> parse_journal(std::string_view bytes, const std::string& name);

/// About how many records `damage` held: its bytes over the mean intact frame (at least 1).
[[nodiscard]] std::size_t estimated_records(const JournalScan& scan, const JournalDamage& damage);
/// "at offset X (N bytes skipped, about K records: why)" for each damaged run, joined by "and".
[[nodiscard]] std::string describe_damage(const JournalScan& scan);

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
  /// Cuts the journal back to `size_bytes` (an earlier size_bytes()) and syncs it: undoes an
  /// append whose mirror could not be written. On failure every later append fails too.
  [[nodiscard]] Result<void> cut_back(std::uint64_t size_bytes);
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
