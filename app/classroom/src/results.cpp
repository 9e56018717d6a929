#include "classroom/results.hpp"

#include <algorithm>
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

// Adds one answer to the question's running counts and its list (answers arrive oldest first).
// The stored row is read as it is: rebuilding the whole record would also rebuild the states.
void count_answer(QuestionResult& result, const store::PackedReview& answer, bool is_practice,
                  const store::GivenAnswer* given) {
  const auto grade = static_cast<sched::Grade>(answer.grade);
  const bool is_correct = grade != sched::Grade::Again;
  if (result.attempts == 0) result.is_first_correct = is_correct;
  result.attempts += 1;
  result.correct += is_correct ? 1 : 0;
  result.last_grade = grade;
  result.answer_ms += answer.answer_ms;
  result.last_answered = sched::TimePoint{sched::Seconds{answer.time_secs}};
  AnswerResult listed{result.last_answered, grade, answer.answer_ms, is_practice, is_correct, std::nullopt};
  if (given != nullptr) {
    listed.is_correct = given->is_correct;
    listed.response = given->response;
    if (!given->options.empty()) result.options = given->options;
  }
  result.answers.push_back(std::move(listed));
}

// The decay of the deck's forgetting curve: its fitted w20, or the default's.
double deck_decay(const store::ProfileData& data, const std::string& deck_id) {
  const auto settings = data.deck_settings.find(deck_id);
  if (settings == data.deck_settings.end()) return sched::kDefaultWeights[20];
  const Result<sched::Parameters> parameters = sched::validate_and_clamp(settings->second.params);
  return parameters ? parameters->w[20] : sched::kDefaultWeights[20];
}

// The memory states of the deck's items the student has studied, by item id.
std::vector<ItemMemory> memory_of(const store::ProfileData& data, const std::set<std::uint64_t>& in_deck) {
  std::vector<ItemMemory> memory;
  for (const auto& [id, record] : data.items) {
    if (!in_deck.count(id.value) || !record.state.memory || !record.state.last_review) continue;
    memory.push_back({id, record.state.memory->stability_days, record.state.memory->difficulty, *record.state.last_review});
  }
  return memory;
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

double recall_probability(const ItemMemory& memory, double fsrs_decay, sched::TimePoint now) {
  sched::Parameters parameters;
  parameters.w[20] = fsrs_decay;
  const double elapsed_days = static_cast<double>((now - memory.last_review).count()) / 86400.0;
  return sched::retrievability(parameters, std::max(0.0, elapsed_days), memory.stability_days);
}

std::uint32_t streak_days(std::vector<sched::TimePoint> answer_times, const sched::DayClock& clock, sched::TimePoint now) {
  std::set<std::int64_t> days;
  for (const sched::TimePoint time : answer_times) days.insert(clock.day_number(time));
  std::int64_t day = clock.day_number(now);
  if (!days.count(day)) --day;  // today not studied yet: the streak may still go on
  std::uint32_t streak = 0;
  while (days.count(day)) {
    ++streak;
    --day;
  }
  return streak;
}

StudentResults collect_results(const store::ProfileData& data, const quizgen::Deck& deck, const std::string& deck_id,
                               const StudentInfo& student, const sched::DayClock& clock, sched::TimePoint now) {
  std::set<std::uint64_t> in_deck;
  for (const quizgen::Item& item : deck.items) in_deck.insert(item.id.value);
  std::map<std::pair<std::uint64_t, std::uint8_t>, QuestionResult> by_question;
  std::vector<sched::TimePoint> answer_times;
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const store::PackedReview& row = data.reviews.row(i);
    if (!in_deck.count(row.item) || row.question_kind >= kKnownKinds) continue;
    if (data.reviews.decks()[row.deck_index] != deck_id) continue;
    QuestionResult& result = by_question[{row.item, row.question_kind}];
    result.item = ItemId{row.item};
    result.kind = static_cast<quizgen::QuestionKind>(row.question_kind);
    count_answer(result, row, data.reviews.is_practice(i), data.reviews.given(i));
    answer_times.push_back(result.last_answered);
  }
  StudentResults results;
  results.student = student;
  results.deck_id = deck_id;
  results.deck_title = quizgen::deck_title(deck);
  results.deck_hash = deck_content_hash(deck);
  results.exported_at = now;
  for (auto& [key, result] : by_question) results.questions.push_back(std::move(result));
  results.memory = memory_of(data, in_deck);
  results.fsrs_decay = deck_decay(data, deck_id);
  results.streak_days = streak_days(std::move(answer_times), clock, now);
  results.has_answers = true;
  return results;
}

}  // namespace factdeck::classroom
