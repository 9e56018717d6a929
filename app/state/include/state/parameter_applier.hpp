#pragma once
// The parameter applier: new scheduler settings for one deck (the fitted FSRS parameters the
// learner chose to use) reach every item in the background, as in Anki. A worker thread plans
// the recompute (state/apply_parameters.hpp) over a copy of the profile's data with progress;
// between frames the finished plan is stored as one journal record, and its undo is kept until
// the learner takes it back or applies something else.
#include <cstddef>
#include <memory>
#include <optional>
#include <thread>

#include "base/result.hpp"
#include "state/apply_parameters.hpp"
#include "state/deck_id.hpp"

namespace factdeck::state {

/// What an applied change did, for the notice and the deck options.
struct AppliedParameters {
  DeckId deck;
  std::size_t items = 0;          // answered items recomputed
  std::size_t changed_items = 0;  // of those, items whose state changed
  std::size_t moved_due = 0;      // of those, items whose due date moved
};

class ParameterApplier {
 public:
  ParameterApplier() = default;
  ParameterApplier(ParameterApplier&&) noexcept = default;
  ParameterApplier& operator=(ParameterApplier&&) = delete;  // the worker would need stopping first
  ~ParameterApplier();

  /// Starts recomputing deck `id`'s items under `settings` at `now` (nothing while a recompute
  /// runs). With `is_rescheduled`, review items also get the due date their last answer gives.
  void start(const store::Profile& profile, const DeckId& id, const store::DeckSettings& settings,
             bool is_rescheduled, sched::TimePoint now);
  [[nodiscard]] bool is_running() const { return thread_.joinable(); }
  /// Items planned so far and in all, while running.
  [[nodiscard]] const optim::Progress* progress() const { return job_ ? &job_->progress : nullptr; }
  /// Stores a finished plan in `profile` (planned again there when answers arrived meanwhile, so
  /// no answer is lost) and keeps its undo. Empty while running or idle. Fails as
  /// Profile::apply_recompute; nothing is stored then.
  [[nodiscard]] Result<std::optional<AppliedParameters>> finish(store::Profile& profile);
  /// The change that undo() would take back, if any.
  [[nodiscard]] const std::optional<AppliedParameters>& last_applied() const { return last_applied_; }
  /// Puts the deck's previous settings and item states back. Fails with Conflict when items were
  /// answered since (their answers would be lost), else as Profile::apply_recompute.
  [[nodiscard]] Result<void> undo(store::Profile& profile);
  /// Cancels a running recompute and waits for it; forgets the undo (another profile follows).
  void stop();

 private:
  struct Job {
    DeckId deck;
    store::DeckSettings settings;
    bool is_rescheduled = false;
    sched::TimePoint now{};
    std::size_t answers_at_start = 0;  // the profile's answers when the copy was taken
    optim::Progress progress;
    std::optional<RecomputePlan> plan;  // written by the worker before progress.finished
  };
  std::shared_ptr<Job> job_;
  std::thread thread_;
  std::optional<RecomputePlan> undo_plan_;
  std::optional<AppliedParameters> last_applied_;
  std::size_t answers_when_applied_ = 0;
};

}  // namespace factdeck::state
