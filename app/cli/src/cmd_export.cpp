// `factdeck export --revlog-csv OUT.csv | --json OUT [--profile NAME]`: writes the review history
// as an fsrs-rs revlog CSV, or the whole profile as JSON. Opens the profile read-only, so it
// works while the app is running.
#include <chrono>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "quizgen/deck.hpp"
#include "store/exports.hpp"
#include "store/file_io.hpp"
#include "store/profile.hpp"
#include "store_args.hpp"

namespace factdeck::cli {

namespace {

constexpr const char* kExportUsage =
    "usage: factdeck export (--revlog-csv OUT.csv | --json OUT.json) [--profile NAME]\n"
    "       factdeck export --apkg OUT.apkg [--deck FILE] [--with-progress] [--profile NAME]\n";

// The kind's name ("cloze", "choice", ...), or its number when this factdeck does not know it.
std::string question_kind_text(std::uint8_t kind) {
  using quizgen::QuestionKind;
  for (QuestionKind known : {QuestionKind::Cloze, QuestionKind::MultipleChoice, QuestionKind::TrueFalse,
                             QuestionKind::WhQuestion}) {
    if (static_cast<std::uint8_t>(known) == kind) return std::string(quizgen::question_kind_name(known));
  }
  return std::to_string(kind);
}

}  // namespace

int run_export_apkg(std::span<const std::string_view> args, std::string_view data_dir);  // cmd_export_apkg.cpp

int run_export(std::span<const std::string_view> args, std::string_view data_dir) {
  if (flag_value(args, "--apkg")) return run_export_apkg(args, data_dir);
  const auto csv_path = flag_value(args, "--revlog-csv");
  const auto json_path = flag_value(args, "--json");
  if (csv_path.has_value() == json_path.has_value()) {
    std::fputs(kExportUsage, stderr);
    return kExitUsage;
  }
  const Result<std::filesystem::path> dir = profile_dir_from_args(args, data_dir);
  if (!dir) {
    std::fprintf(stderr, "factdeck export: %s\n", dir.error().message.c_str());
    return kExitUsage;
  }
  const auto now = std::chrono::time_point_cast<sched::Seconds>(sched::Clock::now());
  const Result<store::Profile> profile = store::Profile::open(*dir, store::OpenMode::ReadOnly, now);
  if (!profile) {
    std::fprintf(stderr, "factdeck export: %s\n", profile.error().message.c_str());
    return kExitFailure;
  }
  print_recovery_messages(profile->recovery_report().messages);
  const std::string text =
      csv_path ? store::revlog_csv(profile->data(), question_kind_text) : store::profile_to_json(profile->data());
  const std::filesystem::path out(csv_path ? *csv_path : *json_path);
  const Result<void> written = store::write_file_atomically(out, text, *store::posix_file_writer());
  if (!written) {
    std::fprintf(stderr, "factdeck export: %s\n", written.error().message.c_str());
    return kExitFailure;
  }
  std::printf("exported %zu answers to %s\n", profile->reviews().size(), out.c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
