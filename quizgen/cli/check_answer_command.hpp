#pragma once
// `quizgen check-answer DECK.json ITEM_ID "typed text"`: the typed-answer checker the study
// screen and practice tests use, for teachers and tests to try.
#include <span>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Prints the verdict and its reason. Returns 0 when the answer is accepted, 1 when it is not,
/// 2 on a usage error (wrong arguments, a deck that cannot be read, an unknown item id).
[[nodiscard]] int run_check_answer(std::span<const std::string_view> args);

}  // namespace factdeck::quizgen::cli
