#include "source_text.hpp"

#include <algorithm>

#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

DiagnosticSink::DiagnosticSink(std::string file, const std::vector<std::string_view>& lines)
    : file_(std::move(file)), lines_(lines) {}

void DiagnosticSink::error(SourcePoint at, std::string message) {
  report(Severity::Error, at, std::move(message));
}

void DiagnosticSink::warning(SourcePoint at, std::string message) {
  report(Severity::Warning, at, std::move(message));
}

void DiagnosticSink::file_error(std::string message) {
  diagnostics_.push_back(Diagnostic{Severity::Error, std::move(message), file_, 0, 0, {}});
  ++error_count_;
}

// Spans ask for their columns left to right, so counting on from the previous answer on the
// same line keeps a line of thousands of spans linear (counting from the line start was
// quadratic: 2.7 s for a 0.74 MB line).
int DiagnosticSink::column_of(SourcePoint at) const {
  if (at.line < 1 || static_cast<std::size_t>(at.line) > lines_.size()) return 0;
  const std::string_view line = lines_[static_cast<std::size_t>(at.line) - 1];
  const std::size_t byte = std::min(at.byte, line.size());
  if (at.line != counted_.line || byte < counted_.byte) counted_ = {at.line, 0, 0};
  counted_.code_points += count_code_points(line.substr(counted_.byte, byte - counted_.byte));
  counted_.byte = byte;
  return static_cast<int>(counted_.code_points) + 1;
}

void DiagnosticSink::report(Severity severity, SourcePoint at, std::string message) {
  std::string source_line;
  if (at.line >= 1 && static_cast<std::size_t>(at.line) <= lines_.size()) {
    source_line = lines_[static_cast<std::size_t>(at.line) - 1];
  }
  diagnostics_.push_back(
      Diagnostic{severity, std::move(message), file_, at.line, column_of(at), std::move(source_line)});
  if (severity == Severity::Error) ++error_count_;
}

std::vector<Diagnostic> DiagnosticSink::take_sorted() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  return std::move(diagnostics_);
}

void BlockText::clear() {
  raw.clear();
  segments.clear();
  is_list_item = false;
}

void BlockText::append_line(SourcePoint at, std::string_view content) {
  const std::size_t skipped = leading_space(content);
  content = trim(content);
  if (!raw.empty()) raw += ' ';
  segments.push_back(TextSegment{raw.size(), SourcePoint{at.line, at.byte + skipped}});
  raw.append(content);
}

SourcePoint BlockText::locate(std::size_t raw_offset) const {
  // The last segment starting at or before the offset; the joining space belongs to the line
  // before it.
  auto after = std::upper_bound(segments.begin(), segments.end(), raw_offset,
                                [](std::size_t offset, const TextSegment& segment) {
                                  return offset < segment.raw_begin;
                                });
  if (after == segments.begin()) return segments.empty() ? SourcePoint{} : segments.front().source;
  const TextSegment& segment = *(after - 1);
  return SourcePoint{segment.source.line, segment.source.byte + (raw_offset - segment.raw_begin)};
}

}  // namespace factdeck::quizgen::detail
