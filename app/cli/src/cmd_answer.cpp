// `factdeck answer ITEM_ID GRADE [--kind K] [--deck FILE] [--profile NAME]`: records one answer
// through the same path as the study screen (state::record_answer), durably.
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "profile_args.hpp"
#include "sched_args.hpp"
#include "state/answering.hpp"

namespace factdeck::cli {

namespace {

constexpr const char* kUsage =
    "usage: factdeck answer ITEM_ID GRADE [--kind cloze|choice|truefalse|wh] [--deck FILE] "
    "[--profile NAME] [--days-ago N]\n  GRADE: 1-4 or again, hard, good, easy\n"
    "  --days-ago N: record the answer as given N days ago (back-filling paper study)\n";

std::optional<sched::Grade> parse_grade(std::string_view text) {
  static constexpr std::string_view kNames[] = {"again", "hard", "good", "easy"};
  for (int g = 1; g <= 4; ++g) {
    if (text == kNames[g - 1] || text == std::to_string(g)) return static_cast<sched::Grade>(g);
  }
  return std::nullopt;
}

int usage_error(const std::string& problem) {
  std::fprintf(stderr, "factdeck answer: %s\n%s", problem.c_str(), kUsage);
  return kExitUsage;
}

// The deck holding `id`, or nullptr.
const state::LoadedDeck* deck_of(const std::vector<state::LoadedDeck>& decks, ItemId id) {
  for (const state::LoadedDeck& deck : decks) {
    if (deck.find_item(id) != nullptr) return &deck;
  }
  return nullptr;
}

}  // namespace

int run_answer(std::span<const std::string_view> args, std::string_view data_dir) {
  if (args.size() < 2) return usage_error("needs an item id and a grade");
  const std::optional<ItemId> id = item_id_from_hex(args[0]);
  const std::optional<sched::Grade> grade = parse_grade(args[1]);
  if (!id) return usage_error("'" + std::string(args[0]) + "' is not an item id (16 hex digits)");
  if (!grade) return usage_error("'" + std::string(args[1]) + "' is not a grade");
  static constexpr std::string_view kAllowed[] = {"--kind", "--deck", "--profile", "--days-ago"};
  Result<OptionMap> options = parse_options(args.subspan(2), kAllowed);
  if (!options) return usage_error(options.error().message);
  const auto kind = quizgen::question_kind_from_name(options->get("--kind").value_or("cloze"));
  if (!kind) return usage_error("unknown --kind");

  const std::optional<double> days_ago = parse_real_number(options->get("--days-ago").value_or("0"));
  if (!days_ago || *days_ago < 0) return usage_error("--days-ago needs a number of days >= 0");
  const sched::TimePoint now =
      now_seconds() - sched::Seconds{static_cast<std::int64_t>(*days_ago * 86400.0)};
  Result<std::vector<state::LoadedDeck>> decks = load_decks(data_dir, options->get("--deck").value_or(""));
  if (!decks) return std::fprintf(stderr, "factdeck answer: %s\n", decks.error().to_string().c_str()), kExitFailure;
  const state::LoadedDeck* deck = deck_of(*decks, *id);
  if (deck == nullptr) {
    std::fprintf(stderr, "factdeck answer: no deck has item %s\n", to_hex(*id).c_str());
    return kExitFailure;
  }
  Result<store::Profile> profile = open_named_profile(
      data_dir, options->get("--profile").value_or("default"), store::OpenMode::ReadWrite, now);
  if (!profile) return std::fprintf(stderr, "factdeck answer: %s\n", profile.error().to_string().c_str()), kExitFailure;

  state::AnswerRequest request{*id, deck->deck_id, *kind, *grade, 0, now, std::nullopt, false};
  Result<store::ReviewRecord> recorded = state::record_answer(*profile, request);
  if (!recorded) {
    std::fprintf(stderr, "factdeck answer: %s\n", recorded.error().to_string().c_str());
    return kExitFailure;
  }
  if (Result<void> closed = profile->close(now); !closed) {
    std::fprintf(stderr, "factdeck answer: recorded, but closing the profile failed: %s\n",
                 closed.error().to_string().c_str());
  }
  const double days = static_cast<double>((recorded->after.due - now).count()) / 86400.0;
  std::printf("recorded %s %s; next due in %.2f days\n", to_hex(*id).c_str(),
              std::string(args[1]).c_str(), days);
  return kExitOk;
}

}  // namespace factdeck::cli
