// `factdeck class-report --deck ID|FILE RESULTS... [--html REPORT.html] [--csv QUESTIONS.csv]`:
// the teacher's report over many students' results files (each a file, or a folder of *.json):
// per question facility, discrimination, responses and the questions to check; the students
// ranked with their mastery by section; as text on stdout, as a self-contained HTML page and as
// CSV. Any damaged file, or one of another deck, refuses the whole report: nothing is
// half-merged, nothing is written. Formulas: docs/classroom.md.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "classroom/class_analysis.hpp"
#include "classroom/class_files.hpp"
#include "classroom/class_report.hpp"
#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kName = "class-report";

constexpr std::string_view kPositionals[] = {"RESULTS..."};

constexpr OptionSpec kOptions[] = {
    text_option("--deck", "ID|FILE", "the deck the class studied: its id, or its file").required(),
    text_option("--html", "REPORT.html", "also write the report as a self-contained HTML page"),
    text_option("-o", "REPORT.html", "the same as --html"),
    text_option("--csv", "QUESTIONS.csv", "also write the questions as CSV, and the students beside it as QUESTIONS.students.csv"),
};

// "class.csv" -> "class.students.csv".
fs::path students_csv_path(const fs::path& questions) {
  fs::path path = questions;
  return path.replace_extension(".students" + questions.extension().string());
}

// Writes each (path, text) atomically; fails at the first write that fails.
Result<void> write_outputs(const std::vector<std::pair<fs::path, std::string>>& outputs) {
  for (const auto& [path, text] : outputs) {
    if (Result<void> written = store::write_file_atomically(path, text, *store::posix_file_writer()); !written) {
      return written;
    }
  }
  return {};
}

int run_class_report(const ParsedArgs& args) {
  const std::vector<fs::path> named(args.positionals().begin(), args.positionals().end());
  const std::vector<fs::path> paths = classroom::expand_results_paths(named);
  if (paths.empty()) return report_usage_error(kName, "no results files (the folders given hold no .json file)");
  Result<state::LoadedDeck> deck = resolve_deck(args.data_dir(), args.text("--deck"));
  if (!deck) return report_failure(kName, deck.error());
  Result<std::vector<classroom::ResultsFile>> files = classroom::read_class(paths, deck->deck_id.str());
  if (!files) return report_failure(kName, files.error());
  const classroom::ClassAnalysis analysis =
      classroom::analyse_class(deck->deck, deck->deck_id.str(), *files, now_seconds());
  std::vector<std::pair<fs::path, std::string>> outputs;
  if (const std::optional<std::string_view> html = args.text("--html") ? args.text("--html") : args.text("-o")) {
    outputs.emplace_back(std::string(*html), classroom::class_report_html(analysis));
  }
  if (const std::optional<std::string_view> csv = args.text("--csv")) {
    outputs.emplace_back(std::string(*csv), classroom::class_report_questions_csv(analysis));
    outputs.emplace_back(students_csv_path(std::string(*csv)), classroom::class_report_students_csv(analysis));
  }
  if (Result<void> written = write_outputs(outputs); !written) return report_failure(kName, written.error());
  std::fputs(classroom::class_report_text(analysis).c_str(), stdout);
  return kExitOk;
}

}  // namespace

Command class_report_command() {
  return {{kName, "a teacher's report over students' results files: questions to check, students ranked, mastery",
           kPositionals, kOptions,
           "  RESULTS: files written by `factdeck export --results`, or folders of them (*.json)\n"},
          run_class_report};
}

}  // namespace factdeck::cli
