#pragma once
// The decks the learner opened (besides the shipped ones), so the app lists them again on the next
// start. One list per data directory: decks are shared by every profile; progress is not.
#include <filesystem>
#include <vector>

#include "base/result.hpp"

namespace factdeck::store {

/// The deck files remembered in <data_dir>/decks.list, one absolute path per line, in the order
/// they were first opened. Empty when nothing was remembered yet.
[[nodiscard]] std::vector<std::filesystem::path> read_deck_list(const std::filesystem::path& data_dir);

/// Replaces the remembered list (atomically: a crash leaves the old list or the new one).
[[nodiscard]] Result<void> write_deck_list(const std::filesystem::path& data_dir,
                                           const std::vector<std::filesystem::path>& decks);

}  // namespace factdeck::store
