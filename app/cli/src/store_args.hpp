#pragma once
// Options shared by the store commands (export, import): --profile NAME and the profile's dir.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace factdeck::cli {

/// The value after `flag` in `args` ("--flag VALUE"), if present.
[[nodiscard]] std::optional<std::string_view> flag_value(std::span<const std::string_view> args,
                                                         std::string_view flag);

/// <data dir>/profiles/<--profile or "default">, the data dir being `data_dir` or the XDG default.
[[nodiscard]] Result<std::filesystem::path> profile_dir_from_args(
    std::span<const std::string_view> args, std::string_view data_dir);

/// Prints each recovery message of an opened profile to stderr.
void print_recovery_messages(std::span<const std::string> messages);

}  // namespace factdeck::cli
