// `factdeck import (--json FILE | --apkg FILE | --text FILE [-o OUT.facts.md])`: replaces a profile
// with a JSON export, after backing up its current files (needs the profile lock: the app must not
// have it open); or turns Anki or Quizlet cards into a tagged article (cmd_import_cards.cpp).
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "cmd_import_cards.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "store/exports.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "import";

constexpr OptionSpec kOptions[] = {
    text_option("--json", "FILE", "replace the profile with a JSON export (from factdeck export --json)")
        .one_of("source"),
    text_option("--apkg", "FILE.apkg", "the Basic and Cloze notes of an Anki package, as an article").one_of("source"),
    text_option("--text", "FILE.txt", "an Anki or Quizlet text export, as an article").one_of("source"),
    text_option("-o", "OUT.facts.md", "with --apkg or --text: the article to write (default: FILE with .facts.md)"),
};

int run_import(const ParsedArgs& args) {
  if (!args.has("--json")) return run_import_cards(args);
  if (args.has("-o")) return report_usage_error(kName, "-o goes with --apkg or --text");
  const std::string file(*args.text("--json"));
  const Result<std::string> json = store::read_file(file);
  if (!json) return report_failure(kName, json.error());
  Result<store::ProfileData> data = store::profile_from_json(*json, file);
  if (!data) return report_failure(kName, data.error());
  const sched::TimePoint now = now_seconds();
  Result<store::Profile> profile = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadWrite, now);
  if (!profile) return report_failure(kName, profile.error());
  print_recovery_messages(kName, profile->recovery_report().messages);
  const std::size_t answers = data->reviews.size();
  Result<void> replaced = profile->replace_all(std::move(data).value(), now);
  if (replaced) replaced = profile->close(now);
  if (!replaced) return report_failure(kName, replaced.error());
  std::printf("imported %zu answers into %s (the previous files are in its backups/)\n", answers,
              profile->dir().c_str());
  return kExitOk;
}

}  // namespace

Command import_command() {
  return {{kName, "replace a profile with a JSON export; or Anki or Quizlet cards as a tagged article", {},
           kOptions, {}},
          run_import};
}

}  // namespace factdeck::cli
