#pragma once
// Practice tests (Quizlet's Test, done right): a fixed set of questions chosen by section and
// kind, answered once each, scored at the end with every wrong answer explained. Pure functions.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "quizgen/judge.hpp"
#include "state/loaded_deck.hpp"

namespace factdeck::state {

enum class PracticeKind : std::uint8_t { MultipleChoice, TrueFalse, Typed, Chronology, Matching };
inline constexpr PracticeKind kAllPracticeKinds[] = {PracticeKind::MultipleChoice,
                                                     PracticeKind::TrueFalse, PracticeKind::Typed,
                                                     PracticeKind::Chronology,
                                                     PracticeKind::Matching};
[[nodiscard]] const char* practice_kind_label(PracticeKind kind);

struct PracticeConfig {
  std::vector<int> sections;  // top-level section indices; empty = the whole deck
  std::vector<PracticeKind> kinds = {PracticeKind::MultipleChoice, PracticeKind::TrueFalse,
                                     PracticeKind::Typed, PracticeKind::Chronology,
                                     PracticeKind::Matching};
  int question_count = 10;
  bool moves_schedule = false;  // opt-in: answers also count as spaced reviews
  std::uint64_t seed = 0;
};

struct PracticeQuestion {
  PracticeKind kind = PracticeKind::MultipleChoice;
  std::size_t item_index = 0;      // item questions: index into Deck::items
  std::size_t question_index = 0;  // item questions: index into Item::questions
  std::size_t exercise_index = 0;  // chronology and matching: index into Deck::exercises
};

/// The learner's answer: to an item question in its answer form, or to an exercise an order of
/// indices (chronology: the events from earliest to latest; matching: for each left entry its
/// right one).
using PracticeResponse = std::variant<quizgen::Answer, std::vector<int>>;

struct PracticeOutcome {
  bool is_correct = false;
  std::string given;        // the answer as the learner gave it, in words
  std::string expected;     // the right answer, in words
  std::string explanation;  // the source sentence(s) and section
};

struct PracticeTest {
  PracticeConfig config;
  std::vector<PracticeQuestion> questions;
  std::vector<std::optional<PracticeOutcome>> outcomes;  // one per question once answered
  std::size_t position = 0;

  [[nodiscard]] bool is_finished() const { return position >= questions.size(); }
  [[nodiscard]] int correct_count() const;
};

/// Draws up to `config.question_count` questions of the chosen kinds and sections, spread over
/// the kinds, in an order fixed by `config.seed`. Empty when the selection has no questions.
[[nodiscard]] PracticeTest build_practice_test(const LoadedDeck& deck, const PracticeConfig& config);

/// Judges one response (typed answers with the same checker as the study screen).
[[nodiscard]] PracticeOutcome judge_practice(const LoadedDeck& deck,
                                             const PracticeQuestion& question,
                                             const PracticeResponse& response);

/// The items a practice question draws on (one for item questions, several for exercises).
[[nodiscard]] std::vector<ItemId> practice_items(const LoadedDeck& deck,
                                                          const PracticeQuestion& question);

}  // namespace factdeck::state
