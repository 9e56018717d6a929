#pragma once
// A student's results for one deck: what a teacher collects from each student (format and meaning
// in docs/classroom.md). One entry per question the student answered — an item asked one way
// (cloze, choice, ...) — with its counts, the options shown and every answer (what was chosen or
// typed, the verdict, the grade, the time); and the memory state of each item studied, so the
// report can say how likely the student is to recall it now.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/item_id.hpp"
#include "quizgen/deck.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "scheduler/item_state.hpp"
#include "store/profile_data.hpp"

namespace factdeck::classroom {

/// Version of the results file written by this build; a newer one is refused (NewerFormat).
/// 1: counts per question only; 2: also each answer, the options shown, the items' memory states,
/// the forgetting curve's decay and the streak (1 is still read, without them).
inline constexpr std::uint32_t kResultsFormatVersion = 2;

/// One answer to a question.
struct AnswerResult {
  sched::TimePoint at{};
  sched::Grade grade = sched::Grade::Good;
  std::uint32_t answer_ms = 0;
  bool is_practice = false;
  bool is_correct = false;                // the judge's verdict; without a response, grade > Again
  std::optional<std::string> response;    // what was chosen or typed; none for a bare grade
  friend bool operator==(const AnswerResult&, const AnswerResult&) = default;
};

/// The FSRS memory state of one item the student studied, at export.
struct ItemMemory {
  ItemId item;
  double stability_days = 0.0;
  double difficulty = 0.0;
  sched::TimePoint last_review{};
  friend bool operator==(const ItemMemory&, const ItemMemory&) = default;
};

/// How one student did on one question (an item asked as one kind).
struct QuestionResult {
  ItemId item;
  quizgen::QuestionKind kind = quizgen::QuestionKind::Cloze;
  std::uint32_t attempts = 0;
  std::uint32_t correct = 0;      // attempts rated Hard, Good or Easy (Again is a miss)
  bool is_first_correct = false;  // the first attempt was correct
  sched::Grade last_grade = sched::Grade::Good;
  std::uint64_t answer_ms = 0;    // time spent on all attempts together
  sched::TimePoint last_answered{};
  std::vector<std::string> options;   // multiple choice: as shown at the newest answer that kept them
  std::vector<AnswerResult> answers;  // oldest first; empty in format 1 files
  friend bool operator==(const QuestionResult&, const QuestionResult&) = default;
};

/// Who exported the results and where they came from.
struct StudentInfo {
  std::string name;     // the name the student chose to show the teacher
  std::string profile;  // the profile the answers came from
  friend bool operator==(const StudentInfo&, const StudentInfo&) = default;
};

struct StudentResults {
  std::uint32_t format_version = kResultsFormatVersion;
  StudentInfo student;
  std::string deck_id;
  std::string deck_title;
  std::uint64_t deck_hash = 0;  // deck_content_hash() of the deck the student studied
  sched::TimePoint exported_at{};
  std::vector<QuestionResult> questions;  // ordered by item id, then kind; no repeats
  std::vector<ItemMemory> memory;         // items with a memory state, by item id (format 2)
  double fsrs_decay = sched::kDefaultWeights[20];  // w20 of the deck's scheduler (format 2)
  std::uint32_t streak_days = 0;  // study days in a row with an answer on the deck, to export
  bool has_answers = false;       // format 2: questions carry their answers and memory is known
  friend bool operator==(const StudentResults&, const StudentResults&) = default;
};

/// Probability that the student recalls the item now, from its memory state and the decay of
/// the forgetting curve (FSRS-6); 1 just after a review.
[[nodiscard]] double recall_probability(const ItemMemory& memory, double fsrs_decay, sched::TimePoint now);

/// Study days in a row, ending on the day of `now` or the day before (a day not yet studied does
/// not break it), on which one of `answer_times` falls.
[[nodiscard]] std::uint32_t streak_days(std::vector<sched::TimePoint> answer_times, const sched::DayClock& clock,
                                        sched::TimePoint now);

/// A fingerprint of what a deck asks: FNV-1a 64 over each item's id and answer and each of its
/// questions' kind, prompt, options and key, in deck order. Two builds of the same article give
/// the same value; a changed fact, option or seed gives another. The file it was read from does
/// not count, so the value is the same on every machine.
[[nodiscard]] std::uint64_t deck_content_hash(const quizgen::Deck& deck);

/// The student's results on `deck` (its id in the profile: `deck_id`): every answer in `data`'s
/// review log to an item of `deck` under that id, study and practice alike, grouped by item and
/// question kind, with the items' memory states; study days counted by `clock`. Answers of kinds
/// this build does not know are left out.
[[nodiscard]] StudentResults collect_results(const store::ProfileData& data, const quizgen::Deck& deck,
                                             const std::string& deck_id, const StudentInfo& student,
                                             const sched::DayClock& clock, sched::TimePoint now);

}  // namespace factdeck::classroom
