// AppState handlers for fitting a deck's personal FSRS-6 parameters (the deck options).
#include "action_handlers.hpp"

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

Handled handle(AppParts& parts, const UseFittedParameters&, sched::TimePoint) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr) return Changes{};
  const Result<bool> used = parts.optimizer.use_fit(*profile);
  if (!used) return Unexpected{used.error()};
  if (!*used) return Changes{};
  parts.notices.add(Notice::Level::Info, "The deck now schedules with your personal parameters.");
  return Changes{.schedule = true};
}

Handled handle(AppParts& parts, const DismissOptimize&, sched::TimePoint) {
  parts.optimizer.dismiss();
  return Changes{};
}

}  // namespace factdeck::state
