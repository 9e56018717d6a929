#pragma once
// AppState: everything the app knows. Views read it (const) and push Actions; apply_all() runs
// them between frames with the current time. No ImGui, GLFW or GL here.
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "state/actions.hpp"
#include "state/deck_library.hpp"
#include "state/item_marks.hpp"
#include "state/notices.hpp"
#include "state/optimize_job.hpp"
#include "state/practice_test.hpp"
#include "state/study_session.hpp"
#include "stats/article_map.hpp"
#include "stats/report.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// Starts a program (an argument vector, no shell) without waiting; returns its process id.
using Launcher = std::function<Result<int>(const std::vector<std::string>& argv)>;

/// What the app opens with (from the command line).
struct StartOptions {
  std::string deck_path;     // empty: the shipped decks
  std::string data_dir;      // empty: XDG folders
  std::string profile_name;  // empty: "default"
  Launcher launcher;         // empty: os::launch_detached (tests pass a recorder)
};

/// Presentation settings the window applies between frames.
struct LookSettings {
  float ui_scale = 1.0f;     // the user's scale, on top of the monitor's content scale
  float font_factor = 1.0f;  // the user's font size relative to the default
  bool is_dark_theme = true;
};

/// A deck as listed on the home screen.
struct DeckCounts {
  std::size_t new_available = 0;  // new items that may be introduced today
  std::size_t learning = 0;
  std::size_t due = 0;
  std::size_t total_items = 0;
  std::size_t studied_today = 0;
};

/// One step Ctrl+Z can take back in a session: an answer, a change of an item's marks, or a bury.
struct StudyUndoStep {
  enum class Kind { Answer, Marks, Bury } kind = Kind::Answer;
  ItemId item;
  bool was_suspended = false;  // Marks: the item's marks before the change
  bool was_flagged = false;
};

/// The spaced study session in progress.
struct StudySession {
  DeckId deck;
  std::optional<int> section;          // "study this section"
  std::optional<PresentedQuestion> current;
  std::optional<AnswerFeedback> feedback;  // set once the question is answered
  std::vector<ItemId> buried;     // skipped for the rest of the session
  std::vector<StudyUndoStep> undo_steps;   // newest last
  sched::TimePoint started{};
  std::uint32_t answered = 0;
  std::uint32_t correct = 0;
  std::uint64_t answer_ms_total = 0;
  std::optional<sched::TimePoint> next_due;  // when the next item is due, once nothing is left
};

class AppState {
 public:
  /// Opens the profile, the shipped decks and the deck named in `options` at `now`, and queues the
  /// decks the learner added for opening on a worker thread (wait_for_deck_load() waits for
  /// them). Problems (a locked or damaged profile, a deck with errors) become notices; it never
  /// throws.
  [[nodiscard]] static AppState start(const StartOptions& options, sched::TimePoint now);

  AppState(AppState&&) noexcept = default;
  AppState& operator=(AppState&&) = delete;  // its worker threads would need stopping first
  ~AppState();

  // ---- Reading (views) ----
  [[nodiscard]] Screen screen() const { return screen_; }
  [[nodiscard]] const LookSettings& look() const { return look_; }
  [[nodiscard]] bool wants_quit() const { return wants_quit_; }
  /// True while background work runs (the window then keeps redrawing for progress).
  [[nodiscard]] bool is_busy() const { return optimize_thread_.joinable() || library_.is_loading(); }
  /// True while the parameter fit runs on its worker thread.
  [[nodiscard]] bool is_optimizing() const { return optimize_thread_.joinable(); }
  /// The open decks, the loads running or waiting, and which decks the learner added.
  [[nodiscard]] const DeckLibrary& library() const { return library_; }
  /// The parameter fit in progress or just finished, if any.
  [[nodiscard]] const OptimizeJob* optimize_job() const { return optimize_job_.get(); }
  [[nodiscard]] const std::vector<LoadedDeck>& decks() const { return library_.decks(); }
  /// Deck `id`'s counts for the home screen (zeros for a deck not open).
  [[nodiscard]] DeckCounts deck_counts(const DeckId& id) const;
  /// The deck chosen for a practice test or the statistics: the one last selected or studied
  /// while it is open, else the first deck; nullptr when no deck is open.
  [[nodiscard]] const LoadedDeck* selected_deck() const;
  /// The deck the practice test in progress (or just finished) asks about, if it is open.
  [[nodiscard]] const LoadedDeck* practice_deck() const { return library_.find(practice_deck_); }
  [[nodiscard]] const std::vector<Notice>& notices() const { return notices_.list(); }
  [[nodiscard]] const std::optional<StudySession>& study() const { return study_; }
  [[nodiscard]] const std::optional<PracticeTest>& practice() const { return practice_; }
  /// The statistics, computed when the statistics screen is opened.
  [[nodiscard]] const std::optional<stats::StatsReport>& stats() const { return stats_; }
  [[nodiscard]] const std::optional<stats::ItemHistory>& item_history() const { return item_history_; }
  [[nodiscard]] const store::Profile* profile() const { return profile_ ? &*profile_ : nullptr; }
  /// The open profile's name (empty when none could be opened) and every profile's name.
  [[nodiscard]] const std::string& profile_name() const { return profile_name_; }
  [[nodiscard]] const std::vector<std::string>& profile_names() const { return profile_names_; }
  [[nodiscard]] bool is_read_only() const { return !profile_ || profile_->is_read_only(); }
  /// The fact shown in the app because no editor could be opened, if any.
  [[nodiscard]] const std::optional<FactView>& fact_view() const { return fact_view_; }
  /// True when Ctrl+Z has an answer or a suspend/flag of this session to take back.
  [[nodiscard]] bool can_undo() const;
  /// The deck settings of deck `id` (defaults when none are stored).
  [[nodiscard]] store::DeckSettings deck_settings(const DeckId& id) const;

  /// A file the window should save its next frame to (the statistics "Save as PNG"), once;
  /// report the outcome with screenshot_saved().
  [[nodiscard]] std::optional<std::filesystem::path> take_screenshot_request();
  void screenshot_saved(const std::filesystem::path& path, const Result<void>& outcome);

  /// Stops background work, ends a session in progress and closes the profile cleanly
  /// (compacting its journal).
  void shut_down(sched::TimePoint now);
  /// Waits until every queued deck is opened or reloaded, installing each (tests, scripts).
  void wait_for_deck_load(sched::TimePoint now);

  /// Applies the actions in order at `now`; each is all-or-nothing.
  void apply_all(const ActionQueue& actions, sched::TimePoint now);

 private:
  AppState() = default;
  void apply(const Action& action, sched::TimePoint now);
  void open_profile(const StartOptions& options, sched::TimePoint now);
  void open_named_profile(const std::string& name, sched::TimePoint now);
  void retire_missing_items(const LoadedDeck& loaded);
  void switch_profile(const std::string& name, sched::TimePoint now);
  void close_profile(sched::TimePoint now);
  // ---- Decks ----
  /// Opens a deck on this thread (start-up); false after a notice.
  bool open_deck(const std::filesystem::path& path, sched::TimePoint now);
  /// Retires the items that left a deck just installed, and finishes a reload or remembers it.
  void settle_finished_load(const FinishedLoad& finished, sched::TimePoint now);
  /// The one rule for a deck leaving the list (see deck_actions.cpp).
  void forget_deck(const DeckId& id, sched::TimePoint now);
  void forget_unopened_deck(const std::filesystem::path& path);
  void refresh_counts(sched::TimePoint now);
  void notify(Notice::Level level, std::string text);

  // ---- Study ----
  void start_study(const StartStudy& action, sched::TimePoint now);
  void show_next_question(sched::TimePoint now);
  void answer_current(AnswerFeedback feedback);
  void rate_current(sched::Grade grade, sched::TimePoint now);
  void undo_last_step(sched::TimePoint now);
  void undo_last_answer(sched::TimePoint now);
  void show_item_again(ItemId item, sched::TimePoint now);
  void bury_current(sched::TimePoint now);
  void end_study(sched::TimePoint now);

  // ---- Item marks, editing and reloading ----
  bool write_item_marks(const DeckId& deck, ItemId item, bool is_suspended,
                        bool is_flagged, sched::TimePoint now);
  void suspend_current(sched::TimePoint now);
  void toggle_flag_current(sched::TimePoint now);
  void undo_marks(const StudyUndoStep& step, sched::TimePoint now);
  void undo_bury(const StudyUndoStep& step, sched::TimePoint now);
  void set_item_marks(const SetItemMarks& action, sched::TimePoint now);
  void edit_current();
  void finish_reload(const DeckId& deck, sched::TimePoint now);

  // ---- Practice ----
  void start_practice(const StartPractice& action);
  void answer_practice(const AnswerPractice& action, sched::TimePoint now);

  // ---- Statistics ----
  void compute_stats(sched::TimePoint now);
  void show_item_history(ItemId item, sched::TimePoint now);
  void export_stats_csv(stats::Period period);

  // ---- Personal parameters (worker thread) ----
  void start_optimize(const DeckId& deck, sched::TimePoint now);
  void poll_optimize();
  void use_fitted_parameters(sched::TimePoint now);
  void stop_optimize();

  // ---- Settings ----
  void change_look(const ChangeLook& action);
  void save_deck_settings(const SaveDeckSettings& action, sched::TimePoint now);
  void set_day_start_hour(std::uint32_t hour, sched::TimePoint now);

  std::optional<store::Profile> profile_;
  std::filesystem::path data_dir_;          // where the profiles live; empty when unknown
  std::string profile_name_;                // the open profile's name
  std::vector<std::string> profile_names_;  // every profile in data_dir_, for the switcher
  DeckLibrary library_;
  std::unordered_map<DeckId, DeckCounts, DeckIdHash> counts_;
  std::optional<DeckId> selected_deck_;
  Screen screen_ = Screen::Home;
  std::optional<StudySession> study_;
  std::optional<PracticeTest> practice_;
  DeckId practice_deck_;
  std::shared_ptr<OptimizeJob> optimize_job_;
  std::thread optimize_thread_;
  std::optional<std::filesystem::path> screenshot_request_;
  std::optional<stats::StatsReport> stats_;
  std::optional<stats::ItemHistory> item_history_;
  std::optional<FactView> fact_view_;
  Launcher launcher_;
  std::vector<int> launched_pids_;  // editors started, reaped once they exit
  LookSettings look_;
  Notices notices_;
  bool wants_quit_ = false;
};

}  // namespace factdeck::state
