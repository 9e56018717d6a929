// quizgen: build, check and preview question decks from tagged articles (*.facts.md).
#include <cstdio>
#include <span>
#include <string_view>
#include <vector>

#include "build_command.hpp"
#include "check_answer_command.hpp"
#include "check_command.hpp"
#include "draft_command.hpp"
#include "export_command.hpp"
#include "preview_command.hpp"

namespace {
constexpr const char* kUsage =
    "usage: quizgen <command> [options]\n"
    "\n"
    "commands:\n"
    "  check FILE...               report problems in tagged articles\n"
    "  build FILE -o DECK.json     build a question deck\n"
    "  preview FILE                print sample questions\n"
    "  check-answer DECK ID TEXT   judge a typed answer to one item, with the reason\n"
    "  draft TEXT_FILE [-o OUT]    propose tags for a plain text\n"
    "  export FILE --gift|--moodle-xml|--html OUT  questions for Moodle or a printable test\n"
    "\n"
    "options:\n"
    "  --help                      show this help\n"
    "  --version                   show the version\n";

// The commands: add one line per command; each `run` gets the words after the command name.
struct Command {
  std::string_view name;
  int (*run)(std::span<const std::string_view> args);
};
constexpr Command kCommands[] = {
    {"check", factdeck::quizgen::cli::run_check},
    {"build", factdeck::quizgen::cli::run_build},
    {"preview", factdeck::quizgen::cli::run_preview},
    {"check-answer", factdeck::quizgen::cli::run_check_answer},
    {"draft", factdeck::quizgen::cli::run_draft},
    {"export", factdeck::quizgen::cli::run_export},
};
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("quizgen %s\n", FACTDECK_VERSION);
    return 0;
  }
  const std::vector<std::string_view> args(argv + 2, argv + argc);
  for (const Command& entry : kCommands) {
    if (entry.name == command) return entry.run(args);
  }
  std::fprintf(stderr, "quizgen: unknown command '%s'\n\n%s", argv[1], kUsage);
  return 2;
}
