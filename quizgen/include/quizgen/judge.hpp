#pragma once
// One judge for every question: the learner's answer in the question's answer form, judged the
// same way on the study screen, in practice tests and wherever else an answer is checked.
#include <string>
#include <variant>

#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

struct TypedAnswer { std::string text; };  // AnswerForm::Typed
struct ChosenOption { int index = -1; };   // AnswerForm::OneOfOptions: an index into the options
struct ChosenTruth { bool says_true = true; };  // AnswerForm::TrueOrFalse

/// The learner's answer; its alternative is the answer form it was given in (same order as
/// AnswerForm, so `answer.index()` is the form).
using Answer = std::variant<TypedAnswer, ChosenOption, ChosenTruth>;

/// The answer form an answer was given in.
[[nodiscard]] AnswerForm answer_form(const Answer& answer);

struct Judgement {
  bool is_correct = false;
  bool is_near_miss = false;  // accepted, but only as a close spelling
  std::string reason;         // "accepted: close spelling of Molotov", "the answer is Molotov"
  std::string given;          // the answer in words; "no answer" for an empty or invalid one
  std::string expected;       // the right answer in words
};

/// Judges `answer` to `question` of `item` (typed answers with check_typed_answer against the
/// whole `deck`). An answer in another form than the question's is wrong. Never fails.
[[nodiscard]] Judgement judge(const Deck& deck, const Item& item, const Question& question,
                              const Answer& answer);

}  // namespace factdeck::quizgen
