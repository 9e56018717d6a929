#pragma once
// `factdeck export --apkg`, the Anki-package form of the export command.
#include "cli/options.hpp"

namespace factdeck::cli {

/// Writes the deck of --deck (or the shipped deck) as an Anki package to --apkg; with
/// --with-progress also the profile's scheduling and answers. Returns the exit code.
[[nodiscard]] int run_export_apkg(const ParsedArgs& args);

}  // namespace factdeck::cli
