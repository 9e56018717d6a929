#pragma once
// Headless subcommands of the `factdeck` executable (memory-states, simulate, answer, due,
// export, import, stats, optimize). GUI-free: they share the core libraries with the app.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::cli {

/// Exit codes shared by every command: 0 success, 1 failure, 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Every headless command's name, in the order --help lists them.
[[nodiscard]] std::vector<std::string_view> command_names();

/// True when `name` is a headless subcommand.
[[nodiscard]] bool is_command(std::string_view name);

/// Where the command's name is in `args` (argv[1..]): after any global options (--data-dir DIR,
/// --profile NAME). Empty when `args` name no command, so the window starts.
[[nodiscard]] std::optional<std::size_t> command_position(std::span<const std::string_view> args);

/// Runs the command that `args` (argv[1..]) name, with the global options given before it and
/// every argument after it; prints its usage on --help. Returns the exit code.
[[nodiscard]] int run_command(std::span<const std::string_view> args);

/// One line per command (its synopsis and summary) for `factdeck --help`.
[[nodiscard]] std::string commands_help();

}  // namespace factdeck::cli
