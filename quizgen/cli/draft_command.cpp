#include "draft_command.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "base/utf8.hpp"
#include "quizgen/draft.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kDraftUsage =
    "usage: quizgen draft TEXT_FILE [-o OUT.facts.md]\n"
    "\n"
    "Proposes tags for a plain text (or a partly tagged .facts.md) and writes it back as a facts\n"
    "file: headings kept, one fact per sentence of each paragraph (list items stay one fact),\n"
    "dates and numbers read by the parser's grammars, people, places, organisations, events and\n"
    "terms, recurrences (misspelled ones too) of names seen elsewhere, and proposed @groups.\n"
    "Tags already in the file are kept. Groups too small for fair options are warned about on\n"
    "stderr, with a summary of the proposals. Review the draft, then run `quizgen check`.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.facts.md   where to write the draft (default: standard output)\n"
    "  -h, --help                  show this help\n"
    "\n"
    "Exit status: 0 draft written, 1 unreadable input or errors in its tags, 2 usage error.\n";

struct DraftArgs {
  std::string input;
  std::string output;
};

std::optional<int> read_args(std::span<const std::string_view> args, DraftArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kDraftUsage, stdout);
      return 0;
    }
    if ((arg == "-o" || arg == "--output") && i + 1 < args.size()) {
      out.output = args[++i];
    } else if (arg.starts_with("-") || !out.input.empty()) {
      std::fprintf(stderr, "quizgen draft: unexpected argument '%.*s'\n\n%s",
                   static_cast<int>(arg.size()), arg.data(), kDraftUsage);
      return 2;
    } else {
      out.input = arg;
    }
  }
  if (out.input.empty()) {
    std::fputs(kDraftUsage, stderr);
    return 2;
  }
  return std::nullopt;
}

std::optional<std::string> read_file(const std::string& path) {
  if (std::filesystem::is_directory(path)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return in.bad() ? std::nullopt : std::optional<std::string>(std::move(buffer).str());
}

// Next to the target, then renamed: a failed write never leaves half a draft behind.
bool write_file(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << text;
    out.flush();
    if (!out) return false;
  }
  std::error_code error;
  std::filesystem::rename(temp, path, error);
  return !error;
}

// "soviet_source-1" → "soviet source 1": a heading for a text that has none.
std::string heading_from_path(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (stem.ends_with(".facts")) stem.resize(stem.size() - 6);
  for (char& c : stem) {
    if (c == '_' || c == '-') c = ' ';
  }
  return stem.empty() ? std::string("Draft") : stem;
}

void print_summary(const std::string& input, const DraftResult& draft) {
  std::array<std::size_t, 7> by_type{};
  for (const Proposal& p : draft.proposals) ++by_type[static_cast<std::size_t>(p.type)];
  std::string counts;
  for (SpanType type : kAllSpanTypes) {
    const std::size_t n = by_type[static_cast<std::size_t>(type)];
    if (n == 0) continue;
    counts += (counts.empty() ? "" : ", ") + std::string(span_type_name(type)) + " " + std::to_string(n);
  }
  std::fprintf(stderr, "%s: %zu facts, %zu proposed spans (%s), %zu small groups\n", input.c_str(),
               draft.facts.size(), draft.proposals.size(), counts.c_str(), draft.warnings.size());
}

}  // namespace

int run_draft(std::span<const std::string_view> args) {
  DraftArgs parsed;
  if (auto code = read_args(args, parsed)) return *code;
  const std::optional<std::string> text = read_file(parsed.input);
  if (!text) {
    std::fprintf(stderr, "quizgen draft: cannot read %s\n", parsed.input.c_str());
    return 1;
  }
  if (const auto bad = find_invalid_utf8(*text)) {
    std::fprintf(stderr, "quizgen draft: %s is not valid UTF-8 (byte %zu); save it as UTF-8\n",
                 parsed.input.c_str(), *bad);
    return 1;
  }
  DraftOptions options;
  options.default_heading = heading_from_path(parsed.input);
  options.file_name = parsed.input;
  const DraftResult draft = propose_draft(*text, options);
  bool has_errors = false;
  for (const Diagnostic& d : draft.diagnostics) {
    std::fputs(format_diagnostic(d).c_str(), stderr);
    has_errors = has_errors || d.severity == Severity::Error;
  }
  if (has_errors) {
    std::fprintf(stderr, "quizgen draft: %s has errors in its tags; no draft written\n", parsed.input.c_str());
    return 1;
  }
  for (const GroupWarning& warning : draft.warnings) {
    std::fprintf(stderr, "%s: warning: %s\n", parsed.input.c_str(), warning.message.c_str());
  }
  const std::string facts = render_draft(draft);
  if (parsed.output.empty()) {
    std::fputs(facts.c_str(), stdout);
  } else if (!write_file(parsed.output, facts)) {
    std::fprintf(stderr, "quizgen draft: cannot write %s\n", parsed.output.c_str());
    return 1;
  }
  print_summary(parsed.input, draft);
  return 0;
}

}  // namespace factdeck::quizgen::cli
