#include "app_options.hpp"

#include <cstdio>
#include <string>

#include "base/text.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace factdeck::app {

namespace {

// The window's options, declared for the same parser as the headless commands; --data-dir and
// --profile are its global options.
constexpr cli::OptionSpec kWindowOptions[] = {
    cli::text_option("--deck", "FILE", "open this deck (.facts.md source or built .json) first"),
    cli::text_option("--class-report", "FOLDER", "open the class report over this folder of results files (for the first deck)"),
    cli::text_option("--size", "WxH", "window size in screen units (default 1280x800)"),
    cli::text_option("--screenshot", "OUT.png", "render the window, save it as PNG and exit"),
    cli::integer_option("--frames", "N", "frames to render before the screenshot (default 3)", 1, 1e6),
    cli::text_option("--script", "FILE", "drive the window with scripted keys and screenshots (tests)"),
    cli::flag_option("--version", "show the version"),
};

constexpr cli::CommandSpec kWindowSpec{"", "open the app", {}, kWindowOptions, {}};

std::string help_text() {
  return "usage: factdeck [options]                      open the app\n"
         "       factdeck COMMAND [args] [global options]  run a headless command\n"
         "       factdeck COMMAND --help                   that command's usage\n\n"
         "options:\n" +
         cli::option_lines(kWindowOptions) + cli::option_lines(cli::global_options()) +
         "  --help                   show this help\n\ncommands:\n" + cli::commands_help();
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "factdeck: %s (try 'factdeck --help')\n", message.c_str());
  return cli::kExitUsage;
}

// "800x600" with both sides at least 320x240.
bool parse_size(std::string_view text, int& width, int& height) {
  const std::size_t x = text.find('x');
  if (x == std::string_view::npos) return false;
  const std::optional<std::int64_t> parsed_width = parse_int64(text.substr(0, x));
  const std::optional<std::int64_t> parsed_height = parse_int64(text.substr(x + 1));
  if (!parsed_width || !parsed_height || *parsed_width < 320 || *parsed_height < 240) return false;
  if (*parsed_width > 16384 || *parsed_height > 16384) return false;
  width = static_cast<int>(*parsed_width);
  height = static_cast<int>(*parsed_height);
  return true;
}

}  // namespace

ParsedOptions parse_app_options(std::span<const std::string_view> args) {
  ParsedOptions parsed;
  AppOptions& options = parsed.options;
  if (cli::command_position(args)) {
    options.command.assign(args.begin(), args.end());
    return parsed;
  }
  if (!args.empty() && !args.front().starts_with("-")) {
    parsed.exit_code = usage_error("unknown command '" + std::string(args.front()) + "'");
    return parsed;
  }
  const Result<cli::ParsedArgs> window = cli::parse_arguments(kWindowSpec, args);
  if (!window) {
    parsed.exit_code = usage_error(window.error().message);
    return parsed;
  }
  if (window->wants_help()) {
    std::fputs(help_text().c_str(), stdout);
    parsed.exit_code = cli::kExitOk;
    return parsed;
  }
  if (window->has("--version")) {
    std::printf("factdeck %s\n", FACTDECK_VERSION);
    parsed.exit_code = cli::kExitOk;
    return parsed;
  }
  if (const auto size = window->text("--size"); size && !parse_size(*size, options.width, options.height)) {
    parsed.exit_code = usage_error("--size expects WxH of at least 320x240, e.g. 800x600, got '" + std::string(*size) + "'");
    return parsed;
  }
  options.data_dir = std::string(window->data_dir());
  options.screenshot_path = std::string(window->text("--screenshot").value_or(""));
  options.script_path = std::string(window->text("--script").value_or(""));
  options.frames = static_cast<int>(window->integer("--frames").value_or(options.frames));
  options.start.deck_path = std::string(window->text("--deck").value_or(""));
  options.class_report_dir = std::string(window->text("--class-report").value_or(""));
  if (const auto profile = window->text("--profile")) options.start.profile_name = std::string(*profile);
  options.start.data_dir = options.data_dir;
  return parsed;
}

}  // namespace factdeck::app
