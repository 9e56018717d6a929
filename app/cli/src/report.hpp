#pragma once
// How every command reports a problem on stderr: "factdeck NAME: what happened".
#include <string_view>

#include "base/result.hpp"

namespace factdeck::cli {

/// Prints the usage problem and where to find the usage; returns kExitUsage.
int report_usage_error(std::string_view command, std::string_view problem);

/// Prints the error (with its file and position); returns kExitFailure.
int report_failure(std::string_view command, const Error& error);

/// Prints a warning that does not stop the command.
void report_warning(std::string_view command, std::string_view warning);

}  // namespace factdeck::cli
