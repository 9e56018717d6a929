#include "views/card_view.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

void draw_deck_error(const std::string& message) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().wrong);
  ImGui::TextUnformatted("The deck could not be opened.");
  ImGui::PopStyleColor();
  ImGui::TextWrapped("%s", message.c_str());
}

void draw_answer(const quizgen::Deck& deck, const quizgen::Item& item) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, palette().correct);
  centered_wrapped_text(item.canonical, 1.4f);
  ImGui::PopStyleColor();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted_text);
  centered_wrapped_text(deck.facts[item.fact_index].text, 1.0f);
  ImGui::PopStyleColor();
}

void push_card_shortcuts(const state::CardView& card, state::ActionQueue& actions) {
  if (!card.is_revealed && (shortcut_pressed(kKeySpace) || shortcut_pressed(kKeyEnter))) {
    actions.emplace_back(state::RevealAnswer{});
  } else if (card.is_revealed && (shortcut_pressed(kKeySpace) || shortcut_pressed(kKeyEnter) ||
                                  shortcut_pressed('N'))) {
    actions.emplace_back(state::ShowNextCard{});
  }
}

}  // namespace

void draw_card_view(const state::AppState& state, state::ActionQueue& actions) {
  if (!state.deck()) {
    draw_deck_error(state.deck_error());
    return;
  }
  const quizgen::Deck& deck = *state.deck();
  const state::CardView& card = state.card();
  const quizgen::Item& item = deck.items[card.item_index];
  const quizgen::DeckFact& fact = deck.facts[item.fact_index];

  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted_text);
  ImGui::TextUnformatted(deck.meta.title.c_str());
  if (!fact.section_path.empty()) ImGui::TextUnformatted(fact.section_path.back().c_str());
  ImGui::PopStyleColor();

  ImGui::SetCursorPosY(ImGui::GetWindowHeight() * 0.25f);
  centered_wrapped_text(item.questions.front().prompt, 1.5f);
  if (card.is_revealed) {
    draw_answer(deck, item);
  } else if (centered_button("Show answer (Space)")) {
    actions.emplace_back(state::RevealAnswer{});
  }
  if (card.is_revealed && centered_button("Next card (N)")) actions.emplace_back(state::ShowNextCard{});
  push_card_shortcuts(card, actions);
}

}  // namespace factdeck::ui
