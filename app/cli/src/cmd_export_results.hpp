#pragma once
// `factdeck export --results`, a student's results file for the teacher.
#include "cli/options.hpp"

namespace factdeck::cli {

/// Writes the profile's results on the deck of --deck (or the shipped deck) to --results, under
/// the name of --name (or the profile's). Returns the exit code.
[[nodiscard]] int run_export_results(const ParsedArgs& args);

}  // namespace factdeck::cli
