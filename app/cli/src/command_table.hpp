#pragma once
// The list of headless commands. Each command lives in its own cmd_<name>.cpp, which declares its
// arguments (a CommandSpec) next to the function that runs it, and is listed once in the table.
#include <span>

#include "cli/options.hpp"

namespace factdeck::cli {

/// Runs a command on its checked arguments; returns the exit code.
using CommandFn = int (*)(const ParsedArgs& args);

struct Command {
  CommandSpec spec;
  CommandFn run;
};

/// Every headless command, in the order --help lists them.
[[nodiscard]] std::span<const Command> command_table();

}  // namespace factdeck::cli
