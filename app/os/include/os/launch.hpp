#pragma once
// Starting other programs: the user's editor on a fact's line. No shell is involved: commands
// are argument vectors, so a file name can never be read as shell syntax.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace factdeck::os {

/// The command that opens `file` at 1-based `line`: `$VISUAL`, else `$EDITOR` (split on spaces,
/// e.g. "code --wait"), followed by "+LINE" and the file; with neither set (or both empty),
/// `xdg-open FILE`, which cannot jump to a line. Pure: the variables' values are passed in.
[[nodiscard]] std::vector<std::string> editor_command(const std::optional<std::string>& visual,
                                                      const std::optional<std::string>& editor,
                                                      const std::filesystem::path& file, int line);

/// editor_command() with `VISUAL` and `EDITOR` read from this process's environment.
[[nodiscard]] std::vector<std::string> editor_command_from_environment(
    const std::filesystem::path& file, int line);

/// Starts `argv` (argv[0] looked up in PATH) in a session of its own and returns its process id
/// without waiting for it. Fails with Io when it cannot be started (no such program, not
/// executable) or `argv` is empty. Reap it later with reap_finished().
[[nodiscard]] Result<int> launch_detached(const std::vector<std::string>& argv);

/// Collects the exit status of the processes in `pids` that have ended (so none lingers as a
/// zombie) and removes them from the list; never blocks.
void reap_finished(std::vector<int>& pids);

}  // namespace factdeck::os
