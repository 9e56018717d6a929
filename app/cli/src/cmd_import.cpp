// `factdeck import --json FILE [--profile NAME]`: replaces a profile with a JSON export, after
// backing up its current files. Needs the profile lock (the app must not have it open).
#include <chrono>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "store/exports.hpp"
#include "store/file_io.hpp"
#include "store/profile.hpp"
#include "store_args.hpp"

namespace factdeck::cli {

int run_import_cards(std::span<const std::string_view> args);  // cmd_import_cards.cpp

int run_import(std::span<const std::string_view> args, std::string_view data_dir) {
  if (flag_value(args, "--apkg") || flag_value(args, "--text")) return run_import_cards(args);
  const auto json_path = flag_value(args, "--json");
  if (!json_path) {
    std::fputs("usage: factdeck import --json FILE [--profile NAME]\n"
               "       factdeck import (--apkg FILE | --text FILE) [-o OUT.facts.md]\n", stderr);
    return kExitUsage;
  }
  const Result<std::filesystem::path> dir = profile_dir_from_args(args, data_dir);
  if (!dir) {
    std::fprintf(stderr, "factdeck import: %s\n", dir.error().message.c_str());
    return kExitUsage;
  }
  const std::string file(*json_path);
  const Result<std::string> json = store::read_file(file);
  if (!json) {
    std::fprintf(stderr, "factdeck import: %s\n", json.error().message.c_str());
    return kExitFailure;
  }
  Result<store::ProfileData> data = store::profile_from_json(*json, file);
  if (!data) {
    std::fprintf(stderr, "factdeck import: %s\n", data.error().message.c_str());
    return kExitFailure;
  }
  const auto now = std::chrono::time_point_cast<sched::Seconds>(sched::Clock::now());
  Result<store::Profile> profile = store::Profile::open(*dir, store::OpenMode::ReadWrite, now);
  if (!profile) {
    std::fprintf(stderr, "factdeck import: %s\n", profile.error().message.c_str());
    return kExitFailure;
  }
  print_recovery_messages(profile->recovery_report().messages);
  const std::size_t answers = data->reviews.size();
  Result<void> replaced = profile->replace_all(std::move(data).value(), now);
  if (replaced) replaced = profile->close(now);
  if (!replaced) {
    std::fprintf(stderr, "factdeck import: %s\n", replaced.error().message.c_str());
    return kExitFailure;
  }
  std::printf("imported %zu answers into %s (the previous files are in its backups/)\n", answers,
              dir->c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
