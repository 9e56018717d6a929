// Fuzz target: the facts parser (quizgen::parse_article) on any bytes. An article that parses
// without errors must also build a deck.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const factdeck::quizgen::ParseOutcome outcome = factdeck::quizgen::parse_article(text, "fuzz.facts.md");
  if (outcome.article && size < 4096) (void)factdeck::quizgen::build_deck(*outcome.article, {});
  return 0;
}
