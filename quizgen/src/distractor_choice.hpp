#pragma once
// The wrong options of one question as they are chosen, and the checks every option passes
// whatever its type: not empty, not a repeat, not named by the stem, sharing no root with the
// answer or another option. Shared by the date, number and name searches. Private to quizgen.
#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "distractors.hpp"

namespace factdeck::quizgen {

/// How many of the nearest fair dates or numbers are kept to draw the options from.
inline constexpr std::size_t kNearestPool = 6;

/// The span being asked.
[[nodiscard]] inline const Span& asked_span(const AskedSpan& asked) { return asked.fact->spans[asked.span_index]; }

/// True when another fact states value `id` for the asked fact's sentence frame (then it is not
/// provably wrong).
[[nodiscard]] bool is_value_stated_in_frame(const ValueIndex& index, const AskedSpan& asked, std::uint32_t id);

/// The wrong options chosen so far, with the normalized form of each: a view of the value's own
/// normalized form, or of a formatted date's kept in `owned` (a list never moves its strings).
struct Chosen {
  explicit Chosen(std::size_t wanted) {
    options.reserve(wanted + 1);  // room for the correct option, which the multiple choice adds
    normalized.reserve(wanted);
  }
  std::vector<Distractor> options;
  std::vector<std::string_view> normalized;
  std::list<std::string> owned;

  /// normalize_answer(display), kept as long as `this`.
  std::string_view keep_normalized(std::string_view display);
};

/// Adds `display` (whose normalize_answer is `normalized`) unless it is empty, repeats an option
/// already chosen or a word group of the stem. `normalized` must outlive `chosen`.
void add_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked, std::string_view display,
                  std::string_view normalized, std::uint32_t value, double order = 0);

/// add_if_fresh for a stated name or number, shown in the form closest to the reference word
/// count; forms[i] and normalized[i] are parallel (ValueIndex keeps them so), so no normalizing.
void add_value_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked,
                        std::uint32_t id, double order = 0);

/// Index of the form whose word count is closest to `reference_words` (the first on ties).
[[nodiscard]] std::size_t closest_form(const ValueTraits& t, std::size_t reference_words);

}  // namespace factdeck::quizgen
