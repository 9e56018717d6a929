#pragma once
// `quizgen check FILE...`: report the problems of tagged articles and summarize the good ones.
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Runs `check` on the words after the command name. Prints diagnostics on stderr and one
/// summary line per clean file on stdout. Returns 0 if no file has an error, 1 if any has, 2 on
/// a usage error.
[[nodiscard]] int run_check(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
