// A factdeck deck as Anki notes (anki/deck_package.hpp): one cloze note per item, fields, tags,
// and the learner's scheduling and answers in Anki's terms.
#include <catch2/catch.hpp>

#include <set>

#include "anki/collection.hpp"
#include "anki/deck_package.hpp"
#include "anki/field_text.hpp"
#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::anki;

namespace {

const sched::TimePoint kNow{sched::Seconds{1'780'000'000}};

const quizgen::Deck& shipped_deck() {
  static const quizgen::Deck deck = quizgen::build_deck(quizgen::test::shipped_article()).deck;
  return deck;
}

std::size_t count_of(const std::string& text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

sched::ItemState review_state() {
  sched::ItemState state;
  state.phase = sched::Phase::Review;
  state.memory = sched::MemoryState{12.5, 4.25};
  state.sm2.ease = 2.3;
  state.due = kNow + sched::Seconds{5 * 86400 + 3600};
  state.last_review = kNow - sched::Seconds{7 * 86400};
  state.reps = 5;
  state.lapses = 1;
  state.scheduled_days = 12.4;
  return state;
}

}  // namespace

TEST_CASE("Every item of the shipped deck becomes one cloze note", "[anki]") {
  const quizgen::Deck& deck = shipped_deck();
  const Package package = package_from_deck(deck, {}, kNow);
  CHECK(package.deck_name == deck.meta.title);
  REQUIRE(package.note_types == std::vector<NoteType>{factdeck_note_type()});
  REQUIRE(package.notes.size() == deck.items.size());
  std::set<std::string> guids;
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    const quizgen::Item& item = deck.items[i];
    const Note& note = package.notes[i];
    INFO(note.fields[0]);
    CHECK(guids.insert(note.guid).second);
    CHECK(note.guid == to_hex(item.id));
    REQUIRE(note.fields.size() == 5);
    CHECK(count_of(note.fields[0], "{{c1::") == 1);
    CHECK(note.fields[0].find("{{c1::" + field_html(item.answer)) != std::string::npos);
    CHECK_FALSE(note.fields[1].empty());
    CHECK(note.fields[2] == field_html(item.answer));
    CHECK(note.fields[4] == to_hex(item.id));
    const quizgen::DeckFact& fact = deck.facts[item.fact_index];
    REQUIRE(note.tags.size() == 1);
    CHECK(note.tags.front().find(' ') == std::string::npos);
    CHECK(count_of(note.tags.front(), "::") + 1 == fact.section_path.size());
    REQUIRE(note.cards.size() == 1);
    CHECK_FALSE(note.cards.front().schedule.has_value());
  }
}

TEST_CASE("The cloze text is the fact, read back without markup", "[anki]") {
  quizgen::Deck deck;
  deck.meta.title = "Rapallo";
  deck.facts.push_back(quizgen::DeckFact{"k", "Germany & Russia signed in Rapallo.", "", 0, {"The treaty", "Where"}, 3});
  quizgen::Item item;
  item.id = ItemId{0xabc};
  item.answer = "Rapallo";
  item.hint.type_word = "a place";
  item.questions.push_back(quizgen::Question{quizgen::QuestionKind::WhQuestion, "Where did they sign?", {}, -1, true, ""});
  deck.items.push_back(item);
  const Note note = package_from_deck(deck, {}, kNow).notes.front();
  CHECK(note.fields[0] == "Germany &amp; Russia signed in {{c1::Rapallo::a place}}.");
  CHECK(note.fields[1] == "Where did they sign?");
  CHECK(note.fields[3] == "Rapallo \u203a The treaty \u203a Where");
  CHECK(note.tags == std::vector<std::string>{"The_treaty::Where"});

  // An answer that is also part of an earlier word is clozed where it stands as a word, and an
  // item asked only as true/false gets the blanked fact as its front.
  deck.facts[0].text = "Russians carry portraits in Russia.";
  deck.items[0].answer = "Russia";
  deck.items[0].hint.type_word.clear();
  deck.items[0].questions = {quizgen::Question{quizgen::QuestionKind::TrueFalse, "Russians carry portraits in America.", {}, -1, false, "America"}};
  const Note russia = package_from_deck(deck, {}, kNow).notes.front();
  CHECK(russia.fields[0] == "Russians carry portraits in {{c1::Russia}}.");
  CHECK(russia.fields[1] == "Russians carry portraits in _____.");
}

TEST_CASE("A review item keeps its schedule, memory and answers in Anki's terms", "[anki]") {
  const quizgen::Deck& deck = shipped_deck();
  ItemProgress progress;
  progress.state = review_state();
  sched::ItemState learning;
  learning.phase = sched::Phase::Learning;
  learning.due = kNow - sched::Seconds{20 * 86400} + sched::Seconds{600};
  progress.answers = {ItemAnswer{kNow - sched::Seconds{20 * 86400}, sched::Grade::Good, 4200, {}, learning},
                      ItemAnswer{kNow - sched::Seconds{7 * 86400}, sched::Grade::Again, 90000, review_state(), learning}};
  const Package package = package_from_deck(deck, {{deck.items[3].id, progress}}, kNow);
  const Card& card = package.notes[3].cards.front();
  REQUIRE(card.schedule.has_value());
  CHECK(card.schedule->type == 2);
  CHECK(card.schedule->queue == 2);
  // Day zero is midnight UTC of the first answer's day; the card is due 5 days and an hour after now.
  CHECK(package.day_zero_secs == collection_day_zero(kNow - sched::Seconds{20 * 86400}));
  const std::int64_t expected_day = (kNow.time_since_epoch().count() + 5 * 86400 + 3600 - package.day_zero_secs) / 86400;
  CHECK(expected_day >= 20);
  CHECK(card.schedule->due == expected_day);
  CHECK(card.schedule->interval_days == 12);
  CHECK(card.schedule->factor_permille == 2300);
  CHECK(card.schedule->reps == 5);
  CHECK(card.schedule->lapses == 1);
  CHECK(card.schedule->memory == sched::MemoryState{12.5, 4.25});
  REQUIRE(card.reviews.size() == 2);
  CHECK(card.reviews[0] == PastReview{(kNow.time_since_epoch().count() - 20 * 86400) * 1000, 3, -600, 0, 2500, 4200, 0});
  // Again on a review card: a relearning step of 10 minutes; the answer time is capped at 60 s.
  CHECK(card.reviews[1].type == 1);
  CHECK(card.reviews[1].ease == 1);
  CHECK(card.reviews[1].last_interval == 12);
  CHECK(card.reviews[1].taken_ms == 60000);
  CHECK_FALSE(package.notes[2].cards.front().schedule.has_value());
}

TEST_CASE("Suspended and flagged items are suspended and red-flagged cards", "[anki]") {
  sched::ItemState state;
  state.is_suspended = true;
  state.is_flagged = true;
  const CardSchedule card = card_schedule(state, 7, 0);
  CHECK(card.type == 0);
  CHECK(card.queue == -1);
  CHECK(card.due == 7);
  CHECK(card.flags == 1);
  sched::ItemState relearning = review_state();
  relearning.phase = sched::Phase::Relearning;
  const CardSchedule relearn = card_schedule(relearning, 1, 0);
  CHECK(relearn.type == 3);
  CHECK(relearn.queue == 1);
  CHECK(relearn.due == relearning.due.time_since_epoch().count());
}
