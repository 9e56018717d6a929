// `factdeck import (--apkg FILE | --text FILE) [-o OUT.facts.md]`: cards from Anki (a package's
// Basic and Cloze notes) or from an Anki or Quizlet text export, written as a tagged article the
// app opens as a deck (docs/anki.md, "Importing"). All or nothing: the article is written only
// when every card was read and the article parses back with as many facts.
#include <cstdio>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "anki/apkg_file.hpp"
#include "anki/card_import.hpp"
#include "cli/commands.hpp"
#include "quizgen/card_article.hpp"
#include "quizgen/parse.hpp"
#include "sched_args.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

constexpr const char* kUsage =
    "usage: factdeck import --apkg FILE.apkg [-o OUT.facts.md]   Basic and Cloze notes of an Anki package\n"
    "       factdeck import --text FILE.txt [-o OUT.facts.md]    an Anki or Quizlet text export\n"
    "  -o OUT   the article to write (default: FILE with .facts.md; an existing file is not replaced)\n";

constexpr std::string_view kAllowed[] = {"--apkg", "--text", "-o"};

int usage(const std::string& what) {
  std::fprintf(stderr, "factdeck import: %s\n%s", what.c_str(), kUsage);
  return kExitUsage;
}

int failure(const Error& error) {
  std::fprintf(stderr, "factdeck import: %s\n", error.message.find(error.file) == 0 || error.file.empty()
                                                    ? error.message.c_str()
                                                    : error.to_string().c_str());
  return kExitFailure;
}

Result<quizgen::ImportedDeck> read_cards(std::string_view apkg, std::string_view text_file) {
  if (!apkg.empty()) {
    Result<anki::Package> package = anki::read_apkg(std::string(apkg));
    if (!package) return Unexpected{package.error()};
    return anki::cards_from_package(*package, std::string(apkg));
  }
  Result<std::string> text = store::read_file(std::string(text_file));
  if (!text) return Unexpected{text.error()};
  return anki::read_card_text(*text, std::string(text_file));
}

// The article must read back as one fact per card; anything else is a bug here, and nothing is
// written.
Result<void> check_article(const std::string& article, const std::string& name, std::size_t cards) {
  const quizgen::ParseOutcome parsed = quizgen::parse_article(article, name);
  for (const quizgen::Diagnostic& d : parsed.diagnostics) {
    if (d.severity == quizgen::Severity::Error) {
      return fail(ErrorCode::Invalid, "the written article does not parse: " + quizgen::format_diagnostic(d));
    }
  }
  if (!parsed.article || parsed.article->facts.size() != cards) {
    return fail(ErrorCode::Invalid, "the written article does not hold one fact per card");
  }
  return {};
}

std::filesystem::path default_output(std::string_view input) {
  std::filesystem::path path{std::string(input)};
  path.replace_extension(".facts.md");
  return path;
}

}  // namespace

int run_import_cards(std::span<const std::string_view> args) {
  const Result<OptionMap> options = parse_options(args, kAllowed);
  if (!options) return usage(options.error().message);
  const std::string_view apkg = options->get("--apkg").value_or("");
  const std::string_view text_file = options->get("--text").value_or("");
  if (apkg.empty() == text_file.empty()) return usage("give one of --apkg FILE or --text FILE");
  const std::filesystem::path out =
      options->get("-o") ? std::filesystem::path(std::string(*options->get("-o"))) : default_output(apkg.empty() ? text_file : apkg);
  if (std::filesystem::exists(out)) return usage(out.string() + " exists; give another name with -o");

  Result<quizgen::ImportedDeck> deck = read_cards(apkg, text_file);
  if (!deck) return failure(deck.error());
  const std::string article = quizgen::write_card_article(*deck);
  if (Result<void> checked = check_article(article, out.string(), deck->cards.size()); !checked) {
    return failure(checked.error());
  }
  if (Result<void> written = store::write_file_atomically(out, article, *store::posix_file_writer()); !written) {
    return failure(written.error());
  }
  for (const std::string& skipped : deck->skipped) std::printf("skipped %s\n", skipped.c_str());
  std::printf("imported %zu cards into %s (%zu skipped); open it with: factdeck --deck %s\n", deck->cards.size(),
              out.c_str(), deck->skipped.size(), out.c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
