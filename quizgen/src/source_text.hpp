#pragma once
// The parser's view of the input: its lines, a sink that turns byte positions into diagnostics,
// and BlockText, one paragraph or list item joined from its source lines.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/diagnostics.hpp"

namespace factdeck::quizgen::detail {

/// A place in the source: 1-based line and 0-based byte offset within that line.
struct SourcePoint {
  int line = 0;
  std::size_t byte = 0;
};

/// Collects diagnostics; knows the lines so it can count columns in code points.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string file, const std::vector<std::string_view>& lines);

  void error(SourcePoint at, std::string message);
  void warning(SourcePoint at, std::string message);
  /// A problem with the whole file (no line).
  void file_error(std::string message);

  /// 1-based column, in code points, of byte `at.byte` of line `at.line`.
  [[nodiscard]] int column_of(SourcePoint at) const;
  [[nodiscard]] bool has_errors() const { return error_count_ > 0; }
  [[nodiscard]] const std::string& file() const { return file_; }
  /// All diagnostics so far, ordered by line then column (stable for equal positions).
  [[nodiscard]] std::vector<Diagnostic> take_sorted();

 private:
  void report(Severity severity, SourcePoint at, std::string message);

  std::string file_;
  const std::vector<std::string_view>& lines_;
  std::vector<Diagnostic> diagnostics_;
  int error_count_ = 0;
  struct CountedPrefix {
    int line = 0;
    std::size_t byte = 0;
    std::size_t code_points = 0;
  };
  mutable CountedPrefix counted_;  // the last column_of: where counting goes on from
};

/// One source line's share of a block: where its text starts in `raw` and in the source.
struct TextSegment {
  std::size_t raw_begin = 0;
  SourcePoint source;
};

/// A paragraph or list item: its lines trimmed and joined with one space.
struct BlockText {
  std::string raw;
  std::vector<TextSegment> segments;
  bool is_list_item = false;

  [[nodiscard]] bool empty() const { return segments.empty(); }
  [[nodiscard]] int first_line() const { return segments.empty() ? 0 : segments.front().source.line; }
  void clear();
  /// Appends one line's content that starts at byte `at.byte` of line `at.line`.
  void append_line(SourcePoint at, std::string_view content);
  /// The source position of byte `raw_offset` of `raw`.
  [[nodiscard]] SourcePoint locate(std::size_t raw_offset) const;
};

}  // namespace factdeck::quizgen::detail
