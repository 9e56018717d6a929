// The workshop screen: with no text open, where to get one (a file, or a pasted text); with one,
// the progress line, the proposals on the left, the current sentence and its questions on the
// right, the diagnostics below. Keyboard first (the keys are listed on the screen).
#include "views/workshop_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "state/workshop_files.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "views/workshop_panels.hpp"

namespace factdeck::ui {

namespace {

constexpr int kKeyDown = 264;  // GLFW_KEY_DOWN
constexpr int kKeyUp = 265;    // GLFW_KEY_UP

constexpr const char* kKeysHelp =
    "J/K or Down/Up: next/previous \u00b7 A accept \u00b7 R reject \u00b7 1\u20137 type (person, date, place, org, "
    "event, number, term) \u00b7 Shift+A accept all open of this type \u00b7 N tag other words \u00b7 [ ] question "
    "\u00b7 X reject question \u00b7 Ctrl+Z undo \u00b7 Ctrl+Shift+Z or Ctrl+Y redo \u00b7 Ctrl+S save \u00b7 Ctrl+D open as deck";

void draw_start(WorkshopViewUi& ui, state::ActionQueue& actions) {
  ImGui::Spacing();
  centered_wrapped_text("Teacher's workshop", true);
  muted_text("From a plain text to a checked deck: factdeck proposes the tags, you decide each one with one "
             "key, review the questions, and save a .facts.md next to your text (your text is never changed).");
  ImGui::Spacing();
  ImGui::TextUnformatted("Open a text (.txt, .md) or a .facts.md to go on with, Ctrl+O:");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
  if (ui.wants_open_focus || shortcut_pressed('O', true)) ImGui::SetKeyboardFocusHere();
  ui.wants_open_focus = false;
  const bool entered = ImGui::InputTextWithHint("###workshop-open", "path/to/text.txt", &ui.open_path,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open text") || entered) && !ui.open_path.empty()) {
    actions.emplace_back(state::OpenWorkshopFile{ui.open_path});
    ui.open_path.clear();
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("Or paste a text (Ctrl+V), then Ctrl+Enter; it is kept as a file first:");
  const ImVec2 size(-1.0f, ImGui::GetTextLineHeight() * 10.0f);
  ImGui::InputTextMultiline("###workshop-paste", &ui.pasted, size);
  const bool submitted = ImGui::IsItemActive() && ImGui::GetIO().KeyCtrl && enter_pressed();
  if ((ImGui::Button("Use this text") || submitted) && !ui.pasted.empty()) {
    actions.emplace_back(state::PasteWorkshopText{ui.pasted});
    ui.pasted.clear();
  }
}

std::string summary_line(const state::WorkshopDocument& document) {
  const state::WorkshopSummary s = document.workshop.summary();
  std::string line = std::to_string(s.decided) + " of " + std::to_string(s.proposals) + " proposals decided, " +
                     std::to_string(s.facts) + " facts, " + std::to_string(s.questions) + " questions, " +
                     std::to_string(s.warnings) + " warnings";
  if (s.errors > 0) line += ", " + std::to_string(s.errors) + " errors";
  return line;
}

// A small button on the header's row, or on the next row when this one is full.
bool header_button(const char* label) {
  ImGui::SameLine();
  wrap_row_before(button_width(label));
  return ImGui::SmallButton(label);
}

void draw_header(const state::WorkshopDocument& document, state::ActionQueue& actions) {
  const std::string file = document.facts_file.filename().string() + (document.has_unsaved_changes() ? " (unsaved)" : "");
  ImGui::TextUnformatted(file.c_str());
  ImGui::SameLine();
  const int errors = document.workshop.summary().errors;
  const std::string summary = summary_line(document);
  wrap_row_before(ImGui::CalcTextSize(summary.c_str()).x);
  colored_wrapped_text(errors > 0 ? palette().wrong : palette().accent, summary);
  if (ImGui::SmallButton("Save (Ctrl+S)")) actions.emplace_back(state::SaveWorkshop{});
  if (header_button("Undo (Ctrl+Z)")) actions.emplace_back(state::UndoWorkshop{});
  if (header_button("Redo (Ctrl+Y)")) actions.emplace_back(state::RedoWorkshop{});
  if (header_button("Open as deck (Ctrl+D)")) actions.emplace_back(state::OpenWorkshopDeck{});
  if (header_button("Close, for another text")) actions.emplace_back(state::CloseWorkshop{});
  muted_text(kKeysHelp);
}

/// The proposal `step` places after (or before) the current one, clamped to the list.
void move_current(const state::Workshop& workshop, WorkshopViewUi& ui, int step) {
  const auto& spans = workshop.spans();
  if (spans.empty()) return;
  const auto at = std::find_if(spans.begin(), spans.end(), [&](const auto& s) { return ui.current && s.ref() == *ui.current; });
  const long index = at == spans.end() ? 0 : static_cast<long>(at - spans.begin()) + step;
  ui.current = spans[static_cast<std::size_t>(std::clamp(index, 0L, static_cast<long>(spans.size()) - 1))].ref();
  ui.current_question = 0;
  ui.wants_scroll = true;
}

/// Keeps the current proposal one that exists (after an undo, a reload or a new text).
void settle_current(const state::Workshop& workshop, WorkshopViewUi& ui) {
  if (ui.current && workshop.find(*ui.current) != nullptr) return;
  ui.current.reset();
  const auto& spans = workshop.spans();
  const auto open = std::find_if(spans.begin(), spans.end(), [](const auto& s) { return s.decision == state::SpanDecision::Open; });
  if (open != spans.end()) ui.current = open->ref();
  else if (!spans.empty()) ui.current = spans.front().ref();
  ui.wants_scroll = true;
}

void push_decision_keys(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions) {
  if (shortcut_pressed('J') || shortcut_pressed(kKeyDown)) move_current(workshop, ui, 1);
  if (shortcut_pressed('K') || shortcut_pressed(kKeyUp)) move_current(workshop, ui, -1);
  if (shortcut_pressed('N')) ui.wants_add_focus = true;
  if (!ui.current) return;
  const state::WorkshopSpan* span = workshop.find(*ui.current);
  if (span == nullptr) return;
  if (shortcut_pressed('A') && ImGui::GetIO().KeyShift) {
    actions.emplace_back(state::DecideOpenSpans{span->proposal.type, state::SpanDecision::Accepted});
  } else if (shortcut_pressed('A')) {
    actions.emplace_back(state::DecideSpan{*ui.current, state::SpanDecision::Accepted});
    move_current(workshop, ui, 1);
  }
  if (shortcut_pressed('R')) {
    actions.emplace_back(state::DecideSpan{*ui.current, state::SpanDecision::Rejected});
    move_current(workshop, ui, 1);
  }
  for (std::size_t t = 0; t < std::size(quizgen::kAllSpanTypes); ++t) {
    if (shortcut_pressed('1' + static_cast<int>(t))) actions.emplace_back(state::RetypeSpan{*ui.current, quizgen::kAllSpanTypes[t]});
  }
}

void push_question_keys(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions) {
  const state::WorkshopSpan* span = ui.current ? workshop.find(*ui.current) : nullptr;
  if (span == nullptr) return;
  const std::vector<ShownQuestion> shown = questions_of_fact(workshop, span->proposal.fact);
  if (shown.empty()) return;
  if (shortcut_pressed('[') && ui.current_question > 0) --ui.current_question;
  if (shortcut_pressed(']') && ui.current_question + 1 < shown.size()) ++ui.current_question;
  if (shortcut_pressed('X')) {
    const ShownQuestion& selected = shown[std::min(ui.current_question, shown.size() - 1)];
    actions.emplace_back(state::ReviewQuestion{selected.item->id, quizgen::ReviewAction::Reject,
                                               state::review_kind_of(selected.item->questions[selected.index]), {}});
  }
}

void push_file_keys(state::ActionQueue& actions) {
  if (shortcut_pressed('S', true)) actions.emplace_back(state::SaveWorkshop{});
  // Ctrl+Shift+Z and Ctrl+Y redo, as in most editors; Ctrl+Z alone undoes.
  const bool is_shift = ImGui::GetIO().KeyShift;
  if (shortcut_pressed('Z', true)) actions.emplace_back(is_shift ? state::Action{state::RedoWorkshop{}} : state::Action{state::UndoWorkshop{}});
  if (shortcut_pressed('Y', true)) actions.emplace_back(state::RedoWorkshop{});
  if (shortcut_pressed('D', true)) actions.emplace_back(state::OpenWorkshopDeck{});
}

void draw_document(const state::WorkshopDocument& document, WorkshopViewUi& ui, state::ActionQueue& actions) {
  const state::Workshop& workshop = document.workshop;
  settle_current(workshop, ui);
  draw_header(document, actions);
  ImGui::Separator();
  const float diagnostics_height = workshop.check().diagnostics.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing() * 4.0f;
  const float panes_height = std::max(ImGui::GetContentRegionAvail().y - diagnostics_height, ImGui::GetFrameHeight() * 4.0f);
  const float list_width = std::max(ImGui::GetContentRegionAvail().x * 0.42f, ImGui::GetFontSize() * 12.0f);
  if (ImGui::BeginChild("###proposals", ImVec2(list_width, panes_height), true)) draw_proposal_list(workshop, ui);
  ImGui::EndChild();
  ImGui::SameLine();
  if (ImGui::BeginChild("###sentence", ImVec2(0.0f, panes_height), true)) {
    draw_current_sentence(workshop, ui, actions);
    ImGui::Separator();
    draw_fact_questions(workshop, ui, actions);
  }
  ImGui::EndChild();
  if (diagnostics_height > 0.0f) {
    if (ImGui::BeginChild("###diagnostics", ImVec2(0.0f, 0.0f), false)) draw_diagnostics(workshop);
    ImGui::EndChild();
  }
  push_decision_keys(workshop, ui, actions);
  push_question_keys(workshop, ui, actions);
  push_file_keys(actions);
}

}  // namespace

void draw_workshop_view(const state::AppState& state, WorkshopViewUi& ui, state::ActionQueue& actions) {
  const state::WorkshopDocument* document = state.workshop();
  if (document == nullptr) {
    draw_start(ui, actions);
    return;
  }
  draw_document(*document, ui, actions);
}

}  // namespace factdeck::ui
