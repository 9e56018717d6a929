#pragma once
// Item analysis of a class: from many students' results on one deck, each question's facility
// (share right on first sight), discrimination (the point-biserial correlation of being right
// with the student's score on the other questions, and the upper-lower 27% index), how often each
// option was chosen, the questions a teacher should check, the students ranked, and how much of
// each section each student would recall now (FSRS). Formulas and thresholds: docs/classroom.md.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "classroom/results.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::classroom {

/// Below this facility a question is flagged: fewer than one student in five gets it right.
inline constexpr double kLowFacility = 0.2;
/// Above this facility a question is flagged: nearly everyone knew it, so it tells little.
inline constexpr double kHighFacility = 0.95;
/// Below this discrimination (negative or near zero) a question is flagged: being right on it
/// says nothing about, or the opposite of, how a student does on the rest.
inline constexpr double kLowDiscrimination = 0.1;
/// The share of the class in each of the upper and lower groups of the upper-lower index (Kelley).
inline constexpr double kExtremeGroupShare = 0.27;

/// Why a question is flagged, the most telling first.
enum class Flag : std::uint8_t {
  None,
  NegativeDiscrimination,
  DistractorOverKey,
  NoDiscrimination,
  LowFacility,
  HighFacility
};

/// "negative discrimination", "a wrong option chosen more than the key", "discrimination near
/// zero", "facility below 0.2", "facility above 0.95", or "".
[[nodiscard]] std::string_view flag_text(Flag flag);

/// How often one response was given to a question: an option of a multiple choice (all of them,
/// in the order shown, chosen or not), or a typed or true/false answer (the most frequent first).
struct ResponseCount {
  std::string text;
  std::size_t count = 0;
  bool is_key = false;  // the right option; for typed answers, judged right
};

struct QuestionStats {
  ItemId item;
  quizgen::QuestionKind kind = quizgen::QuestionKind::Cloze;
  std::string answer;  // the item's answer as written in the deck
  std::string prompt;  // the question as asked
  std::size_t students = 0;              // students who answered it
  double facility = 0.0;                 // share of them right on the first attempt
  double facility_all = 0.0;             // share of all their attempts that were right
  std::optional<double> discrimination;  // point-biserial vs rest score; none when undefined
  std::optional<double> upper_lower;     // facility of the upper 27% minus the lower 27%
  double mean_answer_secs = 0.0;         // per attempt
  double median_answer_secs = 0.0;       // per attempt
  std::vector<ResponseCount> responses;  // counted over every answer that kept its response
  std::size_t responses_counted = 0;
  std::string source;                    // the fact's place, "file.facts.md:12", for the workshop
  Flag flag = Flag::None;
};

struct StudentStats {
  std::string name;
  std::string profile;
  std::size_t rank = 0;       // 1 = best
  std::size_t answered = 0;   // questions answered (of the deck's)
  std::size_t first_right = 0;
  double score = 0.0;         // first_right / answered
  std::uint32_t attempts = 0;
  std::uint32_t correct = 0;
  double study_minutes = 0.0;
  std::uint32_t streak_days = 0;
  std::optional<double> mastery;  // expected share of the deck's items recalled now; none in format 1
  /// Per ClassAnalysis::sections: expected share of the section's items recalled now (none in
  /// format 1).
  std::vector<std::optional<double>> section_mastery;
};

struct ClassAnalysis {
  std::string deck_id;
  std::string deck_title;
  std::vector<QuestionStats> questions;  // flagged first, most negative discrimination first
  std::vector<StudentStats> students;    // by rank
  std::vector<std::string> sections;     // the deck's top-level sections, in order
  std::vector<std::string> notes;        // results from another version of the deck, ...
};

/// Pearson's correlation of `x` and `y` (equal lengths); none when fewer than two pairs or either
/// has no spread. With `x` 0/1 it is the point-biserial correlation.
[[nodiscard]] std::optional<double> correlation(std::span<const double> x, std::span<const double> y);

/// Fails (Invalid, naming `file`) when `results` are of another deck than `deck_id`.
[[nodiscard]] Result<void> check_same_deck(const StudentResults& results, const std::string& deck_id,
                                           const std::string& file);

/// One student's results and the file they came from (for notes).
struct ResultsFile {
  std::string file;
  StudentResults results;
};

/// Fails (Invalid, naming the later file) when two files hold the same student (name and
/// profile): the same results given twice would count twice.
[[nodiscard]] Result<void> check_distinct_students(std::span<const ResultsFile> files);

/// The analysis of `files` (all of deck `deck_id`, see check_same_deck) against `deck`, with
/// recall probabilities at `now`. Questions are matched by item id and kind; those the deck no
/// longer has are left out with a note, as are files made from another version of the deck
/// (another content hash).
[[nodiscard]] ClassAnalysis analyse_class(const quizgen::Deck& deck, const std::string& deck_id,
                                          std::span<const ResultsFile> files, sched::TimePoint now);

/// The upper-lower discrimination index of one question: the share right on first sight among
/// the upper `kExtremeGroupShare` of `scores` (0/1 per student, or none when the student did not
/// answer it) minus that among the lower one; groups by overall score, at least one student
/// each. None when fewer than two students, or a group has no one who answered.
[[nodiscard]] std::optional<double> upper_lower_index(std::span<const double> overall_scores,
                                                      std::span<const std::optional<double>> right);

/// The median of `values` (the mean of the middle two for an even count); 0 when empty.
[[nodiscard]] double median(std::vector<double> values);

}  // namespace factdeck::classroom
