// AppState handlers for the settings screen and the deck options: the look, deck options, the
// study day's start, and switching profiles without restarting (the decks stay open; only whose
// progress they show changes).
#include "action_handlers.hpp"
#include "app_rules.hpp"
#include "state/answering.hpp"
#include "state/exam_plan.hpp"

namespace factdeck::state {

void release_profile(AppParts& parts, sched::TimePoint now) {
  parts.optimizer.stop();
  parts.optimizer.dismiss();
  parts.applier.stop();
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

namespace {

/// Saves options with a new exam: the items of its scope scheduled past it without reaching the
/// target get their pre-exam review, in the same journal record (state/exam_plan.hpp).
Handled save_with_exam(AppParts& parts, const DeckId& id, const store::DeckSettings& settings, sched::TimePoint now) {
  store::Profile& profile = *parts.profiles.profile();
  if (profile.is_read_only()) return fail(ErrorCode::Invalid, "Deck options cannot be saved: this profile is read-only.");
  const RecomputePlan plan = plan_exam(profile.data(), *parts.library.find(id), settings, local_day_clock(settings), now);
  if (Result<void> applied = apply_recompute_plan(profile, plan); !applied) {
    return in_context("Deck options were not saved: ", applied.error());
  }
  parts.notices.add(Notice::Level::Info, "Exam on " + settings.exam_date + ": " + std::to_string(plan.moved_due) +
                                             " items get a review before it to reach the target.");
  return Changes{.schedule = true};
}

}  // namespace

Handled handle(AppParts& parts, const SaveDeckSettings& action, sched::TimePoint now) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || parts.library.find(action.deck) == nullptr) {
    return fail(ErrorCode::Invalid, "Deck options cannot be saved: this profile is read-only.");
  }
  // The options form does not edit the FSRS parameters: keep the stored ones, which new
  // parameters applied while the form was open (ParameterApplier) may have changed.
  const store::DeckSettings stored = profile->deck_settings(action.deck.str());
  store::DeckSettings settings = action.settings;
  settings.params = stored.params;
  if (is_exam_changed(stored, settings) && exam_goal(settings)) return save_with_exam(parts, action.deck, settings, now);
  if (Result<void> saved = save_deck_settings(*profile, action.deck, settings); !saved) {
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
