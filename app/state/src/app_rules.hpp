#pragma once
// The rules that span the app state's parts, each stated once (private to the state library).
#include "app_parts.hpp"
#include "state/changes.hpp"

namespace factdeck::state {

// ---- Decks (deck_actions.cpp) ----
/// A deck that opened has the items that left it retired in the profile; a reload refreshes
/// what shows the deck; a newly opened deck is remembered. A failed load changes nothing.
[[nodiscard]] Changes settle_load(AppParts& parts, const FinishedLoad& finished, sched::TimePoint now);
/// Retires the items of `deck` that are gone from its file (their history is kept).
void retire_missing_items(AppParts& parts, const LoadedDeck& deck);

// ---- The selected deck (navigation_actions.cpp) ----
/// The deck last selected or studied while it is open, else the first deck, else nullptr.
[[nodiscard]] const LoadedDeck* selected_deck(const AppParts& parts);
/// The selected deck's options (the study day and parameters the statistics use).
[[nodiscard]] store::DeckSettings selected_deck_settings(const AppParts& parts);

// ---- Personal parameters (optimize_actions.cpp) ----
/// Between frames: new parameters whose recompute finished are stored, with a notice saying what
/// moved (or why nothing was stored).
[[nodiscard]] Changes finish_applying(AppParts& parts);

// ---- Study (study_actions.cpp) ----
/// Ends the study session (its summary is saved) and shows the home screen.
void end_study(AppParts& parts, sched::TimePoint now);

// ---- Profiles (profile_actions.cpp) ----
/// Before the open profile closes, everything that works on its progress ends: the study
/// session (its summary saved), the practice test, the fit, the statistics, the fact view.
void release_profile(AppParts& parts, sched::TimePoint now);

// ---- The teacher's workshop (workshop_actions.cpp) ----
/// At most once a second: when the workshop's facts file changed on disk, the workshop reads it
/// again and the deck opened from it reloads (progress kept).
[[nodiscard]] Changes follow_workshop(AppParts& parts, sched::TimePoint now);

// ---- Due counts (app_state.cpp) ----
/// The due counts follow the schedule, the decks and the clock, and only the home screen shows
/// them: they are recomputed when something they depend on changed and home is shown.
void refresh_counts(AppParts& parts, const Changes& changes, sched::TimePoint now);

}  // namespace factdeck::state
