#pragma once
// The one-writer lock of a profile: an exclusive flock(2) on DIR/profile.lock, released when the
// process exits or crashes, so a stale lock can never block the user.
#include <chrono>
#include <filesystem>

#include "base/result.hpp"

namespace factdeck::store {

class ProfileLock {
 public:
  /// Takes the lock, trying again for up to `wait` (in steps of kLockRetry) while another
  /// process holds it. Locked (with the holder's pid when known, and the time waited) if another
  /// process, or another ProfileLock in this one, still holds it; Io if the file cannot be opened.
  [[nodiscard]] static Result<ProfileLock> acquire(const std::filesystem::path& dir,
                                                   std::chrono::milliseconds wait = std::chrono::milliseconds{0});
  static constexpr std::chrono::milliseconds kLockRetry{50};
  ProfileLock(ProfileLock&& other) noexcept;
  ProfileLock& operator=(ProfileLock&& other) noexcept;
  ProfileLock(const ProfileLock&) = delete;
  ProfileLock& operator=(const ProfileLock&) = delete;
  ~ProfileLock();

 private:
  explicit ProfileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace factdeck::store
