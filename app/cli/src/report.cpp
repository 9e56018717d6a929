#include "report.hpp"

#include <cstdio>
#include <string>

#include "cli/commands.hpp"

namespace factdeck::cli {

namespace {
int size_of(std::string_view text) { return static_cast<int>(text.size()); }
}  // namespace

int report_usage_error(std::string_view command, std::string_view problem) {
  std::fprintf(stderr, "factdeck %.*s: %.*s (see 'factdeck %.*s --help')\n", size_of(command), command.data(),
               size_of(problem), problem.data(), size_of(command), command.data());
  return kExitUsage;
}

int report_failure(std::string_view command, const Error& error) {
  // A message that already starts with its file (as the card readers' do) is not prefixed twice.
  const bool names_file = !error.file.empty() && error.message.starts_with(error.file);
  const std::string text = names_file ? error.message : error.to_string();
  std::fprintf(stderr, "factdeck %.*s: %s\n", size_of(command), command.data(), text.c_str());
  return kExitFailure;
}

void report_warning(std::string_view command, std::string_view warning) {
  std::fprintf(stderr, "factdeck %.*s: %.*s\n", size_of(command), command.data(), size_of(warning), warning.data());
}

}  // namespace factdeck::cli
