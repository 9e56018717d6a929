#pragma once
// The kind of thing a value is, read from the teacher's group name: a group named by a plural
// noun ("novels", "magazines", "military-operations") says what its members are, so a hint can
// say "a novel" instead of "a term" and a question can ask "Which novel ...?" instead of "What".
#include <string>
#include <string_view>

#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// The singular noun the group's last word names ("operation" for "military-operations",
/// "treaty" for "treaties"); empty when that word is not a lowercase English plural.
[[nodiscard]] std::string group_kind_noun(std::string_view group);

/// The noun a hint and a wh-question use for a name span: its group's kind for terms,
/// organizations and events; "name" for an ungrouped capitalized term (a title, not a concept);
/// empty when the span's type word is the best that can be said.
[[nodiscard]] std::string kind_noun_of(const Span& span);

}  // namespace factdeck::quizgen
