#pragma once
// Opening a deck: a built deck file (.json) or a tagged article (.facts.md) built on the fly.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "base/result.hpp"

namespace factdeck::state {

/// Loads a deck from `path`: `.json` is read as a built deck, anything else is parsed as a
/// tagged article and built with the generator. Parse errors come back as one Error whose message
/// lists every diagnostic (file:line:col); nothing half-built is returned. `on_progress(facts
/// done, facts total)` follows the generator, when given.
[[nodiscard]] Result<quizgen::Deck> load_deck(
    const std::filesystem::path& path,
    const std::function<void(std::size_t, std::size_t)>& on_progress = {});

/// The shipped deck the app opens on first run (decks/soviet-diplomacy.facts.md).
[[nodiscard]] std::filesystem::path default_deck_path();

/// Every shipped deck source (*.facts.md in the shipped decks folder), sorted by name.
[[nodiscard]] std::vector<std::filesystem::path> shipped_deck_paths();

/// True when both paths name the same existing file (links and relative paths included).
[[nodiscard]] bool is_same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace factdeck::state
