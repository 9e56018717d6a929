#pragma once
// The practice test in progress (or just finished) on one deck. Its answers are logged as
// practice answers, and move the schedule only when the learner opted in.
#include <optional>

#include "base/result.hpp"
#include "scheduler/item_state.hpp"
#include "state/deck_id.hpp"
#include "state/practice_test.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

class PracticeSession {
 public:
  /// A test on `deck` built from `config`, in an order of its own (fixed by the number of
  /// sessions `profile` has recorded). Fails with Invalid when no question matches.
  [[nodiscard]] static Result<PracticeSession> start(const LoadedDeck& deck, PracticeConfig config,
                                                     const store::Profile* profile);

  [[nodiscard]] const DeckId& deck() const { return deck_; }
  [[nodiscard]] const PracticeTest& test() const { return test_; }

  /// Judges `response` to the question on screen and moves on; the answer is logged for each
  /// item the question draws on, and the finished test as a session. Fails when an answer could
  /// not be saved (the test goes on; its score counts the answer).
  [[nodiscard]] Result<void> answer(store::Profile* profile, const LoadedDeck& deck,
                                    const PracticeResponse& response, sched::TimePoint now);

 private:
  PracticeSession(DeckId deck, PracticeTest test) : deck_(std::move(deck)), test_(std::move(test)) {}
  Result<void> log_answer(store::Profile& profile, const LoadedDeck& deck, const PracticeQuestion& question,
                          const PracticeResponse& response, bool is_correct, sched::TimePoint now) const;
  void record_finished(store::Profile& profile, sched::TimePoint now) const;

  DeckId deck_;
  PracticeTest test_;
};

}  // namespace factdeck::state
