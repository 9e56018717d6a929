// Events and clean cuts (quizgen/src/event_text.cpp): the wh-questions and chronology entries
// that show a fact without its date. Each test is a defect pattern of the judged corpus
// (docs/question-quality.md: P5 garbled cuts, P6 opinions and states ordered as events, P11 a
// second date left in the entry).
#include <algorithm>
#include <string>
#include <vector>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

/// Every text the deck shows without a date: the date wh-questions and the chronology entries.
std::vector<std::string> shown_without_date(const Deck& deck) {
  std::vector<std::string> out;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind == QuestionKind::WhQuestion && q.prompt.find("did this happen?") != std::string::npos) out.push_back(q.prompt);
    }
  }
  for (const Exercise& ex : deck.exercises) {
    if (ex.kind == ExerciseKind::Chronology) out.insert(out.end(), ex.left.begin(), ex.left.end());
  }
  return out;
}

bool any_contains(const std::vector<std::string>& texts, std::string_view part) {
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

}  // namespace

// P5: "Thackeray was the first editor of The Cornhill Magazine, launched." and "Chicherin became a
// member of the Central Committee only."
TEST_CASE("P5: A date cut that leaves a dangling participle or 'only' is not shown", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Magazines\n\n"
      "- Dickens edited the weekly Household Words, launched in [March 1850]{date}.\n"
      "- Darwin became a fellow of the Royal Society only in [1839]{date}.\n"
      "- George Eliot's first novel, [Adam Bede]{term}, appeared in [1859]{date}.\n"
      "- Jane Eyre was published by Smith, Elder & Co. in [October 1847]{date}.\n"
      "- Thackeray's Vanity Fair ran as a serial from [1847]{date}.\n")).deck;
  const auto shown = shown_without_date(deck);
  CHECK_FALSE(any_contains(shown, "launched"));
  CHECK_FALSE(any_contains(shown, "only"));
  // A participle after an apposition is the main verb, and a full stop of "Co." is not doubled.
  CHECK(any_contains(shown, "George Eliot's first novel, Adam Bede, appeared."));
  CHECK(any_contains(shown, "Smith, Elder & Co."));
  CHECK_FALSE(any_contains(shown, "Co.."));
}

// P11: "The Great Dark Spot … was photographed and had vanished by 1994" and "Polidori began The
// Vampyre at the same gathering; it was published.": "this" is two events.
TEST_CASE("P11: A fact that keeps a second year or joins two clauses is not asked when", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Storms and stories\n\n"
      "- The Great Dark Spot was photographed in [1989]{date} and had vanished by 1994.\n"
      "- Polidori began The Vampyre at the villa; it was published in [April 1819]{date}.\n"
      "- Voyager 2 flew past Neptune in [August 1989]{date}.\n")).deck;
  const auto shown = shown_without_date(deck);
  CHECK_FALSE(any_contains(shown, "vanished"));
  CHECK_FALSE(any_contains(shown, "Polidori"));
  CHECK(any_contains(shown, "Voyager 2 flew past Neptune."));
}

// P6: "Some historians argue that German generals might have removed Hitler …" and "Romania was
// Germany's main source of oil" were put in order as events.
TEST_CASE("P6: Opinions and lasting states are not ordered as events", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Canals\n\n"
      "- Some historians argue that the French could have finished the canal in [1889]{date}.\n"
      "- Peru was the richest Spanish colony in [1700]{date}.\n"
      "- Suez is the busiest canal in [2020]{date}.\n"
      "- The Panama Canal opened in [August 1914]{date}.\n"
      "- The Suez Canal was opened in [November 1869]{date}.\n"
      "- The Kiel Canal opened in [June 1895]{date}.\n"
      "- Work on the Erie Canal began in [July 1817]{date}.\n")).deck;
  const auto shown = shown_without_date(deck);
  CHECK_FALSE(any_contains(shown, "historians"));
  CHECK_FALSE(any_contains(shown, "richest"));
  CHECK_FALSE(any_contains(shown, "busiest"));
  CHECK(any_contains(shown, "The Suez Canal was opened."));
  CHECK(std::any_of(deck.exercises.begin(), deck.exercises.end(),
                    [](const Exercise& ex) { return ex.kind == ExerciseKind::Chronology; }));
}

TEST_CASE("A month in a date is no hedge: 'May' keeps the fact's false statement and wh-question", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Novels\n\n"
      "- [Bram Stoker]{person@novelists}'s Dracula was published on [26 May 1897]{date}.\n"
      "- [H. G. Wells]{person@novelists}'s The Time Machine appeared in [May 1895]{date}.\n"
      "- [Thomas Hardy]{person@novelists}'s Jude the Obscure appeared in [November 1895]{date}.\n"
      "- [Rudyard Kipling]{person@novelists}'s The Jungle Book appeared in [May 1894]{date}.\n")).deck;
  CHECK(any_contains(shown_without_date(deck), "Dracula was published."));
  CHECK(find_question(item_with_answer(deck, "Bram Stoker"), QuestionKind::TrueFalse, false) != nullptr);
}
