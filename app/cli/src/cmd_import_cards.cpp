// `factdeck import (--apkg FILE | --text FILE) [-o OUT.facts.md]`: cards from Anki (a package's
// Basic and Cloze notes) or from an Anki or Quizlet text export, written as a tagged article the
// app opens as a deck (docs/anki.md, "Importing"). All or nothing: the article is written only
// when every card was read and the article parses back with as many facts.
#include <cstdio>
#include <filesystem>
#include <string>

#include "anki/apkg_file.hpp"
#include "anki/card_import.hpp"
#include "cli/commands.hpp"
#include "cmd_import_cards.hpp"
#include "quizgen/card_article.hpp"
#include "quizgen/parse.hpp"
#include "report.hpp"
#include "store/file_io.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "import";

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

int run_import_cards(const ParsedArgs& args) {
  const std::string_view apkg = args.text("--apkg").value_or("");
  const std::string_view text_file = args.text("--text").value_or("");
  const std::optional<std::string_view> out_arg = args.text("-o");
  const std::filesystem::path out =
      out_arg ? std::filesystem::path(std::string(*out_arg)) : default_output(apkg.empty() ? text_file : apkg);
  if (std::filesystem::exists(out)) return report_usage_error(kName, out.string() + " exists; give another name with -o");

  Result<quizgen::ImportedDeck> deck = read_cards(apkg, text_file);
  if (!deck) return report_failure(kName, deck.error());
  const std::string article = quizgen::write_card_article(*deck);
  if (Result<void> checked = check_article(article, out.string(), deck->cards.size()); !checked) {
    return report_failure(kName, checked.error());
  }
  if (Result<void> written = store::write_file_atomically(out, article, *store::posix_file_writer()); !written) {
    return report_failure(kName, written.error());
  }
  for (const std::string& skipped : deck->skipped) std::printf("skipped %s\n", skipped.c_str());
  std::printf("imported %zu cards into %s (%zu skipped); open it with: factdeck --deck %s\n", deck->cards.size(),
              out.c_str(), deck->skipped.size(), out.c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
