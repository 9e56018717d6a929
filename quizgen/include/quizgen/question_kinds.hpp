#pragma once
// The question-kind table: one row per way of asking an item, saying its name, its words on
// screen, how it is answered and whether it asks for recall. The rest of the code consults the
// row instead of listing the kinds; only generators and the teacher's review decisions name a
// kind. Adding a kind = one enum value + one row here + its generator (+ a widget and a case in
// `judge()` if it brings a new AnswerForm; the compiler flags each `switch` on the form).
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace factdeck::quizgen {

enum class QuestionKind { Cloze, MultipleChoice, TrueFalse, WhQuestion };

/// How a learner answers a question: by typing, by choosing one of its options, or by saying
/// whether its statement is true.
enum class AnswerForm { Typed, OneOfOptions, TrueOrFalse };

struct QuestionKindInfo {
  QuestionKind kind;
  std::string_view name;   // in deck files, on the command line and in exports ("choice")
  std::string_view words;  // for people: the window title says "study: typed answer"
  AnswerForm form;
  bool is_recall;          // the learner produces the answer (else recognises it among others)
  bool is_practised;       // asked in practice tests (wh is not: cloze asks the same item typed)
};

/// Every kind, in QuestionKind order (stores and stats index their counts by the enum value).
inline constexpr std::array<QuestionKindInfo, 4> kQuestionKinds = {{
    {QuestionKind::Cloze, "cloze", "typed answer", AnswerForm::Typed, true, true},
    {QuestionKind::MultipleChoice, "choice", "multiple choice", AnswerForm::OneOfOptions, false, true},
    {QuestionKind::TrueFalse, "truefalse", "true or false", AnswerForm::TrueOrFalse, false, true},
    {QuestionKind::WhQuestion, "wh", "typed question", AnswerForm::Typed, true, false},
}};

/// The row of `kind`.
[[nodiscard]] const QuestionKindInfo& question_kind_info(QuestionKind kind);
/// "cloze", "choice", "truefalse", "wh" (also used by `quizgen preview --kind`).
[[nodiscard]] std::string_view question_kind_name(QuestionKind kind);
/// The kind named `name` in the table; none for an unknown name.
[[nodiscard]] std::optional<QuestionKind> question_kind_from_name(std::string_view name);
/// The kind whose enum value is `value` (as stores keep it); none for a value this build lacks.
[[nodiscard]] std::optional<QuestionKind> question_kind_from_value(std::size_t value);

}  // namespace factdeck::quizgen
