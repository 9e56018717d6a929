// Review and lock (docs/facts-format.md, "Review and lock"): a teacher's decisions written
// under a fact act on its questions every time the deck is built.
#include <catch2/catch.hpp>

#include <algorithm>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

const std::string kHead =
    "# Treaties\n"
    "\n"
    "- [Germany]{place@powers} and [Soviet Russia]{place@powers} signed a treaty at [Rapallo]{place@towns} "
    "in [April 1922]{date}.\n";
const std::string kTail =
    "- [France]{place@powers} occupied the Ruhr in [January 1923]{date}.\n"
    "- [Britain]{place@powers} recognised the Soviet Union in [February 1924]{date}.\n"
    "- [Italy]{place@powers} recognised it a week later; the talks had begun at [Genoa]{place@towns}.\n"
    "- [Poland]{place@powers} signed a pact with the Soviet Union in [July 1932]{date}.\n";

std::string with_review(const std::string& review) { return kHead + review + kTail; }

Deck deck_of(const std::string& text) { return build_deck(parse_or_fail(text)).deck; }

const Question* question_of(const Item& item, QuestionKind kind) {
  for (const Question& q : item.questions) {
    if (q.kind == kind) return &q;
  }
  return nullptr;
}

bool shows(const Item& item, const std::string& value) {
  for (const Question& q : item.questions) {
    if (std::find(q.options.begin(), q.options.end(), value) != q.options.end()) return true;
    if (q.kind == QuestionKind::TrueFalse && !q.is_true && q.shown_value == value) return true;
  }
  return false;
}

const Item* find_item(const Deck& deck, const std::string& answer) {
  for (const Item& item : deck.items) {
    if (item.answer == answer) return &item;
  }
  return nullptr;
}

std::vector<Diagnostic> diagnostics_of(const std::string& text) {
  return parse_article(text, "t.facts.md").diagnostics;
}

}  // namespace

TEST_CASE("A review comment is read into the decisions of the fact above it", "[quizgen]") {
  const Article article = parse_or_fail(with_review(
      "  <!-- review: reject choice of \"Germany\"; exclude \"France\" from \"Soviet Russia\"\n"
      "       pin \"Genoa\" for \"Rapallo\"; reword wh of \"April 1922\" as \"When was it signed?\" -->\n"));
  const std::vector<ReviewDecision>& review = article.facts.at(0).review;
  REQUIRE(review.size() == 4);
  CHECK(review[0].action == ReviewAction::Reject);
  CHECK(review[0].kind == ReviewKind::Choice);
  CHECK(review[0].span == "Germany");
  CHECK(review[0].line == 4);
  CHECK(review[0].column == 16);
  CHECK(review[1].action == ReviewAction::Exclude);
  CHECK(review[1].value == "France");
  CHECK(review[1].span == "Soviet Russia");
  CHECK(review[2].action == ReviewAction::Pin);
  CHECK(review[2].line == 5);
  CHECK(review[3].action == ReviewAction::Reword);
  CHECK(review[3].kind == ReviewKind::Wh);
  CHECK(review[3].value == "When was it signed?");
  CHECK(article.facts.at(1).review.empty());
}

TEST_CASE("Review decisions act on the questions they name and nothing else", "[quizgen]") {
  const Deck plain = deck_of(with_review(""));
  SECTION("reject removes that question only") {
    const Deck reviewed = deck_of(with_review("  <!-- review: reject choice of \"Germany\" -->\n"));
    REQUIRE(question_of(*find_item(plain, "Germany"), QuestionKind::MultipleChoice) != nullptr);
    CHECK(question_of(*find_item(reviewed, "Germany"), QuestionKind::MultipleChoice) == nullptr);
    CHECK(question_of(*find_item(reviewed, "Germany"), QuestionKind::Cloze) != nullptr);
    CHECK(deck_json(deck_of(with_review("  <!-- review: reject choice of \"Germany\" -->\n"))) == deck_json(reviewed));
    REQUIRE(reviewed.items.size() == plain.items.size());
    for (std::size_t i = 0; i < plain.items.size(); ++i) {
      CHECK(reviewed.items[i].id == plain.items[i].id);
      if (plain.items[i].answer != "Germany") CHECK(reviewed.items[i].questions.size() == plain.items[i].questions.size());
    }
  }
  SECTION("exclude takes a wrong option out of the choice and the false statement") {
    const Question* choice = question_of(*find_item(plain, "Germany"), QuestionKind::MultipleChoice);
    REQUIRE(choice != nullptr);
    const std::size_t wrong = choice->correct_option == 0 ? 1 : 0;
    const std::string excluded = choice->options[wrong];
    const Deck reviewed = deck_of(with_review("<!-- review: exclude \"" + excluded + "\" from \"Germany\" -->\n"));
    const Item& germany = *find_item(reviewed, "Germany");
    CHECK_FALSE(shows(germany, excluded));
    const Question* kept = question_of(germany, QuestionKind::MultipleChoice);
    REQUIRE(kept != nullptr);
    CHECK(kept->options.size() == choice->options.size() - 1);
    CHECK(kept->options[static_cast<std::size_t>(kept->correct_option)] == "Germany");
  }
  SECTION("pin puts a wrong option in the choice, in place of an unpinned one") {
    const Question* choice = question_of(*find_item(plain, "Germany"), QuestionKind::MultipleChoice);
    REQUIRE(choice != nullptr);
    std::string absent;
    for (const std::string power : {"Soviet Russia", "France", "Britain", "Italy", "Poland"}) {
      if (std::find(choice->options.begin(), choice->options.end(), power) == choice->options.end()) absent = power;
    }
    REQUIRE_FALSE(absent.empty());
    const Deck reviewed = deck_of(with_review("<!-- review: pin \"" + absent + "\" for \"Germany\" -->\n"));
    const Question* pinned = question_of(*find_item(reviewed, "Germany"), QuestionKind::MultipleChoice);
    REQUIRE(pinned != nullptr);
    CHECK(pinned->options.size() == choice->options.size());
    CHECK(std::find(pinned->options.begin(), pinned->options.end(), absent) != pinned->options.end());
    CHECK(pinned->options[static_cast<std::size_t>(pinned->correct_option)] == "Germany");
  }
  SECTION("pinned options make a choice the article could not") {
    REQUIRE(question_of(*find_item(plain, "Rapallo"), QuestionKind::MultipleChoice) == nullptr);
    const Deck reviewed = deck_of(with_review("<!-- review: pin \"Turin\" for \"Rapallo\"; pin \"Milan\" for \"Rapallo\" -->\n"));
    const Question* made = question_of(*find_item(reviewed, "Rapallo"), QuestionKind::MultipleChoice);
    REQUIRE(made != nullptr);
    std::vector<std::string> options = made->options;
    std::sort(options.begin(), options.end());
    CHECK(options == std::vector<std::string>{"Milan", "Rapallo", "Turin"});
    CHECK(made->options[static_cast<std::size_t>(made->correct_option)] == "Rapallo");
    CHECK(made->prompt == question_of(*find_item(reviewed, "Rapallo"), QuestionKind::Cloze)->prompt);
    const GenerateOutcome outcome =
        build_deck(parse_or_fail(with_review("<!-- review: pin \"Turin\" for \"Rapallo\"; pin \"Milan\" for \"Rapallo\" -->\n")));
    CHECK(std::none_of(outcome.notes.begin(), outcome.notes.end(), [](const GenerateNote& note) {
      return note.span_text == "Rapallo" && note.message.starts_with("multiple choice skipped");
    }));
  }
  SECTION("reword replaces the stem of that question") {
    const Deck reviewed = deck_of(with_review("<!-- review: reword cloze of \"April 1922\" as \"The Rapallo treaty was signed in _____.\" -->\n"));
    CHECK(question_of(*find_item(reviewed, "April 1922"), QuestionKind::Cloze)->prompt ==
          "The Rapallo treaty was signed in _____.");
    CHECK(question_of(*find_item(reviewed, "Germany"), QuestionKind::Cloze)->prompt ==
          question_of(*find_item(plain, "Germany"), QuestionKind::Cloze)->prompt);
  }
  SECTION("rejecting every question of a span leaves it out of the deck") {
    const GenerateOutcome outcome = build_deck(parse_or_fail(with_review("<!-- review: reject all of \"Rapallo\" -->\n")));
    CHECK(find_item(outcome.deck, "Rapallo") == nullptr);
    CHECK(outcome.deck.items.size() == plain.items.size() - 1);
    CHECK(outcome.stats.items == outcome.deck.items.size());
    const ItemId rapallo = find_item(plain, "Rapallo")->id;
    for (const Exercise& ex : outcome.deck.exercises) {
      CHECK(std::find(ex.items.begin(), ex.items.end(), rapallo) == ex.items.end());
    }
  }
  SECTION("a decision with nothing to act on is noted at its place") {
    const GenerateOutcome outcome =
        build_deck(parse_or_fail(with_review("<!-- review: exclude \"Mars\"; pin \"Turin\" for \"Rapallo\" -->\n")));
    std::vector<int> columns;
    for (const GenerateNote& note : outcome.notes) {
      if (note.message.starts_with("review: ")) columns.push_back(note.column);
    }
    CHECK(columns == std::vector<int>{14, 30});
  }
}

TEST_CASE("Review comments report their mistakes at the place", "[quizgen]") {
  SECTION("an unknown decision is an error") {
    const auto diagnostics = diagnostics_of(with_review("<!-- review: remove choice -->\n"));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::Error);
    CHECK(diagnostics[0].line == 4);
    CHECK(diagnostics[0].column == 14);
  }
  SECTION("an unknown question kind is an error") {
    const auto diagnostics = diagnostics_of(with_review("<!-- review: reject quiz -->\n"));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::Error);
    CHECK(diagnostics[0].column == 21);
  }
  SECTION("a quote left open is an error") {
    const auto diagnostics = diagnostics_of(with_review("<!-- review: pin \"Genoa -->\n"));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::Error);
  }
  SECTION("a span the fact does not have is warned about") {
    const ParseOutcome outcome = parse_article(with_review("<!-- review: reject choice of \"Berlin\" -->\n"), "t.facts.md");
    REQUIRE(outcome.article.has_value());
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].severity == Severity::Warning);
    CHECK(outcome.article->facts[0].review.empty());
  }
  SECTION("a review comment with no fact right above it is warned about") {
    const ParseOutcome outcome = parse_article("# A\n\nSome prose.\n\n<!-- review: reject true -->\n", "t.facts.md");
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].severity == Severity::Warning);
    CHECK(outcome.diagnostics[0].line == 5);
  }
  SECTION("an ordinary comment is still skipped") {
    CHECK(diagnostics_of(with_review("<!-- reviewed by A. Teacher -->\n")).empty());
  }
}
