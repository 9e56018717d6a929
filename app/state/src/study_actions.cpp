// AppState handlers for the spaced study session. The session does the work on its deck and the
// open profile; the rule here is that the study screens follow it: its question on the study
// screen, the summary once nothing is left.
#include "action_handlers.hpp"
#include "app_rules.hpp"

namespace factdeck::state {

namespace {

// Runs `step` on the session, its deck and the open profile, then shows the screen that follows.
template <class Step>
Handled study_step(AppParts& parts, Step step) {
  store::Profile* profile = parts.profiles.profile();
  if (!parts.study || profile == nullptr) return Changes{};
  const LoadedDeck& deck = *parts.library.find(parts.study->deck());  // a deck studied cannot leave
  const Result<void> done = step(*parts.study, *profile, deck);
  if (parts.screen == Screen::Study || parts.screen == Screen::Summary) {
    parts.screen = parts.study->current() ? Screen::Study : Screen::Summary;
  }
  if (!done) return Unexpected{done.error()};
  return Changes{.schedule = true};
}

// Judges an answer to the question on screen with `judge(deck, item, shown)`.
template <class Judge>
Handled judge_current(AppParts& parts, Judge judge) {
  return study_step(parts, [&](StudySession& study, store::Profile&, const LoadedDeck& deck) -> Result<void> {
    if (!study.current()) return {};
    study.answer(judge(deck.deck, *deck.find_item(study.current()->item), *study.current()));
    return {};
  });
}

}  // namespace

void end_study(AppParts& parts, sched::TimePoint now) {
  if (!parts.study) return;
  if (store::Profile* profile = parts.profiles.profile()) {
    if (Result<void> ended = parts.study->record_end(*profile, now); !ended) {
      parts.notices.add(Notice::Level::Warning, ended.error().message);
    }
  }
  parts.study.reset();
  parts.editor.close_view();
  parts.screen = Screen::Home;
}

Handled handle(AppParts& parts, const StartStudy& action, sched::TimePoint now) {
  if (parts.library.find(action.deck) == nullptr) return Changes{};
  if (parts.profiles.profile() == nullptr) {
    return fail(ErrorCode::NotFound, "Studying needs a profile to save progress in (see the message above).");
  }
  parts.study.emplace(action.deck, action.section, now);
  parts.selected_deck = action.deck;
  parts.screen = Screen::Study;
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck& deck) {
    study.show_next(deck, profile, now);
    return Result<void>{};
  });
}

Handled handle(AppParts& parts, const RevealAnswer&, sched::TimePoint) {
  return judge_current(parts, [](const quizgen::Deck&, const quizgen::Item&, const PresentedQuestion&) {
    return judge_reveal();
  });
}

Handled handle(AppParts& parts, const SubmitAnswer& action, sched::TimePoint now) {
  return judge_current(parts, [&](const quizgen::Deck& deck, const quizgen::Item& item, const PresentedQuestion& shown) {
    return judge_answer(deck, item, shown, action.answer, now);
  });
}

Handled handle(AppParts& parts, const RateAnswer& action, sched::TimePoint now) {
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck& deck) {
    return study.rate(profile, deck, action.grade, now);
  });
}

Handled handle(AppParts& parts, const UndoAnswer&, sched::TimePoint now) {
  if (parts.profiles.is_read_only()) return Changes{};
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck& deck) {
    return study.undo(profile, deck, now);
  });
}

Handled handle(AppParts& parts, const BuryItem&, sched::TimePoint now) {
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck& deck) {
    study.bury(deck, profile, now);
    return Result<void>{};
  });
}

Handled handle(AppParts& parts, const SuspendItem&, sched::TimePoint now) {
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck& deck) {
    return study.suspend(profile, deck, now);
  });
}

Handled handle(AppParts& parts, const FlagItem&, sched::TimePoint now) {
  return study_step(parts, [&](StudySession& study, store::Profile& profile, const LoadedDeck&) {
    return study.toggle_flag(profile, now);
  });
}

Handled handle(AppParts& parts, const EndStudy&, sched::TimePoint now) {
  const bool was_studying = parts.study.has_value();
  end_study(parts, now);
  return Changes{.schedule = was_studying, .screen = was_studying};
}

}  // namespace factdeck::state
