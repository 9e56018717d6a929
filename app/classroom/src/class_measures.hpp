#pragma once
// The parts of the item analysis that read more than first-sight right or wrong: the responses
// given to a question and the students' recall of each section now. Used by class_analysis.cpp.
#include <span>
#include <string>
#include <vector>

#include "classroom/class_analysis.hpp"

namespace factdeck::classroom {

/// How often each response was given in `results` (one student's results on the question each)
/// to `item` asked as `kind`: a multiple choice's options as the deck shows them, then any other
/// response; other kinds' responses most frequent first (at most kMaxTypedResponses). `counted`
/// is set to the number of answers that kept their response.
inline constexpr std::size_t kMaxTypedResponses = 5;
[[nodiscard]] std::vector<ResponseCount> count_responses(const quizgen::Item& item, quizgen::QuestionKind kind,
                                                         std::span<const QuestionResult* const> results,
                                                         std::size_t& counted);

/// Whether a wrong response was given more often than the key.
[[nodiscard]] bool has_distractor_over_key(std::span<const ResponseCount> responses);

/// The top-level section of each deck item (an index into `titles`), and the titles.
struct DeckSections {
  std::vector<std::string> titles;
  std::vector<std::size_t> of_item;  // per deck item
};
[[nodiscard]] DeckSections deck_sections(const quizgen::Deck& deck);

/// The student's expected share of each section's items (and of the whole deck) recalled at
/// `now`: the mean recall probability over the items, unstudied items counting 0. Leaves both
/// empty for results without memory states (format 1).
void fill_mastery(const quizgen::Deck& deck, const DeckSections& sections, const StudentResults& results,
                  sched::TimePoint now, StudentStats& student);

}  // namespace factdeck::classroom
