#pragma once
// Where factdeck keeps and finds things on this machine: the user's data folder (XDG) and the
// decks it ships. Profiles inside the data folder are laid out by store/profile_paths.hpp.
#include <filesystem>
#include <string_view>

#include "base/result.hpp"

namespace factdeck::os {

/// `flag_value` when given, else $XDG_DATA_HOME/factdeck, else $HOME/.local/share/factdeck.
/// NotFound when neither variable is set.
[[nodiscard]] Result<std::filesystem::path> resolve_data_dir(std::string_view flag_value);

/// The folder holding the shipped decks: `FACTDECK_DECKS_DIR` if set, else
/// `../share/factdeck/decks` from the executable's folder when it exists (installed), else the
/// source tree's decks/ this binary was built from (the build tree).
[[nodiscard]] std::filesystem::path shipped_decks_dir();

}  // namespace factdeck::os
