#pragma once
// Cards from other apps as factdeck flashcards (quizgen/card_article.hpp): the Basic and Cloze
// notes of an Anki package, and Anki's and Quizlet's text exports (tab, comma or semicolon
// separated, with or without Anki's #separator/#html/#columns/#tags column headers).
#include <string>
#include <string_view>
#include <vector>

#include "anki/anki_package.hpp"
#include "base/result.hpp"
#include "quizgen/card_article.hpp"

namespace factdeck::anki {

/// "{{c1::Paris}} is the capital of {{c2::France::a country}}." as parts (answers marked) and the
/// first hint. Text outside and inside the markers is kept as written (HTML is the caller's).
struct ClozeText {
  std::vector<quizgen::CardPart> parts;
  std::string hint;
  std::vector<int> numbers;  // the cloze number (c1 → 1) of each answer part, in order
};
[[nodiscard]] ClozeText split_cloze(std::string_view text);

/// The package's notes as cards: a standard note type's first two fields as front and back, a
/// Cloze type's first field with its clozes as answers; HTML reduced to text; the section from
/// the note's first tag, else the package's deck. Notes with an empty side or no cloze are
/// skipped with the reason. Fails (Invalid, naming `file`) when no note is left.
[[nodiscard]] Result<quizgen::ImportedDeck> cards_from_package(const Package& package, const std::string& file);

/// The Anki review history of one imported card: for each of its answers in order (a Basic
/// note's one answer, a Cloze note's clozes as they appear), the reviews of the Anki card that
/// asks it (the note's first card; the card of that cloze number), oldest first.
struct CardHistory {
  std::vector<std::vector<PastReview>> per_answer;
};

/// One CardHistory per card cards_from_package() imports from `package`, in the same order.
[[nodiscard]] std::vector<CardHistory> card_histories(const Package& package);

/// Reads a text export. Fails with Parse at file:line:column on mixed separators (a line without
/// the file's separator that has another one), a line with one field, an unclosed quote, or an
/// unknown #separator; Invalid when there is no card.
[[nodiscard]] Result<quizgen::ImportedDeck> read_card_text(std::string_view text, const std::string& file);

}  // namespace factdeck::anki
