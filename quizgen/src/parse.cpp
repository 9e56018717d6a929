// Entry points of the parser: byte-order mark, line splitting, byte checks (UTF-8, control
// characters), file reading.
#include "quizgen/parse.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "document.hpp"
#include "source_text.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

// A Latin-1 file would otherwise flood the output with one error per accented line.
constexpr int kMaxUtf8Reports = 20;

// Line ends are "\n", "\r\n" or a lone "\r" (old Mac files, which would otherwise read as one
// long line: a heading swallowing every fact).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(begin, end - begin));
    const bool is_crlf = end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n';
    begin = end + (is_crlf ? 2 : 1);
  }
  return lines;
}

/// The first byte of `line` that cannot be text: a control character other than a tab (a NUL
/// byte would reach the deck and end the string in C-based tools), or invalid UTF-8.
struct BadByte {
  std::size_t offset = 0;
  bool is_control = false;
};

std::optional<BadByte> find_bad_byte(std::string_view line) {
  const auto control = std::find_if(line.begin(), line.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == '\x7f';
  });
  const std::optional<std::size_t> invalid = find_invalid_utf8(line);
  if (control == line.end() && !invalid) return std::nullopt;
  const auto control_offset = static_cast<std::size_t>(control - line.begin());
  if (!invalid || control_offset < *invalid) return BadByte{control_offset, true};
  return BadByte{*invalid, false};
}

std::string describe_bad_byte(std::string_view line, const BadByte& bad) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[bad.offset]));
  if (bad.is_control) {
    return std::string("control character ") + byte +
           " in the text (is this a binary file? only tabs and line ends may appear)";
  }
  return std::string("file is not valid UTF-8: byte ") + byte +
         " does not start a valid UTF-8 sequence (save the file as UTF-8)";
}

void report_bad_bytes(const std::vector<std::string_view>& lines, detail::DiagnosticSink& sink) {
  int reported = 0;
  int more_lines = 0;
  detail::SourcePoint first_unreported;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::optional<BadByte> bad = find_bad_byte(lines[index]);
    if (!bad) continue;
    const detail::SourcePoint at{static_cast<int>(index) + 1, bad->offset};
    if (reported == kMaxUtf8Reports) {
      if (more_lines++ == 0) first_unreported = at;
      continue;
    }
    sink.error(at, describe_bad_byte(lines[index], *bad));
    ++reported;
  }
  if (more_lines > 0) {
    sink.error(first_unreported, "and " + std::to_string(more_lines) +
                                     " more lines with bytes that are not text, from here on");
  }
}

}  // namespace

bool ParseOutcome::has_errors() const { return error_count() > 0; }

int ParseOutcome::error_count() const {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int ParseOutcome::warning_count() const {
  return static_cast<int>(diagnostics.size()) - error_count();
}

ParseOutcome parse_article(std::string_view text, std::string file_name) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::vector<std::string_view> lines = split_lines(text);
  detail::DiagnosticSink sink(file_name, lines);
  report_bad_bytes(lines, sink);
  Article article = detail::build_article(lines, sink);
  ParseOutcome outcome;
  const bool is_clean = !sink.has_errors();
  outcome.diagnostics = sink.take_sorted();
  if (is_clean) {
    article.file = std::move(file_name);
    outcome.article = std::move(article);
  }
  return outcome;
}

ParseOutcome parse_article_file(const std::filesystem::path& path) {
  std::error_code error;
  std::string problem;
  std::string contents;
  if (std::filesystem::is_directory(path, error)) {
    problem = "is a directory";
  } else if (std::ifstream in(path, std::ios::binary); !in) {
    problem = std::strerror(errno);
  } else {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) problem = "read failed";
    contents = std::move(buffer).str();
  }
  if (problem.empty()) return parse_article(contents, path.string());
  const std::vector<std::string_view> no_lines;
  detail::DiagnosticSink sink(path.string(), no_lines);
  sink.file_error("cannot read the file: " + problem);
  return ParseOutcome{std::nullopt, sink.take_sorted()};
}

}  // namespace factdeck::quizgen
