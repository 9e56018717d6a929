// Entry points of the parser: byte-order mark, line splitting, UTF-8 validation, file reading.
#include "quizgen/parse.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "document.hpp"
#include "source_text.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

// A Latin-1 file would otherwise flood the output with one error per accented line.
constexpr int kMaxUtf8Reports = 20;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

void report_invalid_utf8(const std::vector<std::string_view>& lines, detail::DiagnosticSink& sink) {
  int reported = 0;
  int more_lines = 0;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::optional<std::size_t> bad = find_invalid_utf8(lines[index]);
    if (!bad) continue;
    if (reported == kMaxUtf8Reports) {
      ++more_lines;
      continue;
    }
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(lines[index][*bad]));
    sink.error({static_cast<int>(index) + 1, *bad},
               std::string("file is not valid UTF-8: byte ") + byte +
                   " does not start a valid UTF-8 sequence (save the file as UTF-8)");
    ++reported;
  }
  if (more_lines > 0) {
    sink.file_error("invalid UTF-8 on " + std::to_string(more_lines) + " more lines");
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
  report_invalid_utf8(lines, sink);
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
