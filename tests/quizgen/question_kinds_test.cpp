// The question-kind table (quizgen/question_kinds.hpp) and the one judge (quizgen/judge.hpp).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "quizgen/judge.hpp"
#include "quizgen/question_kinds.hpp"

using namespace factdeck::quizgen;

namespace {

Item capital_item() {
  Item item;
  item.type = SpanType::Place;
  item.answer = "Paris";
  item.canonical = "Paris";
  item.questions = {
      Question{QuestionKind::Cloze, "_____ is the capital of France.", {}, -1, true, {}},
      Question{QuestionKind::MultipleChoice, "_____ is the capital of France.", {"Lyon", "Paris", "Nice"}, 1, true, {}},
      Question{QuestionKind::TrueFalse, "Lyon is the capital of France.", {}, -1, false, "Lyon"},
  };
  return item;
}

}  // namespace

TEST_CASE("Every question kind has one row, found by its name and by its stored number", "[quizgen]") {
  std::set<std::string_view> names;
  for (std::size_t value = 0; value < kQuestionKinds.size(); ++value) {
    const QuestionKindInfo& row = kQuestionKinds[value];
    CHECK(question_kind_from_value(value) == row.kind);
    CHECK(question_kind_from_name(row.name) == row.kind);
    CHECK(&question_kind_info(row.kind) == &row);
    CHECK_FALSE(row.words.empty());
    names.insert(row.name);
  }
  CHECK(names.size() == kQuestionKinds.size());
  CHECK_FALSE(question_kind_from_name("essay").has_value());
  CHECK_FALSE(question_kind_from_value(kQuestionKinds.size()).has_value());
}

TEST_CASE("The deck file's kind names and answer forms stay as decks and stores know them", "[quizgen]") {
  // Deck files and the progress journal hold these names and numbers: changing one breaks them.
  CHECK(question_kind_name(QuestionKind::Cloze) == "cloze");
  CHECK(question_kind_name(QuestionKind::MultipleChoice) == "choice");
  CHECK(question_kind_name(QuestionKind::TrueFalse) == "truefalse");
  CHECK(question_kind_name(QuestionKind::WhQuestion) == "wh");
  CHECK(question_kind_info(QuestionKind::WhQuestion).form == AnswerForm::Typed);
  CHECK(question_kind_info(QuestionKind::MultipleChoice).form == AnswerForm::OneOfOptions);
  CHECK(question_kind_info(QuestionKind::TrueFalse).form == AnswerForm::TrueOrFalse);
  CHECK(question_kind_info(QuestionKind::Cloze).is_recall);
  CHECK_FALSE(question_kind_info(QuestionKind::TrueFalse).is_recall);
  CHECK_FALSE(question_kind_info(QuestionKind::WhQuestion).is_practised);
}

TEST_CASE("One judge takes each answer form and says what was given and expected", "[quizgen]") {
  const Item item = capital_item();
  const Deck deck;
  SECTION("typed") {
    const Judgement right = judge(deck, item, item.questions[0], TypedAnswer{"paris"});
    CHECK(right.is_correct);
    CHECK(right.given == "paris");
    CHECK(right.expected == "Paris");
    const Judgement close = judge(deck, item, item.questions[0], TypedAnswer{"Pariss"});
    CHECK(close.is_correct);
    CHECK(close.is_near_miss);
    const Judgement empty = judge(deck, item, item.questions[0], TypedAnswer{""});
    CHECK_FALSE(empty.is_correct);
    CHECK(empty.given == "no answer");
  }
  SECTION("one of the options") {
    const Judgement right = judge(deck, item, item.questions[1], ChosenOption{1});
    CHECK(right.is_correct);
    CHECK(right.reason == "correct");
    const Judgement wrong = judge(deck, item, item.questions[1], ChosenOption{0});
    CHECK_FALSE(wrong.is_correct);
    CHECK(wrong.given == "Lyon");
    CHECK(wrong.reason == "the answer is Paris");
    CHECK(judge(deck, item, item.questions[1], ChosenOption{7}).given == "no answer");
  }
  SECTION("true or false") {
    const Judgement right = judge(deck, item, item.questions[2], ChosenTruth{false});
    CHECK(right.is_correct);
    CHECK(right.reason == "false: it was Paris, not Lyon");
    CHECK(right.expected == "false (it was Paris)");
    CHECK_FALSE(judge(deck, item, item.questions[2], ChosenTruth{true}).is_correct);
  }
  SECTION("an answer in another form than the question's is wrong") {
    const Judgement misfit = judge(deck, item, item.questions[1], TypedAnswer{"Paris"});
    CHECK_FALSE(misfit.is_correct);
    CHECK(misfit.reason.find("multiple choice") != std::string::npos);
    CHECK(answer_form(Answer{ChosenTruth{true}}) == AnswerForm::TrueOrFalse);
  }
}
