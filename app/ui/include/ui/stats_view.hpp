#pragma once
// The statistics screen: tabs Today / History / Forecast / Retention / Memory / Article map over a
// computed stats::StatsReport. The view only reads the report; what the learner asks for (another
// period, a CSV export, studying a section, an item's history) comes back as a StatsViewRequest
// for the caller to act on between frames.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/item_id.hpp"
#include "stats/article_map.hpp"
#include "stats/report.hpp"

namespace factdeck::ui {

/// Chart data derived from a report once (labels, doubles), so frames only draw.
struct StatsChartCache {
  const stats::StatsReport* report = nullptr;
  std::uint64_t total_answers = 0;
  std::int64_t today = 0;
  stats::Period period = stats::Period::Days30;
  int forecast_days = 0;
  std::vector<double> history_stacked;  // 4 values per day
  std::vector<double> history_cumulative;
  std::vector<double> history_minutes;
  std::vector<std::string> history_labels;
  std::vector<double> forecast_due;
  std::vector<std::string> forecast_labels;
  std::vector<std::string> heatmap_labels;
};

enum class StatsTab : std::uint8_t { Today, History, Forecast, Retention, Memory, ArticleMap };

/// UI-only state of the statistics screen.
struct StatsViewUi {
  std::optional<StatsTab> open_tab;             // selects this tab on the next frame (scripts)
  stats::Period period = stats::Period::Days30;
  int forecast_days = 30;                      // 30 or 90
  std::optional<std::size_t> selected_section;  // index into the first article map's sections
  std::optional<ItemId> selected_item;
  StatsChartCache cache;
};

/// What the learner asked for this frame; all empty when nothing.
struct StatsViewRequest {
  std::optional<stats::Period> period;        // a new period (already stored in StatsViewUi)
  bool export_csv = false;                    // "Export CSV": write stats::write_all_csv
  bool export_png = false;                    // "Save as PNG": the screen as one image
  std::optional<std::int32_t> study_section;  // "Study this section": index into Deck::sections
  std::string study_deck_id;                  // ... of this deck
  std::optional<ItemId> show_item;   // compute stats::item_history for this item
};

/// Draws the screen into the current window. `item_history` is the history of
/// `ui.selected_item` when the caller has computed it (nullptr otherwise).
[[nodiscard]] StatsViewRequest draw_stats_view(const stats::StatsReport& report,
                                               const stats::ItemHistory* item_history,
                                               StatsViewUi& ui);

}  // namespace factdeck::ui
