#pragma once
// The deck: everything the study app needs from one article — items (one tagged span each), the
// question variants that ask them, exercises across items, and each fact's section and sentence.
// Stored as JSON with cereal (teachers can diff it); see docs/question-generation.md.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "quizgen/facts.hpp"
#include "quizgen/question_kinds.hpp"
#include "base/item_id.hpp"
#include "base/result.hpp"

namespace factdeck::quizgen {

/// Version of the deck JSON layout written by this build; loading a newer one fails cleanly.
/// 2: number items carry a "quantity" (range, unit, dimension, step, approximation) and dates
/// may carry "approximate", "period" and "part"; version 1 decks load with their defaults.
inline constexpr std::uint32_t kDeckFormatVersion = 2;

enum class ExerciseKind { Chronology, Matching };

[[nodiscard]] std::string_view exercise_kind_name(ExerciseKind kind);

/// A typed-answer hint: what kind of answer, its first letter and its length in characters.
struct Hint {
  std::string type_word;     // "a person", "a year", "a month and year", ...
  std::string first_letter;  // first character of the answer as written (UTF-8)
  std::uint32_t length_chars = 0;
  std::uint32_t word_count = 0;
};

/// One way of asking an item. Fields not used by a kind stay empty.
struct Question {
  QuestionKind kind = QuestionKind::Cloze;
  std::string prompt;                // cloze/choice: sentence with "_____"; wh: the question;
                                     // truefalse: the statement to judge
  std::vector<std::string> options;  // choice only, shuffled
  std::int32_t correct_option = -1;  // choice only
  bool is_true = true;               // truefalse only
  std::string shown_value;           // truefalse: the value put in place of the span
};

/// One thing to remember: one tagged span of one fact.
struct Item {
  ItemId id;
  std::string fact_key;
  std::uint32_t fact_index = 0;   // index into Deck::facts
  std::uint32_t span_index = 0;   // index of the span within its fact
  SpanType type = SpanType::Term;
  std::string group;
  std::string answer;             // the span as written in the sentence
  std::string canonical;          // canonical form (equals `answer` when none was given)
  std::vector<std::string> aliases;
  std::optional<DateValue> date;  // date items: the value and the precision that is asked
  std::optional<NumberValue> number;  // number items: value, range, unit, precision
  bool accepts_surname = false;   // people: the surname alone is unambiguous in this deck
  Hint hint;
  std::vector<Question> questions;
};

/// A question across several items, for the practice-test mode.
struct Exercise {
  ExerciseKind kind = ExerciseKind::Chronology;
  std::string prompt;
  std::vector<std::string> left;          // chronology: events in shown order; matching: left column
  std::vector<std::string> right;         // matching: right column in shown order
  std::vector<std::int32_t> answer;       // chronology: indices of `left` from earliest to latest;
                                          // matching: for each left entry, its index in `right`
  std::vector<std::string> labels;        // chronology: the date of each `left` entry
  std::vector<ItemId> items;              // the items the exercise draws on
};

/// The source of one fact: its sentence and where it sits in the article.
struct DeckFact {
  std::string key;
  std::string text;
  std::string hint;
  std::int32_t section = -1;               // index into Deck::sections
  std::vector<std::string> section_path;   // titles from the top-level heading down
  std::int32_t line = 0;
};

struct DeckSection {
  std::string title;
  std::int32_t level = 1;
  std::int32_t parent = -1;
};

struct Deck {
  std::uint32_t format_version = kDeckFormatVersion;
  ArticleMeta meta;
  std::string source_file;
  std::uint64_t seed = 0;
  std::vector<DeckSection> sections;
  std::vector<DeckFact> facts;
  std::vector<Item> items;
  std::vector<Exercise> exercises;
};

/// The name to show for a deck: its front-matter title, else its first top-level heading, else
/// its id, else its file name without the extension ("Untitled deck" when none is known). An
/// article without a `title:` must not show as a blank row in a deck list or an export.
[[nodiscard]] std::string deck_title(const Deck& deck);

/// Writes the deck as indented JSON. Fails only if the stream fails.
[[nodiscard]] Result<void> save_deck_json(const Deck& deck, std::ostream& out);
/// Reads a deck written by save_deck_json. Fails (never throws) on damaged JSON, missing fields,
/// or a format_version newer than kDeckFormatVersion (ErrorCode::NewerFormat).
[[nodiscard]] Result<Deck> load_deck_json(std::istream& in, const std::string& file_name = {});
/// Opens `path` and reads it with load_deck_json; ErrorCode::Io when it cannot be opened.
[[nodiscard]] Result<Deck> load_deck_json(const std::string& path);

}  // namespace factdeck::quizgen
