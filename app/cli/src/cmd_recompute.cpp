// `factdeck recompute --deck ID|FILE --params w0,...,w20|FILE [--reschedule] [--dry-run]
// [--profile NAME]`: applies new FSRS parameters to a deck as Anki does. Every answered item's
// memory state is recomputed from its history with the new parameters (state/apply_parameters);
// with --reschedule, review items also get the due date their last answer gives under them.
// The parameters are stored in the deck's settings in the same journal record.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "profile_args.hpp"
#include "sched_args.hpp"
#include "state/answering.hpp"
#include "state/apply_parameters.hpp"
#include "state/deck_loading.hpp"

namespace factdeck::cli {

namespace {

constexpr const char* kUsage =
    "usage: factdeck recompute --deck ID|FILE --params w0,...,w20|FILE [--reschedule] [--dry-run] "
    "[--profile NAME]\n"
    "  recomputes every answered item's memory state from its history with the new parameters\n"
    "  and stores them as the deck's parameters; --reschedule also moves review items' due dates\n"
    "  to what their last answer gives with the new parameters; --dry-run only says what changes\n";

int usage_error(const std::string& problem) {
  std::fprintf(stderr, "factdeck recompute: %s\n%s", problem.c_str(), kUsage);
  return kExitUsage;
}

int failure(const Error& error) {
  std::fprintf(stderr, "factdeck recompute: %s\n", error.to_string().c_str());
  return kExitFailure;
}

/// Removes the flag `name` from `args`; true when it was there.
bool take_flag(std::vector<std::string_view>& args, std::string_view name) {
  const auto found = std::find(args.begin(), args.end(), name);
  if (found == args.end()) return false;
  args.erase(found);
  return true;
}

/// The deck id a --deck value names: the id of the deck in that file, or the value itself.
Result<std::string> deck_id_of(std::string_view deck) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(std::filesystem::path(deck), error)) return std::string(deck);
  Result<quizgen::Deck> loaded = state::load_deck(std::filesystem::path(deck));
  if (!loaded) return Unexpected{loaded.error()};
  return state::make_loaded_deck(std::move(loaded).value(), std::filesystem::path(deck)).deck_id.str();
}

}  // namespace

int run_recompute(std::span<const std::string_view> args, std::string_view data_dir) {
  std::vector<std::string_view> rest(args.begin(), args.end());
  const bool is_rescheduled = take_flag(rest, "--reschedule");
  const bool is_dry_run = take_flag(rest, "--dry-run");
  static constexpr std::string_view kAllowed[] = {"--deck", "--params", "--profile"};
  const Result<OptionMap> options = parse_options(rest, kAllowed);
  if (!options) return usage_error(options.error().message);
  const auto deck = options->get("--deck");
  const auto params_text = options->get("--params");
  if (!deck || !params_text) return usage_error("--deck and --params are required");
  const Result<sched::Parameters> parameters = parse_parameters(*params_text);
  if (!parameters) return failure(parameters.error());
  const Result<std::string> deck_id = deck_id_of(*deck);
  if (!deck_id) return failure(deck_id.error());

  const sched::TimePoint now = now_seconds();
  Result<store::Profile> profile = open_named_profile(data_dir, options->get("--profile").value_or("default"),
                                                      is_dry_run ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite, now);
  if (!profile) return failure(profile.error());
  store::DeckSettings settings = profile->deck_settings(*deck_id);
  settings.params.assign(parameters->w.begin(), parameters->w.end());
  const state::RecomputePlan plan = state::plan_recompute(profile->data(), *deck_id, settings,
                                                          state::local_day_clock(settings), is_rescheduled, now);
  std::printf("deck %s: %zu answered items recomputed, %zu changed, %zu due dates moved%s\n", deck_id->c_str(),
              plan.record.items.size(), plan.changed_items, plan.moved_due, is_dry_run ? " (dry run: nothing stored)" : "");
  if (is_dry_run) return kExitOk;
  if (Result<void> applied = state::apply_recompute_plan(*profile, plan); !applied) return failure(applied.error());
  if (Result<void> closed = profile->close(now); !closed) return failure(closed.error());
  return kExitOk;
}

}  // namespace factdeck::cli
