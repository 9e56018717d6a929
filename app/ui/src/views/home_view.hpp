#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// Home: the decks with their new / learning / due counts, a big Study button for the deck with
/// the most due, opening a deck file, and per-deck options.
void draw_home_view(const state::AppState& state, HomeViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
