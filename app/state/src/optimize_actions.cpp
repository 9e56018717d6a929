// AppState handlers for fitting a deck's personal FSRS-6 parameters and applying them to its
// items (the deck options).
#include "action_handlers.hpp"
#include "app_rules.hpp"

namespace factdeck::state {

Handled handle(AppParts& parts, const StartOptimize& action, sched::TimePoint) {
  const store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || parts.library.find(action.deck) == nullptr) return Changes{};
  parts.optimizer.start(*profile, action.deck);
  return Changes{};
}

Handled handle(AppParts& parts, const CancelOptimize&, sched::TimePoint) {
  parts.optimizer.cancel();
  return Changes{};
}

Handled handle(AppParts& parts, const UseFittedParameters& action, sched::TimePoint now) {
  const store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || parts.applier.is_running()) return Changes{};
  if (profile->is_read_only()) {
    return fail(ErrorCode::Invalid, "The new parameters cannot be applied: this profile is read-only.");
  }
  auto fitted = parts.optimizer.take_fit(*profile);
  if (!fitted) return Changes{};
  // Stored between frames once the worker has recomputed every item (finish_applying).
  parts.applier.start(*profile, fitted->first, fitted->second, action.is_rescheduled, now);
  return Changes{};
}

Handled handle(AppParts& parts, const UndoNewParameters&, sched::TimePoint) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || !parts.applier.last_applied()) return Changes{};
  if (Result<void> undone = parts.applier.undo(*profile); !undone) return Unexpected{undone.error()};
  parts.notices.add(Notice::Level::Info, "The previous parameters and memory states are back.");
  return Changes{.schedule = true};
}

Changes finish_applying(AppParts& parts) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr) return {};
  const Result<std::optional<AppliedParameters>> finished = parts.applier.finish(*profile);
  if (!finished) {
    parts.notices.add(finished.error());
    return {};
  }
  if (!finished->has_value()) return {};
  const AppliedParameters& applied = **finished;
  parts.notices.add(Notice::Level::Info,
                    "The deck now schedules with your personal parameters: " + std::to_string(applied.items) +
                        " items' memory recomputed from their answers, " + std::to_string(applied.moved_due) +
                        " due dates moved.");
  return Changes{.schedule = true};
}

Handled handle(AppParts& parts, const DismissOptimize&, sched::TimePoint) {
  parts.optimizer.dismiss();
  return Changes{};
}

}  // namespace factdeck::state
