#include "cli/commands.hpp"

#include <cstdio>
#include <string>

#include "command_table.hpp"

namespace factdeck::cli {

namespace {
const Command* find_command(std::string_view name) {
  for (const Command& command : command_table()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}
}  // namespace

bool is_command(std::string_view name) { return find_command(name) != nullptr; }

int run_command(std::span<const std::string_view> args, std::string_view data_dir) {
  if (args.empty()) return kExitUsage;
  const Command* command = find_command(args[0]);
  if (command == nullptr) {
    std::fprintf(stderr, "factdeck: unknown command '%.*s'\n", static_cast<int>(args[0].size()),
                 args[0].data());
    return kExitUsage;
  }
  return command->run(args.subspan(1), data_dir);
}

const char* commands_help() {
  static const std::string help = [] {
    std::string text;
    for (const Command& command : command_table()) {
      text += "  ";
      text += command.synopsis;
      text += "\n";
    }
    return text;
  }();
  return help.c_str();
}

}  // namespace factdeck::cli
