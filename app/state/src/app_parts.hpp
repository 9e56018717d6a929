#pragma once
// The parts the app state composes (private to the state library). Each part owns its data;
// the action handlers (action_handlers.hpp) and the rules that span parts (app_rules.hpp) work
// on them together.
#include <memory>
#include <optional>

#include "state/actions.hpp"
#include "state/class_report.hpp"
#include "state/deck_counts.hpp"
#include "state/deck_library.hpp"
#include "state/fact_editor.hpp"
#include "state/notices.hpp"
#include "state/optimizer_runner.hpp"
#include "state/parameter_applier.hpp"
#include "state/practice_session.hpp"
#include "state/profiles.hpp"
#include "state/settings.hpp"
#include "state/statistics.hpp"
#include "state/study_session.hpp"
#include "state/workshop_files.hpp"
#include "store/file_io.hpp"

namespace factdeck::state {

struct AppParts {
  explicit AppParts(Launcher launcher) : editor(std::move(launcher)) {}

  Profiles profiles;
  Settings settings;
  DeckLibrary library;
  DueCounts counts;
  std::optional<StudySession> study;
  std::optional<PracticeSession> practice;
  OptimizerRunner optimizer;
  ParameterApplier applier;  // after `optimizer`: the fitted parameters it applies come from there
  Statistics statistics;
  ClassReport class_report;
  FactEditor editor;
  Notices notices;
  std::optional<WorkshopDocument> workshop;  // the teacher's draft, while one is open
  sched::TimePoint next_follow_check{};      // when the workshop's file is looked at again
  std::shared_ptr<store::FileWriter> file_writer = store::posix_file_writer();
  Screen screen = Screen::Home;
  std::optional<DeckId> selected_deck;  // chosen for practice and statistics; see AppState
  bool are_counts_stale = false;        // the due counts wait for the home screen
  bool wants_quit = false;
};

}  // namespace factdeck::state
