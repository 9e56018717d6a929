#pragma once
// The parts of answer checking (private to quizgen): the verdict builders and the other answers a
// deck knows, shared by the name checks (answer_check.cpp) and the value checks
// (answer_values.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/answer_check.hpp"

namespace factdeck::quizgen::detail {

/// Another answer of the same type in the deck: one of its stated forms, normalized, and the
/// canonical form a student reads.
struct OtherAnswer {
  std::string form;
  std::string canonical;
};

/// What the checker knows besides the item: the other answers of its type, for numbers the
/// other values (in the deck's items of type number), and how the deck writes its numbers.
struct KnownAnswers {
  std::vector<OtherAnswer> names;
  std::vector<NumberValue> numbers;
  NumberStyle number_style;
};

/// The other answers of `item`'s type in `deck`: every item whose canonical form differs; the
/// number style of all the deck's number answers.
[[nodiscard]] KnownAnswers known_answers(const Deck& deck, const Item& item);

[[nodiscard]] inline AnswerVerdict accept(std::string reason) { return {true, "accepted: " + std::move(reason)}; }
[[nodiscard]] inline AnswerVerdict reject(std::string reason) { return {false, "rejected: " + std::move(reason)}; }

/// What the student should have typed: the date or number as written, or the canonical form.
[[nodiscard]] std::string expected_text(const Item& item);

/// The stated forms: canonical, the text as written, then aliases.
[[nodiscard]] std::vector<std::string> stated_forms_of(const Item& item);

/// An exact match (after normalization) with the item's canonical form, text or an alias.
[[nodiscard]] std::optional<AnswerVerdict> match_stated_form(const std::string& normalized, const Item& item);

// ---- Spelling (answer_spelling.cpp) ----

/// The words of a normalized text (split at spaces).
[[nodiscard]] std::vector<std::string_view> words_of(std::string_view normalized);
/// The words joined with single spaces.
[[nodiscard]] std::string join(const std::vector<std::string_view>& words);
/// "NKVD", "USSR": one word of 2-6 capitals or digits, where one letter names another
/// organisation (NKGB is not NKVD); such forms get no typo tolerance.
[[nodiscard]] bool is_abbreviation(std::string_view form);
/// The edits between a typed reading and a form (both normalized) when it is a plausible typo:
/// every word within its own allowance ("Molotv" for "Molotov", but never "Putin" for "Lenin",
/// although "vladimir putin" is only 3 edits from "vladimir lenin"), the same digits, the whole
/// within the allowance of its length; or the same letters with a space more or less ("I16").
[[nodiscard]] std::optional<std::size_t> typo_distance(std::string_view typed, std::string_view form);
/// When exactly one word differs: "'putin' is not a spelling of 'lenin'"; else empty.
[[nodiscard]] std::optional<std::string> far_word(std::string_view typed, std::string_view form);

// ---- Values (answer_values.cpp) ----

[[nodiscard]] AnswerVerdict check_date(std::string_view typed, const std::string& normalized, const Item& item);
[[nodiscard]] AnswerVerdict check_number(std::string_view typed, const std::string& normalized, const Item& item,
                                         const KnownAnswers& known);

}  // namespace factdeck::quizgen::detail
