#include "state/parameter_applier.hpp"

#include "state/answering.hpp"
#include "state/notices.hpp"

namespace factdeck::state {

ParameterApplier::~ParameterApplier() { stop(); }

void ParameterApplier::start(const store::Profile& profile, const DeckId& id, const store::DeckSettings& settings,
                             bool is_rescheduled, sched::TimePoint now) {
  if (is_running()) return;
  job_ = std::make_shared<Job>();
  job_->deck = id;
  job_->settings = settings;
  job_->is_rescheduled = is_rescheduled;
  job_->now = now;
  job_->answers_at_start = profile.reviews().size();
  // The worker plans over its own copy, so answers given meanwhile never race with it.
  thread_ = std::thread([job = job_, data = profile.data()]() {
    job->plan = plan_recompute(data, job->deck.str(), job->settings, local_day_clock(job->settings),
                               job->is_rescheduled, job->now, &job->progress);
    job->progress.finished = true;
  });
}

Result<std::optional<AppliedParameters>> ParameterApplier::finish(store::Profile& profile) {
  if (!is_running() || !job_->progress.finished) return std::optional<AppliedParameters>{};
  thread_.join();
  const std::shared_ptr<Job> job = std::move(job_);
  if (job->progress.cancel_requested) return std::optional<AppliedParameters>{};
  RecomputePlan plan = std::move(*job->plan);
  // Answers given while the worker ran moved some states: plan again on the live data, which
  // takes a fraction of a second even for a large deck.
  if (profile.reviews().size() != job->answers_at_start) {
    plan = plan_recompute(profile.data(), job->deck.str(), job->settings, local_day_clock(job->settings),
                          job->is_rescheduled, job->now);
  }
  if (Result<void> applied = apply_recompute_plan(profile, plan); !applied) {
    return in_context("The new parameters were not applied: ", applied.error());
  }
  last_applied_ = AppliedParameters{job->deck, plan.record.items.size(), plan.changed_items, plan.moved_due};
  undo_plan_ = std::move(plan);
  answers_when_applied_ = profile.reviews().size();
  return last_applied_;
}

Result<void> ParameterApplier::undo(store::Profile& profile) {
  if (!undo_plan_) return {};
  // The undo holds the states from before; an answer given since would silently lose its effect.
  if (profile.reviews().size() != answers_when_applied_) {
    return fail(ErrorCode::Conflict, "The previous parameters cannot be put back: items were answered since "
                                     "the new ones were applied. Fit again, or keep them.");
  }
  if (Result<void> undone = profile.apply_recompute(undo_plan_->undo); !undone) {
    return in_context("The previous parameters were not put back: ", undone.error());
  }
  undo_plan_.reset();
  last_applied_.reset();
  return {};
}

void ParameterApplier::stop() {
  if (is_running()) {
    job_->progress.cancel_requested = true;
    thread_.join();
    job_.reset();
  }
  undo_plan_.reset();
  last_applied_.reset();
}

}  // namespace factdeck::state
