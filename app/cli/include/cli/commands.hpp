#pragma once
// Headless subcommands of the `factdeck` executable (memory-states, simulate, answer, due,
// export, import, stats, optimize). GUI-free: they share the core libraries with the app.
#include <span>
#include <string_view>

namespace factdeck::cli {

/// Exit codes shared by every command: 0 success, 1 failure, 2 usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// True when `name` is a headless subcommand (so main() must not open a window).
[[nodiscard]] bool is_command(std::string_view name);

/// Runs the subcommand named by args[0] with the rest of args; returns the exit code.
/// `data_dir` is the --data-dir given before the command, or empty for the XDG default.
[[nodiscard]] int run_command(std::span<const std::string_view> args, std::string_view data_dir);

/// One line per command for `factdeck --help`.
[[nodiscard]] const char* commands_help();

}  // namespace factdeck::cli
