// The Retention, Memory and Article map tabs of the statistics screen.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "stats_view_parts.hpp"
#include "ui/charts.hpp"
#include "ui/theme.hpp"

namespace factdeck::ui::stats_tabs {

namespace {

void pass_cell(const stats::PassCount& count) {
  ImGui::TableNextColumn();
  if (count.total == 0) {
    ImGui::TextColored(palette().muted_text, "-");
  } else {
    ImGui::Text("%.1f%% (%u/%u)", count.share() * 100.0, count.passed, count.total);
  }
}

/// Bin labels "a-b" (or "a+" for an open last bin) with `decimals` digits.
std::vector<std::string> bin_labels(const stats::Histogram& histogram, const char* format, double factor) {
  std::vector<std::string> labels;
  for (std::size_t b = 0; b + 1 < histogram.edges.size(); ++b) {
    char low[32];
    char high[32];
    std::snprintf(low, sizeof low, format, histogram.edges[b] * factor);
    std::snprintf(high, sizeof high, format, histogram.edges[b + 1] * factor);
    labels.push_back(std::isinf(histogram.edges[b + 1]) ? std::string(low) + "+"
                                                        : std::string(low) + "-" + high);
  }
  return labels;
}

std::vector<double> as_doubles(const std::vector<std::uint32_t>& counts) {
  return std::vector<double>(counts.begin(), counts.end());
}

const char* phase_text(sched::Phase phase) {
  return stats::phase_name(phase).data();  // the names are string literals
}

}  // namespace

void draw_retention_tab(const stats::StatsReport& report) {
  const stats::Retention& retention = report.retention;
  ImGui::Text("Desired retention: %.0f%%.  True retention: share of reviews passed (Hard or better).",
              retention.desired_retention * 100.0);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
  if (ImGui::BeginTable("retention", 4, flags)) {
    ImGui::TableSetupColumn("Period");
    ImGui::TableSetupColumn("Young (< 21 d)");
    ImGui::TableSetupColumn("Mature (>= 21 d)");
    ImGui::TableSetupColumn("All reviews");
    ImGui::TableHeadersRow();
    for (std::size_t w = 0; w < stats::kRetentionWindowCount; ++w) {
      const stats::RetentionRow& row = retention.windows[w];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string_view name = stats::window_name(static_cast<stats::RetentionWindow>(w));
      ImGui::TextUnformatted(name.data(), name.data() + name.size());
      pass_cell(row.young);
      pass_cell(row.mature);
      pass_cell(row.all());
    }
    ImGui::EndTable();
  }
  std::vector<double> accuracy;
  std::vector<std::string> kinds;
  for (std::size_t k = 0; k < stats::kQuestionKindCount; ++k) {
    accuracy.push_back(retention.by_question_kind[k].share() * 100.0);
    const std::string_view name = quizgen::kQuestionKinds[k].name;
    kinds.push_back(std::string(name) + " (" + std::to_string(retention.by_question_kind[k].total) + ")");
  }
  draw_bars("##kind_accuracy", ImGui::GetContentRegionAvail(), accuracy, kinds,
            {"accuracy (%)", palette().correct}, {"question kind (answers)", "% correct"});
}

void draw_memory_tab(const stats::StatsReport& report) {
  const stats::MemoryStats& memory = report.memory;
  ImGui::Text("You know about %.0f of %u studied items now (average recall %.1f%%); %u new.",
              memory.known_estimate, memory.studied_items, memory.average_retrievability * 100.0,
              memory.new_items);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  draw_bars("##stability", {avail.x, avail.y * 0.5f - ImGui::GetStyle().ItemSpacing.y},
            as_doubles(memory.stability_days.counts), bin_labels(memory.stability_days, "%g", 1.0),
            {"items", palette().accent}, {"stability (days)", "items"});
  const float half = (avail.x - spacing) * 0.5f;
  const float height = ImGui::GetContentRegionAvail().y;
  draw_bars("##difficulty", {half, height}, as_doubles(memory.difficulty.counts),
            bin_labels(memory.difficulty, "%g", 1.0), {"items", palette().wrong},
            {"difficulty (1-10)", "items"});
  ImGui::SameLine();
  draw_bars("##retrievability", {half, height}, as_doubles(memory.retrievability.counts),
            bin_labels(memory.retrievability, "%g", 100.0), {"items", palette().correct},
            {"recall now (%)", "items"});
}

namespace {

void draw_section_table(const stats::ArticleMap& map, StatsViewUi& ui, float height) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("sections", 3, flags, {0, height})) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Section (weakest first)", ImGuiTableColumnFlags_None, 3.0f);
  ImGui::TableSetupColumn("Recall now", ImGuiTableColumnFlags_None, 1.5f);
  ImGui::TableSetupColumn("New / learning / known", ImGuiTableColumnFlags_None, 1.5f);
  ImGui::TableHeadersRow();
  for (std::size_t s = 0; s < map.sections.size(); ++s) {
    const stats::SectionStats& section = map.sections[s];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(static_cast<int>(s));
    const bool is_selected = ui.selected_section == s;
    if (ImGui::Selectable(section.title.c_str(), is_selected, ImGuiSelectableFlags_SpanAllColumns)) {
      ui.selected_section = s;
      ui.selected_item.reset();
    }
    ImGui::PopID();
    ImGui::TableNextColumn();
    if (section.items.empty()) {
      ImGui::TextColored(palette().muted_text, "no items");
    } else {
      char overlay[16];
      std::snprintf(overlay, sizeof overlay, "%.0f%%", section.average_retrievability * 100.0);
      ImGui::ProgressBar(static_cast<float>(section.average_retrievability), {-1, 0}, overlay);
    }
    ImGui::TableNextColumn();
    ImGui::Text("%u / %u / %u", section.new_items, section.learning_items, section.known_items);
  }
  ImGui::EndTable();
}

void draw_item_list(const stats::SectionStats& section, StatsViewUi& ui, StatsViewRequest& request,
                    ImVec2 size) {
  if (!ImGui::BeginChild("section_items", size, true)) {
    ImGui::EndChild();
    return;
  }
  for (const stats::ItemSummary& item : section.items) {
    ImGui::PushID(static_cast<int>(item.deck_item));
    char line[256];
    std::snprintf(line, sizeof line, "%-10s %3.0f%%  %s", phase_text(item.phase),
                  item.retrievability * 100.0, item.label.c_str());
    if (ImGui::Selectable(line, ui.selected_item == item.id)) {
      ui.selected_item = item.id;
      request.show_item = item.id;
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void draw_item_history(const stats::ItemHistory& history, ImVec2 size) {
  if (!ImGui::BeginChild("item_history", size, true)) {
    ImGui::EndChild();
    return;
  }
  ImGui::Text("%zu answers", history.answers.size());
  std::vector<double> curve;
  std::vector<std::string> labels;
  for (const stats::CurvePoint& point : history.curve) {
    curve.push_back(point.retrievability * 100.0);
    char label[32];
    std::snprintf(label, sizeof label, "day %.1f", point.days);
    labels.push_back(label);
  }
  draw_line("##curve", {ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y * 0.55f},
            curve, labels, {"recall", palette().accent}, {"days since first answer", "recall (%)"}, 100.0);
  for (auto it = history.answers.rbegin(); it != history.answers.rend(); ++it) {
    const std::string date = stats::day_text(it->day);
    ImGui::Text("%s  %-10s  grade %d%s  %.1f s", date.c_str(), phase_text(it->phase_before),
                static_cast<int>(it->grade), it->is_practice ? " (practice)" : "",
                static_cast<double>(it->answer_ms) / 1000.0);
  }
  ImGui::EndChild();
}

}  // namespace

void draw_article_map_tab(const stats::StatsReport& report, const stats::ItemHistory* item_history,
                          StatsViewUi& ui, StatsViewRequest& request) {
  if (report.article_maps.empty() || report.article_maps.front().sections.empty()) {
    ImGui::TextColored(palette().muted_text, "Open a deck to see the map of its article.");
    return;
  }
  const stats::ArticleMap& map = report.article_maps.front();
  if (ui.selected_section && *ui.selected_section >= map.sections.size()) ui.selected_section.reset();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  draw_section_table(map, ui, avail.y * 0.45f);
  if (!ui.selected_section) {
    ImGui::TextColored(palette().muted_text, "Pick a section to see its items.");
    return;
  }
  const stats::SectionStats& section = map.sections[*ui.selected_section];
  if (ImGui::Button("Study this section") && section.section >= 0) {
    request.study_section = section.section;
    request.study_deck_id = map.deck_id;
  }
  const ImVec2 rest = ImGui::GetContentRegionAvail();
  const float half = (rest.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  draw_item_list(section, ui, request, {half, rest.y});
  ImGui::SameLine();
  if (item_history != nullptr && ui.selected_item == item_history->id) {
    draw_item_history(*item_history, {half, rest.y});
  } else {
    ImGui::TextColored(palette().muted_text, "Pick an item to see its answers and forgetting curve.");
  }
}

}  // namespace factdeck::ui::stats_tabs
