#include "app_options.hpp"

#include <charconv>
#include <cstdio>

#include "cli/commands.hpp"

namespace factdeck::app {

namespace {

constexpr const char* kUsageHead =
    "usage: factdeck [options]            open the app\n"
    "       factdeck [--data-dir DIR] <command> [args]\n"
    "\n"
    "options:\n"
    "  --deck FILE           open this deck (.facts.md source or built .json) first\n"
    "  --data-dir DIR        keep profiles and settings in DIR instead of the XDG folders\n"
    "  --size WxH            window size in screen units (default 1280x800)\n"
    "  --screenshot OUT.png  render the window, save it as PNG and exit\n"
    "  --frames N            frames to render before the screenshot (default 3)\n"
    "  --script FILE         drive the window with scripted keys and screenshots (tests)\n"
    "  --profile NAME        use this profile (default: default)\n"
    "  --help                show this help\n"
    "  --version             show the version\n"
    "\n"
    "commands:\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "factdeck: %s (try 'factdeck --help')\n", message.c_str());
  return cli::kExitUsage;
}

bool parse_int(std::string_view text, int& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, out);
  return error == std::errc() && ptr == end;
}

bool parse_size(std::string_view text, int& width, int& height) {
  const std::size_t x = text.find('x');
  if (x == std::string_view::npos) return false;
  return parse_int(text.substr(0, x), width) && parse_int(text.substr(x + 1), height) &&
         width >= 320 && height >= 240;
}

// Applies one flag that takes a value; returns an error message, or empty on success.
std::string apply_flag(std::string_view flag, std::string_view value, AppOptions& options) {
  if (flag == "--deck") options.start.deck_path = std::string(value);
  else if (flag == "--data-dir") options.data_dir = std::string(value);
  else if (flag == "--screenshot") options.screenshot_path = std::string(value);
  else if (flag == "--script") options.script_path = std::string(value);
  else if (flag == "--profile") options.start.profile_name = std::string(value);
  else if (flag == "--frames") {
    if (!parse_int(value, options.frames) || options.frames < 1) return "--frames needs N >= 1";
  } else if (flag == "--size") {
    if (!parse_size(value, options.width, options.height)) return "--size needs WxH, e.g. 800x600";
  } else {
    return "unknown option '" + std::string(flag) + "'";
  }
  return {};
}

}  // namespace

ParsedOptions parse_app_options(std::span<const std::string_view> args) {
  ParsedOptions parsed;
  AppOptions& options = parsed.options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s%s", kUsageHead, cli::commands_help());
      parsed.exit_code = cli::kExitOk;
      return parsed;
    }
    if (arg == "--version") {
      std::printf("factdeck %s\n", FACTDECK_VERSION);
      parsed.exit_code = cli::kExitOk;
      return parsed;
    }
    if (cli::is_command(arg)) {
      options.command.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
      break;
    }
    if (!arg.starts_with("--")) {
      parsed.exit_code = usage_error("unknown command '" + std::string(arg) + "'");
      return parsed;
    }
    if (i + 1 >= args.size()) {
      parsed.exit_code = usage_error(std::string(arg) + " needs a value");
      return parsed;
    }
    if (std::string message = apply_flag(arg, args[++i], options); !message.empty()) {
      parsed.exit_code = usage_error(message);
      return parsed;
    }
  }
  options.start.data_dir = options.data_dir;
  return parsed;
}

}  // namespace factdeck::app
