// `factdeck export (--revlog-csv OUT.csv | --json OUT.json | --apkg OUT.apkg | --results OUT.json)`:
// writes the review history as an fsrs-rs revlog CSV, the whole profile as JSON, a deck as an Anki
// package (cmd_export_apkg.cpp), or a student's results on a deck for the teacher
// (cmd_export_results.cpp). Opens the profile read-only, so it works while the app is running.
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "cmd_export_apkg.hpp"
#include "cmd_export_results.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "quizgen/deck.hpp"
#include "report.hpp"
#include "store/exports.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "export";

constexpr OptionSpec kOptions[] = {
    text_option("--revlog-csv", "OUT.csv", "the review log as an fsrs-rs revlog CSV").one_of("format"),
    text_option("--json", "OUT.json", "the whole profile as JSON (factdeck import reads it)").one_of("format"),
    text_option("--apkg", "OUT.apkg", "a deck as an Anki package, one cloze note per item").one_of("format"),
    text_option("--results", "OUT.json", "a student's results on a deck, for the teacher's class report").one_of("format"),
    text_option("--deck", "FILE", "with --apkg or --results: the deck (a file, or with --results a deck id; default: the shipped deck)"),
    flag_option("--with-progress", "with --apkg: include the profile's scheduling and answers"),
    text_option("--name", "NAME", "with --results: the student's name shown to the teacher (default: the profile's)"),
};

// The kind's name ("cloze", "choice", ...), or its number when this factdeck does not know it.
std::string question_kind_text(std::uint8_t kind) {
  if (const auto known = quizgen::question_kind_from_value(kind)) return std::string(quizgen::question_kind_name(*known));
  return std::to_string(kind);
}

int run_export(const ParsedArgs& args) {
  if (args.has("--with-progress") && !args.has("--apkg")) return report_usage_error(kName, "--with-progress goes with --apkg");
  if (args.has("--name") && !args.has("--results")) return report_usage_error(kName, "--name goes with --results");
  if (args.has("--apkg")) return run_export_apkg(args);
  if (args.has("--results")) return run_export_results(args);
  if (args.has("--deck")) return report_usage_error(kName, "--deck goes with --apkg or --results");
  const sched::TimePoint now = now_seconds();
  const Result<store::Profile> profile =
      open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
  if (!profile) return report_failure(kName, profile.error());
  print_recovery_messages(kName, profile->recovery_report().messages);
  const std::optional<std::string_view> csv_path = args.text("--revlog-csv");
  const std::string text = csv_path ? store::revlog_csv(profile->data(), question_kind_text)
                                    : store::profile_to_json(profile->data());
  const std::filesystem::path out(csv_path ? *csv_path : *args.text("--json"));
  const Result<void> written = store::write_file_atomically(out, text, *store::posix_file_writer());
  if (!written) return report_failure(kName, written.error());
  std::printf("exported %zu answers to %s\n", profile->reviews().size(), out.c_str());
  return kExitOk;
}

}  // namespace

Command export_command() {
  return {{kName, "export a profile's progress (read-only: works while the app runs); a deck for Anki", {},
           kOptions, {}},
          run_export};
}

}  // namespace factdeck::cli
