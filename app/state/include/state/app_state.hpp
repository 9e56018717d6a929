#pragma once
// AppState: the parts that own the app's data, composed. Views read the parts they draw through
// it (const) and push Actions; apply_all() routes each action to the part it concerns between
// frames, with the current time, and applies the rules that span parts (app_rules.hpp). No ImGui,
// GLFW or GL here. The parts' headers are not included: a view includes the ones it reads.
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "base/result.hpp"
#include "state/actions.hpp"
#include "state/changes.hpp"
#include "state/deck_id.hpp"
#include "state/notices.hpp"
#include "state/start_options.hpp"

namespace factdeck::store {
class Profile;
struct DeckSettings;
}  // namespace factdeck::store

namespace factdeck::state {

class DeckLibrary;
class FactEditor;
class OptimizerRunner;
class ParameterApplier;
class PracticeSession;
class Profiles;
class Statistics;
class ClassReport;
class StudySession;
struct AppParts;
struct DeckCounts;
struct FactView;
struct LookSettings;
struct LoadedDeck;
struct WorkshopDocument;

class AppState {
 public:
  /// Opens the profile, the shipped decks and the deck named in `options` at `now`, and queues the
  /// decks the learner added for opening on a worker thread (wait_for_deck_load() waits for
  /// them). Problems (a locked or damaged profile, a deck with errors) become notices; it never
  /// throws.
  [[nodiscard]] static AppState start(const StartOptions& options, sched::TimePoint now);

  AppState(AppState&&) noexcept;
  AppState& operator=(AppState&&) = delete;  // its worker threads would need stopping first
  ~AppState();

  // ---- Reading (views) ----
  [[nodiscard]] Screen screen() const;
  [[nodiscard]] bool wants_quit() const;
  /// True while background work runs (the window then keeps redrawing for progress).
  [[nodiscard]] bool is_busy() const;
  [[nodiscard]] const std::vector<Notice>& notices() const;
  /// The open decks, the loads running or waiting, and which decks the learner added.
  [[nodiscard]] const DeckLibrary& library() const;
  /// The deck chosen for a practice test or the statistics: the one last selected or studied
  /// while it is open, else the first deck; nullptr when no deck is open.
  [[nodiscard]] const LoadedDeck* selected_deck() const;
  /// Deck `id`'s counts for the home screen (zeros for a deck not open).
  [[nodiscard]] DeckCounts deck_counts(const DeckId& id) const;
  /// The study session in progress, if any.
  [[nodiscard]] const StudySession* study() const;
  /// True when Ctrl+Z has an answer, bury, suspend or flag of this session to take back.
  [[nodiscard]] bool can_undo() const;
  /// The practice test in progress or just finished, if any.
  [[nodiscard]] const PracticeSession* practice() const;
  /// The parameter fit running or just finished.
  [[nodiscard]] const OptimizerRunner& optimizer() const;
  /// New parameters being applied to a deck's items, or the last applied (for its undo).
  [[nodiscard]] const ParameterApplier& parameter_applier() const;
  /// The statistics, computed when the statistics screen is opened.
  [[nodiscard]] const Statistics& statistics() const;
  [[nodiscard]] const ClassReport& class_report() const;
  /// The fact shown in the app because no editor could be opened, if any.
  [[nodiscard]] const FactView* fact_view() const;
  /// The open profile, its name and the others.
  [[nodiscard]] const Profiles& profiles() const;
  /// The open profile (nullptr when none could be opened), and whether answers can be saved.
  [[nodiscard]] const store::Profile* profile() const;
  [[nodiscard]] bool is_read_only() const;
  /// The look of the window (theme, font size, scale).
  [[nodiscard]] const LookSettings& look() const;
  /// The teacher's draft in the workshop, if one is open.
  [[nodiscard]] const WorkshopDocument* workshop() const;
  /// True while a file is followed on disk: the window then wakes up now and then (about once
  /// a second) to look at it, and is otherwise idle.
  [[nodiscard]] bool is_following_files() const;
  /// The options of deck `id` (defaults when none are stored).
  [[nodiscard]] store::DeckSettings deck_settings(const DeckId& id) const;

  // ---- The window ----
  /// A file the window should save its next frame to (the statistics "Save as PNG"), once;
  /// report the outcome with screenshot_saved().
  [[nodiscard]] std::optional<std::filesystem::path> take_screenshot_request();
  void screenshot_saved(const std::filesystem::path& path, const Result<void>& outcome);
  /// Applies one action at `now` (all-or-nothing) and refreshes what it changed; returns what
  /// changed, or why nothing did (a refusal such as a stale answer, or a write that failed).
  [[nodiscard]] Result<Changes> apply(const Action& action, sched::TimePoint now);
  /// Applies the actions in order at `now` (each with apply(); a refusal or failure becomes a
  /// notice), then collects finished background work and refreshes what it changed.
  void apply_all(const ActionQueue& actions, sched::TimePoint now);
  /// Waits until every queued deck is opened or reloaded, installing each (tests, scripts).
  void wait_for_deck_load(sched::TimePoint now);
  /// Stops background work, ends a session in progress and closes the profile cleanly
  /// (compacting its journal).
  void shut_down(sched::TimePoint now);

 private:
  AppState();
  std::unique_ptr<AppParts> parts_;
};

}  // namespace factdeck::state
