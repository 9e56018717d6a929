#pragma once
// Sections that are not content: a "Sources" list, a bibliography, references. Their facts name
// books and historians so a reader can check the article; a learner is never asked about them
// (docs/question-generation.md, "What is asked").
#include <optional>
#include <vector>

#include "quizgen/facts.hpp"
#include "quizgen/generate.hpp"

namespace factdeck::quizgen {

/// True when a heading titles a bibliography ("Sources", "Bibliography", "References",
/// "Further reading", "Works cited"; case and a trailing colon ignored).
[[nodiscard]] bool is_reference_title(std::string_view title);

/// The article without the facts of reference sections (or of sections under one), and one note
/// per such section with facts; empty when the article has none, so the usual case copies nothing.
[[nodiscard]] std::optional<Article> without_reference_sections(const Article& article,
                                                                std::vector<GenerateNote>& notes);

}  // namespace factdeck::quizgen
