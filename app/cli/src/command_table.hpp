#pragma once
// The list of headless commands. Each command lives in its own cmd_<name>.cpp and is listed here.
#include <span>
#include <string_view>

namespace factdeck::cli {

using CommandFn = int (*)(std::span<const std::string_view> args, std::string_view data_dir);

struct Command {
  std::string_view name;
  const char* synopsis;  // one line for --help
  CommandFn run;
};

/// Every headless command, in the order --help lists them.
std::span<const Command> command_table();

}  // namespace factdeck::cli
