#pragma once
// Where profiles live: <data_dir>/profiles/<name>, with data_dir from --data-dir or
// $XDG_DATA_HOME/factdeck (default ~/.local/share/factdeck).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace factdeck::store {

inline constexpr std::string_view kDefaultProfileName = "default";

/// `flag_value` when given, else $XDG_DATA_HOME/factdeck, else $HOME/.local/share/factdeck.
/// NotFound when neither variable is set.
[[nodiscard]] Result<std::filesystem::path> resolve_data_dir(std::string_view flag_value);

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
