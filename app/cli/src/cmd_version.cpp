// `factdeck version`: prints the version.
#include <cstdio>

#include "cli/commands.hpp"
#include "command_table.hpp"

namespace factdeck::cli {

namespace {

int run_version(const ParsedArgs& /*args*/) {
  std::printf("factdeck %s\n", FACTDECK_VERSION);
  return kExitOk;
}

}  // namespace

Command version_command() { return {{"version", "print the version", {}, {}, {}}, run_version}; }

}  // namespace factdeck::cli
