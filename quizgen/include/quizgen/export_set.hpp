#pragma once
// The questions of a deck chosen for export to other apps (Moodle XML, GIFT, a printable test),
// as plain, format-neutral data: which kinds, which sections, how many, in a seeded order. The
// writers (gift.hpp, moodle_xml.hpp, print_test.hpp) only lay these out. Rules:
// docs/question-generation.md, "Exporting a test".
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

/// The question types other apps share (Moodle's multichoice, truefalse, shortanswer, matching).
enum class ExportKind { MultipleChoice, TrueFalse, ShortAnswer, Matching };

/// "multichoice", "truefalse", "shortanswer", "matching" (Moodle's names).
[[nodiscard]] std::string_view export_kind_name(ExportKind kind);

/// One exported question. Fields not used by its kind stay empty.
struct ExportQuestion {
  ExportKind kind = ExportKind::ShortAnswer;
  std::string name;                    // short title: "007 choice: <fact key>"
  std::string id;                      // stable: item id (hex) and kind; "matching-<first item>"
  std::vector<std::string> category;   // deck title, then the section path
  std::string stem;                    // the question text ("_____" marks a cloze blank)
  std::vector<std::string> options;    // multiple choice: in the deck's order; matching: the
                                       // right column in the order it is shown
  std::int32_t correct_option = -1;    // multiple choice
  bool is_true = true;                 // true/false
  std::vector<std::string> answers;    // short answer: accepted answers, the expected one first
  std::vector<std::pair<std::string, std::string>> pairs;  // matching: (left, its match)
  std::string source;                  // the fact's sentence (for the answer key)
  friend bool operator==(const ExportQuestion&, const ExportQuestion&) = default;
};

/// Which source questions may be exported; all by default.
struct ExportKinds {
  std::array<bool, kQuestionKinds.size()> is_left_out{};  // by QuestionKind
  bool matching = true;

  [[nodiscard]] bool allows(QuestionKind kind) const { return !is_left_out[static_cast<std::size_t>(kind)]; }
};

/// Parses a comma-separated list of question-kind names ("cloze", "wh", "choice", "truefalse"),
/// "short" (every typed kind), "matching" or "all". Fails (Invalid) naming the unknown word.
[[nodiscard]] Result<ExportKinds> parse_export_kinds(std::string_view list);

struct ExportOptions {
  ExportKinds kinds;
  /// Section titles (any level, ASCII case-insensitive); empty means every section.
  std::vector<std::string> sections;
  /// At most this many questions; empty means one per fact (and every matching exercise that
  /// fits).
  std::optional<std::size_t> count;
  std::uint64_t seed = 0;
};

struct ExportSet {
  std::string title;                     // the deck's title (or id, or source file)
  std::vector<ExportQuestion> questions; // in article order: by section, then by fact
  std::vector<std::string> notes;        // what was left out and why, for the teacher
};

/// Chooses the questions: at most one per fact, picked by `seed` among the fact's questions of
/// the allowed kinds (so no question gives away another's answer), and matching exercises whose
/// facts are not asked otherwise. Fails with Invalid when a named section does not exist or no
/// question is left.
[[nodiscard]] Result<ExportSet> select_export_questions(const Deck& deck,
                                                        const ExportOptions& options);

/// The answers a short-answer question accepts for `item`: as written, the canonical form, the
/// aliases and, for people known by surname, the surname; duplicates (after normalizing) once.
[[nodiscard]] std::vector<std::string> accepted_answers(const Item& item);

}  // namespace factdeck::quizgen
