#pragma once
// `quizgen draft TEXT_FILE [-o OUT.facts.md]`: proposes tags for a plain or partly tagged text.
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Runs the command on the words after "draft"; returns the exit status (0, 1 input problem,
/// 2 usage error).
int run_draft(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
