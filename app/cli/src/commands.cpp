#include "cli/commands.hpp"

#include <algorithm>
#include <cstdio>

#include "command_table.hpp"
#include "report.hpp"

namespace factdeck::cli {

namespace {

const Command* find_command(std::string_view name) {
  for (const Command& command : command_table()) {
    if (command.spec.name == name) return &command;
  }
  return nullptr;
}

// True when `arg` is a global option; `takes_next` tells whether its value is the next argument.
bool is_global_option(std::string_view arg, bool& takes_next) {
  const std::size_t equals = arg.find('=');
  const std::span<const OptionSpec> globals = global_options();
  const bool is_global = std::any_of(globals.begin(), globals.end(), [&](const OptionSpec& option) {
    return option.name == arg.substr(0, equals);
  });
  takes_next = equals == std::string_view::npos;
  return is_global;
}

}  // namespace

std::vector<std::string_view> command_names() {
  std::vector<std::string_view> names;
  for (const Command& command : command_table()) names.push_back(command.spec.name);
  return names;
}

bool is_command(std::string_view name) { return find_command(name) != nullptr; }

std::optional<std::size_t> command_position(std::span<const std::string_view> args) {
  std::size_t i = 0;
  bool takes_next = false;
  while (i < args.size() && is_global_option(args[i], takes_next)) i += takes_next ? 2 : 1;
  if (i < args.size() && is_command(args[i])) return i;
  return std::nullopt;
}

int run_command(std::span<const std::string_view> args) {
  const std::optional<std::size_t> position = command_position(args);
  if (!position) return kExitUsage;
  const Command& command = *find_command(args[*position]);
  // The global options before the name count as if they came after it.
  std::vector<std::string_view> command_args(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(*position));
  command_args.insert(command_args.end(), args.begin() + static_cast<std::ptrdiff_t>(*position) + 1, args.end());
  const Result<ParsedArgs> parsed = parse_arguments(command.spec, command_args);
  if (!parsed) return report_usage_error(command.spec.name, parsed.error().message);
  if (parsed->wants_help()) {
    std::fputs(usage_text(command.spec).c_str(), stdout);
    return kExitOk;
  }
  return command.run(*parsed);
}

std::string commands_help() {
  std::string text;
  for (const Command& command : command_table()) {
    text += "  " + synopsis(command.spec) + "\n      " + std::string(command.spec.summary) + "\n";
  }
  return text;
}

}  // namespace factdeck::cli
