#pragma once
// Flashcards brought in from other apps (Anki notes, Anki and Quizlet text exports) written as a
// tagged article, so they become a deck like any other: one fact per card, its answers tagged as
// terms of one group (so the other cards' answers are the wrong options). Format:
// docs/facts-format.md; the importers: app/anki/.
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::quizgen {

/// A piece of a card's text: plain words, or an answer to ask.
struct CardPart {
  std::string text;
  bool is_answer = false;
  friend bool operator==(const CardPart&, const CardPart&) = default;
};

/// One card: its text with the answers marked, the section it goes under, a hint, and where it
/// came from (for messages).
struct ImportedCard {
  std::vector<CardPart> parts;
  std::string section;  // empty: "Cards"
  std::string hint;
  std::string origin;   // "note 3", "line 12"
  friend bool operator==(const ImportedCard&, const ImportedCard&) = default;
};

struct ImportedDeck {
  std::string title;
  std::string source;  // the file it came from, for the front matter
  std::vector<ImportedCard> cards;
  std::vector<std::string> skipped;  // cards left out, with why ("note 7: the back is empty")
};

/// A Basic card: "front: [back]".
[[nodiscard]] ImportedCard basic_card(std::string_view front, std::string_view back);

/// `text` with the facts format's special characters escaped (\[ \] \{ \} \| \= \@ \" \* \\),
/// line breaks and tabs as spaces, and "<!--" broken so it cannot open a comment.
[[nodiscard]] std::string escape_fact_text(std::string_view text);

/// The cards in the order the article lists them (grouped by section, sections in first-seen
/// order): the i-th fact of the article is card `result[i]`.
[[nodiscard]] std::vector<std::size_t> cards_in_article_order(const ImportedDeck& deck);

/// The article (UTF-8): front matter (title, source, id: the title's slug + "-imported"), a heading per section
/// in first-seen order, one "- " fact per card with its answers as [answer]{term@cards}.
[[nodiscard]] std::string write_card_article(const ImportedDeck& deck);

}  // namespace factdeck::quizgen
