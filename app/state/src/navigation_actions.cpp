// AppState handlers: moving between screens, choosing a deck, dismissing notices, quitting.
#include "action_handlers.hpp"
#include "app_rules.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

const LoadedDeck* selected_deck(const AppParts& parts) {
  if (parts.selected_deck) {
    if (const LoadedDeck* deck = parts.library.find(*parts.selected_deck)) return deck;
  }
  return parts.library.decks().empty() ? nullptr : &parts.library.decks().front();
}

store::DeckSettings selected_deck_settings(const AppParts& parts) {
  const LoadedDeck* deck = selected_deck(parts);
  const store::Profile* profile = parts.profiles.profile();
  return deck != nullptr && profile != nullptr ? profile->deck_settings(deck->deck_id.str()) : store::DeckSettings{};
}

Handled handle(AppParts& parts, const GoTo& action, sched::TimePoint now) {
  parts.screen = action.screen;
  const store::Profile* profile = parts.profiles.profile();
  if (action.screen == Screen::Stats) {
    if (profile != nullptr) parts.statistics.compute(*profile, parts.library.decks(), selected_deck_settings(parts), now);
    else parts.statistics.clear();
  }
  return Changes{.screen = true};
}

Handled handle(AppParts& parts, const SelectDeck& action, sched::TimePoint) {
  parts.selected_deck = action.deck;
  return Changes{};
}

Handled handle(AppParts& parts, const DismissNotice& action, sched::TimePoint) {
  parts.notices.dismiss(action.index);
  return Changes{};
}

Handled handle(AppParts& parts, const Quit&, sched::TimePoint now) {
  if (parts.study) end_study(parts, now);
  parts.wants_quit = true;
  return Changes{};
}

}  // namespace factdeck::state
