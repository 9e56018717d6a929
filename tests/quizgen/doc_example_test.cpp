// The examples in docs/facts-format.md parse to exactly what the doc says about them.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "quizgen/parse.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

std::string read_doc() {
  std::ifstream in(std::string(FACTDECK_SOURCE_DIR) + "/docs/facts-format.md", std::ios::binary);
  REQUIRE(in);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// The first ```markdown block after `heading`.
std::string extract_example(const std::string& doc, const std::string& heading_text = "## A complete example") {
  const std::size_t heading = doc.find(heading_text);
  REQUIRE(heading != std::string::npos);
  const std::string fence = "```markdown\n";
  const std::size_t begin = doc.find(fence, heading);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = doc.find("\n```\n", begin + fence.size());
  REQUIRE(end != std::string::npos);
  return doc.substr(begin + fence.size(), end + 1 - begin - fence.size());
}

struct DocCounts {
  int facts = 0;
  int spans = 0;
  int sections = 0;
};

// "That file has 5 facts, 11 spans and 2 sections."
DocCounts stated_counts(const std::string& doc) {
  const std::size_t at = doc.find("That file has ");
  REQUIRE(at != std::string::npos);
  DocCounts counts;
  const int read = std::sscanf(doc.c_str() + at, "That file has %d facts, %d spans and %d sections",
                               &counts.facts, &counts.spans, &counts.sections);
  REQUIRE(read == 3);
  return counts;
}

const Span* find_span(const Article& article, std::string_view text) {
  for (const Fact& fact : article.facts) {
    for (const Span& span : fact.spans) {
      if (span.text == text) return &span;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("The documented example parses to the stated facts, spans and sections", "[quizgen]") {
  const std::string doc = read_doc();
  const ParseOutcome outcome = parse_article(extract_example(doc), "example.facts.md");
  for (const Diagnostic& diagnostic : outcome.diagnostics) INFO(format_diagnostic(diagnostic));
  REQUIRE(outcome.diagnostics.empty());
  REQUIRE(outcome.article.has_value());
  const Article& article = *outcome.article;
  const DocCounts stated = stated_counts(doc);
  std::size_t spans = 0;
  for (const Fact& fact : article.facts) spans += fact.spans.size();
  CHECK(static_cast<int>(article.facts.size()) == stated.facts);
  CHECK(static_cast<int>(spans) == stated.spans);
  CHECK(static_cast<int>(article.sections.size()) == stated.sections);
}

TEST_CASE("The documented example carries its values, aliases and attributes", "[quizgen]") {
  const ParseOutcome outcome = parse_article(extract_example(read_doc()), "example.facts.md");
  REQUIRE(outcome.article.has_value());
  const Article& article = *outcome.article;
  CHECK(article.meta.deck_id == "rapallo-demo");
  const Span* signed_in = find_span(article, "April 1922");
  REQUIRE(signed_in != nullptr);
  CHECK(format_date_value(*signed_in->date) == "1922-04");
  const Span* term = find_span(article, "1918–30");
  REQUIRE(term != nullptr);
  CHECK(format_date_value(*term->date) == "1918..1930");
  const Span* russia = find_span(article, "Soviet Russia");
  REQUIRE(russia != nullptr);
  CHECK(russia->group == "powers");
  CHECK(russia->aliases == std::vector<std::string>{"the RSFSR"});
  const Fact& first = article.facts.at(0);
  CHECK(first.id == "rapallo-signed");
  CHECK(first.tags == std::vector<std::string>{"treaties"});
  CHECK(article.facts.at(1).hint == "an Italian town");
  CHECK(article.facts.back().section == 1);
}

TEST_CASE("The documented summary line is what check prints for the example", "[quizgen]") {
  const std::string doc = read_doc();
  const std::string prefix = "\nrapallo.facts.md: ";
  const std::size_t at = doc.find(prefix);
  REQUIRE(at != std::string::npos);
  const std::size_t begin = at + prefix.size();
  const std::string stated = doc.substr(begin, doc.find('\n', begin) - begin);
  const ParseOutcome outcome = parse_article(extract_example(doc), "rapallo.facts.md");
  REQUIRE(outcome.article.has_value());
  CHECK(summarize_article(*outcome.article) == stated);
}

TEST_CASE("The documented flashcards example reads as the cards and summary the doc states", "[quizgen]") {
  const std::string doc = read_doc();
  const ParseOutcome outcome = parse_article(extract_example(doc, "## Plain flashcards"), "layers.facts.md");
  for (const Diagnostic& diagnostic : outcome.diagnostics) INFO(format_diagnostic(diagnostic));
  REQUIRE(outcome.diagnostics.empty());
  REQUIRE(outcome.article.has_value());
  const std::string prefix = "\nlayers.facts.md: ";
  const std::size_t at = doc.find(prefix);
  REQUIRE(at != std::string::npos);
  const std::size_t begin = at + prefix.size();
  CHECK(summarize_article(*outcome.article) == doc.substr(begin, doc.find('\n', begin) - begin));
  const Fact& photosphere = outcome.article->facts.at(2);
  CHECK(photosphere.id == "photosphere");
  CHECK(photosphere.spans.at(kCardDefinitionSpan).text == "the visible surface of the Sun");
}
