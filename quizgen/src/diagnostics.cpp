#include "quizgen/diagnostics.hpp"

#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

// Spaces (and the line's own tabs) up to the column, so the caret sits under the right character
// even after Cyrillic or accented letters, which take several bytes but one column.
std::string caret_line(std::string_view source_line, int column) {
  std::string out = "  ";
  int code_points = 0;
  for (char c : source_line) {
    if (code_points >= column - 1) break;
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;
    out += (c == '\t') ? '\t' : ' ';
    ++code_points;
  }
  while (code_points < column - 1) {
    out += ' ';
    ++code_points;
  }
  return out + "^\n";
}

}  // namespace

std::string_view severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out = diagnostic.file.empty() ? std::string("<input>") : diagnostic.file;
  if (diagnostic.line > 0) out += ":" + std::to_string(diagnostic.line);
  if (diagnostic.line > 0 && diagnostic.column > 0) out += ":" + std::to_string(diagnostic.column);
  out += ": ";
  out += severity_name(diagnostic.severity);
  out += ": " + diagnostic.message + "\n";
  if (diagnostic.line <= 0) return out;
  out += "  " + replace_invalid_utf8(diagnostic.source_line) + "\n";
  if (diagnostic.column > 0) out += caret_line(diagnostic.source_line, diagnostic.column);
  return out;
}

Error to_error(const Diagnostic& diagnostic) {
  return Error{ErrorCode::Parse, diagnostic.message, diagnostic.file, diagnostic.line,
               diagnostic.column};
}

}  // namespace factdeck::quizgen
