#include "store/profile_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <thread>
#include <utility>

#include "store/file_io.hpp"
#include "store/formats.hpp"

namespace factdeck::store {

namespace {

/// The pid the holder wrote into the lock file, or empty.
std::string holder_pid(int fd) {
  char text[32] = {};
  const ssize_t got = ::pread(fd, text, sizeof text - 1, 0);
  if (got <= 0) return {};
  std::string pid(text, static_cast<std::size_t>(got));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid;
}

}  // namespace

// A headless command run while another one writes (a script answering in a loop) should wait
// for it rather than fail: the holder keeps the lock for milliseconds. The wait is counted in
// retries, not read from a clock, and is bounded, so a copy left open in the app still fails
// quickly with the reason.
Result<ProfileLock> ProfileLock::acquire(const std::filesystem::path& dir, std::chrono::milliseconds wait) {
  const std::filesystem::path path = dir / kLockFile;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return io_error("cannot open the lock file", path, errno);
  ProfileLock lock(fd);
  const long retries = wait / kLockRetry;
  bool is_locked = false;
  for (long attempt = 0; !is_locked; ++attempt) {
    is_locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (is_locked) break;
    if (errno != EWOULDBLOCK) return io_error("cannot lock", path, errno);
    if (attempt >= retries) {
      const std::string pid = holder_pid(fd);
      const std::string waited =
          retries > 0 ? "; waited " + std::to_string(retries * kLockRetry.count()) + " ms for it" : std::string();
      return fail(ErrorCode::Locked,
                  "the profile in " + dir.string() + " is open in another factdeck" +
                      (pid.empty() ? std::string() : " (process " + pid + ")") + waited +
                      "; close it first, or open this profile read-only",
                  path.string());
    }
    std::this_thread::sleep_for(kLockRetry);
  }
  // Best effort: the pid only improves the message another process shows.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    const ssize_t written = ::pwrite(fd, pid.data(), pid.size(), 0);
    (void)written;
  }
  return lock;
}

ProfileLock::ProfileLock(ProfileLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

ProfileLock& ProfileLock::operator=(ProfileLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

ProfileLock::~ProfileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the flock
}

}  // namespace factdeck::store
