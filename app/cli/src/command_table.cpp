#include "command_table.hpp"

namespace factdeck::cli {

// Each command's declaration and entry point, defined in its cmd_<name>.cpp.
Command version_command();
Command optimize_command();
Command memory_states_command();
Command simulate_command();
Command recompute_command();
Command due_command();
Command answer_command();
Command stats_command();
Command export_command();
Command import_command();
Command class_report_command();
Command related_command();

std::span<const Command> command_table() {
  static const Command kCommands[] = {
      version_command(), optimize_command(), memory_states_command(), simulate_command(),
      recompute_command(), due_command(), answer_command(), stats_command(),
      export_command(), import_command(), class_report_command(), related_command(),
  };
  return kCommands;
}

}  // namespace factdeck::cli
