#pragma once
#include "state/app_state.hpp"

namespace factdeck::ui {

/// The card on screen: its section, the question (large, centred, wrapped) and, once revealed,
/// the answer and its source sentence. Space reveals, Enter or N shows the next card.
void draw_card_view(const state::AppState& state, state::ActionQueue& actions);

}  // namespace factdeck::ui
