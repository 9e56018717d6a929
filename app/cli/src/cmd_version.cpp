#include <cstdio>
#include <span>
#include <string_view>

#include "cli/commands.hpp"

namespace factdeck::cli {

int run_version(std::span<const std::string_view> /*args*/, std::string_view /*data_dir*/) {
  std::printf("factdeck %s\n", FACTDECK_VERSION);
  return kExitOk;
}

}  // namespace factdeck::cli
