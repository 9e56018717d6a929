#pragma once
// Draft tags: reading the input's structure (front matter, headings, list items, paragraphs,
// code and comments) into blocks and facts, and writing the draft back as a facts file.
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quizgen/draft.hpp"

namespace factdeck::quizgen::detail {

/// Fills `out.blocks`, `out.facts`, `out.headings` and `out.diagnostics` from `text`.
void read_draft_document(std::string_view text, const DraftOptions& options, DraftResult& out);

/// The sentences of a paragraph as byte ranges [begin, end) of `text`, trimmed. A sentence ends
/// at '.', '!' or '?' (and a closing quote or bracket) before a space and a capital, a digit or
/// an opening quote, except after abbreviations ("Dr.", "St.", "e.g.") and initials ("L.").
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text);

/// One fact written as a list item's text: kept spans and accepted proposals tagged, the rest
/// escaped so that it reads back as the same plain text.
[[nodiscard]] std::string render_fact(const DraftResult& draft, std::size_t fact,
                                      std::span<const bool> accepted);

/// `text` with the characters the facts format reads as markup escaped with '\'.
[[nodiscard]] std::string escape_plain(std::string_view text);

}  // namespace factdeck::quizgen::detail
