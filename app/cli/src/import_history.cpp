#include "import_history.hpp"

#include <algorithm>
#include <map>

#include "state/answering.hpp"

namespace factdeck::cli {

namespace {

// One Anki review, for the item it answers.
struct PendingReview {
  ItemId item;
  anki::PastReview review;
};

// The items of fact `fact`, in span order.
std::vector<const quizgen::Item*> items_of_fact(const quizgen::Deck& deck, std::size_t fact) {
  std::vector<const quizgen::Item*> items;
  for (const quizgen::Item& item : deck.items) {
    if (item.fact_index == fact) items.push_back(&item);
  }
  std::stable_sort(items.begin(), items.end(), [](const auto* a, const auto* b) { return a->span_index < b->span_index; });
  return items;
}

// Anki's ease 1..4 is factdeck's grade; 0 marks a card rescheduled by hand, not an answer.
bool is_answer(const anki::PastReview& review) { return review.ease >= 1 && review.ease <= 4; }

}  // namespace

ImportedHistory imported_history(const state::LoadedDeck& deck, std::span<const std::size_t> fact_cards,
                                 std::span<const anki::CardHistory> histories, const store::DeckSettings& settings) {
  ImportedHistory imported;
  std::vector<PendingReview> pending;
  for (std::size_t fact = 0; fact < fact_cards.size() && fact < deck.deck.facts.size(); ++fact) {
    const std::size_t card = fact_cards[fact];
    if (card >= histories.size()) continue;
    const std::vector<const quizgen::Item*> items = items_of_fact(deck.deck, fact);
    const std::vector<std::vector<anki::PastReview>>& per_answer = histories[card].per_answer;
    if (items.size() != per_answer.size()) {
      imported.notes.push_back("card " + std::to_string(card + 1) + ": " + std::to_string(per_answer.size()) +
                               " answers in Anki but " + std::to_string(items.size()) + " here; its history is left out");
      continue;
    }
    for (std::size_t a = 0; a < items.size(); ++a) {
      for (const anki::PastReview& review : per_answer[a]) {
        if (is_answer(review)) pending.push_back({items[a]->id, review});
      }
    }
  }
  std::stable_sort(pending.begin(), pending.end(),
                   [](const PendingReview& a, const PendingReview& b) { return a.review.time_ms < b.review.time_ms; });
  const sched::SchedulerConfig config = state::scheduler_config(settings);
  const sched::DayClock clock = state::local_day_clock(settings);
  std::map<ItemId, sched::ItemState> states;
  for (const PendingReview& answer : pending) {
    store::ReviewRecord record;
    record.item = answer.item;
    record.question_kind = static_cast<std::uint8_t>(quizgen::QuestionKind::Cloze);
    record.time = sched::TimePoint{sched::Seconds{answer.review.time_ms / 1000}};
    record.grade = static_cast<sched::Grade>(answer.review.ease);
    record.answer_ms = static_cast<std::uint32_t>(std::max(0, answer.review.taken_ms));
    record.before = states[answer.item];
    record.after = sched::next_states(record.before, config, clock, record.time, answer.item).for_grade(record.grade).state;
    record.deck_id = deck.deck_id.str();
    states[answer.item] = record.after;
    imported.records.push_back(std::move(record));
  }
  return imported;
}

}  // namespace factdeck::cli
