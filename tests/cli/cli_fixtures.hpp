#pragma once
// Shared fixtures of the command tests: a temporary folder with a small deck and a data dir (the
// shipped decks hidden), and run_cli(), which runs `factdeck ARGS...` in-process and captures
// its exit code, stdout and stderr.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "temp_folder.hpp"

#include "cli/commands.hpp"
#include "state/deck_loading.hpp"

namespace factdeck::cli::testing {

namespace fs = std::filesystem;

using factdeck::testing::kCapitalsDeck;

/// A fresh folder (in `parent`, the temporary folder by default) holding
/// `decks/capitals.facts.md` as the only shipped deck and an empty `data/` folder for
/// --data-dir; removed afterwards.
class CliFolder {
 public:
  explicit CliFolder(const fs::path& parent = fs::temp_directory_path())
      : folder_("cli", parent), root_(folder_.path()) {
    fs::create_directories(root_ / "decks");
    fs::create_directories(root_ / "data");
    std::ofstream(deck_path()) << kCapitalsDeck;
    ::setenv("FACTDECK_DECKS_DIR", (root_ / "decks").c_str(), 1);
  }
  CliFolder(const CliFolder&) = delete;
  CliFolder& operator=(const CliFolder&) = delete;

  [[nodiscard]] fs::path deck_path() const { return root_ / "decks" / "capitals.facts.md"; }
  [[nodiscard]] std::string data_dir() const { return (root_ / "data").string(); }
  /// A path for a test's own files (exports, logs).
  [[nodiscard]] std::string file(const std::string& name) const { return (root_ / name).string(); }

  /// The hex ids of the test deck's items, in deck order.
  [[nodiscard]] std::vector<std::string> item_ids() const {
    std::vector<std::string> ids;
    const Result<quizgen::Deck> deck = state::load_deck(deck_path());
    if (!deck) return ids;
    for (const quizgen::Item& item : deck->items) ids.push_back(to_hex(item.id));
    return ids;
  }

 private:
  factdeck::testing::TempFolder folder_;
  fs::path root_;
};

/// What one command line did.
struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

namespace detail {
inline std::string read_all(std::FILE* file) {
  std::fflush(file);
  std::rewind(file);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) text.append(buffer, n);
  return text;
}

inline void flush_all() {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(stdout);
  std::fflush(stderr);
}
}  // namespace detail

/// Runs `factdeck ARGS...` (the arguments after the program name) in this process, with file
/// descriptors 1 and 2 sent to temporary files for the run.
inline CommandRun run_cli(const std::vector<std::string>& args) {
  const std::vector<std::string_view> views(args.begin(), args.end());
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  detail::flush_all();
  const int saved_out = ::dup(1);
  const int saved_err = ::dup(2);
  ::dup2(::fileno(out), 1);
  ::dup2(::fileno(err), 2);
  CommandRun run;
  run.exit_code = run_command(views);
  detail::flush_all();
  ::dup2(saved_out, 1);
  ::dup2(saved_err, 2);
  ::close(saved_out);
  ::close(saved_err);
  run.out = detail::read_all(out);
  run.err = detail::read_all(err);
  std::fclose(out);
  std::fclose(err);
  return run;
}

/// The lines of `text`, without their newlines.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// The whole file, or empty when it cannot be read.
inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace factdeck::cli::testing
