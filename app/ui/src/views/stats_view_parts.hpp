#pragma once
// Tabs of the statistics screen that live in their own files (private to the ui library).
#include "ui/stats_view.hpp"

namespace factdeck::ui::stats_tabs {

/// The Retention tab: true retention per window, young and mature, and accuracy per kind.
void draw_retention_tab(const stats::StatsReport& report);
/// The Memory tab: the known estimate and the three distributions.
void draw_memory_tab(const stats::StatsReport& report);
/// The Article map tab: sections weakest first, a section's items, an item's history.
void draw_article_map_tab(const stats::StatsReport& report, const stats::ItemHistory* item_history,
                          StatsViewUi& ui, StatsViewRequest& request);

}  // namespace factdeck::ui::stats_tabs
