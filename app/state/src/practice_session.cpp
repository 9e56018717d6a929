#include "state/practice_session.hpp"

#include "state/answering.hpp"
#include "state/notices.hpp"

namespace factdeck::state {

Result<PracticeSession> PracticeSession::start(const LoadedDeck& deck, PracticeConfig config,
                                               const store::Profile* profile) {
  if (profile != nullptr) config.seed = profile->sessions().size();
  PracticeTest test = build_practice_test(deck, config);
  if (test.questions.empty()) {
    return fail(ErrorCode::Invalid, "No questions match this selection: choose more sections or kinds.");
  }
  return PracticeSession(deck.deck_id, std::move(test));
}

Result<void> PracticeSession::answer(store::Profile* profile, const LoadedDeck& deck,
                                     const PracticeResponse& response, sched::TimePoint now) {
  if (test_.is_finished()) return {};
  const PracticeQuestion& question = test_.questions[test_.position];
  const PracticeOutcome outcome = judge_practice(deck, question, response);
  Result<void> logged;
  if (profile != nullptr && !profile->is_read_only()) logged = log_answer(*profile, deck, question, response, outcome.is_correct, now);
  test_.outcomes[test_.position] = outcome;
  ++test_.position;
  if (test_.is_finished() && profile != nullptr && !profile->is_read_only()) record_finished(*profile, now);
  return logged;
}

namespace {

// An item question as asked (an exercise is none), for its kind and what was shown.
const quizgen::Question* asked_question(const LoadedDeck& deck, const PracticeQuestion& question) {
  if (question.kind == PracticeKind::Chronology || question.kind == PracticeKind::Matching) return nullptr;
  return &deck.deck.items[question.item_index].questions[question.question_index];
}

}  // namespace

// One answer per item the question draws on (an exercise draws on several). An item question
// keeps its kind and what the learner answered, for the teacher's results file.
Result<void> PracticeSession::log_answer(store::Profile& profile, const LoadedDeck& deck,
                                         const PracticeQuestion& question, const PracticeResponse& response,
                                         bool is_correct, sched::TimePoint now) const {
  Result<void> logged;
  const quizgen::Question* asked = asked_question(deck, question);
  for (const ItemId item : practice_items(deck, question)) {
    AnswerRequest request;
    request.item = item;
    request.deck_id = deck_;
    if (asked != nullptr) {
      request.question_kind = asked->kind;
      if (const auto* answer = std::get_if<quizgen::Answer>(&response)) {
        request.given = given_answer(*asked, *answer, is_correct);
      }
    }
    request.grade = is_correct ? sched::Grade::Good : sched::Grade::Again;
    request.now = now;
    request.is_practice = !test_.config.moves_schedule;
    request.section_path = section_path_of(deck, item);
    if (Result<store::ReviewRecord> recorded = record_answer(profile, request); !recorded) {
      logged = in_context("This answer was not saved: ", recorded.error());
    }
  }
  return logged;
}

void PracticeSession::record_finished(store::Profile& profile, sched::TimePoint now) const {
  store::SessionRecord session;
  session.deck_id = deck_.str();
  session.started = now;
  session.ended = now;
  session.answers = static_cast<std::uint32_t>(test_.questions.size());
  session.correct = static_cast<std::uint32_t>(test_.correct_count());
  (void)profile.record_session(session);  // the answers are saved; the summary is a convenience
}

}  // namespace factdeck::state
