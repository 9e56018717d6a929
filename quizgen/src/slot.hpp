#pragma once
// What surrounds a span in its sentence — the slot a blank or a swapped-in value fills: the
// determiner before it, whether it opens the sentence, the noun it modifies or that names its
// kind, and the other end of a "from _____ to X" pair. The variant builders read it to make every
// option fit the sentence equally (docs/question-generation.md, "Grammar that fits every option").
#include <cstdint>
#include <optional>
#include <string_view>

#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

enum class SlotDeterminer {
  None,        // "signed by _____"
  The,         // "against the _____" (or the span itself starts with "the")
  Indefinite,  // "as a _____", "an _____"
  Other,       // "his _____", "Dickens's _____", "this _____": options go bare
};

/// Where a date or number must lie for a wrong value to be provably wrong.
enum class SlotBound {
  None,
  Earlier,  // "before/by/until _____": a later value would still be true
  Later,    // "after/since _____"
};

struct Slot {
  SlotDeterminer determiner = SlotDeterminer::None;
  bool the_is_in_span = false;       // the span's own text starts with "the"/"The"
  std::uint32_t determiner_begin = 0;  // byte where "the"/"a"/"an" before the span starts
  bool opens_sentence = false;       // nothing but the determiner before the span
  bool is_modifier = false;          // "the _____ crew": the article belongs to the noun after
  std::string_view head;             // a noun that names the value's kind: "magazine" in "the
                                     // weekly magazine _____", "village" in "_____, a village",
                                     // "Arizona" in "_____, Arizona"; empty when none
  SlotBound bound = SlotBound::None;
  bool is_open_frame = false;  // "Beyond _____, the Kuiper Belt ...": every value on the far side fits
  bool is_negated = false;     // "began under Lenin, not under _____": another value makes it true
  bool is_location = false;    // "found in _____", "at _____": where something happened
  std::optional<std::size_t> range_end;    // "from _____ to [X]": index of the span X
  std::optional<std::size_t> range_start;  // "from [X] to _____": index of the span X
};

/// The slot of span `span_index` of `fact`.
[[nodiscard]] Slot slot_of(const Fact& fact, std::size_t span_index);

/// True when a word starts with a vowel sound, so takes "an" ("an ice giant", "an hour", but
/// "a unit", "a European", "a one-off").
[[nodiscard]] bool takes_an(std::string_view word);

/// True when the form names several things ("gas giants", "the Galápagos Islands"): its last
/// word is a lowercase plural, or a plural in a name of several words. "Mars" and "Paris" are not.
[[nodiscard]] bool looks_plural(std::string_view form);

/// `form` without a leading lowercase "the " ("The Warden", a title, keeps its article).
[[nodiscard]] std::string_view without_the(std::string_view form);

}  // namespace factdeck::quizgen
