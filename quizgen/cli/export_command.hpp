#pragma once
// `quizgen export FILE (--gift OUT | --moodle-xml OUT | --html OUT)... [--kinds LIST]
// [--section TITLE]... [-n N] [--seed N]`: the deck's questions for Moodle (GIFT, Moodle XML) or
// as a printable practice test, one chosen set written in every format asked for.
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Runs `export` on the words after the command name. Returns 0, 1 when FILE cannot be read or
/// an output cannot be written, 2 on a usage error (including an unknown kind or section).
[[nodiscard]] int run_export(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
