#pragma once
// The workshop's panels (workshop_view.cpp lays them out): the proposals, the current sentence,
// the questions it yields and the check's diagnostics.
#include <cstddef>
#include <vector>

#include "quizgen/deck.hpp"
#include "state/actions.hpp"
#include "state/workshop.hpp"
#include "ui/view_state.hpp"

namespace factdeck::ui {

/// One question of the current fact: its item and its place among the item's questions.
struct ShownQuestion {
  const quizgen::Item* item = nullptr;
  std::size_t index = 0;
};

/// The questions built from draft fact `fact`, in deck order.
[[nodiscard]] std::vector<ShownQuestion> questions_of_fact(const state::Workshop& workshop, std::size_t fact);

/// Every proposal, one line each, the current one highlighted; a click makes one current.
void draw_proposal_list(const state::Workshop& workshop, WorkshopViewUi& ui);
/// The current proposal's sentence, what was proposed and why, and the field to tag more words.
void draw_current_sentence(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions);
/// The questions of the current sentence with their weak spots; reject a question, exclude an option.
void draw_fact_questions(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions);
/// The parser's errors and warnings with their line:column.
void draw_diagnostics(const state::Workshop& workshop);

}  // namespace factdeck::ui
