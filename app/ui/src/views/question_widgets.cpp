#include "views/question_widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

std::optional<int> draw_choice_options(const quizgen::Question& question, std::optional<int> chosen) {
  std::optional<int> picked;
  const float width_em = 30.0f;
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    const int option = static_cast<int>(i);
    char label[512];
    std::snprintf(label, sizeof label, "%d   %s###option%zu", option + 1, question.options[i].c_str(), i);
    const bool is_right = option == question.correct_option;
    const bool is_marked = chosen.has_value() && (is_right || *chosen == option);
    if (is_marked) {
      ImGui::PushStyleColor(ImGuiCol_Button, is_right ? palette().correct : palette().wrong);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - width_em * ImGui::GetFontSize()) * 0.5f));
    if (wide_button(label, width_em) && !chosen) picked = option;
    if (is_marked) ImGui::PopStyleColor(2);
    if (!chosen && shortcut_pressed('1' + option)) picked = option;
  }
  return picked;
}

std::optional<quizgen::Answer> draw_answer_input(const quizgen::Question& question, std::string& typed,
                                                bool& wants_focus, const char* typed_hint) {
  switch (quizgen::question_kind_info(question.kind).form) {
    case quizgen::AnswerForm::OneOfOptions:
      if (const auto option = draw_choice_options(question, std::nullopt)) return quizgen::ChosenOption{*option};
      return std::nullopt;
    case quizgen::AnswerForm::TrueOrFalse:
      if (const auto truth = draw_truth_buttons()) return quizgen::ChosenTruth{*truth};
      return std::nullopt;
    case quizgen::AnswerForm::Typed:
      if (draw_answer_box(typed, wants_focus, typed_hint)) return quizgen::TypedAnswer{typed};
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<bool> draw_truth_buttons() {
  std::optional<bool> choice;
  const float width = 10.0f * ImGui::GetFontSize() * 2.0f + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - width) * 0.5f));
  if (wide_button("True   [T]", 10.0f) || shortcut_pressed('T')) choice = true;
  ImGui::SameLine();
  if (wide_button("False   [F]", 10.0f) || shortcut_pressed('F')) choice = false;
  return choice;
}

bool draw_answer_box(std::string& typed, bool& wants_focus, const char* hint_text) {
  const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f);
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - width) * 0.5f));
  ImGui::SetNextItemWidth(width);
  if (wants_focus) {
    ImGui::SetKeyboardFocusHere();
    wants_focus = false;
  }
  return ImGui::InputTextWithHint("##answer", hint_text, &typed, ImGuiInputTextFlags_EnterReturnsTrue);
}

void draw_answer_diff(const std::string& typed, const std::string& expected) {
  const std::vector<state::DiffSegment> segments = state::diff_answer(typed, expected);
  std::size_t same_bytes = 0;
  for (const state::DiffSegment& segment : segments) {
    if (segment.kind == state::DiffSegment::Kind::Same) same_bytes += segment.text.size();
  }
  // A letter-by-letter diff helps with a misspelling, not with a different answer altogether.
  if (same_bytes * 2 < expected.size()) {
    centered_wrapped_text("You typed: " + typed);
    return;
  }
  ImGui::TextUnformatted("You typed:");
  ImGui::SameLine();
  for (const state::DiffSegment& segment : segments) {
    const ImVec4 color = segment.kind == state::DiffSegment::Kind::Same      ? ImGui::GetStyle().Colors[ImGuiCol_Text]
                         : segment.kind == state::DiffSegment::Kind::Missing ? palette().correct
                                                                             : palette().wrong;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, ImGui::GetStyle().ItemSpacing.y));
    ImGui::TextColored(color, "%s", segment.kind == state::DiffSegment::Kind::Missing
                                        ? ("[" + segment.text + "]").c_str()
                                        : segment.text.c_str());
    ImGui::PopStyleVar();
    ImGui::SameLine(0.0f, 0.0f);
  }
  ImGui::NewLine();
  muted_text("Letters in [brackets] were missing; red letters were extra.");
}

}  // namespace factdeck::ui
