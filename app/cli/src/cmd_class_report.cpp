// `factdeck class-report --deck ID|FILE RESULTS... [-o REPORT.html]`: the teacher's report over
// many students' results files (each a file, or a folder of *.json): per question facility and
// discrimination with the questions to check, and the students ranked; as text on stdout and
// as a self-contained HTML page. Any damaged file, or one of another deck, refuses the whole
// report: nothing is half-merged. Formulas: docs/classroom.md.
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
    text_option("-o", "REPORT.html", "also write the report as a self-contained HTML page"),
};

int run_class_report(const ParsedArgs& args) {
  const std::vector<fs::path> named(args.positionals().begin(), args.positionals().end());
  const std::vector<fs::path> paths = classroom::expand_results_paths(named);
  if (paths.empty()) return report_usage_error(kName, "no results files (the folders given hold no .json file)");
  Result<state::LoadedDeck> deck = resolve_deck(args.data_dir(), args.text("--deck"));
  if (!deck) return report_failure(kName, deck.error());
  Result<std::vector<classroom::ResultsFile>> files = classroom::read_class(paths, deck->deck_id.str());
  if (!files) return report_failure(kName, files.error());
  const classroom::ClassAnalysis analysis = classroom::analyse_class(deck->deck, deck->deck_id.str(), *files);
  if (const std::optional<std::string_view> html = args.text("-o")) {
    const fs::path out{std::string(*html)};
    const Result<void> written =
        store::write_file_atomically(out, classroom::class_report_html(analysis), *store::posix_file_writer());
    if (!written) return report_failure(kName, written.error());
  }
  std::fputs(classroom::class_report_text(analysis).c_str(), stdout);
  return kExitOk;
}

}  // namespace

Command class_report_command() {
  return {{kName, "a teacher's report over students' results files: questions to check, students ranked",
           kPositionals, kOptions,
           "  RESULTS: files written by `factdeck export --results`, or folders of them (*.json)\n"},
          run_class_report};
}

}  // namespace factdeck::cli
