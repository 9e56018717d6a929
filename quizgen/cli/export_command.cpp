#include "export_command.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "quizgen/export_set.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/gift.hpp"
#include "quizgen/moodle_xml.hpp"
#include "quizgen/parse.hpp"
#include "quizgen/print_test.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kExportUsage =
    "usage: quizgen export FILE (--gift OUT.gift | --moodle-xml OUT.xml | --html OUT.html)...\n"
    "                      [--kinds LIST] [--section TITLE]... [-n N] [--seed N]\n"
    "\n"
    "Exports questions for other apps: GIFT and Moodle XML for a Moodle question bank, HTML for\n"
    "a printable practice test with an answer key on its own page. FILE is a tagged article\n"
    "(*.facts.md, built on the fly) or a deck written by `quizgen build` (*.json). At most one\n"
    "question is asked per fact, so no question gives another's answer away; every format asked\n"
    "for gets the same questions.\n"
    "\n"
    "options:\n"
    "  --gift OUT         write GIFT (multiple choice, true/false, short answer, matching)\n"
    "  --moodle-xml OUT   write Moodle XML (the same four types, a category per section)\n"
    "  --html OUT         write the printable test\n"
    "  --kinds LIST       comma-separated: cloze, wh, short, choice, truefalse, matching, all\n"
    "                     (default all)\n"
    "  --section TITLE    only facts under this heading (repeat for several)\n"
    "  -n N               at most N questions (default: one per fact)\n"
    "  --seed N           which questions and which of a fact's questions (default 0); also\n"
    "                     the seed for building an article\n"
    "  -h, --help         show this help\n";

struct ExportArgs {
  std::string input;
  std::optional<std::string> gift, moodle_xml, html;
  std::string kinds = "all";
  ExportOptions options;
};

int usage_error(std::string_view what) {
  std::fprintf(stderr, "quizgen export: %.*s\n\n%s", static_cast<int>(what.size()), what.data(),
               kExportUsage);
  return 2;
}

std::optional<int> read_args(std::span<const std::string_view> args, ExportArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "-h" || arg == "--help") {
      std::fputs(kExportUsage, stdout);
      return 0;
    } else if (arg == "--gift" && has_value) {
      out.gift = std::string(args[++i]);
    } else if (arg == "--moodle-xml" && has_value) {
      out.moodle_xml = std::string(args[++i]);
    } else if (arg == "--html" && has_value) {
      out.html = std::string(args[++i]);
    } else if (arg == "--kinds" && has_value) {
      out.kinds = args[++i];
    } else if (arg == "--section" && has_value) {
      out.options.sections.emplace_back(args[++i]);
    } else if (arg == "-n" && has_value && parse_count(args[i + 1])) {
      out.options.count = static_cast<std::size_t>(*parse_count(args[++i]));
    } else if (arg == "--seed" && has_value && parse_count(args[i + 1])) {
      out.options.seed = *parse_count(args[++i]);
    } else if (arg.starts_with("-") || !out.input.empty()) {
      return usage_error("unexpected argument '" + std::string(arg) + "'");
    } else {
      out.input = arg;
    }
  }
  if (out.input.empty()) return usage_error("no FILE given");
  if (!out.gift && !out.moodle_xml && !out.html) return usage_error("no output given");
  Result<ExportKinds> kinds = parse_export_kinds(out.kinds);
  if (!kinds) return usage_error(kinds.error().message);
  out.options.kinds = *kinds;
  return std::nullopt;
}

std::optional<Deck> load_input(const ExportArgs& args) {
  if (args.input.ends_with(".json")) {
    auto deck = load_deck_json(args.input);
    if (!deck) std::fprintf(stderr, "quizgen export: %s\n", deck.error().to_string().c_str());
    return deck ? std::optional<Deck>(std::move(*deck)) : std::nullopt;
  }
  const ParseOutcome parsed = parse_article_file(args.input);
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity == Severity::Error) std::fputs(format_diagnostic(d).c_str(), stderr);
  }
  if (!parsed.article) return std::nullopt;
  GenerateOptions options;
  options.seed = args.options.seed;
  return build_deck(*parsed.article, options).deck;
}

/// Writes next to the target and renames, so a failed write never leaves half a file behind.
Result<void> write_text_file(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return fail(ErrorCode::Io, "cannot create the file", temp);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return fail(ErrorCode::Io, "could not write the file (disk full?)", temp);
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return fail(ErrorCode::Io, "cannot replace the file: " + ec.message(), path);
  }
  return {};
}

bool write_output(const std::optional<std::string>& path, const std::string& text) {
  if (!path) return true;
  if (Result<void> written = write_text_file(*path, text); !written) {
    std::fprintf(stderr, "quizgen export: %s\n", written.error().to_string().c_str());
    return false;
  }
  std::printf("wrote %s\n", path->c_str());
  return true;
}

void print_summary(const ExportSet& set) {
  std::size_t by_kind[4] = {};
  for (const ExportQuestion& q : set.questions) ++by_kind[static_cast<int>(q.kind)];
  std::printf("%zu questions: %zu multiple choice, %zu true/false, %zu short answer, %zu matching\n",
              set.questions.size(), by_kind[0], by_kind[1], by_kind[2], by_kind[3]);
  for (const std::string& note : set.notes) std::printf("note: %s\n", note.c_str());
}

}  // namespace

int run_export(std::span<const std::string_view> args) {
  ExportArgs exp;
  if (auto done = read_args(args, exp)) return *done;
  const std::optional<Deck> deck = load_input(exp);
  if (!deck) return 1;
  const Result<ExportSet> set = select_export_questions(*deck, exp.options);
  if (!set) return usage_error(set.error().message);
  print_summary(*set);
  const bool ok = write_output(exp.gift, write_gift(*set)) &&
                  write_output(exp.moodle_xml, write_moodle_xml(*set)) &&
                  write_output(exp.html, write_print_test(*set));
  return ok ? 0 : 1;
}

}  // namespace factdeck::quizgen::cli
