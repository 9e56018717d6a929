// Which question asks a due item (state/study_queue.hpp): the kinds of the review's mode first,
// taking turns from one review to the next, then any other kind the item has.
#include <catch2/catch.hpp>

#include "state/study_queue.hpp"

using namespace factdeck;
using quizgen::QuestionKind;

namespace {

quizgen::Item item_with(std::initializer_list<QuestionKind> kinds) {
  quizgen::Item item;
  for (QuestionKind kind : kinds) item.questions.push_back(quizgen::Question{kind, "prompt", {}, -1, true, {}});
  return item;
}

QuestionKind chosen_kind(const quizgen::Item& item, sched::Retrieval mode, std::uint32_t reps) {
  return item.questions[state::choose_question(item, mode, reps)].kind;
}

}  // namespace

TEST_CASE("A review asks in its mode's kinds, taking turns between reviews", "[state]") {
  const quizgen::Item all = item_with({QuestionKind::Cloze, QuestionKind::MultipleChoice, QuestionKind::TrueFalse,
                                       QuestionKind::WhQuestion});
  CHECK(chosen_kind(all, sched::Retrieval::Recognition, 0) == QuestionKind::MultipleChoice);
  CHECK(chosen_kind(all, sched::Retrieval::Recognition, 1) == QuestionKind::TrueFalse);
  CHECK(chosen_kind(all, sched::Retrieval::Recognition, 2) == QuestionKind::MultipleChoice);
  CHECK(chosen_kind(all, sched::Retrieval::Recall, 0) == QuestionKind::Cloze);
  CHECK(chosen_kind(all, sched::Retrieval::Recall, 1) == QuestionKind::WhQuestion);
}

TEST_CASE("An item without its mode's kinds is asked in another kind", "[state]") {
  const quizgen::Item typed_only = item_with({QuestionKind::WhQuestion, QuestionKind::Cloze});
  CHECK(chosen_kind(typed_only, sched::Retrieval::Recognition, 0) == QuestionKind::Cloze);
  CHECK(chosen_kind(typed_only, sched::Retrieval::Recognition, 1) == QuestionKind::Cloze);
  const quizgen::Item truth_only = item_with({QuestionKind::TrueFalse});
  CHECK(chosen_kind(truth_only, sched::Retrieval::Recall, 0) == QuestionKind::TrueFalse);
  const quizgen::Item choice_only = item_with({QuestionKind::MultipleChoice});
  CHECK(chosen_kind(choice_only, sched::Retrieval::Recognition, 1) == QuestionKind::MultipleChoice);
}
