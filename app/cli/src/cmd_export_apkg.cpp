// `factdeck export --apkg OUT.apkg [--deck FILE] [--with-progress] [--profile NAME]`: a deck as an
// Anki package, one cloze note per item; with --with-progress also the learner's scheduling and
// answers (from the profile, opened read-only). Mapping: docs/anki.md.
#include <cstdio>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "anki/apkg_file.hpp"
#include "anki/deck_package.hpp"
#include "cli/commands.hpp"
#include "profile_args.hpp"
#include "sched_args.hpp"
#include "state/deck_loading.hpp"
#include "store/profile.hpp"
#include "store_args.hpp"

namespace factdeck::cli {

namespace {

constexpr const char* kUsage =
    "usage: factdeck export --apkg OUT.apkg [--deck FILE] [--with-progress] [--profile NAME]\n"
    "  --deck FILE       a .facts.md article or a built .json deck (default: the shipped deck)\n"
    "  --with-progress   include the profile's scheduling and answers for the deck's items\n";

constexpr std::string_view kAllowed[] = {"--apkg", "--deck", "--profile"};
constexpr std::string_view kWithProgress = "--with-progress";

int usage(const std::string& what) {
  std::fprintf(stderr, "factdeck export: %s\n%s", what.c_str(), kUsage);
  return kExitUsage;
}

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

int run_export_apkg(std::span<const std::string_view> args, std::string_view data_dir) {
  std::vector<std::string_view> rest;
  bool with_progress = false;
  for (std::string_view arg : args) {
    if (arg == kWithProgress) with_progress = true;
    else rest.push_back(arg);
  }
  const Result<OptionMap> options = parse_options(rest, kAllowed);
  if (!options) return usage(options.error().message);
  const std::optional<std::string_view> out = options->get("--apkg");
  if (!out) return usage("--apkg OUT.apkg is required");
  Result<quizgen::Deck> deck = load_export_deck(data_dir, options->get("--deck"));
  if (!deck) {
    std::fprintf(stderr, "factdeck export: %s\n", deck.error().to_string().c_str());
    return kExitFailure;
  }
  const sched::TimePoint now = now_seconds();
  std::map<ItemId, anki::ItemProgress> progress;
  if (with_progress) {
    const Result<std::filesystem::path> dir = profile_dir_from_args(rest, data_dir);
    if (!dir) return usage(dir.error().message);
    const Result<store::Profile> profile = store::Profile::open(*dir, store::OpenMode::ReadOnly, now);
    if (!profile) {
      std::fprintf(stderr, "factdeck export: %s\n", profile.error().message.c_str());
      return kExitFailure;
    }
    print_recovery_messages(profile->recovery_report().messages);
    progress = progress_of(profile->data(), *deck);
  }
  const anki::Package package = anki::package_from_deck(*deck, progress, now);
  const std::filesystem::path path{std::string(*out)};
  if (Result<void> written = anki::write_apkg(path, package, now); !written) {
    std::fprintf(stderr, "factdeck export: %s\n", written.error().to_string().c_str());
    return kExitFailure;
  }
  std::size_t answers = 0;
  for (const auto& [id, item] : progress) answers += item.answers.size();
  std::printf("exported %zu notes to %s (%zu with progress, %zu answers)\n", package.notes.size(), path.c_str(),
              progress.size(), answers);
  return kExitOk;
}

}  // namespace factdeck::cli
