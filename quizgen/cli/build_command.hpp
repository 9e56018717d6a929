#pragma once
// `quizgen build FILE.facts.md -o DECK.json [--seed N]`: parse an article and write its deck.
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Runs `build` on the words after the command name. Returns 0 on success, 1 when the article
/// has errors or the deck cannot be written, 2 on a usage error.
[[nodiscard]] int run_build(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
