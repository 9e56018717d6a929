#pragma once
// The question variants of one item: cloze, multiple choice, true/false and wh-question.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "fact_subject.hpp"
#include "flat_u64_set.hpp"
#include "quizgen/generate.hpp"
#include "value_index.hpp"
#include "word_index.hpp"

namespace factdeck::quizgen {

/// Buffers one thread reuses from item to item, so normalizing each item's texts allocates
/// nothing once they have grown (two allocations per item saved on 100,000 facts).
struct ItemScratch {
  std::string normalized_stem;      // the item's stem, normalized; AskedSpan views it
  std::string normalized_question;  // a wh-question, normalized to check it against the answer
  std::vector<std::uint64_t> relation_stems;  // the asked fact's relation words outside the span
};

/// Everything the variant builders read; notes are appended to `notes`.
struct VariantContext {
  const ValueIndex& index;
  const WordIndex& words;
  const FactSubjects& subjects;
  const GenerateOptions& options;
  const FlatU64Set& true_statements;  // fnv1a64 of the normalized text of every fact
  std::vector<GenerateNote>& notes;
  ItemScratch& scratch;
};

/// Appends the variants of span `span_index` of `fact` to item.questions, reporting skipped ones.
void add_questions(const VariantContext& context, const Fact& fact, std::size_t span_index,
                   Item& item);

/// The sentence with the span replaced by "_____".
[[nodiscard]] std::string blank_out(const Fact& fact, const Span& span);

/// The sentence without the phrase "in/on/at <span>" (and a comma that belonged to it), with its
/// first letter capitalized, after `lead` (a question put before it, built in the same string);
/// empty when the span is not introduced by one of `prepositions`.
[[nodiscard]] std::optional<std::string> remove_phrase(const Fact& fact, const Span& span,
                                                       std::initializer_list<std::string_view> prepositions,
                                                       std::string_view lead = {});

}  // namespace factdeck::quizgen
