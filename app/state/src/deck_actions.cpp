// AppState handlers for opening, reloading and removing decks, and the rules for the parts that
// refer to a deck when it changes or leaves. The deck library owns the decks themselves.
#include <set>

#include "action_handlers.hpp"
#include "app_rules.hpp"

namespace factdeck::state {

void retire_missing_items(AppParts& parts, const LoadedDeck& deck) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || profile->is_read_only()) return;
  std::set<ItemId> live;
  for (const quizgen::Item& item : deck.deck.items) live.insert(item.id);
  if (Result<std::size_t> retired = profile->retire_missing_items(deck.deck_id.str(), live); !retired) {
    parts.notices.add(Notice::Level::Warning, retired.error().to_string());
  } else if (*retired > 0) {
    parts.notices.add(Notice::Level::Info, std::to_string(*retired) + " items of " + deck.deck_id.str() +
                                               " were retired (their facts were removed); their history is kept.");
  }
}

Changes settle_load(AppParts& parts, const FinishedLoad& finished, sched::TimePoint now) {
  if (!finished.installed) {
    parts.notices.add(Notice::Level::Error, finished.installed.error().to_string());
    return Changes{};
  }
  const LoadedDeck& deck = *parts.library.find(*finished.installed);
  retire_missing_items(parts, deck);
  if (!finished.reload_of) {
    parts.library.remember(finished.path, parts.notices);
    return Changes{.decks = true};
  }
  // A reloaded deck: what showed its old version is shown afresh.
  parts.editor.close_view_of(deck.deck_id);
  parts.notices.add(Notice::Level::Info, "Reloaded " + deck.source_path.filename().string() + ": " +
                                             std::to_string(deck.deck.items.size()) + " items.");
  if (parts.practice && parts.practice->deck() == deck.deck_id) parts.practice.reset();
  const store::Profile* profile = parts.profiles.profile();
  if (parts.study && parts.study->deck() == deck.deck_id && profile != nullptr) {
    parts.study->deck_reloaded(deck, *profile, now);
    if (parts.screen == Screen::Study || parts.screen == Screen::Summary) {
      parts.screen = parts.study->current() ? Screen::Study : Screen::Summary;
    }
  }
  return Changes{.decks = true};
}

Handled handle(AppParts& parts, const OpenDeckFile& action, sched::TimePoint) {
  parts.library.request_open(action.path);
  return Changes{};
}

Handled handle(AppParts& parts, const ReloadDeck& action, sched::TimePoint) {
  parts.library.request_reload(action.deck);
  return Changes{};
}

// The one rule for a deck leaving the list: work still running on it (a study session, a fit of
// its parameters, a reload) keeps it until that work ends, so removing it is refused with the
// reason; what only remembers it (a practice test, a finished fit, the fact shown, the
// statistics) lets it go.
Handled handle(AppParts& parts, const ForgetDeck& action, sched::TimePoint) {
  const DeckId& id = action.deck;
  const bool is_in_use = (parts.study && parts.study->deck() == id) || parts.optimizer.is_fitting(id) ||
                         parts.library.is_reload_pending(id);
  if (is_in_use) return fail(ErrorCode::Conflict, "Finish the session or the work running on this deck first.");
  const LoadedDeck* deck = parts.library.find(id);
  const std::string file_name = deck != nullptr ? deck->source_path.filename().string() : id.str();
  if (Result<void> forgotten = parts.library.forget(id); !forgotten) return Unexpected{forgotten.error()};
  if (parts.practice && parts.practice->deck() == id) parts.practice.reset();
  parts.optimizer.dismiss(id);
  parts.editor.close_view_of(id);
  parts.statistics.clear();
  parts.notices.add(Notice::Level::Info, file_name + " is no longer listed. Its progress stays in your profile "
                                                     "and comes back when you open the deck again.");
  return Changes{.decks = true};
}

// A remembered deck that did not open only sits in the list: nothing else refers to it.
Handled handle(AppParts& parts, const ForgetUnopenedDeck& action, sched::TimePoint) {
  if (Result<void> forgotten = parts.library.forget_unopened(action.path); !forgotten) {
    return Unexpected{forgotten.error()};
  }
  parts.notices.add(Notice::Level::Info, action.path.filename().string() + " is no longer listed.");
  return Changes{};
}

}  // namespace factdeck::state
