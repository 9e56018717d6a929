#include "ui/window_title.hpp"

#include "state/deck_library.hpp"
#include "state/practice_session.hpp"
#include "state/study_session.hpp"
#include "state/workshop_files.hpp"

namespace factdeck::ui {

namespace {

std::string study_title(const state::AppState& state) {
  const state::StudySession* study = state.study();
  if (study == nullptr || !study->current()) return "study";
  const state::PresentedQuestion& shown = *study->current();
  // A flagged question says so in the title too (the end-to-end test reads it).
  const std::string flag = shown.displayed_state.is_flagged ? " (flagged)" : "";
  if (study->feedback()) return "study: rate the answer" + flag;
  const quizgen::Item& item = *state.library().find(study->deck())->find_item(shown.item);
  return "study: " + std::string(quizgen::question_kind_info(item.questions[shown.question_index].kind).words) + flag;
}

std::string practice_title(const state::AppState& state) {
  const state::PracticeSession* practice = state.practice();
  if (practice == nullptr || practice->test().is_finished()) return "practice";
  const state::PracticeTest& test = practice->test();
  const state::PracticeQuestion& question = test.questions[test.position];
  std::string kind = state::practice_kind_label(question.kind);
  for (char& c : kind) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return "practice " + std::to_string(test.position + 1) + "/" + std::to_string(test.questions.size()) +
         ": " + kind;
}

// The workshop's progress in the title too (the end-to-end test waits on it).
std::string workshop_title(const state::AppState& state) {
  const state::WorkshopDocument* document = state.workshop();
  if (document == nullptr) return "workshop";
  const state::WorkshopSummary s = document->workshop.summary();
  return "workshop: " + std::to_string(s.decided) + "/" + std::to_string(s.proposals) + " decided, " +
         std::to_string(s.facts) + " facts, " + std::to_string(s.questions) + " questions" +
         (document->has_unsaved_changes() ? ", unsaved" : ", saved");
}

std::string screen_title(const state::AppState& state) {
  using state::Screen;
  switch (state.screen()) {
    case Screen::Home: return "";
    case Screen::Study: return study_title(state);
    case Screen::Summary: return "session summary";
    case Screen::PracticeSetup: return "practice set-up";
    case Screen::Practice: return practice_title(state);
    case Screen::PracticeResult: {
      const state::PracticeSession* practice = state.practice();
      return practice != nullptr ? "practice result " + std::to_string(practice->test().correct_count()) + "/" +
                                       std::to_string(practice->test().questions.size())
                                 : "practice result";
    }
    case Screen::Settings: return "settings";
    case Screen::Stats: return "statistics";
    case Screen::ClassReport: return "class report";
    case Screen::Workshop: return workshop_title(state);
  }
  return "";
}

}  // namespace

std::string window_title(const state::AppState& state) {
  const std::string screen = screen_title(state);
  return screen.empty() ? "factdeck" : "factdeck — " + screen;
}

}  // namespace factdeck::ui
