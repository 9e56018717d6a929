// AppState: the decks the learner added, remembered in the data directory so that the home screen
// lists them again at the next start. Shipped decks are always listed and never remembered.
#include <algorithm>

#include "state/app_state.hpp"
#include "state/deck_loading.hpp"
#include "store/deck_list.hpp"

namespace factdeck::state {

namespace fs = std::filesystem;

namespace {

fs::path absolute_path(const fs::path& file) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(file, error);
  return error ? file : absolute;
}

bool is_shipped(const fs::path& file) {
  const std::vector<fs::path> shipped = shipped_deck_paths();
  return std::any_of(shipped.begin(), shipped.end(), [&](const fs::path& s) { return is_same_file(s, file); });
}

}  // namespace

bool AppState::is_deck_open(const fs::path& file) const {
  return std::any_of(decks_.begin(), decks_.end(),
                     [&](const LoadedDeck& deck) { return is_same_file(deck.source_path, file); });
}

bool AppState::is_added_deck(std::size_t deck_index) const {
  if (deck_index >= decks_.size()) return false;
  const fs::path& file = decks_[deck_index].source_path;
  return std::any_of(remembered_decks_.begin(), remembered_decks_.end(),
                     [&](const fs::path& remembered) { return is_same_file(remembered, file); });
}

void AppState::read_remembered_decks() {
  if (data_dir_.empty()) return;
  const std::vector<fs::path> remembered = store::read_deck_list(data_dir_);
  for (const fs::path& file : remembered) {
    std::error_code error;
    if (fs::exists(file, error)) {
      remembered_decks_.push_back(file);
      continue;
    }
    notify(Notice::Level::Warning,
           file.string() + " was not found (moved or deleted?), so it is no longer listed. Its "
                           "progress is kept in your profile: open the deck from its new place to go on.");
  }
  if (remembered_decks_.size() != remembered.size()) {
    (void)store::write_deck_list(data_dir_, remembered_decks_);
  }
}

// Building a large article takes seconds, so the remembered decks open on the worker thread, in
// the remembered order, while the window already shows the others. A build error becomes a
// notice when the load is installed; the deck stays remembered.
void AppState::queue_remembered_decks() {
  for (const fs::path& file : remembered_decks_) {
    if (!is_deck_open(file)) start_deck_load(file, std::nullopt);
  }
}

void AppState::remember_deck(const fs::path& file) {
  if (data_dir_.empty() || is_shipped(file)) return;
  const fs::path absolute = absolute_path(file);
  const bool is_known = std::any_of(remembered_decks_.begin(), remembered_decks_.end(),
                                    [&](const fs::path& remembered) { return is_same_file(remembered, absolute); });
  if (is_known) return;
  remembered_decks_.push_back(absolute);
  if (Result<void> written = store::write_deck_list(data_dir_, remembered_decks_); !written) {
    notify(Notice::Level::Warning, absolute.filename().string() +
                                       " will not be listed at the next start: " + written.error().to_string());
  }
}

void AppState::forget_deck(std::size_t deck_index, sched::TimePoint now) {
  if (!is_added_deck(deck_index)) return;
  const bool is_in_use = (study_ && study_->deck_index == deck_index) || optimize_thread_.joinable() ||
                         is_reload_pending(deck_index);
  if (is_in_use) {
    notify(Notice::Level::Warning, "Finish the session or the work running on this deck first.");
    return;
  }
  const fs::path file = decks_[deck_index].source_path;
  std::erase_if(remembered_decks_, [&](const fs::path& remembered) { return is_same_file(remembered, file); });
  if (Result<void> written = store::write_deck_list(data_dir_, remembered_decks_); !written) {
    notify(Notice::Level::Error, "The deck list could not be saved: " + written.error().to_string());
    return;
  }
  // Indices of the decks after this one move down by one.
  const auto shift = [deck_index](std::size_t& index) { if (index > deck_index) --index; };
  if (practice_ && practice_deck_ == deck_index) practice_.reset();
  shift(practice_deck_);
  if (study_) shift(study_->deck_index);
  shift_pending_reloads(deck_index);
  if (selected_deck_ >= deck_index && selected_deck_ > 0) --selected_deck_;
  optimize_job_.reset();
  fact_view_.reset();
  stats_.reset();
  decks_.erase(decks_.begin() + static_cast<std::ptrdiff_t>(deck_index));
  refresh_counts(now);
  notify(Notice::Level::Info, file.filename().string() +
                                  " is no longer listed. Its progress stays in your profile and comes "
                                  "back when you open the deck again.");
}

}  // namespace factdeck::state
