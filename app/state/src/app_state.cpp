// AppState: start-up, the readers the views use, and the loop that routes each action to its
// handler (action_handlers.hpp) and then applies the rules that follow from what changed.
#include "state/app_state.hpp"

#include "action_handlers.hpp"
#include "app_rules.hpp"
#include "state/deck_loading.hpp"

namespace factdeck::state {

AppState::AppState() = default;
AppState::AppState(AppState&&) noexcept = default;

AppState::~AppState() = default;  // the parts stop their own workers

AppState AppState::start(const StartOptions& options, sched::TimePoint now) {
  AppState state;
  state.parts_ = std::make_unique<AppParts>(options.launcher);
  AppParts& parts = *state.parts_;
  parts.profiles.open_at_start(options.data_dir, options.profile_name, now, parts.notices);
  if (const store::Profile* profile = parts.profiles.profile()) parts.settings.load(*profile);
  parts.library.read_remembered(parts.profiles.data_dir(), parts.notices);
  if (!options.deck_path.empty()) {
    (void)settle_load(parts, {options.deck_path, std::nullopt, parts.library.open_now(options.deck_path)}, now);
  }
  for (const std::filesystem::path& file : shipped_deck_paths()) {
    // Shipped decks are never remembered (settle_load skips them), so they open the same way.
    if (!parts.library.is_open(file)) (void)settle_load(parts, {file, std::nullopt, parts.library.open_now(file)}, now);
  }
  parts.library.queue_remembered();
  refresh_counts(parts, Changes{.decks = true}, now);
  return state;
}

// ---- Reading ----

Screen AppState::screen() const { return parts_->screen; }
bool AppState::wants_quit() const { return parts_->wants_quit; }
bool AppState::is_busy() const {
  return parts_->optimizer.is_running() || parts_->applier.is_running() || parts_->library.is_loading();
}
const std::vector<Notice>& AppState::notices() const { return parts_->notices.list(); }
const DeckLibrary& AppState::library() const { return parts_->library; }
const LoadedDeck* AppState::selected_deck() const { return state::selected_deck(*parts_); }
DeckCounts AppState::deck_counts(const DeckId& id) const { return parts_->counts.of(id); }
const StudySession* AppState::study() const { return parts_->study ? &*parts_->study : nullptr; }
const PracticeSession* AppState::practice() const { return parts_->practice ? &*parts_->practice : nullptr; }
const OptimizerRunner& AppState::optimizer() const { return parts_->optimizer; }
const ParameterApplier& AppState::parameter_applier() const { return parts_->applier; }
const Statistics& AppState::statistics() const { return parts_->statistics; }
const ClassReport& AppState::class_report() const { return parts_->class_report; }
const FactView* AppState::fact_view() const { return parts_->editor.view() ? &*parts_->editor.view() : nullptr; }
const Profiles& AppState::profiles() const { return parts_->profiles; }
const store::Profile* AppState::profile() const { return parts_->profiles.profile(); }
bool AppState::is_read_only() const { return parts_->profiles.is_read_only(); }
const LookSettings& AppState::look() const { return parts_->settings.look(); }
const WorkshopDocument* AppState::workshop() const { return parts_->workshop ? &*parts_->workshop : nullptr; }
bool AppState::is_following_files() const { return parts_->workshop.has_value(); }

bool AppState::can_undo() const { return !is_read_only() && parts_->study && parts_->study->has_undo_step(); }

store::DeckSettings AppState::deck_settings(const DeckId& id) const {
  const store::Profile* profile = parts_->profiles.profile();
  if (profile == nullptr || parts_->library.find(id) == nullptr) return {};
  return profile->deck_settings(id.str());
}

// ---- The window ----

std::optional<std::filesystem::path> AppState::take_screenshot_request() {
  return parts_->statistics.take_png_request();
}

void AppState::screenshot_saved(const std::filesystem::path& path, const Result<void>& outcome) {
  if (outcome) parts_->notices.add(Notice::Level::Info, "Saved the statistics screen as " + path.string());
  else parts_->notices.add(Notice::Level::Error, "The image was not saved: " + outcome.error().to_string());
}

Result<Changes> AppState::apply(const Action& action, sched::TimePoint now) {
  AppParts& parts = *parts_;
  Handled handled = std::visit([&](const auto& a) { return handle(parts, a, now); }, action);
  if (handled) refresh_counts(parts, *handled, now);
  return handled;
}

void AppState::apply_all(const ActionQueue& actions, sched::TimePoint now) {
  AppParts& parts = *parts_;
  for (const Action& action : actions) {
    if (const Result<Changes> applied = apply(action, now); !applied) parts.notices.add(applied.error());
  }
  Changes changes;
  if (Result<void> fitted = parts.optimizer.poll(); !fitted) parts.notices.add(fitted.error());
  changes |= finish_applying(parts);
  if (const std::optional<FinishedLoad> finished = parts.library.poll()) changes |= settle_load(parts, *finished, now);
  parts.editor.reap();
  changes |= follow_workshop(parts, now);
  refresh_counts(parts, changes, now);
}

void AppState::wait_for_deck_load(sched::TimePoint now) {
  Changes changes;
  for (const FinishedLoad& finished : parts_->library.wait()) changes |= settle_load(*parts_, finished, now);
  refresh_counts(*parts_, changes, now);
}

void AppState::shut_down(sched::TimePoint now) {
  parts_->library.stop();
  release_profile(*parts_, now);
  parts_->profiles.close(now, parts_->notices);
}

// ---- Rules ----

void refresh_counts(AppParts& parts, const Changes& changes, sched::TimePoint now) {
  parts.are_counts_stale = parts.are_counts_stale || changes.schedule || changes.decks || changes.screen;
  if (!parts.are_counts_stale || parts.screen != Screen::Home) return;
  parts.counts.refresh(parts.library.decks(), parts.profiles.profile(), now);
  parts.are_counts_stale = false;
}

}  // namespace factdeck::state
