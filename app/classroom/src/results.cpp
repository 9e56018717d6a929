#include "classroom/results.hpp"

#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace factdeck::classroom {

namespace {

constexpr std::uint8_t kKnownKinds = 4;  // quizgen::QuestionKind: Cloze .. WhQuestion

// Chains one field into the hash, closed by a 0 byte so that "ab"+"c" and "a"+"bc" differ.
std::uint64_t hash_text(std::uint64_t hash, std::string_view text) {
  return fnv1a64(std::string_view("\0", 1), fnv1a64(text, hash));
}

std::uint64_t hash_question(std::uint64_t hash, const quizgen::Question& question) {
  hash = hash_text(hash, quizgen::question_kind_name(question.kind));
  hash = hash_text(hash, question.prompt);
  for (const std::string& option : question.options) hash = hash_text(hash, option);
  hash = hash_text(hash, std::to_string(question.correct_option));
  return hash_text(hash, question.is_true ? "true" : "false");
}

// Adds one answer to the question's running counts (answers arrive oldest first).
// The stored row is read as it is: rebuilding the whole record would also rebuild the states.
void count_answer(QuestionResult& result, const store::PackedReview& answer) {
  const auto grade = static_cast<sched::Grade>(answer.grade);
  const bool is_correct = grade != sched::Grade::Again;
  if (result.attempts == 0) result.is_first_correct = is_correct;
  result.attempts += 1;
  result.correct += is_correct ? 1 : 0;
  result.last_grade = grade;
  result.answer_ms += answer.answer_ms;
  result.last_answered = sched::TimePoint{sched::Seconds{answer.time_secs}};
}

}  // namespace

std::uint64_t deck_content_hash(const quizgen::Deck& deck) {
  std::uint64_t hash = kFnv1a64Seed;
  for (const quizgen::Item& item : deck.items) {
    hash = hash_text(hash, to_hex(item.id));
    hash = hash_text(hash, item.answer);
    for (const quizgen::Question& question : item.questions) hash = hash_question(hash, question);
  }
  return hash;
}

StudentResults collect_results(const store::ProfileData& data, const quizgen::Deck& deck,
                               const std::string& deck_id, const StudentInfo& student, sched::TimePoint now) {
  std::set<std::uint64_t> in_deck;
  for (const quizgen::Item& item : deck.items) in_deck.insert(item.id.value);
  std::map<std::pair<std::uint64_t, std::uint8_t>, QuestionResult> by_question;
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const store::PackedReview& row = data.reviews.row(i);
    if (!in_deck.count(row.item) || row.question_kind >= kKnownKinds) continue;
    if (data.reviews.decks()[row.deck_index] != deck_id) continue;
    QuestionResult& result = by_question[{row.item, row.question_kind}];
    result.item = ItemId{row.item};
    result.kind = static_cast<quizgen::QuestionKind>(row.question_kind);
    count_answer(result, row);
  }
  StudentResults results;
  results.student = student;
  results.deck_id = deck_id;
  results.deck_title = quizgen::deck_title(deck);
  results.deck_hash = deck_content_hash(deck);
  results.exported_at = now;
  for (auto& [key, result] : by_question) results.questions.push_back(std::move(result));
  return results;
}

}  // namespace factdeck::classroom
