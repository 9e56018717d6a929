#pragma once
// Fair wrong options for one item, chosen from values the article itself states
// (docs/question-generation.md, "Fair distractors").
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/prng.hpp"
#include "fact_subject.hpp"
#include "slot.hpp"
#include "value_index.hpp"
#include "word_index.hpp"

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
  const WordIndex* words = nullptr;       // roots, contexts and eras; none: those checks are off
  Slot slot;                              // slot_of(*fact, span_index)
  std::span<const std::uint64_t> relation_stems;  // the fact's relation words outside the span
  std::uint64_t head_stem = 0;            // root of slot.head when it is a relation word, else 0
  std::uint64_t head_normalized_hash = 0; // fnv1a64 of the normalized head word
  bool answer_is_plural = false;
  bool is_approximate = false;            // "about", "nearly"... before a number
  double min_number = -1e300;             // numbers: a wrong value must lie strictly between
  double max_number = 1e300;              // these ("from _____ to 50 AU")
  std::optional<DateValue> date_after;    // dates: a wrong value must be after this one...
  std::optional<DateValue> date_before;   // ...and before this one ("before _____", "from _____ to 1861")
  const FactSubjects* subjects = nullptr;  // none: a value stated about the same subject is not looked for
};

/// True when `a` is strictly before `b`, compared at the coarser of their precisions.
[[nodiscard]] bool is_date_before(const DateValue& a, const DateValue& b);

/// True when the wrong value `candidate` is something the article mentions only at dates more
/// than `margin_years` away from the asked fact's own dates (Horace Walpole, who appears in 1764,
/// for a novel of 1813).
[[nodiscard]] bool is_out_of_era(const WordIndex& words, const AskedSpan& asked, std::uint32_t candidate,
                                 int margin_years);

/// True when some fact states `candidate` with two or more of the asked fact's relation words
/// (Bukharin "was later executed in Stalin's purges" for "Zinoviev and _____ were both later
/// killed in Stalin's purges"): then it may be true too, and is no wrong option.
[[nodiscard]] bool may_also_be_true(const WordIndex& words, const AskedSpan& asked, std::uint32_t candidate);

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
