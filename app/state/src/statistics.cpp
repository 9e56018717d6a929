#include "state/statistics.hpp"

#include "state/answering.hpp"
#include "state/notices.hpp"
#include "stats/compute.hpp"
#include "stats/csv.hpp"

namespace factdeck::state {

void Statistics::compute(const store::Profile& profile, const std::vector<LoadedDeck>& decks,
                         const store::DeckSettings& settings, sched::TimePoint now) {
  item_history_.reset();
  stats::StatsInput input{&profile.reviews(), &profile.items(), {}, std::nullopt,
                          local_day_clock(settings), now, scheduler_config(settings).parameters,
                          settings.desired_retention, 90};
  for (const LoadedDeck& deck : decks) input.decks.push_back({deck.deck_id.str(), &deck.deck});
  report_ = stats::compute_stats(input);
}

void Statistics::show_item_history(const store::Profile& profile, ItemId item, const store::DeckSettings& settings,
                                   sched::TimePoint now) {
  item_history_ = stats::item_history(profile.reviews(), item, scheduler_config(settings).parameters,
                                      local_day_clock(settings), now);
}

Result<std::string> Statistics::export_csv(const store::Profile& profile, stats::Period period) const {
  if (!report_) return std::string();
  const std::filesystem::path dir = profile.dir() / "exports";
  Result<std::vector<std::filesystem::path>> written = stats::write_all_csv(*report_, period, dir);
  if (!written) return in_context("The CSV export failed: ", written.error());
  return "Exported " + std::to_string(written->size()) + " CSV files to " + dir.string();
}

void Statistics::request_png(const store::Profile& profile) {
  png_request_ = profile.dir() / "exports" / "statistics.png";
}

std::optional<std::filesystem::path> Statistics::take_png_request() {
  std::optional<std::filesystem::path> request = std::move(png_request_);
  png_request_.reset();
  if (request) {
    std::error_code error;
    std::filesystem::create_directories(request->parent_path(), error);
  }
  return request;
}

void Statistics::clear() {
  report_.reset();
  item_history_.reset();
}

}  // namespace factdeck::state
