#pragma once
// `quizgen preview FILE [--kind K] [-n N] [--seed N]`: print sample questions with their options
// and answers, from an article (*.facts.md) or a built deck (*.json).
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Runs `preview` on the words after the command name. Returns 0, 1 when FILE cannot be read or
/// parsed, 2 on a usage error.
[[nodiscard]] int run_preview(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
