#pragma once
// Fair wrong options for one item, chosen from values the article itself states
// (docs/question-generation.md, "Fair distractors").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/prng.hpp"
#include "value_index.hpp"

namespace factdeck::quizgen {

/// What the distractor search needs to know about the item being asked.
struct AskedSpan {
  const Fact* fact = nullptr;
  std::size_t fact_index = 0;
  std::size_t span_index = 0;
  std::uint32_t value = 0;          // the answer's merged value
  std::string_view normalized_stem; // the question text without the answer, normalized
  std::size_t reference_words = 1;  // options should have about this many words
  std::vector<std::uint32_t> list_mates;  // values listed with the answer ("A, B and C")
  std::uint64_t frame = 0;                // ValueIndex::frame_of(*fact, span_index)
  bool frame_is_shared = true;            // ValueIndex::is_frame_shared(frame)
};

/// The values listed together with span `span_index` ("Finland, Estonia and Latvia"): spans of
/// the same type (any group) joined only by commas, "and" or "or".
[[nodiscard]] std::vector<std::uint32_t> find_list_mates(const ValueIndex& index, const Fact& fact,
                                                         std::size_t fact_index, std::size_t span_index);

/// A wrong option: its display text and, for names and numbers, the value it comes from.
struct Distractor {
  std::string display;
  std::uint32_t value = UINT32_MAX;
  double order = 0;  // dates and numbers: where the option sorts (options are shown in order)
};

/// Up to `wanted` fair wrong options, best first. Fewer (possibly none) when the article does not
/// state enough fair values; never invents one.
[[nodiscard]] std::vector<Distractor> pick_distractors(const ValueIndex& index, const AskedSpan& asked,
                                                       std::size_t wanted, SplitMix64& rng);

/// How an option for `value` is shown: dates in words, names in the form whose word count is
/// closest to `reference_words` (the canonical form on ties).
[[nodiscard]] std::string display_of(const ValueIndex& index, std::uint32_t value,
                                     std::size_t reference_words);

/// Index in forms (and normalized) of the form display_of shows for a name or number value.
[[nodiscard]] std::size_t closest_form_of(const ValueIndex& index, std::uint32_t value,
                                          std::size_t reference_words);

/// Number of space-separated words in a text.
[[nodiscard]] std::size_t word_count(std::string_view text);

}  // namespace factdeck::quizgen
