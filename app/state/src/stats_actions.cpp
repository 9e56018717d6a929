// AppState: the statistics screen's data (computed in the core, drawn by the view).
#include "state/answering.hpp"
#include "state/app_state.hpp"
#include "stats/compute.hpp"
#include "stats/csv.hpp"

namespace factdeck::state {

void AppState::compute_stats(sched::TimePoint now) {
  item_history_.reset();
  if (!profile_) {
    stats_.reset();
    return;
  }
  const store::DeckSettings settings = selected_deck() ? deck_settings(selected_deck()->deck_id) : store::DeckSettings{};
  stats::StatsInput input{&profile_->reviews(), &profile_->items(), {}, std::nullopt,
                          local_day_clock(settings), now, scheduler_config(settings).parameters,
                          settings.desired_retention, 90};
  for (const LoadedDeck& deck : library_.decks()) input.decks.push_back({deck.deck_id.str(), &deck.deck});
  stats_ = stats::compute_stats(input);
}

void AppState::show_item_history(ItemId item, sched::TimePoint now) {
  if (!profile_) return;
  const store::DeckSettings settings = selected_deck() ? deck_settings(selected_deck()->deck_id) : store::DeckSettings{};
  item_history_ = stats::item_history(profile_->reviews(), item, scheduler_config(settings).parameters,
                                      local_day_clock(settings), now);
}

void AppState::export_stats_csv(stats::Period period) {
  if (!stats_ || !profile_) return;
  const std::filesystem::path dir = profile_->dir() / "exports";
  Result<std::vector<std::filesystem::path>> written =
      stats::write_all_csv(*stats_, period, dir);
  if (!written) {
    notify(Notice::Level::Error, "The CSV export failed: " + written.error().to_string());
    return;
  }
  notify(Notice::Level::Info, "Exported " + std::to_string(written->size()) + " CSV files to " + dir.string());
}

std::optional<std::filesystem::path> AppState::take_screenshot_request() {
  std::optional<std::filesystem::path> request = std::move(screenshot_request_);
  screenshot_request_.reset();
  if (request) {
    std::error_code error;
    std::filesystem::create_directories(request->parent_path(), error);
  }
  return request;
}

void AppState::screenshot_saved(const std::filesystem::path& path, const Result<void>& outcome) {
  if (outcome) notify(Notice::Level::Info, "Saved the statistics screen as " + path.string());
  else notify(Notice::Level::Error, "The image was not saved: " + outcome.error().to_string());
}

}  // namespace factdeck::state
