#pragma once
// The answer controls shared by the study screen and practice tests.
#include <optional>
#include <string>

#include "quizgen/deck.hpp"
#include "quizgen/judge.hpp"
#include "state/text_diff.hpp"

namespace factdeck::ui {

/// Multiple-choice options as numbered buttons (keys 1–4); returns the option chosen this frame.
/// After answering (`chosen` set) it shows which option was right and which was picked.
[[nodiscard]] std::optional<int> draw_choice_options(const quizgen::Question& question,
                                                     std::optional<int> chosen);

/// True / False buttons (keys T and F); returns the learner's choice this frame.
[[nodiscard]] std::optional<bool> draw_truth_buttons();

/// The answer box, focused when `wants_focus`; returns true when Enter was pressed in it.
[[nodiscard]] bool draw_answer_box(std::string& typed, bool& wants_focus, const char* hint_text);

/// The controls for `question`'s answer form (the one switch on the form in the UI); returns the
/// answer given this frame. A typed answer comes back when Enter is pressed, even empty.
[[nodiscard]] std::optional<quizgen::Answer> draw_answer_input(const quizgen::Question& question,
                                                              std::string& typed, bool& wants_focus,
                                                              const char* typed_hint);

/// The typed answer against the expected one: same letters plain, missing ones in the
/// "correct" colour, extra ones struck in the "wrong" colour.
void draw_answer_diff(const std::string& typed, const std::string& expected);

}  // namespace factdeck::ui
