#pragma once
// The question generator: from a parsed article to a deck of items, question variants and
// exercises. Rules for fair distractors: docs/question-generation.md.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

struct GenerateOptions {
  std::uint64_t seed = 0;
  std::uint32_t max_options = 4;  // options in a multiple choice, the correct one included
  std::uint32_t min_options = 3;  // below this the multiple choice is skipped, not shrunk further
  /// Threads that build items side by side; 0 means one per core. Any count gives the same deck.
  std::uint32_t threads = 0;
  /// Called now and then with (facts done, facts total), always on the calling thread; may be empty.
  std::function<void(std::size_t, std::size_t)> on_progress;
};

enum class NoteLevel { Note, Warning };

/// One weak spot found while generating: a span with too few fair distractors, a skipped variant.
struct GenerateNote {
  NoteLevel level = NoteLevel::Note;
  std::string fact_key;
  std::string span_text;
  std::int32_t line = 0;     // source line of the span (or of the fact)
  std::int32_t column = 0;
  std::string message;       // "multiple choice skipped: only 1 fair wrong option (need 2)"
};

struct GenerateStats {
  std::size_t items = 0;
  std::size_t questions = 0;
  std::size_t choice_questions = 0;
  std::size_t short_choice_questions = 0;  // fewer than max_options options
  std::size_t exercises = 0;
};

struct GenerateOutcome {
  Deck deck;
  std::vector<GenerateNote> notes;  // in fact order; deterministic
  GenerateStats stats;
};

/// Builds the deck for `article`. Never fails: spans that cannot be asked fairly lose the
/// variant concerned and are reported in `notes`. Same article and seed → identical deck.
[[nodiscard]] GenerateOutcome build_deck(const Article& article, const GenerateOptions& options = {});

/// The stable id of span `span_index` of `fact`: its fact key, type, canonical form and its
/// occurrence among equal spans of the fact — never positions.
[[nodiscard]] ItemId make_item_id(const Fact& fact, std::size_t span_index);

/// "file:line:col: warning: message" lines for `notes`, as `quizgen check` prints them.
[[nodiscard]] std::string format_notes(const std::vector<GenerateNote>& notes,
                                       const std::string& file);

}  // namespace factdeck::quizgen
