// The workshop's panels. Read-only over the workshop; decisions go out as actions.
#include "views/workshop_panels.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

std::string_view span_words(const state::Workshop& workshop, const quizgen::Proposal& p) {
  return std::string_view(workshop.draft().facts[p.fact].text).substr(p.begin, p.end - p.begin);
}

const char* decision_mark(const state::WorkshopSpan& span) {
  switch (span.decision) {
    case state::SpanDecision::Accepted: return "[+]";
    case state::SpanDecision::Rejected: return "[-]";
    case state::SpanDecision::Open: return "[ ]";
  }
  return "[ ]";
}

/// "person @people · name shape" (or "added by the teacher").
std::string proposal_label(const quizgen::Proposal& p, bool is_added) {
  std::string label(quizgen::span_type_name(p.type));
  if (!p.group.empty()) label += " @" + p.group;
  label += " \u00b7 ";
  label += is_added ? std::string("added by you") : std::string(quizgen::proposal_reason_name(p.reason));
  return label;
}

std::string question_heading(const quizgen::Question& question) {
  if (question.kind == quizgen::QuestionKind::TrueFalse) return question.is_true ? "true statement" : "false statement";
  return std::string(quizgen::question_kind_name(question.kind));
}

void draw_options(const ShownQuestion& shown, state::ActionQueue& actions) {
  const quizgen::Question& question = shown.item->questions[shown.index];
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    const bool is_correct = static_cast<int>(i) == question.correct_option;
    ImGui::PushID(static_cast<int>(i));
    ImGui::Bullet();
    ImGui::TextUnformatted(question.options[i].c_str());
    if (is_correct) {
      ImGui::SameLine();
      ImGui::TextColored(palette().correct, "(answer)");
    } else {
      ImGui::SameLine();
      if (ImGui::SmallButton("Exclude")) {
        actions.emplace_back(state::ReviewQuestion{shown.item->id, quizgen::ReviewAction::Exclude,
                                                   quizgen::ReviewKind::All, question.options[i]});
      }
      ImGui::SameLine();
      // Pinned: this option stays in every build of the question, whatever the seed draws.
      if (ImGui::SmallButton("Pin")) {
        actions.emplace_back(state::ReviewQuestion{shown.item->id, quizgen::ReviewAction::Pin,
                                                   quizgen::ReviewKind::All, question.options[i]});
      }
    }
    ImGui::PopID();
  }
}

void draw_question(const ShownQuestion& shown, bool is_selected, state::ActionQueue& actions) {
  const quizgen::Question& question = shown.item->questions[shown.index];
  const std::string heading = question_heading(question) + " \u2014 " + shown.item->answer;
  ImGui::TextColored(is_selected ? palette().accent : palette().muted_text, "%s%s", is_selected ? "> " : "  ",
                     heading.c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton("Reject (X)")) {
    actions.emplace_back(state::ReviewQuestion{shown.item->id, quizgen::ReviewAction::Reject,
                                               state::review_kind_of(question), {}});
  }
  ImGui::Indent();
  ImGui::TextWrapped("%s", question.prompt.c_str());
  if (question.kind == quizgen::QuestionKind::MultipleChoice) draw_options(shown, actions);
  ImGui::Unindent();
}

/// The generator's weak spots for the deck facts of draft fact `fact`.
void draw_fact_notes(const state::Workshop& workshop, std::size_t fact) {
  const quizgen::Deck& deck = *workshop.check().deck;
  for (std::size_t i = 0; i < deck.facts.size(); ++i) {
    if (workshop.draft_fact_of(static_cast<std::uint32_t>(i)) != fact) continue;
    for (const quizgen::GenerateNote& note : workshop.check().notes) {
      if (note.fact_key != deck.facts[i].key || note.level != quizgen::NoteLevel::Warning) continue;
      colored_wrapped_text(palette().wrong, note.span_text + ": " + note.message);
    }
  }
}

}  // namespace

std::vector<ShownQuestion> questions_of_fact(const state::Workshop& workshop, std::size_t fact) {
  std::vector<ShownQuestion> shown;
  if (!workshop.check().deck) return shown;
  for (const quizgen::Item& item : workshop.check().deck->items) {
    if (workshop.draft_fact_of(item.fact_index) != fact) continue;
    for (std::size_t q = 0; q < item.questions.size(); ++q) shown.push_back({&item, q});
  }
  return shown;
}

void draw_proposal_list(const state::Workshop& workshop, WorkshopViewUi& ui) {
  for (const state::WorkshopSpan& span : workshop.spans()) {
    const bool is_current = ui.current && *ui.current == span.ref();
    const std::string line = std::string(decision_mark(span)) + " " + std::string(span_words(workshop, span.proposal)) +
                             "  \u2014 " + proposal_label(span.proposal, span.is_added);
    ImGui::PushID(static_cast<int>(span.proposal.fact * 100000 + span.proposal.begin));
    const ImVec4 color = span.decision == state::SpanDecision::Rejected ? palette().muted_text
                         : span.decision == state::SpanDecision::Accepted ? palette().correct
                                                                          : ImGui::GetStyle().Colors[ImGuiCol_Text];
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    if (ImGui::Selectable(line.c_str(), is_current)) ui.current = span.ref();
    ImGui::PopStyleColor();
    if (is_current && ui.wants_scroll) {
      ImGui::SetScrollHereY(0.5f);
      ui.wants_scroll = false;
    }
    ImGui::PopID();
  }
}

void draw_current_sentence(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions) {
  const state::WorkshopSpan* span = ui.current ? workshop.find(*ui.current) : nullptr;
  if (span == nullptr) {
    muted_text("The text has no proposals: tag words of a sentence in the facts file, or add them here.");
    return;
  }
  const quizgen::Proposal& p = span->proposal;
  const std::string& text = workshop.draft().facts[p.fact].text;
  // The proposal in the sentence, between brackets, so the teacher sees exactly which words.
  const std::string marked = text.substr(0, p.begin) + "\u00ab" + text.substr(p.begin, p.end - p.begin) + "\u00bb" +
                             text.substr(p.end);
  ImGui::TextWrapped("%s", marked.c_str());
  muted_text(proposal_label(p, span->is_added) + (p.note.empty() ? std::string() : " \u00b7 " + p.note));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
  if (ui.wants_add_focus) {
    ImGui::SetKeyboardFocusHere();
    ui.wants_add_focus = false;
  }
  const bool entered = ImGui::InputTextWithHint("###add-words", "words to tag here (N)", &ui.added_words,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
  if (ImGui::BeginCombo("###add-type", std::string(quizgen::span_type_name(ui.added_type)).c_str())) {
    for (quizgen::SpanType type : quizgen::kAllSpanTypes) {
      if (ImGui::Selectable(std::string(quizgen::span_type_name(type)).c_str(), type == ui.added_type)) ui.added_type = type;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if ((ImGui::Button("Tag") || entered) && !ui.added_words.empty()) {
    actions.emplace_back(state::AddSpan{p.fact, ui.added_words, ui.added_type});
    ui.added_words.clear();
  }
}

void draw_fact_questions(const state::Workshop& workshop, WorkshopViewUi& ui, state::ActionQueue& actions) {
  const state::WorkshopSpan* span = ui.current ? workshop.find(*ui.current) : nullptr;
  if (span == nullptr || !workshop.check().deck) {
    muted_text(workshop.check().error_count > 0 ? "Fix the errors below to see the questions."
                                                : "Accept a proposal to see the questions it yields.");
    return;
  }
  const std::vector<ShownQuestion> shown = questions_of_fact(workshop, span->proposal.fact);
  if (shown.empty()) {
    muted_text("No question from this sentence yet: accept one of its proposals (A).");
    return;
  }
  ui.current_question = std::min(ui.current_question, shown.size() - 1);
  draw_fact_notes(workshop, span->proposal.fact);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    draw_question(shown[i], i == ui.current_question, actions);
    ImGui::PopID();
  }
}

void draw_diagnostics(const state::Workshop& workshop) {
  for (const quizgen::Diagnostic& diagnostic : workshop.check().diagnostics) {
    const std::string line = diagnostic.file + ":" + std::to_string(diagnostic.line) + ":" +
                             std::to_string(diagnostic.column) + ": " + std::string(quizgen::severity_name(diagnostic.severity)) +
                             ": " + diagnostic.message;
    colored_wrapped_text(diagnostic.severity == quizgen::Severity::Error ? palette().wrong : palette().muted_text, line);
  }
}

}  // namespace factdeck::ui
