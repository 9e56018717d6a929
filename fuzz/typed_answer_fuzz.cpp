// Fuzz target: the typed-answer checker on any typed text, against every item of a small deck
// built once from a tagged article (people, places, dates, numbers, terms).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quizgen/answer_check.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace {

constexpr std::string_view kArticle =
    "# Talks\n\n"
    "- [Vyacheslav Molotov]{person} signed the pact with [Joachim von Ribbentrop]{person} in "
    "[Moscow]{place} on [23 August 1939]{date}.\n"
    "- The pact had [7]{number} articles and a secret protocol on [Poland]{place}.\n"
    "- [Maxim Litvinov]{person} led the [People's Commissariat for Foreign Affairs]{org = People's Commissariat for Foreign Affairs | NKID} "
    "until [May 1939]{date}.\n"
    "- The [Winter War]{event} lasted about [105 days]{number}.\n"
    "- The treaty of [Rapallo]{place} was signed in [1922]{date} by [Georgy Chicherin]{person}.\n"
    "- [Collective security]{term} was Litvinov's policy of about [1934]{date}.\n";

const factdeck::quizgen::Deck& fuzz_deck() {
  static const factdeck::quizgen::Deck deck = [] {
    const auto outcome = factdeck::quizgen::parse_article(kArticle, "fuzz.facts.md");
    if (!outcome.article) __builtin_trap();  // the built-in article must parse
    return factdeck::quizgen::build_deck(*outcome.article, {}).deck;
  }();
  return deck;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view typed(reinterpret_cast<const char*>(data), size);
  const factdeck::quizgen::Deck& deck = fuzz_deck();
  for (const factdeck::quizgen::Item& item : deck.items) {
    (void)factdeck::quizgen::check_typed_answer(typed, item);
    (void)factdeck::quizgen::check_typed_answer(typed, item, deck);
  }
  return 0;
}
