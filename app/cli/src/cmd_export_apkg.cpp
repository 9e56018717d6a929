// `factdeck export --apkg OUT.apkg [--deck FILE] [--with-progress]`: a deck as an
// Anki package, one cloze note per item; with --with-progress also the learner's scheduling and
// answers (from the profile, opened read-only). Mapping: docs/anki.md.
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "anki/apkg_file.hpp"
#include "anki/deck_package.hpp"
#include "cli/commands.hpp"
#include "cmd_export_apkg.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "state/deck_loading.hpp"
#include "store/profile.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "export";

Result<quizgen::Deck> load_export_deck(std::string_view data_dir, std::optional<std::string_view> deck_path) {
  if (deck_path) return state::load_deck(std::filesystem::path(std::string(*deck_path)));
  Result<std::vector<state::LoadedDeck>> decks = load_decks(data_dir, {});
  if (!decks) return Unexpected{decks.error()};
  if (decks->empty()) return fail(ErrorCode::NotFound, "no shipped deck found; give one with --deck FILE");
  return std::move(decks->front().deck);
}

// The profile's state and schedule-moving answers for each item of `deck`.
std::map<ItemId, anki::ItemProgress> progress_of(const store::ProfileData& data, const quizgen::Deck& deck) {
  std::set<ItemId> in_deck;
  for (const quizgen::Item& item : deck.items) in_deck.insert(item.id);
  std::map<ItemId, anki::ItemProgress> progress;
  for (const auto& [id, record] : data.items) {
    if (in_deck.count(id)) progress[id].state = record.state;
  }
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const store::PackedReview& row = data.reviews.row(i);
    if (!in_deck.count(ItemId{row.item})) continue;
    const store::ReviewRecord review = data.reviews.at(i);
    if (review.is_practice) continue;  // practice answers do not move the schedule
    progress[review.item].answers.push_back(
        anki::ItemAnswer{review.time, review.grade, review.answer_ms, review.before, review.after});
  }
  return progress;
}

}  // namespace

int run_export_apkg(const ParsedArgs& args) {
  Result<quizgen::Deck> deck = load_export_deck(args.data_dir(), args.text("--deck"));
  if (!deck) return report_failure(kName, deck.error());
  const sched::TimePoint now = now_seconds();
  std::map<ItemId, anki::ItemProgress> progress;
  if (args.has("--with-progress")) {
    const Result<store::Profile> profile =
        open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
    if (!profile) return report_failure(kName, profile.error());
    print_recovery_messages(kName, profile->recovery_report().messages);
    progress = progress_of(profile->data(), *deck);
  }
  const anki::Package package = anki::package_from_deck(*deck, progress, now);
  const std::filesystem::path path{std::string(*args.text("--apkg"))};
  if (Result<void> written = anki::write_apkg(path, package, now); !written) return report_failure(kName, written.error());
  std::size_t answers = 0;
  for (const auto& [id, item] : progress) answers += item.answers.size();
  std::printf("exported %zu notes to %s (%zu with progress, %zu answers)\n", package.notes.size(), path.c_str(),
              progress.size(), answers);
  return kExitOk;
}

}  // namespace factdeck::cli
