#include "quizgen/question_kinds.hpp"

namespace factdeck::quizgen {

namespace {

constexpr bool rows_follow_enum_order() {
  for (std::size_t i = 0; i < kQuestionKinds.size(); ++i) {
    if (static_cast<std::size_t>(kQuestionKinds[i].kind) != i) return false;
  }
  return true;
}
static_assert(rows_follow_enum_order(), "kQuestionKinds must list the kinds in enum order");

}  // namespace

const QuestionKindInfo& question_kind_info(QuestionKind kind) {
  // A switch rather than an index: -Wswitch flags a kind added to the enum without a row.
  switch (kind) {
    case QuestionKind::Cloze:
    case QuestionKind::MultipleChoice:
    case QuestionKind::TrueFalse:
    case QuestionKind::WhQuestion: break;
  }
  return kQuestionKinds[static_cast<std::size_t>(kind)];
}

std::string_view question_kind_name(QuestionKind kind) { return question_kind_info(kind).name; }

std::optional<QuestionKind> question_kind_from_name(std::string_view name) {
  for (const QuestionKindInfo& row : kQuestionKinds) {
    if (row.name == name) return row.kind;
  }
  return std::nullopt;
}

std::optional<QuestionKind> question_kind_from_value(std::size_t value) {
  if (value >= kQuestionKinds.size()) return std::nullopt;
  return kQuestionKinds[value].kind;
}

}  // namespace factdeck::quizgen
