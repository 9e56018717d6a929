#pragma once
// How profiles are laid out in the data folder (os/folders.hpp finds that folder):
// <data_dir>/profiles/<name>, and <data_dir>/last-profile.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace factdeck::store {

inline constexpr std::string_view kDefaultProfileName = "default";

/// <data_dir>/profiles/<name>. Invalid for an empty name or one with '/', '\\' or "..".
[[nodiscard]] Result<std::filesystem::path> profile_dir(const std::filesystem::path& data_dir,
                                                        std::string_view profile_name);

/// The profiles in <data_dir>/profiles (their folder names), sorted; empty when there are none.
[[nodiscard]] std::vector<std::string> list_profiles(const std::filesystem::path& data_dir);

/// The profile the app opened last (<data_dir>/last-profile), or kDefaultProfileName when none
/// was remembered or the remembered name is not a valid profile name.
[[nodiscard]] std::string last_profile_name(const std::filesystem::path& data_dir);

/// Remembers `profile_name` as the one to open next time (the file is replaced atomically).
[[nodiscard]] Result<void> remember_profile_name(const std::filesystem::path& data_dir,
                                                 std::string_view profile_name);

}  // namespace factdeck::store
