#pragma once
#include "state/app_state.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// The teacher's workshop: open or paste a text, decide the proposed tags one key at a time,
/// review the questions each fact yields, save the facts file and open it as a deck.
void draw_workshop_view(const state::AppState& state, WorkshopViewUi& ui, state::ActionQueue& actions);

}  // namespace factdeck::ui
