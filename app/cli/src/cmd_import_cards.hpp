#pragma once
// `factdeck import --apkg | --text`, the card-import form of the import command.
#include "cli/options.hpp"

namespace factdeck::cli {

/// Reads the cards of --apkg or --text and writes them as a tagged article (-o, or the input with
/// .facts.md); all or nothing. Returns the exit code.
[[nodiscard]] int run_import_cards(const ParsedArgs& args);

}  // namespace factdeck::cli
