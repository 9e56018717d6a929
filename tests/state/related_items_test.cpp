// Related items and the session rule that spaces them: seeing one never gives the next away.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "state/related_items.hpp"
#include "state/study_session.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

// Two related pairs among unrelated capitals, in deck order so that today's queue (new items in
// deck order) would put each pair back to back: the Russian name's sentence states "Immortal
// Regiment", and both war facts have the same answer. The Russian name is written in Latin
// letters (Cyrillic as its alias): a lone fact giving a name in another script is not asked.
constexpr const char* kRelatedDeck =
    "---\n"
    "title: Related\n"
    "id: capitals\n"
    "---\n"
    "\n"
    "# Memory\n"
    "\n"
    "- The [Immortal Regiment]{term@terms} marches are popular. {#march}\n"
    "- In Russian the Immortal Regiment marches are called the [Bessmertny polk]{term@terms = "
    "Bessmertny polk | Бессмертный полк}. {#russian}\n"
    "- The war of 1941-1945 is called the [Great Patriotic War]{term@wars} in Russia. {#gpw}\n"
    "- Soviet textbooks taught the [Great Patriotic War]{term@wars} as a people's war. {#textbooks}\n"
    "- [Paris]{place@capitals} is the capital of [France]{place@countries}. {#paris}\n"
    "- [Berlin]{place@capitals} is the capital of [Germany]{place@countries}. {#berlin}\n"
    "- [Rome]{place@capitals} is the capital of [Italy]{place@countries}. {#rome}\n"
    "- [Madrid]{place@capitals} is the capital of [Spain]{place@countries}. {#madrid}\n";

const quizgen::Item& item_answering(const LoadedDeck& deck, const std::string& fact_key,
                                    const std::string& answer) {
  for (const quizgen::Item& item : deck.deck.items) {
    if (item.fact_key == fact_key && item.answer == answer) return item;
  }
  throw std::runtime_error("no item " + answer + " in fact " + fact_key);
}

LoadedDeck load_related_deck(StateFolder& folder) {
  folder.write_deck(kRelatedDeck);
  return load_test_deck(folder);
}

}  // namespace

TEST_CASE("Items are related when one would give the other away", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_related_deck(folder);
  const quizgen::Item& regiment = item_answering(deck, "march", "Immortal Regiment");
  const quizgen::Item& russian_name = item_answering(deck, "russian", "Bessmertny polk");
  const quizgen::Item& war = item_answering(deck, "gpw", "Great Patriotic War");
  const quizgen::Item& war_again = item_answering(deck, "textbooks", "Great Patriotic War");
  const quizgen::Item& paris = item_answering(deck, "paris", "Paris");
  const quizgen::Item& france = item_answering(deck, "paris", "France");
  const quizgen::Item& berlin = item_answering(deck, "berlin", "Berlin");

  SECTION("the same item or the same fact") {
    CHECK(are_related(deck.deck, paris, paris));
    CHECK(are_related(deck.deck, paris, france));
  }
  SECTION("the same answer in two facts") {
    CHECK(are_related(deck.deck, war, war_again));
  }
  SECTION("a fact that states the other's answer, in either order") {
    CHECK(are_related(deck.deck, regiment, russian_name));
    CHECK(are_related(deck.deck, russian_name, regiment));
  }
  SECTION("unrelated facts") {
    CHECK_FALSE(are_related(deck.deck, paris, berlin));
    CHECK_FALSE(are_related(deck.deck, regiment, war));
    CHECK_FALSE(are_related(deck.deck, russian_name, paris));
  }
  SECTION("the distance back to the newest related item") {
    const std::vector<const quizgen::Item*> recent = {&regiment, &paris, &berlin};
    CHECK(distance_to_related(deck.deck, berlin, recent) == 1);
    CHECK(distance_to_related(deck.deck, france, recent) == 2);
    CHECK(distance_to_related(deck.deck, russian_name, recent) == 3);
    CHECK(distance_to_related(deck.deck, war, recent) == 4);  // none related
  }
}

TEST_CASE("A study session spaces related items while unrelated ones wait", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_related_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session(deck.deck_id, std::nullopt, at_secs(0));
  std::vector<const quizgen::Item*> shown;
  std::int64_t secs = 0;
  session.show_next(deck, profile, at_secs(secs));
  // 24 answers: every new item, then their learning steps (due again after 1 and 10 minutes).
  while (session.current() && shown.size() < 24) {
    shown.push_back(deck.find_item(session.current()->item));
    session.answer(judge_reveal());
    secs += 15;
    REQUIRE(session.rate(profile, deck, shown.size() % 3 == 0 ? sched::Grade::Again : sched::Grade::Good,
                         at_secs(secs)));
  }
  REQUIRE(shown.size() == 24);

  // The eight new items (one per fact): none is related to any of the three shown before it.
  for (std::size_t i = 1; i < 8; ++i) {
    const std::size_t first = i >= kRelatedItemGap ? i - kRelatedItemGap : 0;
    const std::vector<const quizgen::Item*> before(shown.begin() + static_cast<std::ptrdiff_t>(first),
                                                   shown.begin() + static_cast<std::ptrdiff_t>(i));
    INFO("answer " << i << ": " << shown[i]->answer);
    CHECK(distance_to_related(deck.deck, *shown[i], before) > before.size());
  }
  // Learning steps come back in any order, but never right after a related item.
  for (std::size_t i = 1; i < shown.size(); ++i) {
    INFO("answers " << i - 1 << " and " << i << ": " << shown[i - 1]->answer << ", " << shown[i]->answer);
    CHECK_FALSE(are_related(deck.deck, *shown[i - 1], *shown[i]));
  }
}

TEST_CASE("A study session shows a related item when nothing else is left", "[state]") {
  StateFolder folder;
  folder.write_deck(
      "---\ntitle: Pair\nid: capitals\n---\n\n# Memory\n\n"
      "- The [Immortal Regiment]{term@terms} marches are popular. {#march}\n"
      "- In Russian the Immortal Regiment marches are called the [Бессмертный полк]{term@terms}. {#russian}\n");
  const LoadedDeck deck = load_test_deck(folder);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  StudySession session(deck.deck_id, std::nullopt, at_secs(0));
  session.show_next(deck, profile, at_secs(0));
  REQUIRE(session.current());
  const ItemId first = session.current()->item;
  session.answer(judge_reveal());
  REQUIRE(session.rate(profile, deck, sched::Grade::Easy, at_secs(10)));
  REQUIRE(session.current());  // the related one: better late than a session cut short
  CHECK(session.current()->item != first);
  CHECK(are_related(deck.deck, *deck.find_item(first), *deck.find_item(session.current()->item)));
}
