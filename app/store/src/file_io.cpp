#include "store/file_io.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <system_error>

namespace factdeck::store {

namespace fs = std::filesystem;

namespace {

class PosixFileWriter final : public FileWriter {
 public:
  Result<void> write_all(int fd, std::string_view bytes, const fs::path& path) override {
    while (!bytes.empty()) {
      const ssize_t written = ::write(fd, bytes.data(), bytes.size());
      if (written < 0 && errno == EINTR) continue;
      if (written < 0) return io_error("cannot write", path, errno);
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return {};
  }
  Result<void> sync(int fd, const fs::path& path) override {
    if (::fdatasync(fd) != 0) return io_error("cannot flush to disk", path, errno);
    return {};
  }
  Result<void> sync_directory(const fs::path& dir) override { return store::sync_directory(dir); }
};

/// Closes a descriptor when it goes out of scope.
struct FdGuard {
  int fd = -1;
  ~FdGuard() {
    if (fd >= 0) ::close(fd);
  }
};

std::string format_utc(sched::TimePoint time, const char* format) {
  const std::time_t secs = static_cast<std::time_t>(time.time_since_epoch().count());
  std::tm parts{};
  gmtime_r(&secs, &parts);
  char text[32];
  const std::size_t length = std::strftime(text, sizeof text, format, &parts);
  return std::string(text, length);
}

}  // namespace

std::shared_ptr<FileWriter> posix_file_writer() { return std::make_shared<PosixFileWriter>(); }

Unexpected io_error(std::string_view what, const fs::path& path, int error_number) {
  return fail(ErrorCode::Io,
              std::string(what) + " " + path.string() + ": " + std::strerror(error_number),
              path.string());
}

Result<std::shared_ptr<const MappedFile>> MappedFile::open(const fs::path& path) {
  FdGuard file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    if (errno == ENOENT) return fail(ErrorCode::NotFound, path.string() + " does not exist");
    return io_error("cannot open", path, errno);
  }
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) return io_error("cannot stat", path, errno);
  const auto size = static_cast<std::size_t>(status.st_size);
  if (size == 0) return std::shared_ptr<const MappedFile>(new MappedFile(nullptr, 0));
  // MAP_POPULATE maps the (usually cached) pages up front instead of faulting them one by one.
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.fd, 0);
  if (data == MAP_FAILED) return io_error("cannot map", path, errno);
  return std::shared_ptr<const MappedFile>(new MappedFile(static_cast<const char*>(data), size));
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

Result<std::string> read_file(const fs::path& path) {
  FdGuard file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    if (errno == ENOENT) return fail(ErrorCode::NotFound, path.string() + " does not exist");
    return io_error("cannot open", path, errno);
  }
  std::string bytes;
  const off_t size = ::lseek(file.fd, 0, SEEK_END);
  if (size < 0 || ::lseek(file.fd, 0, SEEK_SET) < 0) return io_error("cannot seek", path, errno);
  bytes.resize(static_cast<std::size_t>(size));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t got = ::read(file.fd, bytes.data() + done, bytes.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return io_error("cannot read", path, errno);
    if (got == 0) break;  // the file shrank while we read it
    done += static_cast<std::size_t>(got);
  }
  bytes.resize(done);
  return bytes;
}

Result<void> sync_directory(const fs::path& dir) {
  FdGuard handle{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (handle.fd < 0) return io_error("cannot open directory", dir, errno);
  if (::fsync(handle.fd) != 0) return io_error("cannot flush directory", dir, errno);
  return {};
}

namespace {

/// Writes and syncs PATH.tmp; returns its path (nothing is left behind on failure).
Result<fs::path> write_temp_file(const fs::path& path, std::string_view bytes, FileWriter& writer) {
  const fs::path temp = fs::path(path).concat(".tmp");
  FdGuard file{::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
  if (file.fd < 0) return io_error("cannot create", temp, errno);
  Result<void> written = writer.write_all(file.fd, bytes, temp);
  if (written) written = writer.sync(file.fd, temp);
  if (!written) {
    ::unlink(temp.c_str());
    return Unexpected{written.error()};
  }
  return temp;
}

Result<void> replace_with_temp(const fs::path& temp, const fs::path& path, FileWriter& writer) {
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int error_number = errno;
    ::unlink(temp.c_str());
    return io_error("cannot replace", path, error_number);
  }
  return writer.sync_directory(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

}  // namespace

Result<void> write_file_atomically(const fs::path& path, std::string_view bytes,
                                   FileWriter& writer) {
  const Result<fs::path> temp = write_temp_file(path, bytes, writer);
  if (!temp) return Unexpected{temp.error()};
  return replace_with_temp(*temp, path, writer);
}

Result<void> write_file_verified(const fs::path& path, std::string_view bytes, FileWriter& writer,
                                 const std::function<Result<void>()>& before_replace) {
  const Result<fs::path> temp = write_temp_file(path, bytes, writer);
  if (!temp) return Unexpected{temp.error()};
  Result<void> ready = check_file_reads_back(*temp, bytes);
  if (ready && before_replace) ready = before_replace();
  if (!ready) {
    ::unlink(temp->c_str());
    return ready;
  }
  return replace_with_temp(*temp, path, writer);
}

Result<void> check_file_reads_back(const fs::path& path, std::string_view bytes) {
  const Result<std::string> read = read_file(path);
  if (!read) return Unexpected{read.error()};
  if (*read == bytes) return {};
  std::size_t offset = 0;
  while (offset < read->size() && offset < bytes.size() && (*read)[offset] == bytes[offset]) ++offset;
  return fail(ErrorCode::Corrupt,
              path.string() + " did not read back as written (first difference at offset " +
                  std::to_string(offset) + " of " + std::to_string(bytes.size()) + " bytes)",
              path.string());
}

Result<void> link_file(const fs::path& from, const fs::path& to) {
  if (::link(from.c_str(), to.c_str()) != 0) return io_error("cannot link " + from.string() + " as", to, errno);
  return {};
}

Result<fs::path> move_aside(const fs::path& path, std::string_view label, sched::TimePoint now,
                            FileWriter& writer) {
  const std::string base = path.string() + "." + std::string(label) + "-" + compact_timestamp(now);
  fs::path target = base;
  std::error_code error;
  for (int counter = 2; fs::exists(target, error); ++counter) {
    target = base + "-" + std::to_string(counter);
  }
  if (::rename(path.c_str(), target.c_str()) != 0) {
    return io_error("cannot move aside", path, errno);
  }
  const Result<void> synced = writer.sync_directory(path.parent_path());
  if (!synced) return Unexpected{synced.error()};
  return target;
}

std::string compact_timestamp(sched::TimePoint time) { return format_utc(time, "%Y%m%d-%H%M%S"); }

std::string readable_timestamp(sched::TimePoint time) { return format_utc(time, "%Y-%m-%d %H:%M"); }

}  // namespace factdeck::store
