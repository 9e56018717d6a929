#pragma once
// Where factdeck finds the decks it ships. (Profiles live where store/paths.hpp says.)
#include <filesystem>

namespace factdeck::platform {

/// The folder holding the shipped decks: `FACTDECK_DECKS_DIR` if set, else the source tree's
/// decks/ this binary was built from, else `../share/factdeck/decks` next to the executable.
[[nodiscard]] std::filesystem::path shipped_decks_dir();

}  // namespace factdeck::platform
