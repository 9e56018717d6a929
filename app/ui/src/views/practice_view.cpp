#include "views/practice_view.hpp"

#include <imgui.h>

#include <string>

#include <algorithm>
#include <cstdio>

#include "state/deck_library.hpp"
#include "state/practice_session.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/question_widgets.hpp"

namespace factdeck::ui {

namespace {

using state::PracticeKind;

void choose_sections(const quizgen::Deck& deck, PracticeViewUi& ui) {
  if (ui.chosen_sections.size() != deck.sections.size()) ui.chosen_sections.assign(deck.sections.size(), true);
  ImGui::TextUnformatted("Sections");
  for (std::size_t i = 0; i < deck.sections.size(); ++i) {
    if (deck.sections[i].parent >= 0) continue;
    ImGui::PushID(static_cast<int>(i));
    bool chosen = ui.chosen_sections[i];
    if (ImGui::Checkbox(deck.sections[i].title.c_str(), &chosen)) ui.chosen_sections[i] = chosen;
    ImGui::PopID();
  }
}

void choose_kinds(PracticeViewUi& ui) {
  ImGui::TextUnformatted("Question kinds");
  for (PracticeKind kind : state::kAllPracticeKinds) {
    auto& kinds = ui.config.kinds;
    bool chosen = std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    if (ImGui::Checkbox(state::practice_kind_label(kind), &chosen)) {
      if (chosen) kinds.push_back(kind);
      else kinds.erase(std::remove(kinds.begin(), kinds.end(), kind), kinds.end());
    }
  }
}

std::vector<int> chosen_section_indices(const quizgen::Deck& deck, const PracticeViewUi& ui) {
  std::vector<int> sections;
  bool has_all = true;
  for (std::size_t i = 0; i < deck.sections.size(); ++i) {
    if (deck.sections[i].parent >= 0) continue;
    if (ui.chosen_sections[i]) sections.push_back(static_cast<int>(i));
    else has_all = false;
  }
  return has_all ? std::vector<int>{} : sections;
}

// Chronology and matching: the learner presses numbers in order; Backspace takes one back.
std::optional<std::vector<int>> draw_order_input(const quizgen::Exercise& exercise, PracticeViewUi& ui) {
  const bool is_chronology = exercise.kind == quizgen::ExerciseKind::Chronology;
  const std::vector<std::string>& choices = is_chronology ? exercise.left : exercise.right;
  if (!is_chronology) {
    ImGui::TextUnformatted("Match each entry on the left with a number from the right:");
    for (std::size_t i = 0; i < exercise.left.size(); ++i) {
      const bool is_current = i == ui.order.size();
      const std::string chosen = i < ui.order.size() ? choices[static_cast<std::size_t>(ui.order[i])] : "?";
      ImGui::TextColored(is_current ? palette().accent : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s  →  %s",
                         exercise.left[i].c_str(), chosen.c_str());
    }
  } else {
    ImGui::TextUnformatted("Press the numbers from earliest to latest:");
  }
  ImGui::Spacing();
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const int index = static_cast<int>(i);
    const bool is_used = std::find(ui.order.begin(), ui.order.end(), index) != ui.order.end();
    ImGui::PushID(index);
    ImGui::BeginDisabled(is_used && is_chronology);
    char label[512];
    std::snprintf(label, sizeof label, "%d   %s", index + 1, choices[i].c_str());
    if ((ImGui::Button(label) || shortcut_pressed('1' + index)) && !(is_used && is_chronology)) {
      ui.order.push_back(index);
    }
    ImGui::EndDisabled();
    ImGui::PopID();
  }
  if (shortcut_pressed(259 /* GLFW_KEY_BACKSPACE */) && !ui.order.empty()) ui.order.pop_back();
  const std::size_t needed = is_chronology ? exercise.left.size() : exercise.left.size();
  if (ui.order.size() >= needed) {
    std::vector<int> answer(ui.order.begin(), ui.order.begin() + static_cast<std::ptrdiff_t>(needed));
    return answer;
  }
  muted_text("Backspace takes the last choice back.");
  return std::nullopt;
}

}  // namespace

void draw_practice_setup_view(const state::AppState& state, PracticeViewUi& ui,
                              state::ActionQueue& actions) {
  const state::LoadedDeck* selected = state.selected_deck();
  if (selected == nullptr) return;
  const quizgen::Deck& deck = selected->deck;
  ImGui::Text("Practice test: %s", deck.meta.title.c_str());
  muted_text("A test checks what you know now. It is recorded in your history but does not change "
             "when items are due, unless you tick the box below.");
  ImGui::Columns(2, "practice-setup", false);
  choose_sections(deck, ui);
  ImGui::NextColumn();
  choose_kinds(ui);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
  ImGui::SliderInt("Questions", &ui.config.question_count, 5, 50);
  ImGui::Checkbox("Count answers as reviews", &ui.config.moves_schedule);
  ImGui::Columns(1);
  ImGui::Spacing();
  if (wide_button("Start the test (Enter)", 0.0f, true) || shortcut_pressed(kKeyEnter)) {
    state::PracticeConfig config = ui.config;
    config.sections = chosen_section_indices(deck, ui);
    actions.emplace_back(state::StartPractice{selected->deck_id, config});
    ui.shown_position = ~std::size_t{0};
  }
}

void draw_practice_view(const state::AppState& state, PracticeViewUi& ui, state::ActionQueue& actions) {
  const state::PracticeSession* practice = state.practice();
  if (practice == nullptr) return;
  const state::PracticeTest* test = &practice->test();
  const state::LoadedDeck* practised = state.library().find(practice->deck());
  if (test->is_finished() || practised == nullptr) return;
  if (ui.shown_position != test->position) {
    ui.shown_position = test->position;
    ui.typed.clear();
    ui.order.clear();
    ui.wants_focus = true;
  }
  const state::PracticeQuestion& question = test->questions[test->position];
  const quizgen::Deck& deck = practised->deck;
  ImGui::Text("Question %zu of %zu", test->position + 1, test->questions.size());
  ImGui::ProgressBar(static_cast<float>(test->position) / static_cast<float>(test->questions.size()),
                     ImVec2(-1.0f, 0.0f), "");
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));
  std::optional<state::PracticeResponse> response;
  if (question.kind == PracticeKind::Chronology || question.kind == PracticeKind::Matching) {
    const quizgen::Exercise& exercise = deck.exercises[question.exercise_index];
    centered_wrapped_text(exercise.prompt, true);
    if (auto order = draw_order_input(exercise, ui)) response = std::move(*order);
  } else {
    const quizgen::Question& item_question = deck.items[question.item_index].questions[question.question_index];
    centered_wrapped_text(item_question.prompt, true);
    ImGui::Spacing();
    if (auto answer = draw_answer_input(item_question, ui.typed, ui.wants_focus, "type the answer, Enter to submit")) {
      response = std::move(*answer);
    }
  }
  if (response) actions.emplace_back(state::AnswerPractice{std::move(*response)});
  ImGui::Separator();
  if (ImGui::Button("Leave the test (Esc)") || ImGui::IsKeyPressed(kKeyEscape, false)) {
    actions.emplace_back(state::GoTo{state::Screen::Home});
  }
}

void draw_practice_result_view(const state::AppState& state, state::ActionQueue& actions) {
  const state::PracticeSession* practice = state.practice();
  if (practice == nullptr) return;
  const state::PracticeTest* test = &practice->test();
  char score[128];
  const int correct = test->correct_count();
  const int total = static_cast<int>(test->questions.size());
  std::snprintf(score, sizeof score, "Score: %d / %d  (%d%%)", correct, total, total == 0 ? 0 : correct * 100 / total);
  centered_wrapped_text(score, true);
  ImGui::Spacing();
  if (correct == total) centered_wrapped_text("Every answer right. Well done!");
  for (std::size_t i = 0; i < test->outcomes.size(); ++i) {
    const auto& outcome = test->outcomes[i];
    if (!outcome || outcome->is_correct) continue;
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    colored_wrapped_text(palette().wrong,
                         "Question " + std::to_string(i + 1) + ": you answered " + outcome->given);
    colored_wrapped_text(palette().correct, "Right answer: " + outcome->expected);
    muted_text(outcome->explanation);
    ImGui::PopID();
  }
  ImGui::Separator();
  if (ImGui::Button("Back to decks (Enter)") || shortcut_pressed(kKeyEnter)) {
    actions.emplace_back(state::GoTo{state::Screen::Home});
  }
}

}  // namespace factdeck::ui
