#pragma once
// Plain flashcards (docs/facts-format.md, "Plain flashcards"): a Pandoc definition list — a term
// on one line, ": its definition" on the next — read as cards, and the questions each card's two
// items are asked with (front→back and back→front, typed and multiple choice).
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "quizgen/deck.hpp"
#include "quizgen/facts.hpp"
#include "quizgen/generate.hpp"
#include "source_text.hpp"

namespace factdeck::quizgen::detail {

/// Byte where the definition starts when `line` is a definition line (": text", at most three
/// spaces before the colon, a space or tab after it, some text), else nothing.
[[nodiscard]] std::optional<std::size_t> definition_start(std::string_view line);

/// The card written by `term` (one line) and `definition` (its ": …" line and continuation
/// lines), with its id, tags and hint from an attribute block at the end of the definition.
/// Section, key and card_list are left to the caller. Tagged spans inside a card are errors
/// (its answers are its term and its definition); nothing when the card cannot be built.
[[nodiscard]] std::optional<Fact> read_card(const BlockText& term, const BlockText& definition,
                                            DiagnosticSink& sink);

/// Appends the questions of span `span_index` of the card `article.facts[fact_index]` to
/// item.questions: a typed cloze, and a multiple choice whose wrong options are the other
/// terms (or definitions) of the same definition list, when the list has enough of them.
void add_card_questions(const Article& article, std::size_t fact_index, std::size_t span_index,
                        const GenerateOptions& options, Item& item, std::vector<GenerateNote>& notes);

}  // namespace factdeck::quizgen::detail
