#include "build_command.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_args.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kBuildUsage =
    "usage: quizgen build FILE.facts.md -o DECK.json [--seed N]\n"
    "\n"
    "Builds the question deck of a tagged article and writes it as JSON. The same article and\n"
    "seed always give a byte-identical deck. Weak spots (spans with too few fair wrong options,\n"
    "skipped variants) are counted here and listed by `quizgen check`.\n"
    "\n"
    "options:\n"
    "  -o, --output DECK.json   where to write the deck (required)\n"
    "  --seed N                 seed for option order and distractor choice (default 0)\n"
    "  -h, --help               show this help\n";

struct BuildArgs {
  std::string input;
  std::string output;
  std::uint64_t seed = 0;
};

/// Reads the arguments; returns an exit code when the command should stop (help or misuse).
std::optional<int> read_args(std::span<const std::string_view> args, BuildArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "-h" || arg == "--help") {
      std::fputs(kBuildUsage, stdout);
      return 0;
    } else if ((arg == "-o" || arg == "--output") && has_value) {
      out.output = args[++i];
    } else if (arg == "--seed" && has_value && parse_count(args[i + 1])) {
      out.seed = *parse_count(args[++i]);
    } else if (arg.starts_with("-") || !out.input.empty()) {
      std::fprintf(stderr, "quizgen build: unexpected argument '%.*s'\n\n%s",
                   static_cast<int>(arg.size()), arg.data(), kBuildUsage);
      return 2;
    } else {
      out.input = arg;
    }
  }
  if (out.input.empty() || out.output.empty()) {
    std::fputs(kBuildUsage, stderr);
    return 2;
  }
  return std::nullopt;
}

/// Writes next to the target and renames, so a failed write never leaves half a deck behind.
Result<void> write_deck_file(const Deck& deck, const std::string& path) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return fail(ErrorCode::Io, "cannot create the deck file", temp);
    if (auto saved = save_deck_json(deck, out); !saved) return saved;
    out.flush();
    if (!out) return fail(ErrorCode::Io, "could not write the deck", temp);
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) return fail(ErrorCode::Io, "cannot replace the deck: " + ec.message(), path);
  return {};
}

}  // namespace

int run_build(std::span<const std::string_view> args) {
  BuildArgs build;
  if (auto code = read_args(args, build)) return *code;
  const ParseOutcome parsed = parse_article_file(build.input);
  for (const Diagnostic& d : parsed.diagnostics) std::fputs(format_diagnostic(d).c_str(), stderr);
  if (!parsed.article) {
    std::fprintf(stderr, "quizgen build: %s has errors; no deck written\n", build.input.c_str());
    return 1;
  }
  ProgressBar progress("building deck");
  GenerateOptions options;
  options.seed = build.seed;
  options.on_progress = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
  const GenerateOutcome outcome = build_deck(*parsed.article, options);
  progress.announce("writing " + build.output + " ...");
  if (auto written = write_deck_file(outcome.deck, build.output); !written) {
    std::fprintf(stderr, "quizgen build: %s\n", written.error().to_string().c_str());
    return 1;
  }
  const GenerateStats& s = outcome.stats;
  std::printf("%s: %zu items, %zu questions (%zu multiple choice, %zu of them with fewer options), "
              "%zu exercises; %zu weak spots (see quizgen check)\n",
              build.output.c_str(), s.items, s.questions, s.choice_questions, s.short_choice_questions,
              s.exercises, outcome.notes.size());
  return 0;
}

}  // namespace factdeck::quizgen::cli
