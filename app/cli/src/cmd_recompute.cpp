// `factdeck recompute --deck ID|FILE --params w0,...,w20|FILE [--reschedule] [--dry-run]`: applies new FSRS parameters to a deck as Anki does. Every answered item's
// memory state is recomputed from its history with the new parameters (state/apply_parameters);
// with --reschedule, review items also get the due date their last answer gives under them.
// The parameters are stored in the deck's settings in the same journal record.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "sched_args.hpp"
#include "state/answering.hpp"
#include "state/apply_parameters.hpp"
#include "state/deck_loading.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "recompute";

constexpr OptionSpec kOptions[] = {
    text_option("--deck", "ID|FILE", "the deck: its id, or its file").required(),
    text_option("--params", "w0,...,w20|FILE", "the new FSRS-6 parameters").required(),
    flag_option("--reschedule", "also move review items' due dates to what their last answer gives"),
    flag_option("--dry-run", "only say what changes; store nothing"),
};

/// The deck id a --deck value names: the id of the deck in that file, or the value itself.
Result<std::string> deck_id_of(std::string_view deck) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(std::filesystem::path(deck), error)) return std::string(deck);
  Result<quizgen::Deck> loaded = state::load_deck(std::filesystem::path(deck));
  if (!loaded) return Unexpected{loaded.error()};
  return state::make_loaded_deck(std::move(loaded).value(), std::filesystem::path(deck)).deck_id.str();
}

int run_recompute(const ParsedArgs& args) {
  const bool is_rescheduled = args.has("--reschedule");
  const bool is_dry_run = args.has("--dry-run");
  const Result<sched::Parameters> parameters = parse_parameters(*args.text("--params"));
  if (!parameters) return report_failure(kName, parameters.error());
  const Result<std::string> deck_id = deck_id_of(*args.text("--deck"));
  if (!deck_id) return report_failure(kName, deck_id.error());

  const sched::TimePoint now = now_seconds();
  Result<store::Profile> profile = open_named_profile(args.data_dir(), args.profile(),
                                                      is_dry_run ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite, now);
  if (!profile) return report_failure(kName, profile.error());
  store::DeckSettings settings = profile->deck_settings(*deck_id);
  settings.params.assign(parameters->w.begin(), parameters->w.end());
  const state::RecomputePlan plan = state::plan_recompute(profile->data(), *deck_id, settings,
                                                          state::local_day_clock(settings), is_rescheduled, now);
  std::printf("deck %s: %zu answered items recomputed, %zu changed, %zu due dates moved%s\n", deck_id->c_str(),
              plan.record.items.size(), plan.changed_items, plan.moved_due, is_dry_run ? " (dry run: nothing stored)" : "");
  if (is_dry_run) return kExitOk;
  if (Result<void> applied = state::apply_recompute_plan(*profile, plan); !applied) return report_failure(kName, applied.error());
  if (Result<void> closed = profile->close(now); !closed) return report_failure(kName, closed.error());
  return kExitOk;
}

}  // namespace

Command recompute_command() {
  return {{kName, "apply new FSRS parameters to a deck: recompute every answered item's memory state", {},
           kOptions,
           "Stores them as the deck's parameters; --reschedule also moves review items' due dates.\n"},
          run_recompute};
}

}  // namespace factdeck::cli
