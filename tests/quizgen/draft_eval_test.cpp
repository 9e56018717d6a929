// Measuring draft tags (quizgen/draft_eval.hpp): the stripper, the scorer, and the drafts of the
// four tagged articles (shipped deck, quality corpus) reading back without errors.
#include <catch2/catch.hpp>

#include <string>

#include "quizgen/draft.hpp"
#include "quizgen/draft_eval.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

using namespace factdeck::quizgen;

TEST_CASE("Stripping keeps the headings and each fact's plain text, one list item each", "[quizgen]") {
  const ParseOutcome parsed = parse_article(
      "---\ntitle: T\n---\n# One\n\nProse stays out.\n\n- [Molotov]{person@d = Vyacheslav Molotov} "
      "signed in [1939]{date}. {#id .tag}\n\n## Two\n\n- A [\\*]{term} star.\n\n# Empty\n",
      "t.facts.md");
  REQUIRE(parsed.article);
  CHECK(strip_tags(*parsed.article) ==
        "# One\n\n- Molotov signed in 1939.\n\n## Two\n\n- A \\* star.\n\n# Empty\n\n");
  const auto reference = reference_spans(*parsed.article);
  REQUIRE(reference.size() == 3);
  CHECK(reference[1].fact == 0);
  CHECK(reference[1].begin == 18);
  CHECK(reference[1].end == 22);
  CHECK(reference[1].type == SpanType::Date);
}

TEST_CASE("The scorer counts exact and overlapping matches per type", "[quizgen]") {
  const std::vector<ScoredSpan> reference = {
      {0, 0, 6, SpanType::Person}, {0, 10, 14, SpanType::Date}, {1, 0, 5, SpanType::Place}};
  const std::vector<ScoredSpan> proposed = {
      {0, 0, 6, SpanType::Person},   // exact
      {0, 7, 14, SpanType::Date},    // overlaps
      {1, 0, 5, SpanType::Person},   // right place, wrong type
      {1, 8, 9, SpanType::Number}};  // nothing
  const DraftScore score = score_spans(reference, proposed);
  const MatchCounts& person = score.by_type[static_cast<std::size_t>(SpanType::Person)];
  CHECK(person.reference == 1);
  CHECK(person.proposed == 2);
  CHECK(person.exact == 1);
  CHECK(person.exact_precision() == Approx(0.5));
  const MatchCounts& date = score.by_type[static_cast<std::size_t>(SpanType::Date)];
  CHECK(date.exact == 0);
  CHECK(date.overlap_proposed == 1);
  CHECK(date.overlap_recall() == Approx(1.0));
  CHECK(score.all.reference == 3);
  CHECK(score.all.proposed == 4);
  CHECK(score.all.exact == 1);
  CHECK(score.all.overlap_reference == 2);
  CHECK(score.all.exact_f1() == Approx(2.0 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3)));
}

TEST_CASE("The drafts of the four stripped articles read back with no errors", "[quizgen]") {
  const std::string article = GENERATE(
      std::string("decks/soviet-diplomacy.facts.md"), std::string("tests/data/quality/solar-system.facts.md"),
      std::string("tests/data/quality/south-america.facts.md"),
      std::string("tests/data/quality/english-novel.facts.md"));
  const ParseOutcome original = parse_article_file(std::string(FACTDECK_SOURCE_DIR) + "/" + article);
  REQUIRE(original.article);
  const DraftResult draft = propose_draft(strip_tags(*original.article));
  REQUIRE(draft.facts.size() == original.article->facts.size());
  const ParseOutcome reread = parse_article(render_draft(draft), article);
  INFO(article);
  CHECK(reread.error_count() == 0);
  REQUIRE(reread.article);
  CHECK(reread.article->facts.size() > original.article->facts.size() * 9 / 10);
  const GenerateOutcome deck = build_deck(*reread.article);
  CHECK(deck.stats.items > 0);
  // Half of the reference spans at least are found, by overlap (docs/draft-tags.md has the table).
  const DraftScore score = score_spans(reference_spans(*original.article), proposed_spans(draft));
  CHECK(score.all.overlap_recall() > 0.5);
}
