// The tagged-article parser: structure, spans, attributes (quizgen/parse.hpp).
#include <catch2/catch.hpp>

#include "quizgen/parse.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

Article parse_clean(std::string_view text) {
  ParseOutcome outcome = parse_article(text, "t.facts.md");
  for (const Diagnostic& diagnostic : outcome.diagnostics) INFO(format_diagnostic(diagnostic));
  REQUIRE(outcome.diagnostics.empty());
  REQUIRE(outcome.article.has_value());
  return std::move(*outcome.article);
}

std::string_view span_text(const Fact& fact, const Span& span) {
  return std::string_view(fact.text).substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("Headings become sections with their parents", "[quizgen]") {
  const Article article = parse_clean(
      "# Part one\n## Chapter A\n### Detail\n## Chapter B\n# Part two ##\n");
  REQUIRE(article.sections.size() == 5);
  CHECK(article.sections[0].parent == -1);
  CHECK(article.sections[1].parent == 0);
  CHECK(article.sections[2].parent == 1);
  CHECK(article.sections[3].parent == 0);
  CHECK(article.sections[4].title == "Part two");
  CHECK(article.sections[4].parent == -1);
  CHECK(article.sections[2].level == 3);
  CHECK(article.sections[3].line == 4);
}

TEST_CASE("Front matter fills the article's metadata", "[quizgen]") {
  const Article article = parse_clean(
      "---\ntitle: \"Soviet diplomacy\"\nsource: an article\nauthor: A. Teacher\n"
      "language: en\nlicense: CC BY 4.0\nid: soviet-diplomacy\n---\n# S\n");
  CHECK(article.meta.title == "Soviet diplomacy");
  CHECK(article.meta.source == "an article");
  CHECK(article.meta.author == "A. Teacher");
  CHECK(article.meta.language == "en");
  CHECK(article.meta.licence == "CC BY 4.0");
  CHECK(article.meta.deck_id == "soviet-diplomacy");
}

TEST_CASE("List items and tagged paragraphs are facts; continuation lines join", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n\n- [Molotov]{person} replaced\n  [Litvinov]{person} in [May 1939]{date}.\n"
      "* [Stalin]{person} ruled.\n\nIn [1922]{date} the\ntreaty was signed.\n");
  REQUIRE(article.facts.size() == 3);
  CHECK(article.facts[0].text == "Molotov replaced Litvinov in May 1939.");
  CHECK(article.facts[0].line == 3);
  CHECK(article.facts[1].text == "Stalin ruled.");
  CHECK(article.facts[2].text == "In 1922 the treaty was signed.");
  CHECK(article.facts[2].line == 7);
  const Span& litvinov = article.facts[0].spans[1];
  CHECK(span_text(article.facts[0], litvinov) == "Litvinov");
  CHECK(litvinov.line == 4);
  CHECK(litvinov.column == 3);
  CHECK(article.facts[0].section == 0);
}

TEST_CASE("Paragraphs without spans are kept as the section's prose", "[quizgen]") {
  const Article article = parse_clean(
      "Intro before any heading.\n\n# S\n\nSome context with a [link](http://x.org).\n\n"
      "- a list item without tags\n- [Molotov]{person} spoke.\n");
  REQUIRE(article.sections[0].prose.size() == 2);
  CHECK(article.sections[0].prose[0] == "Some context with a link.");
  CHECK(article.sections[0].prose[1] == "a list item without tags");
  CHECK(article.facts.size() == 1);
}

TEST_CASE("Span braces carry group, canonical form and aliases", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n[the Pact]{event@treaties = Molotov\u2013Ribbentrop Pact | Nazi\u2013Soviet Pact |"
      " Hitler\u2013Stalin Pact} was signed.\n");
  const Span& span = article.facts.at(0).spans.at(0);
  CHECK(span.type == SpanType::Event);
  CHECK(span.text == "the Pact");
  CHECK(span.group == "treaties");
  CHECK(span.canonical == "Molotov\u2013Ribbentrop Pact");
  CHECK(span.aliases == std::vector<std::string>{"Nazi\u2013Soviet Pact", "Hitler\u2013Stalin Pact"});
}

TEST_CASE("Date and number spans get values; the text stays the answer", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n- In [June 1922]{date = 1922-06} about [20 million]{number} died, "
      "[many]{number = 1,200} left and [the next year]{date=1923} came.\n");
  const std::vector<Span>& spans = article.facts.at(0).spans;
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].date == DateValue{DatePrecision::Month, {1922, 6, 0}, std::nullopt});
  CHECK(spans[0].canonical == "June 1922");
  CHECK(spans[1].number->value == Approx(2e7));
  CHECK(spans[2].number->value == Approx(1200));
  CHECK(spans[3].date->start.year == 1923);
}

// Issue 16: each of these was stored as its first number before (150, -189, 2.3, 1.5).
TEST_CASE("Ranges and scientific notation in a facts file are read whole", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n- It is [150 to 170 Kelvin]{number}, [\u2212189 to \u2212153 degrees Fahrenheit]{number}, "
      "between [2.3 and 3.3 AU]{number} and [1.5 \u00d7 10^8 km]{number} away, since [250 BC]{date}.\n");
  const std::vector<Span>& spans = article.facts.at(0).spans;
  REQUIRE(spans.size() == 5);
  CHECK(spans[0].number->value == Approx(150));
  CHECK(spans[0].number->high == Approx(170));
  CHECK(spans[0].number->unit == "K");
  CHECK(spans[1].number->value == Approx(-189));
  CHECK(spans[1].number->high == Approx(-153));
  CHECK(spans[1].number->unit == "\u00b0F");
  CHECK(spans[2].number->high == Approx(3.3));
  CHECK(spans[2].number->unit == "AU");
  CHECK(spans[3].number->value == Approx(1.5e8));
  CHECK(spans[3].number->unit == "km");
  CHECK(spans[4].date->start.year == -250);
}

TEST_CASE("Escapes, links and bare brackets are not spans", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n- \\[not a span\\]{person}, [a link](https://x.org), [sic] and "
      "[a \\] bracket]{term}.\n");
  const Fact& fact = article.facts.at(0);
  CHECK(fact.text == "[not a span]{person}, a link, [sic] and a ] bracket.");
  REQUIRE(fact.spans.size() == 1);
  CHECK(span_text(fact, fact.spans[0]) == "a ] bracket");
}

TEST_CASE("Emphasis markers are dropped from the fact; a lone or escaped star stays", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n- [Hugh Thomas]{person} wrote *The Spanish Civil War*, a **classic**.\n"
      "- *[Pravda]{org}* printed that 5 * 3 is [15]{number}, with a \\*footnote.\n");
  const Fact& first = article.facts.at(0);
  CHECK(first.text == "Hugh Thomas wrote The Spanish Civil War, a classic.");
  CHECK(span_text(first, first.spans.at(0)) == "Hugh Thomas");
  const Fact& second = article.facts.at(1);
  CHECK(second.text == "Pravda printed that 5 * 3 is 15, with a *footnote.");
  REQUIRE(second.spans.size() == 2);
  CHECK(span_text(second, second.spans[0]) == "Pravda");
  CHECK(span_text(second, second.spans[1]) == "15");
}

TEST_CASE("The attribute block sets id, tags, hint and a default group", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n- [Chicherin]{person} met [Rathenau]{person@ministers} in [1922]{date}.\n"
      "  {#rapallo-talks .treaties .core hint=\"a \\\"resort\\\" town\" group=diplomats}\n");
  const Fact& fact = article.facts.at(0);
  CHECK(fact.id == "rapallo-talks");
  CHECK(fact.key == "rapallo-talks");
  CHECK(fact.tags == std::vector<std::string>{"treaties", "core"});
  CHECK(fact.hint == "a \"resort\" town");
  CHECK(fact.text == "Chicherin met Rathenau in 1922.");
  CHECK(fact.spans[0].group == "diplomats");
  CHECK(fact.spans[1].group == "ministers");
  CHECK(fact.spans[2].group.empty());
}

TEST_CASE("A fact without id is keyed by its lowercased, space-collapsed text", "[quizgen]") {
  const Article article = parse_clean("# S\n- [Вячеслав   Молотов]{person} met\n  [ÉMILE]{person}.\n");
  CHECK(article.facts.at(0).id.empty());
  CHECK(article.facts.at(0).key == "вячеслав молотов met émile.");
  CHECK(derive_fact_key("  A\tB  c ") == "a b c");
}

TEST_CASE("Editing one fact leaves the other facts' keys unchanged", "[quizgen]") {
  const Article before = parse_clean("# S\n- [A]{person} one.\n- [B]{person} two.\n");
  const Article after = parse_clean("# S\n- [A]{person} one, reworded.\n- [B]{person} two.\n");
  CHECK(before.facts[0].key != after.facts[0].key);
  CHECK(before.facts[1].key == after.facts[1].key);
}

TEST_CASE("Cyrillic and accented text keeps byte offsets and code-point columns", "[quizgen]") {
  const Article article = parse_clean("# Раздел\n- Нарком [Литвинов]{person} и [Briand–Kellogg]{event}.\n");
  const Fact& fact = article.facts.at(0);
  CHECK(article.sections[0].title == "Раздел");
  CHECK(span_text(fact, fact.spans[0]) == "Литвинов");
  CHECK(fact.spans[0].column == 10);
  CHECK(fact.spans[1].column == 31);
}

TEST_CASE("CRLF line ends and a byte-order mark parse like plain LF", "[quizgen]") {
  const std::string lf = "---\ntitle: T\n---\n# S\n- [Molotov]{person}\n  spoke.\n";
  std::string crlf;
  for (char c : lf) crlf += (c == '\n') ? std::string("\r\n") : std::string(1, c);
  const Article plain = parse_clean(lf);
  const Article windows = parse_clean("\xEF\xBB\xBF" + crlf);
  CHECK(windows.meta.title == "T");
  REQUIRE(windows.facts.size() == 1);
  CHECK(windows.facts[0].text == plain.facts[0].text);
  CHECK(windows.facts[0].text == "Molotov spoke.");
  CHECK(windows.facts[0].spans[0].column == plain.facts[0].spans[0].column);
}

TEST_CASE("Code blocks and HTML comments are skipped", "[quizgen]") {
  const Article article = parse_clean(
      "# S\n```\n- [x]{persn}\n```\n<!-- [y]{bad}\n[z]{bad} -->\n- [Molotov]{person}.\n");
  CHECK(article.facts.size() == 1);
}

TEST_CASE("A missing file is reported as an error without a line", "[quizgen]") {
  const ParseOutcome outcome = parse_article_file("no/such/file.facts.md");
  CHECK_FALSE(outcome.article.has_value());
  REQUIRE(outcome.diagnostics.size() == 1);
  CHECK(outcome.diagnostics[0].line == 0);
  CHECK(outcome.diagnostics[0].message.find("cannot read the file") != std::string::npos);
}

TEST_CASE("The summary counts facts, spans by type and sections", "[quizgen]") {
  const Article article = parse_clean(
      "# A\n- [Molotov]{person} in [1939]{date}.\n# B\n- [Stalin]{person}.\n");
  CHECK(summarize_article(article) == "2 facts, 3 spans (person 2, date 1), 2 sections");
  CHECK(summarize_article(parse_clean("# A\n- [Molotov]{person}.\n")) ==
        "1 fact, 1 span (person 1), 1 section");
}
