#include "state/study_queue.hpp"

#include <algorithm>
#include <vector>

#include "state/answering.hpp"

namespace factdeck::state {

namespace {

using quizgen::QuestionKind;

std::optional<std::size_t> find_kind(const quizgen::Item& item, QuestionKind kind) {
  for (std::size_t i = 0; i < item.questions.size(); ++i) {
    if (item.questions[i].kind == kind) return i;
  }
  return std::nullopt;
}

bool is_in_section(const LoadedDeck& deck, const quizgen::Item& item, std::optional<int> section) {
  if (!section) return true;
  int index = deck.deck.facts[item.fact_index].section;
  // A fact in a subsection belongs to its parent sections too.
  while (index >= 0) {
    if (index == *section) return true;
    index = deck.deck.sections[static_cast<std::size_t>(index)].parent;
  }
  return false;
}

std::vector<QuestionKind> kinds_to_try(sched::Retrieval mode, std::uint32_t reps) {
  const bool wants_recall = mode == sched::Retrieval::Recall;
  std::vector<QuestionKind> preferred;
  std::vector<QuestionKind> others;
  for (const quizgen::QuestionKindInfo& row : quizgen::kQuestionKinds) {
    (row.is_recall == wants_recall ? preferred : others).push_back(row.kind);
  }
  // Each review starts from the next kind of the mode, so an item is asked in turn each way.
  if (!preferred.empty()) {
    std::rotate(preferred.begin(), preferred.begin() + static_cast<std::ptrdiff_t>(reps % preferred.size()),
                preferred.end());
  }
  preferred.insert(preferred.end(), others.begin(), others.end());
  return preferred;
}

}  // namespace

std::size_t choose_question(const quizgen::Item& item, sched::Retrieval mode,
                            std::uint32_t reps) {
  for (QuestionKind kind : kinds_to_try(mode, reps)) {
    if (const auto index = find_kind(item, kind)) return *index;
  }
  return 0;
}

DoneToday count_done_today(const store::Profile& profile, const DeckId& deck_id,
                           const sched::DayClock& clock, sched::TimePoint now) {
  DoneToday done;
  const sched::TimePoint day_start = clock.day_start(now);
  const store::ReviewLog& log = profile.reviews();
  for (std::size_t i = log.size(); i-- > 0;) {
    const store::ReviewRecord record = log.at(i);
    if (record.time < day_start) break;
    if (record.is_practice || record.deck_id != deck_id.str()) continue;
    if (record.before.phase == sched::Phase::New) ++done.new_items;
    else if (record.before.phase == sched::Phase::Review) ++done.reviews;
  }
  return done;
}

sched::DailyQueue build_study_queue(const LoadedDeck& deck, const store::Profile& profile,
                                    std::optional<int> section,
                                    std::span<const ItemId> skipped, sched::TimePoint now) {
  const store::DeckSettings settings = profile.deck_settings(deck.deck_id.str());
  const sched::DayClock clock = local_day_clock(settings);
  std::vector<sched::ItemState> states;
  states.reserve(deck.deck.items.size());
  for (const quizgen::Item& item : deck.deck.items) states.push_back(profile.item_state(item.id));
  std::vector<sched::QueueCandidate> candidates;
  for (std::size_t i = 0; i < deck.deck.items.size(); ++i) {
    const quizgen::Item& item = deck.deck.items[i];
    if (states[i].is_suspended || !is_in_section(deck, item, section)) continue;
    candidates.push_back({item.id, &states[i], deck.fact_keys[i], deck.entity_keys[i]});
  }
  const DoneToday done = count_done_today(profile, deck.deck_id, clock, now);
  sched::QueueConfig config;
  config.new_per_day = static_cast<int>(settings.new_per_day);
  config.reviews_per_day = static_cast<int>(settings.reviews_per_day);
  config.new_done_today = done.new_items;
  config.reviews_done_today = done.reviews;
  sched::DailyQueue queue = sched::build_daily_queue(
      candidates, config, scheduler_config(settings).parameters, clock, now);
  // Skipped items stay candidates above so that their siblings are still kept off today's queue.
  std::erase_if(queue.entries, [&](const sched::QueueEntry& entry) {
    return std::find(skipped.begin(), skipped.end(), entry.id) != skipped.end();
  });
  return queue;
}

PresentedQuestion present_question(const LoadedDeck& deck, const store::Profile& profile,
                                   const sched::QueueEntry& entry, sched::TimePoint now) {
  const quizgen::Item& item = *deck.find_item(entry.id);
  const store::DeckSettings settings = profile.deck_settings(deck.deck_id.str());
  PresentedQuestion shown;
  shown.item = entry.id;
  shown.mode = entry.retrieval;
  shown.displayed_state = profile.item_state(entry.id);
  shown.question_index = choose_question(item, entry.retrieval, shown.displayed_state.reps);
  shown.preview = sched::next_states(shown.displayed_state, scheduler_config(settings, section_path_of(deck, entry.id)),
                                     local_day_clock(settings), now, entry.id);
  shown.shown_at = now;
  return shown;
}

}  // namespace factdeck::state
