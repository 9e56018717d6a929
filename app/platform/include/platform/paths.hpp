#pragma once
// Where factdeck keeps the user's data and settings (XDG base directories), and where it finds the
// decks and assets it ships.
#include <filesystem>
#include <string_view>

namespace factdeck::platform {

/// `$XDG_DATA_HOME/factdeck` (default `~/.local/share/factdeck`), or `data_dir_override` if given.
[[nodiscard]] std::filesystem::path data_dir(std::string_view data_dir_override);

/// `$XDG_CONFIG_HOME/factdeck` (default `~/.config/factdeck`), or `data_dir_override` if given
/// (tests keep everything in one folder).
[[nodiscard]] std::filesystem::path config_dir(std::string_view data_dir_override);

/// The folder holding the shipped decks: `FACTDECK_DECKS_DIR` if set, else the source tree's
/// decks/ this binary was built from, else `../share/factdeck/decks` next to the executable.
[[nodiscard]] std::filesystem::path shipped_decks_dir();

}  // namespace factdeck::platform
