#pragma once
// Shared fixtures of the classroom tests: a small hand-made deck and students' results built
// from answers given question by question.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "classroom/results.hpp"
#include "quizgen/deck.hpp"
#include "store/profile_data.hpp"

namespace factdeck::classroom::testing {

inline sched::TimePoint at_secs(std::int64_t secs) { return sched::TimePoint{sched::Seconds{secs}}; }

/// Two items, the first asked as cloze and choice, the second as cloze.
inline quizgen::Deck two_item_deck() {
  quizgen::Deck deck;
  deck.meta.title = "Capitals";
  deck.source_file = "capitals.facts.md";
  quizgen::Item paris;
  paris.id = ItemId{0x1111};
  paris.answer = "Paris";
  paris.questions.push_back({quizgen::QuestionKind::Cloze, "_____ is the capital of France.", {}, -1, true, {}});
  paris.questions.push_back({quizgen::QuestionKind::MultipleChoice, "_____ is the capital of France.",
                             {"Lyon", "Paris", "Nice"}, 1, true, {}});
  quizgen::Item rome;
  rome.id = ItemId{0x2222};
  rome.answer = "Rome";
  rome.questions.push_back({quizgen::QuestionKind::Cloze, "_____ is the capital of Italy.", {}, -1, true, {}});
  deck.items = {paris, rome};
  return deck;
}

/// Appends one answer to `data`'s review log (the states are left at their defaults: the results
/// read only the item, kind, grade, time and deck).
inline void add_answer(store::ProfileData& data, ItemId item, quizgen::QuestionKind kind, sched::Grade grade,
                       std::int64_t time_secs, std::uint32_t answer_ms, const std::string& deck_id = "capitals",
                       std::optional<store::GivenAnswer> given = std::nullopt) {
  store::ReviewRecord record;
  record.given = std::move(given);
  record.item = item;
  record.question_kind = static_cast<std::uint8_t>(kind);
  record.time = at_secs(time_secs);
  record.grade = grade;
  record.answer_ms = answer_ms;
  record.deck_id = deck_id;
  (void)data.reviews.append(record);
}

/// One question's result: `answers` as a string of '1' (correct) and '0' (wrong), oldest first,
/// each listed as taking 4 s; `responses` (when given) are what each answer chose or typed.
inline QuestionResult question_result(std::uint64_t item, const std::string& answers,
                                      quizgen::QuestionKind kind = quizgen::QuestionKind::Cloze,
                                      const std::vector<std::string>& responses = {}) {
  QuestionResult result;
  result.item = ItemId{item};
  result.kind = kind;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const bool is_right = answers[i] == '1';
    if (result.attempts == 0) result.is_first_correct = is_right;
    result.attempts += 1;
    result.correct += is_right ? 1 : 0;
    result.last_grade = is_right ? sched::Grade::Good : sched::Grade::Again;
    result.answer_ms += 4000;
    AnswerResult listed{at_secs(1'700'000'000), result.last_grade, 4000, false, is_right, std::nullopt};
    if (i < responses.size()) listed.response = responses[i];
    result.answers.push_back(listed);
  }
  result.last_answered = at_secs(1'700'000'000);
  return result;
}

inline StudentResults student(const std::string& name, std::vector<QuestionResult> questions) {
  StudentResults results;
  results.student = {name, name};
  results.deck_id = "capitals";
  results.deck_title = "Capitals";
  results.deck_hash = 0x1234;
  results.exported_at = at_secs(1'700'000'000);
  results.questions = std::move(questions);
  results.has_answers = true;
  return results;
}

}  // namespace factdeck::classroom::testing
