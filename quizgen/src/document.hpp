#pragma once
// Document structure: front matter, headings (sections), list items and paragraphs (blocks),
// code fences and HTML comments (skipped). Each block goes through the inline parser.
#include <string_view>
#include <vector>

#include "quizgen/facts.hpp"
#include "source_text.hpp"

namespace factdeck::quizgen::detail {

/// Builds the article from `lines` (line breaks and byte-order mark removed), reporting every
/// problem to `sink`. The result is meaningful only if the sink has no errors.
[[nodiscard]] Article build_article(const std::vector<std::string_view>& lines,
                                    DiagnosticSink& sink);

}  // namespace factdeck::quizgen::detail
