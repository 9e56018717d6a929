// AppState handlers for practice tests: the set-up starts one, each answer moves it on, and the
// result screen follows its last answer.
#include "action_handlers.hpp"

namespace factdeck::state {

Handled handle(AppParts& parts, const StartPractice& action, sched::TimePoint) {
  const LoadedDeck* deck = parts.library.find(action.deck);
  if (deck == nullptr) return Changes{};
  Result<PracticeSession> started = PracticeSession::start(*deck, action.config, parts.profiles.profile());
  if (!started) return Unexpected{started.error()};
  parts.practice.emplace(std::move(started).value());
  parts.screen = Screen::Practice;
  return Changes{.screen = true};
}

Handled handle(AppParts& parts, const AnswerPractice& action, sched::TimePoint now) {
  if (!parts.practice) return Changes{};
  const LoadedDeck* deck = parts.library.find(parts.practice->deck());
  if (deck == nullptr) return Changes{};
  const Result<void> answered = parts.practice->answer(parts.profiles.profile(), *deck, action.response, now);
  if (parts.practice->test().is_finished()) parts.screen = Screen::PracticeResult;
  if (!answered) return Unexpected{answered.error()};
  return Changes{.schedule = true};
}

}  // namespace factdeck::state
