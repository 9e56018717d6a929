// AppState: practice tests (start, answer, finish). Answers are logged as practice answers and
// move the schedule only when the learner opted in.
#include "state/answering.hpp"
#include "state/app_state.hpp"

namespace factdeck::state {

void AppState::start_practice(const StartPractice& action) {
  const LoadedDeck* deck = library_.find(action.deck);
  if (deck == nullptr) return;
  PracticeConfig config = action.config;
  // Each test gets its own order, fixed by the number of sessions the profile has recorded.
  if (profile_) config.seed = profile_->sessions().size();
  PracticeTest test = build_practice_test(*deck, config);
  if (test.questions.empty()) {
    notify(Notice::Level::Warning, "No questions match this selection: choose more sections or kinds.");
    return;
  }
  practice_ = std::move(test);
  practice_deck_ = action.deck;
  screen_ = Screen::Practice;
}

void AppState::answer_practice(const AnswerPractice& action, sched::TimePoint now) {
  if (!practice_ || practice_->is_finished()) return;
  PracticeTest& test = *practice_;
  const LoadedDeck* open = library_.find(practice_deck_);
  if (open == nullptr) return;
  const LoadedDeck& deck = *open;
  const PracticeQuestion& question = test.questions[test.position];
  const PracticeOutcome outcome = judge_practice(deck, question, action.response);
  if (profile_ && !profile_->is_read_only()) {
    for (const ItemId item : practice_items(deck, question)) {
      AnswerRequest request;
      request.item = item;
      request.deck_id = deck.deck_id;
      request.grade = outcome.is_correct ? sched::Grade::Good : sched::Grade::Again;
      request.now = now;
      request.is_practice = !test.config.moves_schedule;
      if (Result<store::ReviewRecord> recorded = record_answer(*profile_, request); !recorded) {
        notify(Notice::Level::Error, "This answer was not saved: " + recorded.error().to_string());
      }
    }
  }
  test.outcomes[test.position] = outcome;
  ++test.position;
  if (test.is_finished()) {
    screen_ = Screen::PracticeResult;
    if (profile_ && !profile_->is_read_only()) {
      store::SessionRecord session;
      session.deck_id = deck.deck_id.str();
      session.started = now;
      session.ended = now;
      session.answers = static_cast<std::uint32_t>(test.questions.size());
      session.correct = static_cast<std::uint32_t>(test.correct_count());
      (void)profile_->record_session(session);
    }
  }
}

}  // namespace factdeck::state
