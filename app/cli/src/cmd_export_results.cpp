// `factdeck export --results OUT.json [--deck ID|FILE] [--name NAME]`: one student's results on
// one deck, for the teacher's class report (format: docs/classroom.md). Opens the profile
// read-only, so it works while the app runs.
#include "cmd_export_results.hpp"

#include <cstdio>
#include <string>

#include "classroom/results_file.hpp"
#include "cli/commands.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "state/answering.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "export";

std::size_t answer_count(const classroom::StudentResults& results) {
  std::size_t answers = 0;
  for (const classroom::QuestionResult& question : results.questions) answers += question.attempts;
  return answers;
}

}  // namespace

int run_export_results(const ParsedArgs& args) {
  Result<state::LoadedDeck> deck = resolve_deck(args.data_dir(), args.text("--deck"));
  if (!deck) return report_failure(kName, deck.error());
  const sched::TimePoint now = now_seconds();
  const Result<store::Profile> profile =
      open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
  if (!profile) return report_failure(kName, profile.error());
  print_recovery_messages(kName, profile->recovery_report().messages);
  const std::string profile_name(args.profile());
  const classroom::StudentInfo student{std::string(args.text("--name").value_or(profile_name)), profile_name};
  const classroom::StudentResults results =
      classroom::collect_results(profile->data(), deck->deck, deck->deck_id.str(), student,
                                 state::local_day_clock(profile->deck_settings(deck->deck_id.str())), now);
  const std::filesystem::path out{std::string(*args.text("--results"))};
  const Result<void> written =
      store::write_file_atomically(out, classroom::results_to_json(results), *store::posix_file_writer());
  if (!written) return report_failure(kName, written.error());
  std::printf("exported %s's results on %s (%zu questions, %zu answers) to %s\n", student.name.c_str(),
              results.deck_id.c_str(), results.questions.size(), answer_count(results), out.c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
