// AppState handlers for the settings screen and the deck options: the look, deck options, the
// study day's start, and switching profiles without restarting (the decks stay open; only whose
// progress they show changes).
#include "action_handlers.hpp"
#include "app_rules.hpp"

namespace factdeck::state {

void release_profile(AppParts& parts, sched::TimePoint now) {
  parts.optimizer.stop();
  parts.optimizer.dismiss();
  end_study(parts, now);
  parts.practice.reset();
  parts.statistics.clear();
  parts.editor.close_view();
}

Handled handle(AppParts& parts, const ChangeLook& action, sched::TimePoint) {
  if (Result<void> saved = parts.settings.change_look(parts.profiles.profile(), {action.ui_scale, action.font_factor,
                                                                                  action.is_dark_theme});
      !saved) {
    return Unexpected{saved.error()};
  }
  return Changes{};
}

Handled handle(AppParts& parts, const SaveDeckSettings& action, sched::TimePoint) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || parts.library.find(action.deck) == nullptr) {
    return fail(ErrorCode::Invalid, "Deck options cannot be saved: this profile is read-only.");
  }
  if (Result<void> saved = save_deck_settings(*profile, action.deck, action.settings); !saved) {
    return Unexpected{saved.error()};
  }
  return Changes{.schedule = true};
}

Handled handle(AppParts& parts, const SetDayStartHour& action, sched::TimePoint) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr) return Changes{};
  std::vector<DeckId> decks;
  for (const LoadedDeck& deck : parts.library.decks()) decks.push_back(deck.deck_id);
  if (Result<void> saved = set_day_start_hour(*profile, decks, action.hour); !saved) return Unexpected{saved.error()};
  return Changes{.schedule = true};
}

Handled handle(AppParts& parts, const SwitchProfile& action, sched::TimePoint now) {
  const Result<bool> can_switch = parts.profiles.can_switch_to(action.name);
  if (!can_switch) {
    parts.notices.add(Notice::Level::Error, can_switch.error().message);
    return Changes{};
  }
  if (!*can_switch) return Changes{};
  release_profile(parts, now);
  parts.profiles.switch_to(action.name, now, parts.notices);
  parts.screen = Screen::Home;
  if (const store::Profile* profile = parts.profiles.profile()) {
    parts.settings.load(*profile);
    for (const LoadedDeck& deck : parts.library.decks()) retire_missing_items(parts, deck);
    parts.notices.add(Notice::Level::Info, "Now studying as " + action.name + ".");
  }
  return Changes{.schedule = true, .screen = true};
}

}  // namespace factdeck::state
