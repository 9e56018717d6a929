#pragma once
// The statistics screen's data: the report (computed when the screen is opened), the history of
// one item, and exporting them (CSV files, or a PNG of the screen that the window saves).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "state/loaded_deck.hpp"
#include "stats/article_map.hpp"
#include "stats/report.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

class Statistics {
 public:
  [[nodiscard]] const std::optional<stats::StatsReport>& report() const { return report_; }
  [[nodiscard]] const std::optional<stats::ItemHistory>& item_history() const { return item_history_; }

  /// Computes the report over `profile` with the study day and parameters of `settings` (the
  /// selected deck's); the article maps cover `decks`.
  void compute(const store::Profile& profile, const std::vector<LoadedDeck>& decks,
               const store::DeckSettings& settings, sched::TimePoint now);
  void show_item_history(const store::Profile& profile, ItemId item, const store::DeckSettings& settings,
                         sched::TimePoint now);
  /// Writes every chart of `period` as CSV into the profile's exports folder; returns what was
  /// written, for the learner. Fails with Io when a file could not be written.
  [[nodiscard]] Result<std::string> export_csv(const store::Profile& profile, stats::Period period) const;
  /// Asks the window to save its next frame into the profile's exports folder.
  void request_png(const store::Profile& profile);
  /// The file the window should save its next frame to, once (its folder is created).
  [[nodiscard]] std::optional<std::filesystem::path> take_png_request();
  /// Forgets the report and the item history (they describe progress that is no longer shown).
  void clear();

 private:
  std::optional<stats::StatsReport> report_;
  std::optional<stats::ItemHistory> item_history_;
  std::optional<std::filesystem::path> png_request_;
};

}  // namespace factdeck::state
