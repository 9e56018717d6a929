#pragma once
// Fixtures shared by the generator, deck and answer-checking tests: articles parsed from text,
// the shipped deck source, and small look-ups over a built deck.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "quizgen/deck.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/normalize.hpp"
#include "quizgen/parse.hpp"

namespace factdeck::quizgen::test {

inline Article parse_or_fail(std::string_view text) {
  ParseOutcome outcome = parse_article(text, "t.facts.md");
  for (const Diagnostic& d : outcome.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(outcome.article.has_value());
  return std::move(*outcome.article);
}

inline std::string shipped_deck_path() {
  return std::string(FACTDECK_SOURCE_DIR) + "/decks/soviet-diplomacy.facts.md";
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline Article shipped_article() { return parse_or_fail(read_text(shipped_deck_path())); }

inline std::string deck_json(const Deck& deck) {
  std::ostringstream out;
  REQUIRE(save_deck_json(deck, out).has_value());
  return out.str();
}

/// The first item whose answer (as written) is `answer`.
inline const Item& item_with_answer(const Deck& deck, std::string_view answer) {
  for (const Item& item : deck.items) {
    if (item.answer == answer) return item;
  }
  FAIL("no item answers " << answer);
  return deck.items.front();
}

inline const Question* find_question(const Item& item, QuestionKind kind, bool is_true = true) {
  for (const Question& q : item.questions) {
    if (q.kind == kind && (kind != QuestionKind::TrueFalse || q.is_true == is_true)) return &q;
  }
  return nullptr;
}

/// Every accepted form of an item, normalized.
inline std::vector<std::string> normalized_forms(const Item& item) {
  std::vector<std::string> forms{normalize_answer(item.canonical), normalize_answer(item.answer)};
  for (const std::string& alias : item.aliases) forms.push_back(normalize_answer(alias));
  return forms;
}

}  // namespace factdeck::quizgen::test
