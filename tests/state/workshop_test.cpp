// The workshop on its own: proposals decided one by one or by type, retyped, added by the
// teacher's words, questions reviewed into comments, undo, and the check after each step.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "state/workshop.hpp"

using namespace factdeck;
using namespace factdeck::state;
using quizgen::SpanType;

namespace {

constexpr const char* kMoonText =
    "# Moon landings\n"
    "\n"
    "Neil Armstrong and Buzz Aldrin landed in the Sea of Tranquility on 20 July 1969. Michael Collins "
    "stayed in orbit above them. Eugene Cernan was the last person to walk on the Moon, in December 1972. "
    "Luna 3 photographed the far side of the Moon in October 1959. India's Chandrayaan-3 landed near the "
    "south pole of the Moon in August 2023.\n";

/// The proposal whose text is `words` (the test fails when there is none).
SpanRef proposal_of(const Workshop& workshop, std::string_view words) {
  for (const WorkshopSpan& span : workshop.spans()) {
    const quizgen::Proposal& p = span.proposal;
    if (std::string_view(workshop.draft().facts[p.fact].text).substr(p.begin, p.end - p.begin) == words) return span.ref();
  }
  FAIL("no proposal '" << words << "'");
  return {};
}

void accept_all(Workshop& workshop) {
  for (SpanType type : quizgen::kAllSpanTypes) REQUIRE(workshop.decide_open_of_type(type, SpanDecision::Accepted));
}

const quizgen::Item& item_answering(const Workshop& workshop, std::string_view answer) {
  const auto& items = workshop.check().deck->items;
  const auto found = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.answer == answer; });
  REQUIRE(found != items.end());
  return *found;
}

}  // namespace

TEST_CASE("A plain text comes with open proposals and no facts until one is accepted", "[state]") {
  const Workshop workshop = Workshop::from_text(kMoonText, "moon.facts.md");
  REQUIRE(workshop.spans().size() >= 10);
  CHECK(std::all_of(workshop.spans().begin(), workshop.spans().end(),
                    [](const WorkshopSpan& s) { return s.decision == SpanDecision::Open; }));
  const WorkshopSummary summary = workshop.summary();
  CHECK(summary.decided == 0);
  CHECK(summary.proposals == workshop.spans().size());
  CHECK(summary.facts == 0);
  CHECK(workshop.facts_text().find('{') == std::string::npos);  // nothing tagged yet
  // The deck list shows a deck by its title: a text without front matter gets its heading.
  CHECK(workshop.facts_text().starts_with("---\ntitle: Moon landings\n---\n"));
}

TEST_CASE("Accepting proposals tags them in the facts file and builds their questions", "[state]") {
  Workshop workshop = Workshop::from_text(kMoonText, "moon.facts.md");
  REQUIRE(workshop.decide(proposal_of(workshop, "Eugene Cernan"), SpanDecision::Accepted));
  REQUIRE(workshop.decide(proposal_of(workshop, "December 1972"), SpanDecision::Accepted));
  CHECK(workshop.facts_text().find("[Eugene Cernan]{person@people}") != std::string::npos);
  CHECK(workshop.facts_text().find("[December 1972]{date}") != std::string::npos);
  CHECK(workshop.summary().decided == 2);
  CHECK(workshop.summary().facts == 1);
  REQUIRE(workshop.check().deck);
  CHECK(workshop.check().deck->items.size() == 2);
  CHECK(workshop.summary().questions > 2);

  SECTION("a rejected proposal is not written") {
    REQUIRE(workshop.decide(proposal_of(workshop, "Eugene Cernan"), SpanDecision::Rejected));
    CHECK(workshop.facts_text().find("[Eugene Cernan]") == std::string::npos);
    CHECK(workshop.check().deck->items.size() == 1);
  }
  SECTION("undo takes back the last decision, then the one before") {
    REQUIRE(workshop.undo());
    CHECK(workshop.facts_text().find("[December 1972]") == std::string::npos);
    CHECK(workshop.find(proposal_of(workshop, "December 1972"))->decision == SpanDecision::Open);
    REQUIRE(workshop.undo());
    CHECK(workshop.summary().decided == 0);
    CHECK_FALSE(workshop.can_undo());
    CHECK(workshop.undo().error().code == ErrorCode::NotFound);
  }
  SECTION("redo makes the undone decisions again, until a new decision") {
    const std::string both = workshop.facts_text();
    REQUIRE(workshop.undo());
    REQUIRE(workshop.undo());
    REQUIRE(workshop.redo());
    CHECK(workshop.summary().decided == 1);
    CHECK(workshop.facts_text().find("[Eugene Cernan]") != std::string::npos);
    REQUIRE(workshop.redo());
    CHECK(workshop.facts_text() == both);
    CHECK_FALSE(workshop.can_redo());
    CHECK(workshop.redo().error().code == ErrorCode::NotFound);
    REQUIRE(workshop.undo());
    CHECK(workshop.can_redo());
    REQUIRE(workshop.decide(proposal_of(workshop, "Eugene Cernan"), SpanDecision::Rejected));
    CHECK_FALSE(workshop.can_redo());  // a new decision ends what could be redone
  }
}

TEST_CASE("A wrongly typed proposal is retyped, and a missed span is added by its words", "[state]") {
  Workshop workshop = Workshop::from_text(kMoonText, "moon.facts.md");
  accept_all(workshop);
  REQUIRE(workshop.retype(proposal_of(workshop, "Chandrayaan-3"), SpanType::Event));
  CHECK(workshop.facts_text().find("[Chandrayaan-3]{event}") != std::string::npos);

  SECTION("a span added inside the words of a rejected proposal replaces it") {
    REQUIRE(workshop.decide(proposal_of(workshop, "3"), SpanDecision::Rejected));
    const std::size_t fact = workshop.find(proposal_of(workshop, "3"))->proposal.fact;
    const Result<SpanRef> added = workshop.add_span(fact, "Luna 3", SpanType::Event);
    REQUIRE(added);
    CHECK(workshop.find(*added)->is_added);
    CHECK(workshop.facts_text().find("[Luna 3]{event}") != std::string::npos);
    CHECK(workshop.facts_text().find("Luna [3]") == std::string::npos);
  }
  SECTION("words that are not in the sentence, or overlap an accepted span, are refused") {
    const std::size_t fact = workshop.find(proposal_of(workshop, "Michael Collins"))->proposal.fact;
    CHECK(workshop.add_span(fact, "Apollo", SpanType::Event).error().code == ErrorCode::Invalid);
    CHECK(workshop.add_span(fact, "Collins stayed", SpanType::Term).error().code == ErrorCode::Invalid);
    CHECK(workshop.add_span(fact, "orbit", SpanType::Term));
  }
}

TEST_CASE("A rejected question becomes a review comment under its fact and leaves the deck", "[state]") {
  Workshop workshop = Workshop::from_text(kMoonText, "moon.facts.md");
  accept_all(workshop);
  const quizgen::Item& item = item_answering(workshop, "Eugene Cernan");
  const ItemId id = item.id;
  const auto cloze_count = [&] {
    const quizgen::Item& now = item_answering(workshop, "Eugene Cernan");
    return std::count_if(now.questions.begin(), now.questions.end(),
                         [](const auto& q) { return q.kind == quizgen::QuestionKind::Cloze; });
  };
  REQUIRE(cloze_count() == 1);
  REQUIRE(workshop.review_question(id, quizgen::ReviewAction::Reject, quizgen::ReviewKind::Cloze, ""));
  const std::string text = workshop.facts_text();
  const std::size_t fact_line = text.find("[Eugene Cernan]");
  const std::size_t comment = text.find("<!-- review: reject cloze of \"Eugene Cernan\" -->");
  REQUIRE(comment != std::string::npos);
  CHECK(text.find('\n', fact_line) + 3 == comment);  // on the line right under the fact, indented
  CHECK(workshop.check().error_count == 0);
  CHECK(cloze_count() == 0);
  CHECK(item_answering(workshop, "Eugene Cernan").id == id);  // the item keeps its id

  SECTION("undo removes the comment") {
    REQUIRE(workshop.undo());
    CHECK(workshop.facts_text().find("<!-- review") == std::string::npos);
  }
  SECTION("an item not in the deck, or an exclusion without an option, is refused") {
    CHECK(workshop.review_question(ItemId{}, quizgen::ReviewAction::Reject, quizgen::ReviewKind::All, "").error().code ==
          ErrorCode::NotFound);
    CHECK(workshop.review_question(id, quizgen::ReviewAction::Exclude, quizgen::ReviewKind::All, "").error().code ==
          ErrorCode::Invalid);
  }
}

TEST_CASE("Review comments quote spans and options the way the parser reads them", "[state]") {
  using quizgen::ReviewAction;
  using quizgen::ReviewKind;
  CHECK(review_comment(ReviewAction::Reject, ReviewKind::FalseStatement, "Rapallo", "") ==
        "<!-- review: reject false of \"Rapallo\" -->");
  CHECK(review_comment(ReviewAction::Exclude, ReviewKind::All, "Germany", "France") ==
        "<!-- review: exclude \"France\" from \"Germany\" -->");
  CHECK(review_comment(ReviewAction::Pin, ReviewKind::All, "the \"Big\" One", "Genoa") ==
        "<!-- review: pin \"Genoa\" for \"the \\\"Big\\\" One\" -->");
}
