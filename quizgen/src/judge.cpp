#include "quizgen/judge.hpp"

#include "quizgen/answer_check.hpp"

namespace factdeck::quizgen {

namespace {

static_assert(std::variant_size_v<Answer> == 3 &&
                  std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(AnswerForm::Typed), Answer>,
                                 TypedAnswer> &&
                  std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(AnswerForm::OneOfOptions),
                                                            Answer>,
                                 ChosenOption> &&
                  std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(AnswerForm::TrueOrFalse),
                                                            Answer>,
                                 ChosenTruth>,
              "Answer's alternatives follow AnswerForm's order");

Judgement judge_typed(const Deck& deck, const Item& item, const TypedAnswer& answer) {
  const AnswerVerdict verdict = check_typed_answer(answer.text, item, deck);
  Judgement judgement;
  judgement.is_correct = verdict.accepted;
  judgement.is_near_miss = verdict.accepted && verdict.reason.find("close") != std::string::npos;
  judgement.reason = verdict.reason;
  judgement.given = answer.text.empty() ? "no answer" : answer.text;
  judgement.expected = item.canonical;
  return judgement;
}

Judgement judge_option(const Item& item, const Question& question, const ChosenOption& answer) {
  Judgement judgement;
  judgement.is_correct = answer.index == question.correct_option;
  judgement.reason = judgement.is_correct ? "correct" : "the answer is " + item.canonical;
  const bool is_valid = answer.index >= 0 && answer.index < static_cast<int>(question.options.size());
  judgement.given = is_valid ? question.options[static_cast<std::size_t>(answer.index)] : "no answer";
  judgement.expected = item.canonical;
  return judgement;
}

Judgement judge_truth(const Item& item, const Question& question, const ChosenTruth& answer) {
  Judgement judgement;
  judgement.is_correct = answer.says_true == question.is_true;
  judgement.reason = question.is_true ? "the statement is true"
                                      : "false: it was " + item.canonical + ", not " + question.shown_value;
  judgement.given = answer.says_true ? "true" : "false";
  judgement.expected = question.is_true ? "true" : "false (it was " + item.canonical + ")";
  return judgement;
}

}  // namespace

AnswerForm answer_form(const Answer& answer) { return static_cast<AnswerForm>(answer.index()); }

Judgement judge(const Deck& deck, const Item& item, const Question& question, const Answer& answer) {
  const AnswerForm form = question_kind_info(question.kind).form;
  if (answer_form(answer) != form) {
    Judgement misfit;
    misfit.reason = "this answer does not fit a " + std::string(question_kind_info(question.kind).words) + " question";
    misfit.given = "no answer";
    misfit.expected = item.canonical;
    return misfit;
  }
  switch (form) {
    case AnswerForm::Typed: return judge_typed(deck, item, std::get<TypedAnswer>(answer));
    case AnswerForm::OneOfOptions: return judge_option(item, question, std::get<ChosenOption>(answer));
    case AnswerForm::TrueOrFalse: return judge_truth(item, question, std::get<ChosenTruth>(answer));
  }
  return {};
}

}  // namespace factdeck::quizgen
