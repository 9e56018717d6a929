#pragma once
// What a teacher can do about a weak spot that `quizgen check` reports as a warning: one short
// line per kind of warning, read from the warning's message (docs/teachers-guide.md).
#include <string>
#include <string_view>

namespace factdeck::quizgen {

/// The fix for a generator warning's message ("add two more place values to group 'cities'…"),
/// or "" when the message is not one of the generator's warnings.
[[nodiscard]] std::string note_fix(std::string_view message);

}  // namespace factdeck::quizgen
