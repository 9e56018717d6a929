#include "views/study_view.hpp"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "state/deck_library.hpp"
#include "state/fact_editor.hpp"
#include "state/study_session.hpp"
#include "ui/format.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/fact_panel.hpp"
#include "views/study_session_bar.hpp"
#include "views/question_widgets.hpp"

namespace factdeck::ui {

namespace {

struct Shown {
  const state::StudySession& study;
  const state::LoadedDeck& deck;
  const state::PresentedQuestion& question_state;
  const quizgen::Item& item;
  const quizgen::Question& question;
};

std::string join_path(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "  ›  ") + part;
  return out;
}

void reset_buffers_if_new(const Shown& shown, StudyViewUi& ui) {
  if (ui.shown_item == shown.item.id.value && ui.shown_index == shown.study.answered()) return;
  ui.shown_item = shown.item.id.value;
  ui.shown_index = shown.study.answered();
  ui.typed.clear();
  ui.wants_focus = true;
  ui.shows_hint = false;
}

void draw_header(const Shown& shown) {
  const quizgen::DeckFact& fact = shown.deck.deck.facts[shown.item.fact_index];
  muted_text(quizgen::deck_title(shown.deck.deck) + "  ›  " + join_path(fact.section_path));
  const std::uint32_t answered = shown.study.answered();
  ImGui::Text("Answered %u   ·   correct %u%%", answered,
              answered == 0 ? 0u : shown.study.correct() * 100u / answered);
  if (shown.question_state.displayed_state.is_flagged) {
    ImGui::SameLine();
    ImGui::TextColored(palette().wrong, "   FLAGGED (Ctrl+K unflags)");
  }
}

void draw_hint(const quizgen::Item& item) {
  char text[256];
  // A number written in words has no first letter or length in its hint: they would spell it.
  if (item.hint.first_letter.empty()) {
    std::snprintf(text, sizeof text, "Hint: %s", item.hint.type_word.c_str());
  } else {
    std::snprintf(text, sizeof text, "Hint: %s, starts with \"%s\", %u letters", item.hint.type_word.c_str(),
                  item.hint.first_letter.c_str(), item.hint.length_chars);
  }
  centered_wrapped_text(text);
}

bool is_empty_typed(const quizgen::Answer& answer) {
  const auto* typed = std::get_if<quizgen::TypedAnswer>(&answer);
  return typed != nullptr && typed->text.empty();
}

void draw_question_controls(const Shown& shown, StudyViewUi& ui, state::ActionQueue& actions) {
  if (auto answer = draw_answer_input(shown.question, ui.typed, ui.wants_focus,
                                      "type the answer, Enter to check (empty: reveal)")) {
    // An empty Enter reveals the answer for self-grading instead of judging it wrong.
    if (is_empty_typed(*answer)) actions.emplace_back(state::RevealAnswer{});
    else actions.emplace_back(state::SubmitAnswer{std::move(*answer)});
  }
  if (quizgen::question_kind_info(shown.question.kind).form != quizgen::AnswerForm::Typed) return;
  if (ui.shows_hint) draw_hint(shown.item);
  else if (centered_button("Hint (Ctrl+H)") || shortcut_pressed('H', true)) ui.shows_hint = true;
}

// The learner's answer again, beside the right one: the chosen option marked, or what was typed
// compared letter by letter when it is not the answer as written (accepted or not).
void draw_given_answer(const Shown& shown, const state::AnswerFeedback& feedback) {
  const quizgen::Answer* answer = feedback.answer ? &*feedback.answer : nullptr;  // none: revealed
  if (const auto* chosen = std::get_if<quizgen::ChosenOption>(answer)) {
    (void)draw_choice_options(shown.question, chosen->index);
  }
  centered_wrapped_text(shown.item.canonical, true);
  const auto* typed = std::get_if<quizgen::TypedAnswer>(answer);
  if (typed != nullptr && feedback.differs_from_answer) draw_answer_diff(typed->text, shown.item.canonical);
}

void draw_verdict(const Shown& shown, const state::AnswerFeedback& feedback) {
  ImGui::Spacing();
  const ImVec4 color = feedback.is_correct ? palette().correct : palette().wrong;
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  centered_wrapped_text((feedback.is_correct ? "✓ " : "✗ ") + feedback.reason);
  ImGui::PopStyleColor();
  draw_given_answer(shown, feedback);
  const quizgen::DeckFact& fact = shown.deck.deck.facts[shown.item.fact_index];
  ImGui::PushStyleColor(ImGuiCol_Text, palette().muted_text);
  centered_wrapped_text(fact.text);
  ImGui::PopStyleColor();
}

// Grades count only once the verdict has been on screen (state::GradeGate): a double press
// must not grade an answer the learner never saw.
void draw_grade_buttons(const Shown& shown, const state::AnswerFeedback& feedback, StudyViewUi& ui,
                        state::ActionQueue& actions) {
  ui.grade_gate.verdict_frame(std::chrono::milliseconds(static_cast<std::int64_t>(ImGui::GetTime() * 1000.0)));
  static constexpr const char* kNames[] = {"Again", "Hard", "Good", "Easy"};
  const float button_em = 8.0f;
  const float total = 4.0f * button_em * ImGui::GetFontSize() + 3.0f * ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - total) * 0.5f));
  for (int g = 1; g <= 4; ++g) {
    const auto grade = static_cast<sched::Grade>(g);
    char label[64];
    std::snprintf(label, sizeof label, "%d  %s\n%s###grade%d", g, kNames[g - 1],
                  format_interval(shown.question_state.preview.for_grade(grade)).c_str(), g);
    if (g > 1) ImGui::SameLine();
    if ((wide_button(label, button_em, grade == feedback.suggested_grade) || shortcut_pressed('0' + g)) &&
        ui.grade_gate.take_grade()) {
      actions.emplace_back(state::RateAnswer{grade});
    }
  }
  if ((shortcut_pressed(kKeyEnter) || shortcut_pressed(kKeySpace)) && ui.grade_gate.take_grade()) {
    actions.emplace_back(state::RateAnswer{feedback.suggested_grade});
  }
  if (ui.grade_gate.shows_hint()) {
    colored_wrapped_text(palette().wrong, "Not graded: the answer was on screen for less than 0.3 s. Read it, then press 1-4, Enter or Space.");
  } else {
    muted_text("Enter or Space confirms the highlighted grade.");
  }
}

}  // namespace

void draw_study_view(const state::AppState& state, StudyViewUi& ui, state::ActionQueue& actions) {
  const state::StudySession* study = state.study();
  if (study == nullptr || !study->current()) return;
  const state::LoadedDeck* open = state.library().find(study->deck());
  if (open == nullptr) return;
  const state::LoadedDeck& deck = *open;
  const quizgen::Item& item = *deck.find_item(study->current()->item);
  const Shown shown{*study, deck, *study->current(), item, item.questions[study->current()->question_index]};
  reset_buffers_if_new(shown, ui);
  draw_header(shown);
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize() * 2.0f));
  centered_wrapped_text(shown.question.prompt, true);
  ImGui::Spacing();
  ImGui::Spacing();
  if (study->feedback()) {
    draw_verdict(shown, *study->feedback());
    ImGui::Spacing();
    draw_grade_buttons(shown, *study->feedback(), ui, actions);
  } else {
    ui.grade_gate.reset();
    draw_question_controls(shown, ui, actions);
  }
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize()));
  draw_session_bar(state, actions);
  if (const state::FactView* view = state.fact_view()) draw_fact_panel(state, *view, actions);
}

void draw_summary_view(const state::AppState& state, state::ActionQueue& actions) {
  ImGui::Dummy(ImVec2(0.0f, ImGui::GetFontSize() * 2.0f));
  const state::StudySession* study = state.study();
  centered_wrapped_text("Session complete", true);
  if (study != nullptr) {
    const std::uint32_t answered = study->answered();
    char line[256];
    std::snprintf(line, sizeof line, "%u answered  ·  %u%% correct  ·  %s", answered,
                  answered == 0 ? 0u : study->correct() * 100u / answered,
                  format_duration_secs(static_cast<std::int64_t>(study->answer_ms_total() / 1000)).c_str());
    centered_wrapped_text(line);
    centered_wrapped_text(study->next_due() ? "More learning steps come due later today."
                                          : "Nothing else is due today. Come back tomorrow.");
  }
  ImGui::Spacing();
  if (centered_button("Back to decks (Enter)") || shortcut_pressed(kKeyEnter) ||
      shortcut_pressed(kKeyEscape)) {
    actions.emplace_back(state::EndStudy{});
  }
  if (state.can_undo() && shortcut_pressed('Z', true)) actions.emplace_back(state::UndoAnswer{});
}

}  // namespace factdeck::ui
