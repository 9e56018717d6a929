#include "preview_command.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "cli_args.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kPreviewUsage =
    "usage: quizgen preview FILE [--kind K] [-n N] [--seed N]\n"
    "\n"
    "Prints sample questions with their options and answers. FILE is a tagged article\n"
    "(*.facts.md, built on the fly) or a deck written by `quizgen build` (*.json). The sample is\n"
    "spread evenly over the deck, so every section shows up.\n"
    "\n"
    "options:\n"
    "  --kind K    cloze, choice, truefalse, wh, chronology, matching or all (default all)\n"
    "  -n N        how many to print (default 10)\n"
    "  --seed N    seed for building an article and for where the sample starts (default 0)\n"
    "  -h, --help  show this help\n";

struct PreviewArgs {
  std::string input;
  std::string kind = "all";
  std::uint64_t count = 10;
  std::uint64_t seed = 0;
};

std::optional<int> usage_error(std::string_view arg) {
  std::fprintf(stderr, "quizgen preview: unexpected argument '%.*s'\n\n%s",
               static_cast<int>(arg.size()), arg.data(), kPreviewUsage);
  return 2;
}

bool is_known_kind(std::string_view kind) {
  return kind == "all" || kind == "chronology" || kind == "matching" ||
         question_kind_from_name(kind).has_value();
}

std::optional<int> read_args(std::span<const std::string_view> args, PreviewArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "-h" || arg == "--help") {
      std::fputs(kPreviewUsage, stdout);
      return 0;
    } else if (arg == "--kind" && has_value && is_known_kind(args[i + 1])) {
      out.kind = args[++i];
    } else if (arg == "-n" && has_value && parse_count(args[i + 1])) {
      out.count = *parse_count(args[++i]);
    } else if (arg == "--seed" && has_value && parse_count(args[i + 1])) {
      out.seed = *parse_count(args[++i]);
    } else if (arg.starts_with("-") || !out.input.empty()) {
      return usage_error(arg);
    } else {
      out.input = arg;
    }
  }
  if (out.input.empty()) return usage_error("(no FILE)");
  return std::nullopt;
}

std::optional<Deck> load_input(const PreviewArgs& args) {
  if (args.input.ends_with(".json")) {
    auto deck = load_deck_json(args.input);
    if (!deck) std::fprintf(stderr, "quizgen preview: %s\n", deck.error().to_string().c_str());
    return deck ? std::optional<Deck>(std::move(*deck)) : std::nullopt;
  }
  const ParseOutcome parsed = parse_article_file(args.input);
  for (const Diagnostic& d : parsed.diagnostics) std::fputs(format_diagnostic(d).c_str(), stderr);
  if (!parsed.article) return std::nullopt;
  GenerateOptions options;
  options.seed = args.seed;
  return build_deck(*parsed.article, options).deck;
}

// ---- Printing ----

std::string section_of(const Deck& deck, const Item& item) {
  const auto& path = deck.facts[item.fact_index].section_path;
  return path.empty() ? std::string("(no section)") : path.back();
}

void print_question(const Deck& deck, const Item& item, const Question& q, std::size_t number) {
  std::printf("#%zu %s · %s · item %s\n", number, std::string(question_kind_name(q.kind)).c_str(),
              section_of(deck, item).c_str(), to_hex(item.id).c_str());
  std::printf("   %s\n", q.prompt.c_str());
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    const bool is_correct = static_cast<std::int32_t>(i) == q.correct_option;
    std::printf("     %c) %s%s\n", static_cast<char>('A' + i), q.options[i].c_str(), is_correct ? "   <- correct" : "");
  }
  if (question_kind_info(q.kind).form == AnswerForm::TrueOrFalse) {
    std::printf("   answer: %s", q.is_true ? "true" : "false");
    if (!q.is_true) std::printf(" (it says %s, the fact says %s)", q.shown_value.c_str(), item.answer.c_str());
    std::printf("\n\n");
    return;
  }
  if (q.kind == QuestionKind::Cloze) {
    if (item.hint.first_letter.empty()) {
      std::printf("   hint: %s\n", item.hint.type_word.c_str());
    } else {
      std::printf("   hint: %s, starts with %s, %u characters\n", item.hint.type_word.c_str(),
                  item.hint.first_letter.c_str(), item.hint.length_chars);
    }
  }
  std::printf("   answer: %s\n\n", item.answer.c_str());
}

void print_exercise(const Exercise& ex, std::size_t number) {
  std::printf("#%zu %s\n   %s\n", number, std::string(exercise_kind_name(ex.kind)).c_str(), ex.prompt.c_str());
  for (std::size_t i = 0; i < ex.left.size(); ++i) {
    const std::string right = i < ex.right.size() ? "   |   " + std::string(1, static_cast<char>('a' + i)) + ") " + ex.right[i] : "";
    std::printf("     %zu) %s%s\n", i + 1, ex.left[i].c_str(), right.c_str());
  }
  std::printf("   answer:");
  for (std::size_t i = 0; i < ex.answer.size(); ++i) {
    const auto at = static_cast<std::size_t>(ex.answer[i]);
    if (ex.kind == ExerciseKind::Chronology) std::printf(" %zu (%s)", at + 1, ex.labels[at].c_str());
    else std::printf(" %zu-%c", i + 1, static_cast<char>('a' + at));
  }
  std::printf("\n\n");
}

/// Indices spread evenly over [0, total): `count` of them, starting at an offset set by the seed.
std::vector<std::size_t> spread(std::size_t total, std::size_t count, std::uint64_t seed) {
  std::vector<std::size_t> picks;
  if (total == 0 || count == 0) return picks;
  const std::size_t step = std::max<std::size_t>(1, total / count);
  for (std::size_t at = static_cast<std::size_t>(seed % step); at < total && picks.size() < count; at += step) {
    picks.push_back(at);
  }
  return picks;
}

void print_sample(const Deck& deck, const PreviewArgs& args) {
  const auto count = static_cast<std::size_t>(args.count);
  if (args.kind == "chronology" || args.kind == "matching") {
    std::vector<const Exercise*> chosen;
    for (const Exercise& ex : deck.exercises) {
      if (exercise_kind_name(ex.kind) == args.kind) chosen.push_back(&ex);
    }
    std::size_t number = 0;
    for (std::size_t at : spread(chosen.size(), count, args.seed)) print_exercise(*chosen[at], ++number);
    return;
  }
  std::vector<std::pair<const Item*, const Question*>> chosen;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (args.kind == "all" || question_kind_name(q.kind) == args.kind) chosen.emplace_back(&item, &q);
    }
  }
  std::size_t number = 0;
  for (std::size_t at : spread(chosen.size(), count, args.seed)) {
    print_question(deck, *chosen[at].first, *chosen[at].second, ++number);
  }
}

}  // namespace

int run_preview(std::span<const std::string_view> args) {
  PreviewArgs preview;
  if (auto code = read_args(args, preview)) return *code;
  const std::optional<Deck> deck = load_input(preview);
  if (!deck) return 1;
  print_sample(*deck, preview);
  std::fflush(stdout);
  return 0;
}

}  // namespace factdeck::quizgen::cli
