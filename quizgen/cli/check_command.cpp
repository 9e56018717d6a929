#include "check_command.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kCheckUsage =
    "usage: quizgen check FILE...\n"
    "\n"
    "Reports every problem in the tagged articles (*.facts.md), compiler style, then prints a\n"
    "one-line summary (facts, spans by type, sections) for each file without errors.\n"
    "For those files it also builds the questions and reports weak spots as warnings and notes:\n"
    "spans with too few fair wrong options, and question variants skipped, with the reason,\n"
    "and under each warning a line saying how to fix it.\n"
    "Exit status: 0 no errors, 1 errors found, 2 usage error.\n";

struct Totals {
  int errors = 0;
  int warnings = 0;
};

/// The generator's report: spans with too few fair wrong options and variants it skipped.
void report_weak_spots(const Article& article, std::string_view file) {
  const GenerateOutcome generated = build_deck(article);
  std::fputs(format_notes(generated.notes, std::string(file)).c_str(), stderr);
  const auto warnings = static_cast<std::size_t>(std::count_if(
      generated.notes.begin(), generated.notes.end(),
      [](const GenerateNote& note) { return note.level == NoteLevel::Warning; }));
  std::printf("%.*s: questions: %zu items, %zu questions, %zu exercises; weak spots: %zu "
              "warnings, %zu notes\n", static_cast<int>(file.size()), file.data(),
              generated.stats.items, generated.stats.questions, generated.stats.exercises,
              warnings, generated.notes.size() - warnings);
}

void check_one(std::string_view file, Totals& totals) {
  const ParseOutcome outcome = parse_article_file(std::string(file));
  for (const Diagnostic& diagnostic : outcome.diagnostics) {
    std::fputs(format_diagnostic(diagnostic).c_str(), stderr);
  }
  totals.errors += outcome.error_count();
  totals.warnings += outcome.warning_count();
  if (outcome.article) {
    std::printf("%.*s: %s\n", static_cast<int>(file.size()), file.data(),
                summarize_article(*outcome.article).c_str());
    report_weak_spots(*outcome.article, file);
  }
}

}  // namespace

int run_check(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::fputs(kCheckUsage, stderr);
    return 2;
  }
  for (std::string_view arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::fputs(kCheckUsage, stdout);
      return 0;
    }
    if (arg.size() > 1 && arg.front() == '-') {
      std::fprintf(stderr, "quizgen check: unknown option '%.*s'\n\n%s",
                   static_cast<int>(arg.size()), arg.data(), kCheckUsage);
      return 2;
    }
  }
  Totals totals;
  for (std::string_view file : args) check_one(file, totals);
  if (totals.errors + totals.warnings > 0) {
    std::fprintf(stderr, "quizgen check: %d error%s, %d warning%s\n", totals.errors,
                 totals.errors == 1 ? "" : "s", totals.warnings, totals.warnings == 1 ? "" : "s");
  }
  std::fflush(stdout);
  return totals.errors > 0 ? 1 : 0;
}

}  // namespace factdeck::quizgen::cli
