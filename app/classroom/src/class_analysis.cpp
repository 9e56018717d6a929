#include "classroom/class_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <utility>

#include "class_measures.hpp"

namespace factdeck::classroom {

namespace {

using QuestionKey = std::pair<ItemId, quizgen::QuestionKind>;

// One student's answer to one question of the deck.
struct Answer {
  std::size_t question = 0;  // index into the analysis' questions
  double first_right = 0.0;  // 1 when the first attempt was right
  const QuestionResult* result = nullptr;
};

// The questions the class answered, each once, found by item and kind. An item's questions are
// known from the deck; an answer of a kind the deck does not generate for its item (given through
// `factdeck answer --kind`) is still that item's question, shown with the item's first prompt.
class DeckQuestions {
 public:
  explicit DeckQuestions(const quizgen::Deck& deck) {
    for (std::size_t i = 0; i < deck.items.size(); ++i) items_[deck.items[i].id] = {&deck.items[i], i};
  }
  /// The index of the question in stats(), or none when the deck has no such item.
  std::optional<std::size_t> find_or_add(ItemId item, quizgen::QuestionKind kind) {
    const auto known = index_.find({item, kind});
    if (known != index_.end()) return known->second;
    const auto found = items_.find(item);
    if (found == items_.end()) return std::nullopt;
    index_[{item, kind}] = stats_.size();
    stats_.push_back(new_stats(*found->second.first, kind));
    return stats_.size() - 1;
  }
  std::vector<QuestionStats>& stats() { return stats_; }
  [[nodiscard]] const quizgen::Item& item_of(ItemId item) const { return *items_.at(item).first; }
  /// Deck order: by the item's place in the deck, then by kind.
  [[nodiscard]] bool is_before(const QuestionStats& a, const QuestionStats& b) const {
    const std::size_t a_at = items_.at(a.item).second, b_at = items_.at(b.item).second;
    return a_at != b_at ? a_at < b_at : a.kind < b.kind;
  }

 private:
  static QuestionStats new_stats(const quizgen::Item& item, quizgen::QuestionKind kind) {
    QuestionStats stats;
    stats.item = item.id;
    stats.kind = kind;
    stats.answer = item.answer;
    const auto asked = std::find_if(item.questions.begin(), item.questions.end(),
                                    [&](const quizgen::Question& q) { return q.kind == kind; });
    if (asked != item.questions.end()) stats.prompt = asked->prompt;
    else if (!item.questions.empty()) stats.prompt = item.questions.front().prompt;
    return stats;
  }

  std::map<ItemId, std::pair<const quizgen::Item*, std::size_t>> items_;
  std::map<QuestionKey, std::size_t> index_;
  std::vector<QuestionStats> stats_;
};

// The student's answers to the deck's items; notes what was left out and why.
std::vector<Answer> answers_in_deck(const ResultsFile& file, DeckQuestions& questions, std::uint64_t deck_hash,
                                    std::vector<std::string>& notes) {
  std::vector<Answer> answers;
  for (const QuestionResult& result : file.results.questions) {
    const std::optional<std::size_t> question = questions.find_or_add(result.item, result.kind);
    if (!question) continue;
    answers.push_back({*question, result.is_first_correct ? 1.0 : 0.0, &result});
  }
  const std::size_t left_out = file.results.questions.size() - answers.size();
  if (file.results.deck_hash != deck_hash) {
    notes.push_back(file.file + ": made with another version of the deck (content hash " +
                    to_hex(ItemId{file.results.deck_hash}) + "); matched by item id, " + std::to_string(left_out) +
                    " questions on items the deck no longer has left out");
  } else if (left_out > 0) {
    notes.push_back(file.file + ": " + std::to_string(left_out) + " questions on items the deck does not have left out");
  }
  return answers;
}

StudentStats student_stats(const StudentResults& results, const std::vector<Answer>& answers) {
  StudentStats stats;
  stats.name = results.student.name;
  stats.profile = results.student.profile;
  stats.streak_days = results.streak_days;
  stats.answered = answers.size();
  std::uint64_t answer_ms = 0;
  for (const Answer& answer : answers) {
    stats.first_right += answer.first_right > 0.5 ? 1 : 0;
    stats.attempts += answer.result->attempts;
    stats.correct += answer.result->correct;
    answer_ms += answer.result->answer_ms;
  }
  stats.score = answers.empty() ? 0.0 : static_cast<double>(stats.first_right) / static_cast<double>(answers.size());
  stats.study_minutes = static_cast<double>(answer_ms) / 60'000.0;
  return stats;
}

// One student's answer to one question, seen from the question.
struct Response {
  std::size_t student = 0;
  const Answer* answer = nullptr;
};

// Seconds per attempt: each listed answer's own time, or (format 1) the student's mean.
void add_attempt_secs(const QuestionResult& result, std::vector<double>& secs) {
  if (!result.answers.empty()) {
    for (const AnswerResult& answer : result.answers) secs.push_back(answer.answer_ms / 1000.0);
    return;
  }
  const double mean = static_cast<double>(result.answer_ms) / 1000.0 / static_cast<double>(std::max<std::uint32_t>(1, result.attempts));
  secs.insert(secs.end(), result.attempts, mean);
}

// The upper-lower index of a question: every student's overall score, and their first-sight
// answer to it where they answered it.
std::optional<double> question_upper_lower(const std::vector<Response>& responses, const std::vector<StudentStats>& students) {
  std::vector<double> scores;
  std::vector<std::optional<double>> right(students.size());
  for (const StudentStats& student : students) scores.push_back(student.score);
  for (const Response& response : responses) right[response.student] = response.answer->first_right;
  return upper_lower_index(scores, right);
}

// "moon.facts.md:12": where the teacher finds the question's fact.
std::string source_of(const quizgen::Deck& deck, const quizgen::Item& item) {
  if (item.fact_index >= deck.facts.size()) return {};
  const std::string file = std::filesystem::path(deck.source_file).filename().string();
  return (file.empty() ? std::string("line ") : file + ":") + std::to_string(deck.facts[item.fact_index].line);
}

// Facility, discrimination and time of a question from every response to it. The rest score
// leaves the question itself out (a "corrected" item-total correlation), so a question does not
// correlate with itself; students who answered nothing else have no rest score.
void fill_question(QuestionStats& stats, const std::vector<Response>& responses, const std::vector<StudentStats>& students) {
  std::vector<double> right;
  std::vector<double> rest;
  std::vector<double> attempt_secs;
  double first_right = 0.0;
  std::uint64_t attempts = 0, correct = 0, answer_ms = 0;
  for (const Response& response : responses) {
    const Answer& answer = *response.answer;
    first_right += answer.first_right;
    attempts += answer.result->attempts;
    correct += answer.result->correct;
    answer_ms += answer.result->answer_ms;
    add_attempt_secs(*answer.result, attempt_secs);
    const StudentStats& student = students[response.student];
    if (student.answered < 2) continue;
    right.push_back(answer.first_right);
    rest.push_back((static_cast<double>(student.first_right) - answer.first_right) /
                   static_cast<double>(student.answered - 1));
  }
  stats.students = responses.size();
  if (stats.students == 0) return;
  stats.facility = first_right / static_cast<double>(stats.students);
  stats.facility_all = static_cast<double>(correct) / static_cast<double>(attempts);
  stats.mean_answer_secs = static_cast<double>(answer_ms) / 1000.0 / static_cast<double>(attempts);
  stats.median_answer_secs = median(std::move(attempt_secs));
  stats.discrimination = correlation(right, rest);
  stats.upper_lower = question_upper_lower(responses, students);
}

// The responses given to the question, from the answers listed (format 2).
void fill_responses(QuestionStats& stats, const quizgen::Item& item, const std::vector<Response>& responses) {
  std::vector<const QuestionResult*> results;
  for (const Response& response : responses) results.push_back(response.answer->result);
  stats.responses = count_responses(item, stats.kind, results, stats.responses_counted);
}

Flag flag_of(const QuestionStats& stats) {
  if (stats.discrimination && *stats.discrimination < 0.0) return Flag::NegativeDiscrimination;
  if (has_distractor_over_key(stats.responses)) return Flag::DistractorOverKey;
  if (stats.discrimination && *stats.discrimination < kLowDiscrimination) return Flag::NoDiscrimination;
  if (stats.facility < kLowFacility) return Flag::LowFacility;
  if (stats.facility > kHighFacility) return Flag::HighFacility;
  return Flag::None;
}

// Flagged first; among them the most negative discrimination first (undefined last), then the
// hardest; ties in deck order (the sort is stable).
void sort_questions(std::vector<QuestionStats>& questions) {
  std::stable_sort(questions.begin(), questions.end(), [](const QuestionStats& a, const QuestionStats& b) {
    const bool a_flagged = a.flag != Flag::None, b_flagged = b.flag != Flag::None;
    if (a_flagged != b_flagged) return a_flagged;
    const double a_d = a.discrimination.value_or(2.0), b_d = b.discrimination.value_or(2.0);
    if (a_d != b_d) return a_d < b_d;
    return a.facility < b.facility;
  });
}

void rank_students(std::vector<StudentStats>& students) {
  std::stable_sort(students.begin(), students.end(), [](const StudentStats& a, const StudentStats& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.answered != b.answered) return a.answered > b.answered;
    return a.name < b.name;
  });
  for (std::size_t i = 0; i < students.size(); ++i) students[i].rank = i + 1;
}

}  // namespace

std::string_view flag_text(Flag flag) {
  switch (flag) {
    case Flag::None: return "";
    case Flag::NegativeDiscrimination: return "negative discrimination";
    case Flag::DistractorOverKey: return "a wrong option chosen more than the key";
    case Flag::NoDiscrimination: return "discrimination near zero";
    case Flag::LowFacility: return "facility below 0.2";
    case Flag::HighFacility: return "facility above 0.95";
  }
  return "";
}

std::optional<double> correlation(std::span<const double> x, std::span<const double> y) {
  const std::size_t n = std::min(x.size(), y.size());
  if (n < 2) return std::nullopt;
  double mean_x = 0.0, mean_y = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    mean_x += x[i];
    mean_y += y[i];
  }
  mean_x /= static_cast<double>(n);
  mean_y /= static_cast<double>(n);
  double covariance = 0.0, var_x = 0.0, var_y = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    covariance += (x[i] - mean_x) * (y[i] - mean_y);
    var_x += (x[i] - mean_x) * (x[i] - mean_x);
    var_y += (y[i] - mean_y) * (y[i] - mean_y);
  }
  // Spreads this small are rounding noise of equal values: no spread, no correlation.
  if (var_x < 1e-12 || var_y < 1e-12) return std::nullopt;
  return covariance / std::sqrt(var_x * var_y);
}

Result<void> check_same_deck(const StudentResults& results, const std::string& deck_id, const std::string& file) {
  if (results.deck_id == deck_id) return {};
  return fail(ErrorCode::Invalid, "results on deck '" + results.deck_id + "', not '" + deck_id + "'", file);
}

Result<void> check_distinct_students(std::span<const ResultsFile> files) {
  std::map<std::pair<std::string, std::string>, const ResultsFile*> seen;
  for (const ResultsFile& file : files) {
    const StudentInfo& student = file.results.student;
    const auto [at, is_new] = seen.emplace(std::pair{student.name, student.profile}, &file);
    if (is_new) continue;
    return fail(ErrorCode::Invalid,
                "the results of " + student.name + " (profile " + student.profile + ") are also in " + at->second->file,
                file.file);
  }
  return {};
}

ClassAnalysis analyse_class(const quizgen::Deck& deck, const std::string& deck_id, std::span<const ResultsFile> files,
                            sched::TimePoint now) {
  ClassAnalysis analysis;
  analysis.deck_id = deck_id;
  analysis.deck_title = quizgen::deck_title(deck);
  DeckQuestions questions(deck);
  const std::uint64_t deck_hash = deck_content_hash(deck);
  const DeckSections sections = deck_sections(deck);
  analysis.sections = sections.titles;
  std::vector<std::vector<Answer>> by_student;
  for (const ResultsFile& file : files) {
    by_student.push_back(answers_in_deck(file, questions, deck_hash, analysis.notes));
    analysis.students.push_back(student_stats(file.results, by_student.back()));
    fill_mastery(deck, sections, file.results, now, analysis.students.back());
  }
  std::vector<QuestionStats>& all = questions.stats();
  std::vector<std::vector<Response>> by_question(all.size());
  for (std::size_t s = 0; s < by_student.size(); ++s) {
    for (const Answer& answer : by_student[s]) by_question[answer.question].push_back({s, &answer});
  }
  for (std::size_t q = 0; q < all.size(); ++q) {
    const quizgen::Item& item = questions.item_of(all[q].item);
    fill_question(all[q], by_question[q], analysis.students);
    fill_responses(all[q], item, by_question[q]);
    all[q].source = source_of(deck, item);
    all[q].flag = flag_of(all[q]);
  }
  std::sort(all.begin(), all.end(), [&](const QuestionStats& a, const QuestionStats& b) { return questions.is_before(a, b); });
  analysis.questions = std::move(all);
  sort_questions(analysis.questions);
  rank_students(analysis.students);
  return analysis;
}

}  // namespace factdeck::classroom
