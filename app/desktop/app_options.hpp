#pragma once
// The `factdeck` command line: window flags, or a headless subcommand.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "state/app_state.hpp"

namespace factdeck::app {

struct AppOptions {
  std::string data_dir;                    // --data-dir: profile and settings folder override
  std::string screenshot_path;             // --screenshot OUT.png: render, save, exit
  std::string script_path;                 // --script FILE: scripted input (see script_player.hpp)
  std::string class_report_dir;            // --class-report FOLDER: open the class report at start
  int frames = 3;                          // --frames N: frames to render before the screenshot
  int width = 1280;                        // --size WxH
  int height = 800;
  state::StartOptions start;               // what the app opens with (deck, data dir)
  std::vector<std::string_view> command;   // argv[1..] when it names a headless command
};

/// Either options to run with, or an exit code (after --help, --version or a usage error).
struct ParsedOptions {
  AppOptions options;
  std::optional<int> exit_code;
};

/// Parses argv[1..]; prints help, version and usage errors itself.
[[nodiscard]] ParsedOptions parse_app_options(std::span<const std::string_view> args);

}  // namespace factdeck::app
