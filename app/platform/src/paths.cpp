#include "platform/paths.hpp"

#include <cstdlib>
#include <system_error>

namespace factdeck::platform {

namespace {
std::filesystem::path env_path(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::filesystem::path(value) : std::filesystem::path();
}
}  // namespace

std::filesystem::path shipped_decks_dir() {
  if (std::filesystem::path from_env = env_path("FACTDECK_DECKS_DIR"); !from_env.empty()) {
    return from_env;
  }
  std::error_code error;
  const std::filesystem::path source_tree = FACTDECK_SOURCE_DECKS_DIR;
  if (std::filesystem::is_directory(source_tree, error)) return source_tree;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  return executable.parent_path().parent_path() / "share" / "factdeck" / "decks";
}
}  // namespace factdeck::platform
