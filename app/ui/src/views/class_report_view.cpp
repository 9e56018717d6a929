#include "views/class_report_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "quizgen/deck.hpp"
#include "state/class_report.hpp"
#include "state/deck_library.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/class_report_plots.hpp"

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

// The deck, the folder and the button share the row; the button goes below when the window is
// too narrow for all three (800x600 at UI scale 2).
void draw_open_row(const state::AppState& state, ClassReportViewUi& ui, state::ActionQueue& actions) {
  const state::LoadedDeck* deck = chosen_deck(state, ui);
  const float font = ImGui::GetFontSize();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float button = ImGui::CalcTextSize("Open report").x + ImGui::GetStyle().FramePadding.x * 2.0f;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float combo = std::min(font * 18.0f, avail * 0.4f);
  const bool is_one_row = avail - combo - spacing * 2.0f - button >= font * 10.0f;
  ImGui::SetNextItemWidth(combo);
  if (ImGui::BeginCombo("##deck", deck ? quizgen::deck_title(deck->deck).c_str() : "no deck open")) {
    for (const state::LoadedDeck& open : state.library().decks()) {
      ImGui::PushID(open.deck_id.str().c_str());
      if (ImGui::Selectable(quizgen::deck_title(open.deck).c_str(), deck == &open)) ui.deck = open.deck_id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(is_one_row ? avail - combo - spacing * 2.0f - button : -1.0f);
  const bool entered = ImGui::InputTextWithHint("##results", "folder of results files", &ui.results_path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  if (is_one_row) ImGui::SameLine();
  if ((ImGui::Button("Open report") || entered) && deck != nullptr && !ui.results_path.empty()) {
    actions.emplace_back(state::OpenClassReport{ui.results_path, deck->deck_id});
  }
}

void draw_students(const classroom::ClassAnalysis& analysis) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("students", 7, kFlags)) return;
  ImGui::TableSetupColumn("Rank");
  ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("First sight");
  ImGui::TableSetupColumn("Answered");
  ImGui::TableSetupColumn("Mastery");
  ImGui::TableSetupColumn("Minutes");
  ImGui::TableSetupColumn("Streak");
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
    ImGui::TableNextColumn();
    if (student.mastery) ImGui::Text("%.1f%%", *student.mastery * 100.0);  // small shares of a large deck
    else muted_text("n/a");
    ImGui::TableNextColumn();
    ImGui::Text("%.1f", student.study_minutes);
    ImGui::TableNextColumn();
    ImGui::Text("%u d", student.streak_days);
  }
  ImGui::EndTable();
}

// "Molotov 1 · Stalin 2": each response with its count, the key marked.
std::string responses_text(const classroom::QuestionStats& question) {
  std::string text;
  for (const classroom::ResponseCount& r : question.responses) {
    text += (text.empty() ? "" : "  ·  ") + (r.text.empty() ? std::string("(empty)") : r.text) +
            (r.is_key ? " ✓ " : " ") + std::to_string(r.count);
  }
  return text;
}

void optional_figure_cell(const std::optional<double>& value) {
  if (value) ImGui::Text("%+.2f", *value);
  else muted_text("n/a");
}

// One question's row: flagged ones first (the analysis sorts them) and in the warning colour,
// with the fact's place to fix it in the workshop.
void draw_question_row(const classroom::QuestionStats& question) {
  const bool is_flagged = question.flag != classroom::Flag::None;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", question.facility);
  ImGui::TableNextColumn();
  optional_figure_cell(question.discrimination);
  ImGui::TableNextColumn();
  optional_figure_cell(question.upper_lower);
  ImGui::TableNextColumn();
  ImGui::Text("%.0f", question.median_answer_secs);
  ImGui::TableNextColumn();
  ImGui::Text("%zu", question.students);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s: %s", question.answer.c_str(), question.prompt.c_str());
  if (is_flagged) {
    colored_wrapped_text(palette().wrong, std::string(classroom::flag_text(question.flag)) + " — fact at " + question.source);
  }
  if (!question.responses.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", responses_text(question).c_str());
    ImGui::PopStyleColor();
  }
}

void draw_questions(const classroom::ClassAnalysis& analysis) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("questions", 6, kFlags)) return;
  ImGui::TableSetupColumn("Facility");
  ImGui::TableSetupColumn("r");
  ImGui::TableSetupColumn("U-L");
  ImGui::TableSetupColumn("Sec");
  ImGui::TableSetupColumn("n");
  ImGui::TableSetupColumn("Answer: question, responses", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < analysis.questions.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    draw_question_row(analysis.questions[i]);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// The scatter beside the heatmap when the window is wide, else one above the other.
void draw_plots(const classroom::ClassAnalysis& analysis) {
  const float font = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool is_wide = width > font * 44.0f;
  const float scatter_width = is_wide ? width * 0.5f : std::min(width, font * 30.0f);
  ImGui::BeginGroup();
  muted_text("Facility × discrimination (dashed: the flag thresholds)");
  draw_class_scatter(analysis, {scatter_width - font, std::min(scatter_width * 0.6f, font * 16.0f)});
  ImGui::EndGroup();
  if (is_wide) ImGui::SameLine();
  ImGui::BeginGroup();
  muted_text("Mastery now by section; columns: students by rank");
  draw_mastery_heatmap(analysis, ImGui::GetContentRegionAvail().x);  // what is left of the row
  ImGui::EndGroup();
}

}  // namespace

void draw_class_report_view(const state::AppState& state, ClassReportViewUi& ui, state::ActionQueue& actions) {
  ImGui::TextUnformatted("Class report");
  draw_open_row(state, ui, actions);
  const std::optional<classroom::ClassAnalysis>& analysis = state.class_report().analysis();
  if (!analysis) {
    muted_text("Each student exports their results (deck Options, \"Export my results\"); put the files in one "
               "folder and open it here. The command line writes the same report as a web page: "
               "factdeck class-report --deck DECK FOLDER --html report.html");
    return;
  }
  std::size_t flagged = 0;
  for (const classroom::QuestionStats& q : analysis->questions) flagged += q.flag != classroom::Flag::None ? 1 : 0;
  ImGui::Text("%s: %zu students, %zu questions answered, %zu to check", analysis->deck_title.c_str(),
              analysis->students.size(), analysis->questions.size(), flagged);
  muted_text(state.class_report().source().string());
  for (const std::string& note : analysis->notes) colored_wrapped_text(palette().wrong, note);
  if (ImGui::CollapsingHeader("Plots", ImGuiTreeNodeFlags_DefaultOpen)) draw_plots(*analysis);
  if (ImGui::CollapsingHeader("Students", ImGuiTreeNodeFlags_DefaultOpen)) draw_students(*analysis);
  if (ImGui::CollapsingHeader("Questions, the ones to check first", ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_questions(*analysis);
  }
}

}  // namespace factdeck::ui
