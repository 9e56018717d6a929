#pragma once
// Diagnostics: problems found in an input file, reported compiler style with the offending line
// and a caret under the column. Errors stop a deck from being built; warnings do not.
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace factdeck::quizgen {

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string message;
  std::string file;
  int line = 0;             // 1-based; 0 when the problem concerns the whole file
  int column = 0;           // 1-based, counted in code points; 0 when unknown
  std::string source_line;  // the offending line as written (without its line break)
};

/// "error" or "warning".
[[nodiscard]] std::string_view severity_name(Severity severity);

/// Compiler-style text ending in '\n': "file:line:col: error: message", then (when the line is
/// known) the source line indented by two spaces and a caret under the column. Invalid UTF-8 in
/// the source line is shown as '?'; tabs before the column are kept so the caret lines up.
[[nodiscard]] std::string format_diagnostic(const Diagnostic& diagnostic);

/// The diagnostic as an Error (ErrorCode::Parse) for callers that use Result<T>.
[[nodiscard]] Error to_error(const Diagnostic& diagnostic);

}  // namespace factdeck::quizgen
