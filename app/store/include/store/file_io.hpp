#pragma once
// The store's few file operations, with errors as data. Writes go through a FileWriter so tests
// can inject failures (a full disk, a failing fsync) at exactly the write they want.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::store {

/// Writes and syncs open file descriptors. The default one calls write(2) and fdatasync(2).
class FileWriter {
 public:
  virtual ~FileWriter() = default;
  /// Writes all of `bytes` at the descriptor's offset; `path` is only for the message.
  [[nodiscard]] virtual Result<void> write_all(int fd, std::string_view bytes,
                                               const std::filesystem::path& path) = 0;
  /// Makes the written data durable (fdatasync).
  [[nodiscard]] virtual Result<void> sync(int fd, const std::filesystem::path& path) = 0;
  /// Makes a rename or a new file in `dir` durable (fsync of the directory).
  [[nodiscard]] virtual Result<void> sync_directory(const std::filesystem::path& dir) = 0;
};

/// The real writer.
[[nodiscard]] std::shared_ptr<FileWriter> posix_file_writer();

/// "what failed: path: strerror(errno)" as an Io error.
[[nodiscard]] Unexpected io_error(std::string_view what, const std::filesystem::path& path,
                                  int error_number);

/// A file mapped read-only into memory (the snapshot is used in place this way). Profiles only
/// ever replace a snapshot by rename, never truncate it, so the mapping stays valid.
class MappedFile {
 public:
  /// NotFound when the file does not exist, Io when it cannot be opened or mapped.
  [[nodiscard]] static Result<std::shared_ptr<const MappedFile>> open(
      const std::filesystem::path& path);
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();
  [[nodiscard]] std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

/// The whole file. NotFound when it does not exist, Io when it cannot be read.
[[nodiscard]] Result<std::string> read_file(const std::filesystem::path& path);

/// Replaces `path` with `bytes` atomically: writes PATH.tmp in the same directory, syncs it,
/// renames it over `path` and syncs the directory. On failure `path` is untouched.
[[nodiscard]] Result<void> write_file_atomically(const std::filesystem::path& path,
                                                 std::string_view bytes, FileWriter& writer);

/// The same, after reading PATH.tmp back and comparing it with `bytes`: Corrupt (and `path`
/// untouched) when what reached the file is not what was meant, so a bad copy never replaces a
/// good one. `before_replace` runs between the check and the rename (it may fail the write).
[[nodiscard]] Result<void> write_file_verified(const std::filesystem::path& path,
                                               std::string_view bytes, FileWriter& writer,
                                               const std::function<Result<void>()>& before_replace = {});

/// Corrupt unless the file at `path` holds exactly `bytes` (Io when it cannot be read).
[[nodiscard]] Result<void> check_file_reads_back(const std::filesystem::path& path,
                                                 std::string_view bytes);

/// A second name `to` for the file `from` (link(2)); Io on failure (e.g. a file system without
/// hard links).
[[nodiscard]] Result<void> link_file(const std::filesystem::path& from, const std::filesystem::path& to);

/// fsync of a directory, so a rename or a new file in it survives a crash.
[[nodiscard]] Result<void> sync_directory(const std::filesystem::path& dir);

/// Renames `path` to PATH.<label>-<YYYYMMDD-HHMMSS> (with a counter if that exists) and returns
/// the new path. The file is moved, never deleted.
[[nodiscard]] Result<std::filesystem::path> move_aside(const std::filesystem::path& path,
                                                       std::string_view label, sched::TimePoint now,
                                                       FileWriter& writer);

/// "YYYYMMDD-HHMMSS" in UTC.
[[nodiscard]] std::string compact_timestamp(sched::TimePoint time);
/// "YYYY-MM-DD HH:MM" in UTC, for messages.
[[nodiscard]] std::string readable_timestamp(sched::TimePoint time);

}  // namespace factdeck::store
