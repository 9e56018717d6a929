#include "platform/paths.hpp"

#include <cstdlib>
#include <system_error>

namespace factdeck::platform {

namespace {
std::filesystem::path env_path(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::filesystem::path(value) : std::filesystem::path();
}

std::filesystem::path xdg_dir(const char* variable, const char* home_relative_default) {
  std::filesystem::path base = env_path(variable);
  if (base.empty()) {
    const std::filesystem::path home = env_path("HOME");
    base = (home.empty() ? std::filesystem::path(".") : home) / home_relative_default;
  }
  return base / "factdeck";
}
}  // namespace

std::filesystem::path data_dir(std::string_view data_dir_override) {
  if (!data_dir_override.empty()) return std::filesystem::path(data_dir_override);
  return xdg_dir("XDG_DATA_HOME", ".local/share");
}

std::filesystem::path config_dir(std::string_view data_dir_override) {
  if (!data_dir_override.empty()) return std::filesystem::path(data_dir_override);
  return xdg_dir("XDG_CONFIG_HOME", ".config");
}

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
