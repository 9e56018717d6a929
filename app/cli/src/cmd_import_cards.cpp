// `factdeck import (--apkg FILE | --text FILE) [-o OUT.facts.md]`: cards from Anki (a package's
// Basic and Cloze notes) or from an Anki or Quizlet text export, written as a tagged article the
// app opens as a deck (docs/anki.md, "Importing"); a package's review history becomes the items'
// answers in the profile. All or nothing: the article is written only when every card was read
// and the article parses back with as many facts, and it is removed again when the history
// cannot be recorded whole.
#include <cstdio>
#include <filesystem>
#include <string>

#include "anki/apkg_file.hpp"
#include "import_history.hpp"
#include "profile_access.hpp"
#include "state/deck_load_job.hpp"
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

// The cards, and for a package each card's review history (empty for text exports).
struct ReadCards {
  quizgen::ImportedDeck deck;
  std::vector<anki::CardHistory> histories;
};

Result<ReadCards> read_cards(std::string_view apkg, std::string_view text_file) {
  if (!apkg.empty()) {
    Result<anki::Package> package = anki::read_apkg(std::string(apkg));
    if (!package) return Unexpected{package.error()};
    Result<quizgen::ImportedDeck> deck = anki::cards_from_package(*package, std::string(apkg));
    if (!deck) return Unexpected{deck.error()};
    return ReadCards{std::move(deck).value(), anki::card_histories(*package)};
  }
  Result<std::string> text = store::read_file(std::string(text_file));
  if (!text) return Unexpected{text.error()};
  Result<quizgen::ImportedDeck> deck = anki::read_card_text(*text, std::string(text_file));
  if (!deck) return Unexpected{deck.error()};
  return ReadCards{std::move(deck).value(), {}};
}

bool has_reviews(const std::vector<anki::CardHistory>& histories) {
  for (const anki::CardHistory& card : histories) {
    for (const auto& reviews : card.per_answer) {
      if (!reviews.empty()) return true;
    }
  }
  return false;
}

// Takes back the newest `count` answers; best effort, as the journal already failed once.
void undo_answers(store::Profile& profile, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) (void)profile.undo_last_answer();
}

// Records the history of the cards in `cards` on the deck written at `out`: all answers, or none.
Result<std::size_t> record_history(store::Profile& profile, const std::filesystem::path& out, const ReadCards& cards) {
  Result<state::LoadedDeck> deck = state::load_loaded_deck(out);
  if (!deck) return Unexpected{deck.error()};
  const std::vector<std::size_t> fact_cards = quizgen::cards_in_article_order(cards.deck);
  const ImportedHistory history =
      imported_history(*deck, fact_cards, cards.histories, profile.deck_settings(deck->deck_id.str()));
  for (const std::string& note : history.notes) std::printf("history: %s\n", note.c_str());
  for (const quizgen::Item& item : deck->deck.items) {
    if (profile.item_state(item.id).reps > 0) {
      return fail(ErrorCode::Conflict, "profile '" + profile.dir().filename().string() + "' already has answers on deck '" +
                                           deck->deck_id.str() + "' (imported before?); nothing was imported");
    }
  }
  for (std::size_t i = 0; i < history.records.size(); ++i) {
    if (Result<void> recorded = profile.record_answer(history.records[i]); !recorded) {
      undo_answers(profile, i);
      Error error = recorded.error();
      error.message = "recording the Anki review history failed (nothing was imported): " + error.message;
      return Unexpected{error};
    }
  }
  return history.records.size();
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

  Result<ReadCards> cards = read_cards(apkg, text_file);
  if (!cards) return report_failure(kName, cards.error());
  const quizgen::ImportedDeck& deck = cards->deck;
  const std::string article = quizgen::write_card_article(deck);
  if (Result<void> checked = check_article(article, out.string(), deck.cards.size()); !checked) {
    return report_failure(kName, checked.error());
  }
  // The profile is opened before anything is written, so a locked or damaged one stops the
  // import with nothing done.
  std::optional<store::Profile> profile;
  if (has_reviews(cards->histories)) {
    Result<store::Profile> opened = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadWrite, now_seconds());
    if (!opened) return report_failure(kName, opened.error());
    profile.emplace(std::move(opened).value());
  }
  if (Result<void> written = store::write_file_atomically(out, article, *store::posix_file_writer()); !written) {
    return report_failure(kName, written.error());
  }
  std::size_t answers = 0;
  if (profile) {
    Result<std::size_t> recorded = record_history(*profile, out, *cards);
    profile->release();
    if (!recorded) {
      std::error_code ignored;
      std::filesystem::remove(out, ignored);
      return report_failure(kName, recorded.error());
    }
    answers = *recorded;
  }
  for (const std::string& skipped : deck.skipped) std::printf("skipped %s\n", skipped.c_str());
  std::printf("imported %zu cards into %s (%zu skipped)", deck.cards.size(), out.c_str(), deck.skipped.size());
  if (profile) std::printf(" with %zu answers of their Anki review history", answers);
  std::printf("; open it with: factdeck --deck %s\n", out.c_str());
  return kExitOk;
}

}  // namespace factdeck::cli
