#pragma once
// A student's results for one deck: what a teacher collects from each student (format and meaning
// in docs/classroom.md). One entry per question the student answered — an item asked one way
// (cloze, choice, ...) — with counts, so the file stays small and readable; the answers themselves
// stay in the student's profile.
#include <cstdint>
#include <string>
#include <vector>

#include "base/item_id.hpp"
#include "quizgen/deck.hpp"
#include "scheduler/item_state.hpp"
#include "store/profile_data.hpp"

namespace factdeck::classroom {

/// Version of the results file written by this build; a newer one is refused (NewerFormat).
inline constexpr std::uint32_t kResultsFormatVersion = 1;

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
  friend bool operator==(const StudentResults&, const StudentResults&) = default;
};

/// A fingerprint of what a deck asks: FNV-1a 64 over each item's id and answer and each of its
/// questions' kind, prompt, options and key, in deck order. Two builds of the same article give
/// the same value; a changed fact, option or seed gives another. The file it was read from does
/// not count, so the value is the same on every machine.
[[nodiscard]] std::uint64_t deck_content_hash(const quizgen::Deck& deck);

/// The student's results on `deck` (its id in the profile: `deck_id`): every answer in `data`'s
/// review log to an item of `deck` under that id, study and practice alike, grouped by item and
/// question kind. Answers of kinds this build does not know are left out.
[[nodiscard]] StudentResults collect_results(const store::ProfileData& data, const quizgen::Deck& deck,
                                             const std::string& deck_id, const StudentInfo& student,
                                             sched::TimePoint now);

}  // namespace factdeck::classroom
