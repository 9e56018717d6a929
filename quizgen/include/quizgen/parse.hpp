#pragma once
// The tagged-article parser: *.facts.md text → Article (format: docs/facts-format.md).
// One pass reports every problem; on any error no article is produced (no half-built deck).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/diagnostics.hpp"
#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

struct ParseOutcome {
  std::optional<Article> article;        // empty when any diagnostic is an error
  std::vector<Diagnostic> diagnostics;   // errors and warnings, ordered by line and column

  [[nodiscard]] bool has_errors() const;
  [[nodiscard]] int error_count() const;
  [[nodiscard]] int warning_count() const;
};

/// Parses a facts article. `file_name` is only used in diagnostics and Article::file.
/// Accepts LF and CRLF line ends and a leading UTF-8 byte-order mark.
[[nodiscard]] ParseOutcome parse_article(std::string_view text, std::string file_name);

/// Reads and parses a file; a file that cannot be read is reported as an error diagnostic.
[[nodiscard]] ParseOutcome parse_article_file(const std::filesystem::path& path);

/// The stable key of a fact that has no explicit id: its plain text lowercased (ASCII, Latin-1,
/// Latin Extended-A, Cyrillic) with whitespace runs collapsed to one space and trimmed.
[[nodiscard]] std::string derive_fact_key(std::string_view plain_text);

/// One line for people: "214 facts, 402 spans (person 120, date 90, ...), 17 sections"; span
/// types with no span are left out, and ", 12 cards" comes before the sections when the
/// article has cards.
[[nodiscard]] std::string summarize_article(const Article& article);

}  // namespace factdeck::quizgen
