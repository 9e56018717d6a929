#include "views/class_report_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "quizgen/deck.hpp"
#include "state/class_report.hpp"
#include "state/deck_library.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

// The deck the report is for: the one picked, else the first open deck.
const state::LoadedDeck* chosen_deck(const state::AppState& state, const ClassReportViewUi& ui) {
  if (ui.deck) {
    if (const state::LoadedDeck* deck = state.library().find(*ui.deck)) return deck;
  }
  const std::vector<state::LoadedDeck>& decks = state.library().decks();
  return decks.empty() ? nullptr : &decks.front();
}

void draw_open_row(const state::AppState& state, ClassReportViewUi& ui, state::ActionQueue& actions) {
  const state::LoadedDeck* deck = chosen_deck(state, ui);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  if (ImGui::BeginCombo("##deck", deck ? quizgen::deck_title(deck->deck).c_str() : "no deck open")) {
    for (const state::LoadedDeck& open : state.library().decks()) {
      ImGui::PushID(open.deck_id.str().c_str());
      if (ImGui::Selectable(quizgen::deck_title(open.deck).c_str(), deck == &open)) ui.deck = open.deck_id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20.0f);
  const bool entered = ImGui::InputTextWithHint("##results", "folder of results files", &ui.results_path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open report") || entered) && deck != nullptr && !ui.results_path.empty()) {
    actions.emplace_back(state::OpenClassReport{ui.results_path, deck->deck_id});
  }
}

void draw_students(const classroom::ClassAnalysis& analysis) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("students", 4, kFlags)) return;
  ImGui::TableSetupColumn("Rank");
  ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Right on first sight");
  ImGui::TableSetupColumn("Answered");
  ImGui::TableHeadersRow();
  for (const classroom::StudentStats& student : analysis.students) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", student.rank);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(student.name.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%.0f%%", student.score * 100.0);
    ImGui::TableNextColumn();
    ImGui::Text("%zu", student.answered);
  }
  ImGui::EndTable();
}

// One question's row: flagged ones first (the analysis sorts them) and in the warning colour.
void draw_question_row(const classroom::QuestionStats& question) {
  const bool is_flagged = question.flag != classroom::Flag::None;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (is_flagged) ImGui::TextColored(palette().wrong, "%s", std::string(classroom::flag_text(question.flag)).c_str());
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", question.facility);
  ImGui::TableNextColumn();
  if (question.discrimination) ImGui::Text("%+.2f", *question.discrimination);
  else muted_text("n/a");
  ImGui::TableNextColumn();
  ImGui::Text("%zu", question.students);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s: %s", question.answer.c_str(), question.prompt.c_str());
}

void draw_questions(const classroom::ClassAnalysis& analysis) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("questions", 5, kFlags)) return;
  ImGui::TableSetupColumn("Check");
  ImGui::TableSetupColumn("Facility");
  ImGui::TableSetupColumn("Discrimination");
  ImGui::TableSetupColumn("Students");
  ImGui::TableSetupColumn("Answer: question", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < analysis.questions.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    draw_question_row(analysis.questions[i]);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace

void draw_class_report_view(const state::AppState& state, ClassReportViewUi& ui, state::ActionQueue& actions) {
  ImGui::TextUnformatted("Class report");
  draw_open_row(state, ui, actions);
  const std::optional<classroom::ClassAnalysis>& analysis = state.class_report().analysis();
  if (!analysis) {
    muted_text("Each student exports their results (deck Options, \"Export my results\"); put the files in one "
               "folder and open it here. The command line writes the same report as a web page: "
               "factdeck class-report --deck DECK FOLDER -o report.html");
    return;
  }
  std::size_t flagged = 0;
  for (const classroom::QuestionStats& q : analysis->questions) flagged += q.flag != classroom::Flag::None ? 1 : 0;
  ImGui::Text("%s: %zu students, %zu questions answered, %zu to check", analysis->deck_title.c_str(),
              analysis->students.size(), analysis->questions.size(), flagged);
  muted_text(state.class_report().source().string());
  for (const std::string& note : analysis->notes) colored_wrapped_text(palette().wrong, note);
  if (ImGui::CollapsingHeader("Students", ImGuiTreeNodeFlags_DefaultOpen)) draw_students(*analysis);
  if (ImGui::CollapsingHeader("Questions, the ones to check first", ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_questions(*analysis);
  }
}

}  // namespace factdeck::ui
