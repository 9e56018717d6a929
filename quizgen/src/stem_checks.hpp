#pragma once
// Checks of a fact's wording that decide whether a span can be asked or swapped at all: a
// sentence that leans on another one ("at the same gathering"), a number whose stem does not say
// what it measures ("..., with _____."), words right after a span that describe the true value
// ("at Whitby, on the Yorkshire coast"), and a property that other values may share ("the rings
// of _____"). Each is a pattern the independent judge failed (tests/data/quality/README.md).
#include <optional>
#include <string_view>

#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// The phrase by which the fact refers to another sentence ("the same gathering", "the
/// following year", "the latter"), outside its spans; empty when it stands alone. "The same"
/// counts only after a preposition: "shows Earth the same face" stands alone.
[[nodiscard]] std::string_view reference_to_another_sentence(const Fact& fact);

/// True when span `span` is a number after a "with" that closes the clause ("..., with
/// _____."): the blank then says neither area nor population nor anything else.
[[nodiscard]] bool is_unnamed_measure(const Fact& fact, const Span& span);

/// True when the words right after the span describe the true value: an apposition (", on the
/// Yorkshire coast", ", a port in Devon") or, after a term, organization or event, an of-phrase
/// ("General Secretary of the Party").
/// Another value swapped in contradicts them.
[[nodiscard]] bool is_described_after(const Fact& fact, const Span& span);

/// True when the span owns a property named by a plural noun before "of" ("The rings of
/// _____", "the moons of _____"): another value may own such things too, so swapping it in need
/// not make the statement false. A singular noun ("the capital of _____") names one thing.
[[nodiscard]] bool owns_plural_property(const Fact& fact, const Span& span);

}  // namespace factdeck::quizgen
