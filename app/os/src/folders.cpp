#include "os/folders.hpp"

#include <cstdlib>
#include <system_error>

namespace factdeck::os {

namespace fs = std::filesystem;

namespace {

/// The variable's value when set and non-empty (XDG says an empty value counts as unset).
const char* env_value(const char* name) {
  const char* value = std::getenv(name);
  return (value != nullptr && *value != '\0') ? value : nullptr;
}

}  // namespace

Result<fs::path> resolve_data_dir(std::string_view flag_value) {
  if (!flag_value.empty()) return fs::path(flag_value);
  // XDG: relative paths in $XDG_DATA_HOME are invalid and must be ignored.
  if (const char* xdg = env_value("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/') {
    return fs::path(xdg) / "factdeck";
  }
  if (const char* home = env_value("HOME")) return fs::path(home) / ".local/share/factdeck";
  return fail(ErrorCode::NotFound,
              "cannot find a data directory: set $HOME or $XDG_DATA_HOME, or pass --data-dir");
}

fs::path shipped_decks_dir() {
  if (const char* from_env = env_value("FACTDECK_DECKS_DIR")) return fs::path(from_env);
  std::error_code error;
  // Installed (bin/factdeck next to share/factdeck/decks) wins over the source tree the binary
  // was built from: a copy installed on the build machine must show what it installed.
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  const fs::path installed = executable.parent_path().parent_path() / "share" / "factdeck" / "decks";
  if (fs::is_directory(installed, error)) return installed;
  const fs::path source_tree = FACTDECK_SOURCE_DECKS_DIR;
  if (fs::is_directory(source_tree, error)) return source_tree;
  return installed;
}

}  // namespace factdeck::os
