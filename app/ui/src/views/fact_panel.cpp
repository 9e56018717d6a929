#include "views/fact_panel.hpp"

#include <imgui.h>

#include <string>

#include "state/deck_library.hpp"
#include "ui/keys.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace factdeck::ui {

namespace {

std::string location_text(const state::FactView& view) {
  if (!view.location) return "no source file";
  return view.location->file.filename().string() + ":" + std::to_string(view.location->line);
}

// Every item of the fact is one tagged span: its type and the answer it asks for.
void draw_spans(const state::LoadedDeck& deck, std::uint32_t fact_index) {
  for (const quizgen::Item& item : deck.deck.items) {
    if (item.fact_index != fact_index) continue;
    std::string line = "[" + item.answer + "]  " + std::string(quizgen::span_type_name(item.type));
    if (!item.group.empty()) line += " @" + item.group;
    if (item.canonical != item.answer) line += "  = " + item.canonical;
    ImGui::BulletText("%s", line.c_str());
  }
}

}  // namespace

void draw_fact_panel(const state::AppState& state, const state::FactView& view,
                     state::ActionQueue& actions) {
  const state::LoadedDeck* open = state.library().find(view.deck);
  if (open == nullptr) return;
  const state::LoadedDeck& deck = *open;
  const quizgen::Item* item = deck.find_item(view.item);
  if (item == nullptr || item->fact_index >= deck.deck.facts.size()) return;
  const quizgen::DeckFact& fact = deck.deck.facts[item->fact_index];
  ImGui::Separator();
  colored_wrapped_text(palette().wrong, view.reason);
  ImGui::TextUnformatted("The fact, to edit by hand:");
  ImGui::Indent();
  ImGui::TextWrapped("%s", location_text(view).c_str());
  if (view.location && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", view.location->file.c_str());
  std::string section;
  for (const std::string& part : fact.section_path) section += (section.empty() ? "" : "  ›  ") + part;
  muted_text(section);
  ImGui::TextWrapped("%s", fact.text.c_str());
  draw_spans(deck, item->fact_index);
  ImGui::Unindent();
  if (ImGui::Button("Close (Esc)") || ImGui::IsKeyPressed(kKeyEscape, false)) {
    actions.emplace_back(state::CloseFactView{});
  }
  ImGui::SameLine();
  if (ImGui::Button("Reload deck (Ctrl+R)")) actions.emplace_back(state::ReloadDeck{view.deck});
}

}  // namespace factdeck::ui
