// AppState handlers for the classroom: the learner's results on a deck, for the teacher; the
// teacher's class report over the results collected.
#include <filesystem>

#include "action_handlers.hpp"
#include "classroom/results_file.hpp"
#include "state/answering.hpp"
#include "store/file_io.hpp"

namespace factdeck::state {

Handled handle(AppParts& parts, const ExportResults& action, sched::TimePoint now) {
  const store::Profile* profile = parts.profiles.profile();
  const LoadedDeck* deck = parts.library.find(action.deck);
  if (profile == nullptr || deck == nullptr) return Changes{};
  const std::string& profile_name = parts.profiles.name();
  const classroom::StudentInfo student{action.student_name.empty() ? profile_name : action.student_name, profile_name};
  const classroom::StudentResults results =
      classroom::collect_results(profile->data(), deck->deck, deck->deck_id.str(), student,
                                 local_day_clock(profile->deck_settings(deck->deck_id.str())), now);
  const std::filesystem::path path = profile->dir() / "exports" / (deck->deck_id.str() + ".results.json");
  std::error_code ignored;  // a folder that cannot be made fails the write below, with its reason
  std::filesystem::create_directories(path.parent_path(), ignored);
  const Result<void> written =
      store::write_file_atomically(path, classroom::results_to_json(results), *store::posix_file_writer());
  if (!written) return in_context("Exporting your results failed: ", written.error());
  parts.notices.add(Notice::Level::Info, "Exported your results on " + quizgen::deck_title(deck->deck) + " (" +
                                             std::to_string(results.questions.size()) + " questions) to " +
                                             path.string() + ": send this file to your teacher");
  return Changes{};
}

Handled handle(AppParts& parts, const OpenClassReport& action, sched::TimePoint now) {
  const LoadedDeck* deck = parts.library.find(action.deck);
  if (deck == nullptr) return fail(ErrorCode::NotFound, "No open deck is called " + action.deck.str());
  if (Result<void> opened = parts.class_report.open(action.results, *deck, now); !opened) {
    return in_context("The class report was not opened: ", opened.error());
  }
  parts.screen = Screen::ClassReport;
  return Changes{.screen = true};
}

}  // namespace factdeck::state
